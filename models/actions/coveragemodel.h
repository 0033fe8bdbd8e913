#pragma once

#include "actions/actionplanstore.h"

#include <QAbstractTableModel>

// For each recommendation of an authority, where it stands (open, answered, closed or
// superseded), how many actions answer it and how many are done. An open recommendation no
// action answers stands out; closed and superseded ones stay listed, quietly.
class CoverageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        TextColumn,
        InspectionColumn,
        StateColumn,
        ActionsColumn,
        FinishedColumn,
        ColumnCount
    };
    enum Role
    {
        RecommendationIdRole = Qt::UserRole + 1,
        UncoveredRole, // open, and no action answers it
        StateRole,     // RecommendationState, as an int
    };

    explicit CoverageModel(ActionPlanStore &store, QObject *parent = nullptr);
    void setAuthority(qint64 authorityId);
    const ActionPlanStore::Coverage &coverageAt(int row) const { return m_rows.at(row); }
    // "Open: no action answers this", "Closed 3 Mar 2025", "Superseded by ILACS Jul 2024"
    static QString stateText(const ActionPlanStore::Coverage &coverage);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();
    ActionPlanStore &m_store;
    qint64 m_authorityId = 0;
    QList<ActionPlanStore::Coverage> m_rows;
};
