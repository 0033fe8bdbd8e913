#pragma once

#include "actions/actionplan.h"

#include <QAbstractTableModel>

class ActionPlanStore;

// The dated progress updates of one action, newest first: the history boards read.
class UpdateHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        RagColumn,
        PercentColumn,
        AuthorColumn,
        NoteColumn,
        ColumnCount
    };

    explicit UpdateHistoryModel(ActionPlanStore &store, QObject *parent = nullptr);
    void setAction(qint64 actionId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();
    ActionPlanStore &m_store;
    qint64 m_actionId = 0;
    QList<ActionUpdate> m_updates;
};
