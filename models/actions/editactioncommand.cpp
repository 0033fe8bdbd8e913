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
    const Status first = m_store.updateAction(changed);
    if (first.ok())
        m_version = (changed.rowVersion ? changed.rowVersion : m_before->rowVersion) + 1;
    saved(first);
}

Status EditActionCommand::revert()
{
    // Undo and redo are refused, and say so, if someone else has saved it since.
    Action back = *m_before;
    back.rowVersion = m_version;
    const Status s = m_store.updateAction(back);
    if (s.ok())
        ++m_version;
    return s;
}

Status EditActionCommand::apply()
{
    Action again = m_after;
    again.rowVersion = m_version;
    const Status s = m_store.updateAction(again);
    if (s.ok())
        ++m_version;
    return s;
}
