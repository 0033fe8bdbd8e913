#pragma once

#include "judgements/judgementstore.h"

#include <QUndoCommand>

// Adds an inspection with its judgements and recommendations. The constructor saves it;
// push the command only if status() is ok.
class AddInspectionCommand : public QUndoCommand
{
public:
    AddInspectionCommand(JudgementStore &store, const InspectionRecord &record);

    const Status &status() const { return m_status; }
    qint64 inspectionId() const { return m_id; }

    void undo() override;
    void redo() override;

private:
    JudgementStore &m_store;
    Status m_status;
    qint64 m_id = 0;
    bool m_done = false;
    std::optional<JudgementStore::Snapshot> m_snapshot;
};
