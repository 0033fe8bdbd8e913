#include "actions/editactioncommand.h"

#include <QCoreApplication>

EditActionCommand::EditActionCommand(ActionPlanStore &store, const Action &changed)
    : QUndoCommand(
          QCoreApplication::translate("EditActionCommand", "Edit action \"%1\"").arg(changed.title))
    , m_store(store)
    , m_before(store.action(changed.id))
    , m_after(changed)
{
    if (!m_before) {
        m_status = Status::failure(
            QCoreApplication::translate("EditActionCommand", "That action no longer exists."));
        return;
    }
    m_status = m_store.updateAction(changed);
    m_done = m_status.ok();
}

void EditActionCommand::undo()
{
    const Status s = m_store.updateAction(*m_before);
    if (!s.ok())
        qWarning("Undo of an action edit failed: %s", qPrintable(s.error()));
}

void EditActionCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    const Status s = m_store.updateAction(m_after);
    if (!s.ok())
        qWarning("Redo of an action edit failed: %s", qPrintable(s.error()));
}
