#include "actions/removeactioncommand.h"

#include <QCoreApplication>

RemoveActionCommand::RemoveActionCommand(ActionPlanStore &store, qint64 actionId,
                                         int shownVersion)
    : m_store(store)
    , m_id(actionId)
    , m_before(store.snapshot(actionId))
{
    if (!m_before) {
        saved(Status::failure(
            QCoreApplication::translate("RemoveActionCommand", "That action no longer exists.")));
        return;
    }
    setText(QCoreApplication::translate("RemoveActionCommand", "Delete action \"%1\"")
                .arg(m_before->action.title));
    saved(m_store.removeAction(actionId, shownVersion));
}

Status RemoveActionCommand::revert()
{
    return m_store.restoreAction(*m_before);
}

Status RemoveActionCommand::apply()
{
    // Over the version this store last saved (the one undo put back).
    return m_store.removeAction(m_id, m_store.savedVersion(m_id));
}
