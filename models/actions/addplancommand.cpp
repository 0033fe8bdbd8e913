#include "actions/addplancommand.h"

#include <QCoreApplication>

AddPlanCommand::AddPlanCommand(ActionPlanStore &store, const Plan &plan)
    : StoreCommand(QCoreApplication::translate("AddPlanCommand", "New plan \"%1\"").arg(plan.name))
    , m_store(store)
    , m_plan(plan)
{
    const Result<qint64> id = m_store.addPlan(plan);
    if (id.ok()) {
        m_plan.id = id.value();
    }
    saved(Status::of(id));
}

Status AddPlanCommand::revert()
{
    return m_store.removePlan(m_plan.id);
}

Status AddPlanCommand::apply()
{
    return Status::of(m_store.addPlan(m_plan));
}
