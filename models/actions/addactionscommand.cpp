#include "actions/addactionscommand.h"

AddActionsCommand::AddActionsCommand(ActionPlanStore &store,
                                     const QList<ActionPlanStore::NewAction> &actions,
                                     const QString &text)
    : QUndoCommand(text)
    , m_store(store)
{
    const Result<QList<qint64>> ids = m_store.addActions(actions);
    m_status = Status::of(ids);
    if (ids.ok()) {
        m_ids = ids.value();
        m_done = true;
    }
}

void AddActionsCommand::undo()
{
    m_snapshots.clear();
    for (qint64 id : std::as_const(m_ids)) {
        if (const std::optional<ActionPlanStore::ActionSnapshot> s = m_store.snapshot(id))
            m_snapshots.append(*s);
        const Status removed = m_store.removeAction(id);
        if (!removed.ok())
            qWarning("Undo of adding actions failed: %s", qPrintable(removed.error()));
    }
}

void AddActionsCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    for (const ActionPlanStore::ActionSnapshot &s : std::as_const(m_snapshots)) {
        const Status restored = m_store.restoreAction(s);
        if (!restored.ok())
            qWarning("Redo of adding actions failed: %s", qPrintable(restored.error()));
    }
}
