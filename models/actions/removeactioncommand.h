#pragma once

#include "actions/actionplanstore.h"
#include "store/storecommand.h"

// Deletes an action and its history; undo puts back the action, its links and every update.
// Deletes only the version shown (`shownVersion`, 0: any): not a colleague's newer save.
class RemoveActionCommand : public StoreCommand
{
public:
    RemoveActionCommand(ActionPlanStore &store, qint64 actionId, int shownVersion = 0);

protected:
    Status revert() override;
    Status apply() override;

private:
    ActionPlanStore &m_store;
    qint64 m_id;
    std::optional<ActionPlanStore::ActionSnapshot> m_before;
};
