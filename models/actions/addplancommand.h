#pragma once

#include "actions/actionplanstore.h"

#include <QUndoCommand>

// Adds an action plan. The constructor saves; push only if status() is ok.
class AddPlanCommand : public QUndoCommand
{
public:
    AddPlanCommand(ActionPlanStore &store, const Plan &plan);

    const Status &status() const { return m_status; }
    qint64 planId() const { return m_plan.id; }

    void undo() override;
    void redo() override;

private:
    ActionPlanStore &m_store;
    Status m_status;
    Plan m_plan;
    bool m_done = false;
};
