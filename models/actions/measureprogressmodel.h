#pragma once

#include "actions/impactmeasure.h"

#include <QAbstractTableModel>

class ActionPlanStore;
class IndicatorStore;

// The measures of one action, and those of its plan as a whole, each with its baseline, the
// latest figure since, its target and whether it is on track: what the action plan shows
// beside the chosen action (or, with none chosen, for the plan).
class MeasureProgressModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IndicatorColumn,
        BaselineColumn,
        LatestColumn,
        TargetColumn,
        StandsColumn,
        ForColumn, // "This action" or "Whole plan"
        ColumnCount
    };
    enum Role
    {
        StateRole = Qt::UserRole + 1, // MeasureProgress::State, as an int
        IndicatorIdRole,
    };

    MeasureProgressModel(ActionPlanStore &actions, IndicatorStore &indicators,
                         QObject *parent = nullptr);
    // The action's measures (none for 0), then the whole plan's (none for 0).
    void setAction(qint64 authorityId, qint64 actionId, qint64 planId = 0);

    struct Row
    {
        ImpactMeasure measure;
        Indicator indicator;
        MeasureProgress progress;
    };
    const Row &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // One measure's rows, for a board pack or a test, read the same way.
    static Row rowOf(const ImpactMeasure &measure, const IndicatorStore &indicators,
                     qint64 authorityId);
    // "Off track: 55.3 per 10,000 expected by now"
    static QString standsText(const Row &row);

private:
    void reload();
    ActionPlanStore &m_actions;
    IndicatorStore &m_indicators;
    qint64 m_authorityId = 0;
    qint64 m_actionId = 0;
    qint64 m_planId = 0;
    QList<Row> m_rows;
};
