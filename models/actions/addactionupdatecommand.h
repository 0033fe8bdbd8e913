#pragma once

#include "actions/actionplanstore.h"
#include "store/storecommand.h"

// Appends a progress update to an action's history. Undo takes that update back; nothing
// else ever removes or changes one. The constructor saves; push only if status() is ok.
class AddActionUpdateCommand : public StoreCommand
{
public:
    AddActionUpdateCommand(ActionPlanStore &store, const ActionUpdate &update);

    qint64 updateId() const { return m_update.id; }

protected:
    Status revert() override;
    Status apply() override;

private:
    ActionPlanStore &m_store;
    ActionUpdate m_update;
};
