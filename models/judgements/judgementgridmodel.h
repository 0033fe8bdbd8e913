#pragma once

#include "judgements/judgementstore.h"

#include <QAbstractTableModel>

class SourceStore;

// The judgements grid of one authority: a row per area (areas that mean the same across
// frameworks share a row), a column per graded inspection in time order.
class JudgementGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        GradeRole = Qt::UserRole + 1, // the grade's code, or empty
        InspectionIdRole,
        AreaTitleRole, // the area as the report worded it
    };

    JudgementGridModel(JudgementStore &judgements, const SourceStore &sources,
                       QObject *parent = nullptr);
    void setAuthority(qint64 authorityId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    AreaRow areaRow(int row) const { return m_rows.at(row); }
    qint64 inspectionAt(int column) const { return m_columns.at(column).id; }

private:
    struct Cell
    {
        JudgementStore::GradePoint point;
        bool combined = false; // one ILACS grade covering two rows
    };
    void reload();
    const Cell *cell(int row, int column) const;

    JudgementStore &m_judgements;
    const SourceStore &m_sources;
    qint64 m_authorityId = 0;
    QList<AreaRow> m_rows;
    QList<Inspection> m_columns;
    QHash<QPair<int, qint64>, Cell> m_cells; // (row, inspection id)
};
