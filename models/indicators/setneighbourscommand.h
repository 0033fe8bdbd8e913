#pragma once

#include "indicators/indicatorstore.h"
#include "store/storecommand.h"


// Replaces an authority's statistical neighbours, the list `before` as the user saw it, by
// `neighbours`; refused if a colleague changed the list since. Undo and redo save over
// the list the command left. The constructor saves; push only if status() is ok.
class SetNeighboursCommand : public StoreCommand
{
public:
    SetNeighboursCommand(IndicatorStore &store, qint64 authorityId, const QList<qint64> &before,
                         const QList<qint64> &neighbours);
protected:
    Status revert() override;
    Status apply() override;

private:
    IndicatorStore &m_store;
    qint64 m_authorityId;
    QList<qint64> m_before;
    QList<qint64> m_after;
};
