#pragma once

#include "judgements/judgementstore.h"
#include "store/storecommand.h"


// Adds an inspection with its judgements and recommendations. The constructor saves it;
// push the command only if status() is ok.
class AddInspectionCommand : public StoreCommand
{
public:
    AddInspectionCommand(JudgementStore &store, const InspectionRecord &record);

    qint64 inspectionId() const { return m_id; }

protected:
    Status revert() override;
    Status apply() override;

private:
    JudgementStore &m_store;
    qint64 m_id = 0;
    std::optional<JudgementStore::Snapshot> m_snapshot;
};
