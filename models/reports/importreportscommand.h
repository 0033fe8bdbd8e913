#pragma once

#include "judgements/judgementstore.h"
#include "reports/reportfile.h"
#include "store/storecommand.h"


class Store;

// Saves a batch of reports that were read as one undoable step: each inspection is added,
// or updated where the database already holds it. The constructor saves, all or nothing;
// push the command only if status() is ok.
class ImportReportsCommand : public StoreCommand
{
public:
    ImportReportsCommand(Store &store, const QList<ReportFile> &files, bool replaceHandTyped);

    QList<qint64> inspectionIds() const;

protected:
    Status revert() override;
    Status apply() override;

private:
    struct Item
    {
        std::optional<JudgementStore::Snapshot> before; // what an update replaced
        std::optional<JudgementStore::Snapshot> after;
    };
    Store &m_store;
    QList<Item> m_items;
};
