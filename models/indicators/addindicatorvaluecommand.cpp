#include "indicators/addindicatorvaluecommand.h"

#include <QCoreApplication>

AddIndicatorValueCommand::AddIndicatorValueCommand(IndicatorStore &store,
                                                   const IndicatorValue &value)
    : StoreCommand(QCoreApplication::translate("AddIndicatorValueCommand", "Add figure for %1")
                       .arg(value.period.displayLabel()))
    , m_store(store)
    , m_value(value)
{
    const Result<qint64> id = m_store.addValue(value);
    if (id.ok()) {
        m_value.id = id.value();
    }
    saved(Status::of(id));
}

Status AddIndicatorValueCommand::revert()
{
    return m_store.removeValue(m_value.id);
}

Status AddIndicatorValueCommand::apply()
{
    return m_store.restoreValue(m_value);
}
