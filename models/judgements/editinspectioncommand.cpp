#include "judgements/editinspectioncommand.h"

#include <QCoreApplication>

EditInspectionCommand::EditInspectionCommand(JudgementStore &store, const InspectionRecord &changed,
                                             const QString &text)
    : m_store(store)
    , m_before(store.snapshot(changed.inspection.id))
{
    setText(!text.isEmpty() ? text
                            : QCoreApplication::translate("EditInspectionCommand", "Edit %1, %2")
                                  .arg(Frameworks::shortTitle(changed.inspection.framework),
                                       changed.inspection.datesText()));
    if (!m_before) {
        saved(Status::failure(QCoreApplication::translate("EditInspectionCommand",
                                                          "That inspection no longer exists.")));
        return;
    }
    // Saved over the version the dialog was opened on, not over whatever is there now.
    const Status s = m_store.updateInspection(changed);
    if (s.ok())
        m_after = m_store.snapshot(changed.inspection.id);
    saved(s);
}

// Undo and redo are refused, and say so, if someone else has saved it since.
Status EditInspectionCommand::revert()
{
    const qint64 id = m_before->record.inspection.id;
    return m_store.restore(*m_before, m_store.savedVersion(id));
}

Status EditInspectionCommand::apply()
{
    const qint64 id = m_after->record.inspection.id;
    return m_store.restore(*m_after, m_store.savedVersion(id));
}
