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
    saved(m_store.updateAction(changed));
}

Status EditActionCommand::revert()
{
    return m_store.updateAction(*m_before);
}

Status EditActionCommand::apply()
{
    return m_store.updateAction(m_after);
}
