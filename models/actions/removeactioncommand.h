#pragma once

#include "actions/actionplanstore.h"

#include <QUndoCommand>

// Deletes an action and its history; undo puts back the action, its links and every update.
class RemoveActionCommand : public QUndoCommand
{
public:
    RemoveActionCommand(ActionPlanStore &store, qint64 actionId);

    const Status &status() const { return m_status; }

    void undo() override;
    void redo() override;

private:
    ActionPlanStore &m_store;
    Status m_status;
    qint64 m_id;
    std::optional<ActionPlanStore::ActionSnapshot> m_before;
    bool m_done = false;
};
