#pragma once

#include "actions/actionplanstore.h"

#include <QAbstractTableModel>

// For each recommendation of an authority, how many actions answer it and how many are
// done. A recommendation no action answers stands out.
class CoverageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        TextColumn,
        InspectionColumn,
        ActionsColumn,
        FinishedColumn,
        ColumnCount
    };
    enum Role
    {
        RecommendationIdRole = Qt::UserRole + 1,
        UncoveredRole,
    };

    explicit CoverageModel(ActionPlanStore &store, QObject *parent = nullptr);
    void setAuthority(qint64 authorityId);
    const ActionPlanStore::Coverage &coverageAt(int row) const { return m_rows.at(row); }

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
