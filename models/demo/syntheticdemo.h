#pragma once

#include "store/result.h"

#include <QDate>

class Store;

// Generates the demo's synthetic authorities: inspection histories, an improvement plan with
// two years of monthly updates, ten-year indicator series with suppressed values, targets and
// statistical neighbours. Every name says "(synthetic)"; the same seed gives the same data.
class SyntheticDemo
{
public:
    explicit SyntheticDemo(Store &store, quint32 seed = 20170316);
    Status generate();

    static QString boroughName() { return QStringLiteral("Example Borough (synthetic)"); }

private:
    Status addAuthorities();
    Status addInspections();
    Status addPlan();
    Status addIndicatorSeries();
    Status addMeasures();

    Store &m_store;
    quint32 m_seed;
    qint64 m_document = 0;
    qint64 m_source = 0;
    qint64 m_borough = 0;
    qint64 m_shire = 0;
    qint64 m_region = 0;
    qint64 m_nation = 0;
    QList<qint64> m_neighbours;
    QList<qint64> m_latestRecommendations;
};
