#include "indicators/removeindicatorvaluecommand.h"

#include <QCoreApplication>

RemoveIndicatorValueCommand::RemoveIndicatorValueCommand(IndicatorStore &store, qint64 valueId,
                                                         int shownVersion)
    : StoreCommand(QCoreApplication::translate("RemoveIndicatorValueCommand", "Delete figure"))
    , m_store(store)
    , m_before(store.value(valueId))
{
    if (!m_before) {
        saved(Status::failure(QCoreApplication::translate("RemoveIndicatorValueCommand",
                                                               "That figure no longer exists.")));
        return;
    }
    saved(m_store.removeValue(valueId, shownVersion));
}

Status RemoveIndicatorValueCommand::revert()
{
    return m_store.restoreValue(*m_before);
}

Status RemoveIndicatorValueCommand::apply()
{
    // Over the version this store last saved (the one undo put back).
    return m_store.removeValue(m_before->id, m_store.savedVersion(m_before->id));
}
