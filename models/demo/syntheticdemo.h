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
    // The board the borough's plan reports to, whose meetings the demo remembers.
    static QString boardName()
    {
        return QStringLiteral("Children's Improvement Board (synthetic)");
    }

private:
    Status addAuthorities();
    Status addInspections();
    Status addPlan();
    Status addIndicatorSeries();
    Status addMeasures();
    Status addEvidence();
    Status addMeetings();

    Store &m_store;
    quint32 m_seed;
    qint64 m_document = 0;
    qint64 m_source = 0;
    qint64 m_latestSource = 0; // the newest year's figures, recorded later
    qint64 m_borough = 0;
    qint64 m_shire = 0;
    qint64 m_region = 0;
    qint64 m_nation = 0;
    QList<qint64> m_neighbours;
    QList<qint64> m_latestRecommendations;
};
