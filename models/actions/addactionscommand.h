#pragma once

#include "actions/actionplanstore.h"
#include "store/storecommand.h"

// Adds one or more actions (a new action, drafts from recommendations, a CSV import) in
// one transaction and one undo step. The constructor saves; push only if status() is ok.
class AddActionsCommand : public StoreCommand
{
public:
    AddActionsCommand(ActionPlanStore &store, const QList<ActionPlanStore::NewAction> &actions,
                      const QString &text);

    const QList<qint64> &actionIds() const { return m_ids; }

protected:
    Status revert() override;
    Status apply() override;

private:
    ActionPlanStore &m_store;
    QList<qint64> m_ids;
    QList<ActionPlanStore::ActionSnapshot> m_snapshots;
};
