#include "judgements/addinspectioncommand.h"

#include <QCoreApplication>

AddInspectionCommand::AddInspectionCommand(JudgementStore &store, const InspectionRecord &record)
    : m_store(store)
{
    setText(QCoreApplication::translate("AddInspectionCommand", "Add %1")
                .arg(Frameworks::shortTitle(record.inspection.framework)));
    const Result<qint64> id = m_store.addInspection(record);
    if (id.ok())
        m_id = id.value();
    saved(Status::of(id));
}

Status AddInspectionCommand::revert()
{
    m_snapshot = m_store.snapshot(m_id);
    return m_store.removeInspection(m_id);
}

Status AddInspectionCommand::apply()
{
    return m_snapshot ? m_store.restore(*m_snapshot) : Status();
}
