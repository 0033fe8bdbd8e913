#pragma once

#include "indicators/indicator.h"
#include "indicators/indicatorvalue.h"
#include "store/result.h"

#include <QList>
#include <QObject>

class Database;

// The indicator catalogue, values, targets and statistical neighbours.
class IndicatorStore : public QObject
{
    Q_OBJECT
public:
    explicit IndicatorStore(Database &db, QObject *parent = nullptr);

    QList<Indicator> indicators() const;
    std::optional<Indicator> indicator(qint64 id) const;
    std::optional<Indicator> indicator(const QString &key) const;

    // Checks the value against its indicator's unit and the period before saving.
    Result<qint64> addValue(const IndicatorValue &value);
    // One authority's series for one indicator, in time order: reads only those rows.
    QList<IndicatorValue> values(qint64 authorityId, qint64 indicatorId) const;
    int valueCount(qint64 authorityId) const;

    Result<qint64> addTarget(qint64 authorityId, qint64 indicatorId, const QDate &periodEnd,
                             const QString &label, double value);
    Status setNeighbours(qint64 authorityId, const QList<qint64> &neighbourIds);
    QList<qint64> neighbours(qint64 authorityId) const;

signals:
    void valuesChanged(qint64 authorityId, qint64 indicatorId);
    void neighboursChanged(qint64 authorityId);

private:
    QList<Indicator> selectIndicators(const QString &where, const QVariant &value) const;
    Database &m_db;
};
