#pragma once

#include "judgements/judgementstore.h"

#include <QAbstractTableModel>

// Every authority's latest graded inspection, one row an authority: the England view.
// Sorts on real dates and grade order (SortRole), filters on the region (RegionRole), and
// marks one authority and its statistical neighbours (closest first).
class EnglandJudgementsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        AuthorityColumn,
        ComparedColumn,
        RegionColumn,
        DateColumn,
        FrameworkColumn,
        OverallColumn,
        LeadershipColumn,
        HelpColumn,
        InCareColumn,
        CareLeaversColumn,
        ColumnCount
    };
    enum Role
    {
        AuthorityIdRole = Qt::UserRole + 1,
        SortRole, // a date, a grade's rank, or text; empty where there is nothing
        RegionRole,
        MarkedRole, // true for the selected authority and its neighbours
    };

    explicit EnglandJudgementsModel(const JudgementStore &store, QObject *parent = nullptr);

    // Reads every authority's latest inspection again.
    void reload();
    // Marks `authorityId` and its neighbours, closest first.
    void mark(qint64 authorityId, const QList<qint64> &neighbours);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    int rowOf(qint64 authorityId) const;

private:
    static AreaRow rowFor(int column);
    const JudgementStore &m_store;
    QList<JudgementStore::LatestGrades> m_rows;
    qint64 m_selected = 0;
    QList<qint64> m_neighbours;
};
