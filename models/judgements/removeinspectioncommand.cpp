#include "judgements/removeinspectioncommand.h"

#include <QCoreApplication>

RemoveInspectionCommand::RemoveInspectionCommand(JudgementStore &store, qint64 inspectionId)
    : m_store(store)
    , m_id(inspectionId)
    , m_before(store.snapshot(inspectionId))
{
    if (!m_before) {
        m_status = Status::failure(QCoreApplication::translate(
            "RemoveInspectionCommand", "That inspection no longer exists."));
        return;
    }
    const Inspection &i = m_before->record.inspection;
    setText(QCoreApplication::translate("RemoveInspectionCommand", "Delete %1, %2")
                .arg(Frameworks::shortTitle(i.framework), i.datesText()));
    m_status = m_store.removeInspection(m_id);
    m_done = m_status.ok();
}

void RemoveInspectionCommand::undo()
{
    const Status s = m_store.restore(*m_before);
    if (!s.ok())
        qWarning("Undo of deleting an inspection failed: %s", qPrintable(s.error()));
}

void RemoveInspectionCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    const Status s = m_store.removeInspection(m_id);
    if (!s.ok())
        qWarning("Redo of deleting an inspection failed: %s", qPrintable(s.error()));
}
