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

// Undo and redo are refused, and say so, if someone else has saved the figure since.
Status EditIndicatorValueCommand::revert()
{
    IndicatorValue back = *m_before;
    back.version.number = m_store.savedVersion(back.id);
    return m_store.updateValue(back);
}

Status EditIndicatorValueCommand::apply()
{
    IndicatorValue again = m_after;
    again.version.number = m_store.savedVersion(again.id);
    return m_store.updateValue(again);
}
