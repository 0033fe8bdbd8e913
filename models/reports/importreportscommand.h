#pragma once

#include "judgements/judgementstore.h"
#include "reports/reportfile.h"

#include <QUndoCommand>

class Store;

// Saves a batch of reports that were read as one undoable step: each inspection is added,
// or updated where the database already holds it. The constructor saves, all or nothing;
// push the command only if status() is ok.
class ImportReportsCommand : public QUndoCommand
{
public:
    ImportReportsCommand(Store &store, const QList<ReportFile> &files, bool replaceHandTyped);

    const Status &status() const { return m_status; }
    QList<qint64> inspectionIds() const;

    void undo() override;
    void redo() override;

private:
    struct Item
    {
        std::optional<JudgementStore::Snapshot> before; // what an update replaced
        std::optional<JudgementStore::Snapshot> after;
    };
    Store &m_store;
    Status m_status;
    QList<Item> m_items;
    bool m_done = false;
};
