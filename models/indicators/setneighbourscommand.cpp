#include "indicators/setneighbourscommand.h"

#include <QCoreApplication>

SetNeighboursCommand::SetNeighboursCommand(IndicatorStore &store, qint64 authorityId,
                                           const QList<qint64> &neighbours)
    : QUndoCommand(
          QCoreApplication::translate("SetNeighboursCommand", "Change statistical neighbours"))
    , m_store(store)
    , m_authorityId(authorityId)
    , m_before(store.neighbours(authorityId))
    , m_after(neighbours)
{
    if (neighbours.contains(authorityId)) {
        m_status = Status::failure(QCoreApplication::translate(
            "SetNeighboursCommand", "An authority cannot be its own neighbour."));
        return;
    }
    m_status = m_store.setNeighbours(authorityId, neighbours);
    m_done = m_status.ok();
}

void SetNeighboursCommand::undo()
{
    m_store.setNeighbours(m_authorityId, m_before);
}

void SetNeighboursCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    m_store.setNeighbours(m_authorityId, m_after);
}
