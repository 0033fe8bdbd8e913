#include "judgements/removeinspectioncommand.h"

#include <QCoreApplication>

RemoveInspectionCommand::RemoveInspectionCommand(JudgementStore &store, qint64 inspectionId,
                                                 int shownVersion)
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
    saved(m_store.removeInspection(m_id, shownVersion));
}

Status RemoveInspectionCommand::revert()
{
    return m_store.restore(*m_before);
}

Status RemoveInspectionCommand::apply()
{
    // Over the version this store last saved (the one undo put back).
    return m_store.removeInspection(m_id, m_store.savedVersion(m_id));
}
