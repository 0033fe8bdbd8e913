#pragma once

#include "indicators/indicatorstore.h"

#include <QUndoCommand>

// Replaces an authority's statistical neighbours. The constructor saves; push only if
// status() is ok.
class SetNeighboursCommand : public QUndoCommand
{
public:
    SetNeighboursCommand(IndicatorStore &store, qint64 authorityId,
                         const QList<qint64> &neighbours);
    const Status &status() const { return m_status; }
    void undo() override;
    void redo() override;

private:
    IndicatorStore &m_store;
    Status m_status;
    qint64 m_authorityId;
    QList<qint64> m_before;
    QList<qint64> m_after;
    bool m_done = false;
};
