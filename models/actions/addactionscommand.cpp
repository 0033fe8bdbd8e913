#include "actions/addactionscommand.h"

AddActionsCommand::AddActionsCommand(ActionPlanStore &store,
                                     const QList<ActionPlanStore::NewAction> &actions,
                                     const QString &text)
    : StoreCommand(text)
    , m_store(store)
{
    const Result<QList<qint64>> ids = m_store.addActions(actions);
    if (ids.ok())
        m_ids = ids.value();
    saved(Status::of(ids));
}

Status AddActionsCommand::revert()
{
    m_snapshots.clear();
    Status result;
    for (qint64 id : std::as_const(m_ids)) {
        if (const std::optional<ActionPlanStore::ActionSnapshot> s = m_store.snapshot(id))
            m_snapshots.append(*s);
        const Status removed = m_store.removeAction(id);
        if (!removed.ok() && result.ok())
            result = removed;
    }
    return result;
}

Status AddActionsCommand::apply()
{
    Status result;
    for (const ActionPlanStore::ActionSnapshot &s : std::as_const(m_snapshots)) {
        const Status restored = m_store.restoreAction(s);
        if (!restored.ok() && result.ok())
            result = restored;
    }
    return result;
}
