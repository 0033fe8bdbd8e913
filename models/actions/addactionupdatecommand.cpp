#include "actions/addactionupdatecommand.h"

#include <QCoreApplication>

AddActionUpdateCommand::AddActionUpdateCommand(ActionPlanStore &store, const ActionUpdate &update)
    : StoreCommand(QCoreApplication::translate("AddActionUpdateCommand", "Add progress update"))
    , m_store(store)
    , m_update(update)
{
    const Result<qint64> id = m_store.addUpdate(update);
    if (id.ok()) {
        m_update.id = id.value();
    }
    saved(Status::of(id));
}

Status AddActionUpdateCommand::revert()
{
    return m_store.removeUpdate(m_update.id);
}

Status AddActionUpdateCommand::apply()
{
    // the same id again
    return Status::of(m_store.addUpdate(m_update));
}
