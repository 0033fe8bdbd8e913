#pragma once

#include "judgements/judgementstore.h"

#include <QAbstractTableModel>

// The recommendations an authority still has to act on (see JudgementStore).
class OpenRecommendationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        TextColumn,
        InspectionColumn,
        ActionsColumn,
        ColumnCount
    };
    enum Role
    {
        RecommendationIdRole = Qt::UserRole + 1,
    };

    explicit OpenRecommendationModel(JudgementStore &store, QObject *parent = nullptr);
    void setAuthority(qint64 authorityId);
    // Actions change which recommendations are open; the action plan store calls this.
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    JudgementStore &m_store;
    qint64 m_authorityId = 0;
    QList<JudgementStore::OpenRecommendation> m_rows;
};
