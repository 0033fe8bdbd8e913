#pragma once

#include "actions/actionplanstore.h"
#include "store/storecommand.h"

// Changes a plan's name, dates, board or the measures of the plan as a whole. The
// constructor saves; push only if status() is ok.
class EditPlanCommand : public StoreCommand
{
public:
    EditPlanCommand(ActionPlanStore &store, const Plan &changed);

protected:
    Status revert() override;
    Status apply() override;

private:
    ActionPlanStore &m_store;
    std::optional<Plan> m_before;
    Plan m_after;
};
