#pragma once

#include "actions/actionplanstore.h"

#include <QUndoCommand>

// Changes an action's fields or the recommendations it answers. The constructor saves;
// push only if status() is ok.
class EditActionCommand : public QUndoCommand
{
public:
    EditActionCommand(ActionPlanStore &store, const Action &changed);

    const Status &status() const { return m_status; }

    void undo() override;
    void redo() override;

private:
    ActionPlanStore &m_store;
    Status m_status;
    std::optional<Action> m_before;
    Action m_after;
    bool m_done = false;
};
