#include "actions/addactionupdatecommand.h"

#include <QCoreApplication>

AddActionUpdateCommand::AddActionUpdateCommand(ActionPlanStore &store, const ActionUpdate &update)
    : QUndoCommand(QCoreApplication::translate("AddActionUpdateCommand", "Add progress update"))
    , m_store(store)
    , m_update(update)
{
    const Result<qint64> id = m_store.addUpdate(update);
    m_status = Status::of(id);
    if (id.ok()) {
        m_update.id = id.value();
        m_done = true;
    }
}

void AddActionUpdateCommand::undo()
{
    const Status s = m_store.removeUpdate(m_update.id);
    if (!s.ok())
        qWarning("Undo of a progress update failed: %s", qPrintable(s.error()));
}

void AddActionUpdateCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    const Result<qint64> id = m_store.addUpdate(m_update); // the same id again
    if (!id.ok())
        qWarning("Redo of a progress update failed: %s", qPrintable(id.error()));
}
