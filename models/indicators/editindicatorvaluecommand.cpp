#include "indicators/editindicatorvaluecommand.h"

#include <QCoreApplication>

EditIndicatorValueCommand::EditIndicatorValueCommand(IndicatorStore &store,
                                                     const IndicatorValue &changed)
    : StoreCommand(QCoreApplication::translate("EditIndicatorValueCommand", "Edit figure for %1")
                       .arg(changed.period.displayLabel()))
    , m_store(store)
    , m_before(store.value(changed.id))
    , m_after(changed)
{
    if (!m_before) {
        saved(Status::failure(QCoreApplication::translate("EditIndicatorValueCommand",
                                                               "That figure no longer exists.")));
        return;
    }
    saved(m_store.updateValue(changed));
}

Status EditIndicatorValueCommand::revert()
{
    return m_store.updateValue(*m_before);
}

Status EditIndicatorValueCommand::apply()
{
    return m_store.updateValue(m_after);
}
