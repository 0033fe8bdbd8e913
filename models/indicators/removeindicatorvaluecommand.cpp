#include "indicators/removeindicatorvaluecommand.h"

#include <QCoreApplication>

RemoveIndicatorValueCommand::RemoveIndicatorValueCommand(IndicatorStore &store, qint64 valueId)
    : QUndoCommand(QCoreApplication::translate("RemoveIndicatorValueCommand", "Delete figure"))
    , m_store(store)
    , m_before(store.value(valueId))
{
    if (!m_before) {
        m_status = Status::failure(QCoreApplication::translate("RemoveIndicatorValueCommand",
                                                               "That figure no longer exists."));
        return;
    }
    m_status = m_store.removeValue(valueId);
    m_done = m_status.ok();
}

void RemoveIndicatorValueCommand::undo()
{
    const Status s = m_store.restoreValue(*m_before);
    if (!s.ok())
        qWarning("Undo of deleting a figure failed: %s", qPrintable(s.error()));
}

void RemoveIndicatorValueCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    const Status s = m_store.removeValue(m_before->id);
    if (!s.ok())
        qWarning("Redo of deleting a figure failed: %s", qPrintable(s.error()));
}
