#include "judgements/addinspectioncommand.h"

#include <QCoreApplication>

AddInspectionCommand::AddInspectionCommand(JudgementStore &store, const InspectionRecord &record)
    : m_store(store)
{
    setText(QCoreApplication::translate("AddInspectionCommand", "Add %1")
                .arg(Frameworks::shortTitle(record.inspection.framework)));
    const Result<qint64> id = m_store.addInspection(record);
    m_status = Status::of(id);
    if (id.ok()) {
        m_id = id.value();
        m_done = true;
    }
}

void AddInspectionCommand::undo()
{
    m_snapshot = m_store.snapshot(m_id);
    const Status s = m_store.removeInspection(m_id);
    if (!s.ok())
        qWarning("Undo of adding an inspection failed: %s", qPrintable(s.error()));
}

void AddInspectionCommand::redo()
{
    if (m_done) { // saved by the constructor
        m_done = false;
        return;
    }
    if (m_snapshot) {
        const Status s = m_store.restore(*m_snapshot);
        if (!s.ok())
            qWarning("Redo of adding an inspection failed: %s", qPrintable(s.error()));
    }
}
