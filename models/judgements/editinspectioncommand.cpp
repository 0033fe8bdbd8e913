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
        saved(Status::failure(QCoreApplication::translate(
            "EditInspectionCommand", "That inspection no longer exists.")));
        return;
    }
    const Status s = m_store.updateInspection(changed);
    if (s.ok())
        m_after = m_store.snapshot(changed.inspection.id);
    saved(s);
}

Status EditInspectionCommand::revert()
{
    return m_store.restore(*m_before);
}

Status EditInspectionCommand::apply()
{
    return m_store.restore(*m_after);
}
