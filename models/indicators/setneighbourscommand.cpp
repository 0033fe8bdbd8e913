#include "indicators/setneighbourscommand.h"

#include <QCoreApplication>

SetNeighboursCommand::SetNeighboursCommand(IndicatorStore &store, qint64 authorityId,
                                           const QList<qint64> &before,
                                           const QList<qint64> &neighbours)
    : StoreCommand(
          QCoreApplication::translate("SetNeighboursCommand", "Change statistical neighbours"))
    , m_store(store)
    , m_authorityId(authorityId)
    , m_before(before)
    , m_after(neighbours)
{
    if (neighbours.contains(authorityId)) {
        saved(Status::failure(QCoreApplication::translate(
            "SetNeighboursCommand", "An authority cannot be its own neighbour.")));
        return;
    }
    saved(m_store.setNeighbours(authorityId, neighbours, m_before));
}

Status SetNeighboursCommand::revert()
{
    return m_store.setNeighbours(m_authorityId, m_before, m_after);
}

Status SetNeighboursCommand::apply()
{
    return m_store.setNeighbours(m_authorityId, m_after, m_before);
}
