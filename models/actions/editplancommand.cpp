#include "actions/editplancommand.h"

#include <QCoreApplication>

EditPlanCommand::EditPlanCommand(ActionPlanStore &store, const Plan &changed)
    : StoreCommand(
          QCoreApplication::translate("EditPlanCommand", "Edit plan \"%1\"").arg(changed.name))
    , m_store(store)
    , m_before(store.plan(changed.id))
    , m_after(changed)
{
    if (!m_before) {
        saved(Status::failure(
            QCoreApplication::translate("EditPlanCommand", "That plan no longer exists.")));
        return;
    }
    // Saved over the version the dialog was opened on, not over whatever is there now.
    saved(m_store.updatePlan(changed));
}

Status EditPlanCommand::revert()
{
    // Undo and redo are refused, and say so, if someone else has saved it since.
    Plan back = *m_before;
    back.version.number = m_store.savedPlanVersion(back.id);
    return m_store.updatePlan(back);
}

Status EditPlanCommand::apply()
{
    Plan again = m_after;
    again.version.number = m_store.savedPlanVersion(again.id);
    return m_store.updatePlan(again);
}
