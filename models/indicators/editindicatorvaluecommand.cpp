#include "indicators/editindicatorvaluecommand.h"

#include <QCoreApplication>

EditIndicatorValueCommand::EditIndicatorValueCommand(IndicatorStore &store,
                                                     const IndicatorValue &changed)
    : QUndoCommand(QCoreApplication::translate("EditIndicatorValueCommand", "Edit figure for %1")
                       .arg(changed.period.displayLabel()))
    , m_store(store)
    , m_before(store.value(changed.id))
    , m_after(changed)
{
    if (!m_before) {
        m_status = Status::failure(QCoreApplication::translate("EditIndicatorValueCommand",
                                                               "That figure no longer exists."));
        return;
    }
    m_status = m_store.updateValue(changed);
    m_done = m_status.ok();
}

void EditIndicatorValueCommand::undo()
{
    const Status s = m_store.updateValue(*m_before);
    if (!s.ok())
        qWarning("Undo of a figure edit failed: %s", qPrintable(s.error()));
}

void EditIndicatorValueCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    const Status s = m_store.updateValue(m_after);
    if (!s.ok())
        qWarning("Redo of a figure edit failed: %s", qPrintable(s.error()));
}
