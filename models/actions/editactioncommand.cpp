#include "actions/editactioncommand.h"

#include <QCoreApplication>

EditActionCommand::EditActionCommand(ActionPlanStore &store, const Action &changed)
    : StoreCommand(
          QCoreApplication::translate("EditActionCommand", "Edit action \"%1\"").arg(changed.title))
    , m_store(store)
    , m_before(store.action(changed.id))
    , m_after(changed)
{
    if (!m_before) {
        saved(Status::failure(
            QCoreApplication::translate("EditActionCommand", "That action no longer exists.")));
        return;
    }
    // Saved over the version the dialog was opened on, not over whatever is there now.
    saved(m_store.updateAction(changed));
}

Status EditActionCommand::revert()
{
    // Undo and redo are refused, and say so, if someone else has saved it since.
    Action back = *m_before;
    back.version.number = m_store.savedVersion(back.id);
    return m_store.updateAction(back);
}

Status EditActionCommand::apply()
{
    Action again = m_after;
    again.version.number = m_store.savedVersion(again.id);
    return m_store.updateAction(again);
}
