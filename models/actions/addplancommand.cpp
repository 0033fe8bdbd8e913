#include "actions/addplancommand.h"

#include <QCoreApplication>

AddPlanCommand::AddPlanCommand(ActionPlanStore &store, const Plan &plan)
    : QUndoCommand(QCoreApplication::translate("AddPlanCommand", "New plan \"%1\"").arg(plan.name))
    , m_store(store)
    , m_plan(plan)
{
    const Result<qint64> id = m_store.addPlan(plan);
    m_status = Status::of(id);
    if (id.ok()) {
        m_plan.id = id.value();
        m_done = true;
    }
}

void AddPlanCommand::undo()
{
    const Status s = m_store.removePlan(m_plan.id);
    if (!s.ok())
        qWarning("Undo of a new plan failed: %s", qPrintable(s.error()));
}

void AddPlanCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    const Result<qint64> id = m_store.addPlan(m_plan);
    if (!id.ok())
        qWarning("Redo of a new plan failed: %s", qPrintable(id.error()));
}
