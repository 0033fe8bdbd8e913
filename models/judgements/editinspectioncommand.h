#pragma once

#include "judgements/judgementstore.h"

#include <QUndoCommand>

// Changes an inspection, its grades and recommendations. The constructor saves the change;
// push the command only if status() is ok.
class EditInspectionCommand : public QUndoCommand
{
public:
    EditInspectionCommand(JudgementStore &store, const InspectionRecord &changed);

    const Status &status() const { return m_status; }

    void undo() override;
    void redo() override;

private:
    JudgementStore &m_store;
    Status m_status;
    bool m_done = false;
    std::optional<JudgementStore::Snapshot> m_before;
    std::optional<JudgementStore::Snapshot> m_after;
};
