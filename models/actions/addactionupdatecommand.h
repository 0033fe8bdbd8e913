#pragma once

#include "actions/actionplanstore.h"

#include <QUndoCommand>

// Appends a progress update to an action's history. Undo takes that update back; nothing
// else ever removes or changes one. The constructor saves; push only if status() is ok.
class AddActionUpdateCommand : public QUndoCommand
{
public:
    AddActionUpdateCommand(ActionPlanStore &store, const ActionUpdate &update);

    const Status &status() const { return m_status; }
    qint64 updateId() const { return m_update.id; }

    void undo() override;
    void redo() override;

private:
    ActionPlanStore &m_store;
    Status m_status;
    ActionUpdate m_update;
    bool m_done = false;
};
