#include "actions/removeactioncommand.h"

#include <QCoreApplication>

RemoveActionCommand::RemoveActionCommand(ActionPlanStore &store, qint64 actionId)
    : m_store(store)
    , m_id(actionId)
    , m_before(store.snapshot(actionId))
{
    if (!m_before) {
        m_status = Status::failure(
            QCoreApplication::translate("RemoveActionCommand", "That action no longer exists."));
        return;
    }
    setText(QCoreApplication::translate("RemoveActionCommand", "Delete action \"%1\"")
                .arg(m_before->action.title));
    m_status = m_store.removeAction(actionId);
    m_done = m_status.ok();
}

void RemoveActionCommand::undo()
{
    const Status s = m_store.restoreAction(*m_before);
    if (!s.ok())
        qWarning("Undo of deleting an action failed: %s", qPrintable(s.error()));
}

void RemoveActionCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    const Status s = m_store.removeAction(m_id);
    if (!s.ok())
        qWarning("Redo of deleting an action failed: %s", qPrintable(s.error()));
}
