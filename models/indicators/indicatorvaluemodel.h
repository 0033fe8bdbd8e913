#pragma once

#include "indicators/indicatorcomparison.h"

#include <QAbstractTableModel>

class QUndoStack;
class Store;

// The figures behind an indicator chart, with their sources: the authority's own (which
// can be edited in place, each edit undoable) and its comparators'.
class IndicatorValueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeriesColumn,
        PeriodColumn,
        ValueColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role
    {
        ValueIdRole = Qt::UserRole + 1,
        SeriesKindRole,
        SuppressionRole, // the code when withheld
        NumberRole,      // the number, or invalid
        VersionRole,     // the stored figure's version, as read
    };

    IndicatorValueModel(Store &store, QUndoStack *undoStack, QObject *parent = nullptr);
    void setSelection(qint64 authorityId, qint64 indicatorId);
    qint64 indicator() const { return m_indicatorId; }
    const QList<ComparisonSeries> &series() const { return m_series; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editRefused(const QString &message);

private:
    void reload();
    const ComparisonSeries::Point &pointAt(int row,
                                           const ComparisonSeries **series = nullptr) const;

    Store &m_store;
    QUndoStack *m_undoStack;
    qint64 m_authorityId = 0;
    qint64 m_indicatorId = 0;
    QList<ComparisonSeries> m_series;
    std::optional<Indicator> m_indicator;
    QList<std::pair<int, int>> m_index; // row -> (series, point)
};
