#pragma once

#include "actions/actionplanstore.h"
#include "store/storecommand.h"

// Changes an action's fields or the recommendations it answers. The constructor saves;
// push only if status() is ok.
class EditActionCommand : public StoreCommand
{
public:
    EditActionCommand(ActionPlanStore &store, const Action &changed);

protected:
    Status revert() override;
    Status apply() override;

private:
    ActionPlanStore &m_store;
    std::optional<Action> m_before;
    Action m_after;
};
