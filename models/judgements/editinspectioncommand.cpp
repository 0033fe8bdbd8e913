#include "judgements/editinspectioncommand.h"

#include <QCoreApplication>

EditInspectionCommand::EditInspectionCommand(JudgementStore &store, const InspectionRecord &changed)
    : m_store(store)
    , m_before(store.snapshot(changed.inspection.id))
{
    setText(QCoreApplication::translate("EditInspectionCommand", "Edit %1, %2")
                .arg(Frameworks::shortTitle(changed.inspection.framework),
                     changed.inspection.datesText()));
    if (!m_before) {
        m_status = Status::failure(QCoreApplication::translate(
            "EditInspectionCommand", "That inspection no longer exists."));
        return;
    }
    m_status = m_store.updateInspection(changed);
    if (m_status.ok()) {
        m_after = m_store.snapshot(changed.inspection.id);
        m_done = true;
    }
}

void EditInspectionCommand::undo()
{
    const Status s = m_store.restore(*m_before);
    if (!s.ok())
        qWarning("Undo of an inspection edit failed: %s", qPrintable(s.error()));
}

void EditInspectionCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    const Status s = m_store.restore(*m_after);
    if (!s.ok())
        qWarning("Redo of an inspection edit failed: %s", qPrintable(s.error()));
}
