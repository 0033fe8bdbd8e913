#pragma once

#include "actions/actionplanstore.h"
#include "store/storecommand.h"

// Adds an action plan. The constructor saves; push only if status() is ok.
class AddPlanCommand : public StoreCommand
{
public:
    AddPlanCommand(ActionPlanStore &store, const Plan &plan);

    qint64 planId() const { return m_plan.id; }

protected:
    Status revert() override;
    Status apply() override;

private:
    ActionPlanStore &m_store;
    Plan m_plan;
};
