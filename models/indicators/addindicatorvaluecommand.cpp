#include "indicators/addindicatorvaluecommand.h"

#include <QCoreApplication>

AddIndicatorValueCommand::AddIndicatorValueCommand(IndicatorStore &store,
                                                   const IndicatorValue &value)
    : QUndoCommand(QCoreApplication::translate("AddIndicatorValueCommand", "Add figure for %1")
                       .arg(value.period.displayLabel()))
    , m_store(store)
    , m_value(value)
{
    const Result<qint64> id = m_store.addValue(value);
    m_status = Status::of(id);
    if (id.ok()) {
        m_value.id = id.value();
        m_done = true;
    }
}

void AddIndicatorValueCommand::undo()
{
    const Status s = m_store.removeValue(m_value.id);
    if (!s.ok())
        qWarning("Undo of adding a figure failed: %s", qPrintable(s.error()));
}

void AddIndicatorValueCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    const Status s = m_store.restoreValue(m_value);
    if (!s.ok())
        qWarning("Redo of adding a figure failed: %s", qPrintable(s.error()));
}
