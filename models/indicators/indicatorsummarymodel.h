#pragma once

#include "indicators/indicatorcomparison.h"

#include <QAbstractListModel>

class Store;

// One row per indicator an authority has figures for: what an indicator card shows.
class IndicatorSummaryModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IndicatorIdRole = Qt::UserRole + 1,
        LatestTextRole,  // "80 per 10,000" or a suppression symbol
        PeriodRole,      // "at 1 July 2017"
        ChangeTextRole,  // "up from 79 (at 31 March 2016)"
        ImprovementRole, // +1 better, -1 worse, 0 same; invalid when there is no better direction
        TrendRole,       // QVariantList of doubles, oldest first, NaN where withheld
        TargetRagRole,   // RAG code against the target for the latest period, or empty
        TargetTextRole,
        SourceRole,       // citation of the latest value
        NumberTextRole,   // the latest figure without its unit ("58"), or the symbol
        UnitNoteRole,     // "per 10,000 children" for rates, else empty
        StandingTextRole, // "rank 34 of 151, quartile B" for the latest period, or empty
        AimedActionsRole, // QStringList: what aims at the indicator (ActionPlanStore::aimedBy)
    };

    explicit IndicatorSummaryModel(Store &store, QObject *parent = nullptr);
    void setAuthority(qint64 authorityId);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Indicator indicator;
        QList<IndicatorValue> values;
        std::optional<double> target;
        QString targetLabel;
        QString standing;
        QString citation; // of the latest figure's source
        QStringList aimedBy; // the actions with an impact measure on it
    };
    void reload();
    Store &m_store;
    qint64 m_authorityId = 0;
    QList<Row> m_rows;
};
