#pragma once

#include "indicators/indicatorcomparison.h"
#include "indicators/indicatorstore.h"

#include <QAbstractTableModel>

class Store;

// The table behind an indicator chart, as LAIT sets it out: a row per period with the
// authority's figure, England's, the region's, the statistical neighbours' mean (of those
// with a figure, saying how many), and the authority's rank and quartile among all
// authorities. Everything is computed from the stored figures; the window's table, the
// exported CSV and workbook and the board pack read the same rows.
class IndicatorBenchmarkModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PeriodColumn,
        AuthorityColumn,
        NationalColumn,
        RegionColumn,
        NeighboursColumn,
        RankColumn,
        QuartileColumn,
        ColumnCount
    };

    explicit IndicatorBenchmarkModel(const Store &store, QObject *parent = nullptr);
    void setSelection(qint64 authorityId, qint64 indicatorId);
    // Only the latest of the authority's periods, ranked alone: the line a board pack gives
    // each indicator, without ranking its twenty years.
    void setLatestOnly(bool latestOnly) { m_latestOnly = latestOnly; }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        std::optional<double> value;
        std::optional<SuppressionCode> suppression;
        QString note;
        bool present = false;
    };
    struct Row
    {
        Period period;
        Cell authority, national, region, neighbours;
        int rank = 0;
        int of = 0;
        QChar band;
    };
    QVariant cellData(const Cell &cell, int role) const;

    const Store &m_store;
    qint64 m_authorityId = 0;
    qint64 m_indicatorId = 0;
    std::optional<Indicator> m_indicator;
    QStringList m_names; // header names of the comparators
    QList<Row> m_rows;
    bool m_latestOnly = false;
};
