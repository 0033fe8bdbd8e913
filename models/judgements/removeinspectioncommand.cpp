#include "judgements/removeinspectioncommand.h"

#include <QCoreApplication>

RemoveInspectionCommand::RemoveInspectionCommand(JudgementStore &store, qint64 inspectionId)
    : m_store(store)
    , m_id(inspectionId)
    , m_before(store.snapshot(inspectionId))
{
    if (!m_before) {
        saved(Status::failure(QCoreApplication::translate(
            "RemoveInspectionCommand", "That inspection no longer exists.")));
        return;
    }
    const Inspection &i = m_before->record.inspection;
    setText(QCoreApplication::translate("RemoveInspectionCommand", "Delete %1, %2")
                .arg(Frameworks::shortTitle(i.framework), i.datesText()));
    saved(m_store.removeInspection(m_id));
}

Status RemoveInspectionCommand::revert()
{
    return m_store.restore(*m_before);
}

Status RemoveInspectionCommand::apply()
{
    return m_store.removeInspection(m_id);
}
