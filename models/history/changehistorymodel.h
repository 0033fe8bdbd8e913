#pragma once

#include "history/changehistory.h"

#include <QAbstractTableModel>

// One authority's audit trail as a table: when, who, what kind of item, which, the change.
class ChangeHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        KindColumn,
        ItemColumn,
        ChangeColumn,
        ColumnCount
    };
    enum Role
    {
        ChangeIdRole = Qt::UserRole + 1, // the audit trail's own row
        TableRole,                       // the table the change was made to
        RowIdRole,
    };

    explicit ChangeHistoryModel(const ChangeHistory &history, QObject *parent = nullptr);

    // Every change to one authority's items.
    void setAuthority(qint64 authorityId);
    // Only the changes to one item of it (see ChangeHistory::forItem).
    void setItem(qint64 authorityId, const QString &table, qint64 rowId);
    void reload();
    bool isKept() const { return m_kept; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const ChangeHistory &m_history;
    QList<Change> m_changes;
    qint64 m_authorityId = 0;
    QString m_itemTable;
    qint64 m_itemId = 0;
    bool m_kept = false;
};
