#pragma once

#include "judgements/judgementstore.h"

#include <QAbstractTableModel>

class AuthorityStore;

// Several authorities' grades for one area row, over time: a row per grade, in date order.
class GradeComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        AuthorityColumn,
        DateColumn,
        FrameworkColumn,
        GradeColumn,
        AreaTitleColumn,
        ColumnCount
    };
    enum Role
    {
        AuthorityIdRole = Qt::UserRole + 1,
        GradeRole,
        DateRole,
    };

    struct Entry
    {
        qint64 authorityId = 0;
        QString authority;
        JudgementStore::GradePoint point;
    };

    GradeComparisonModel(JudgementStore &judgements, const AuthorityStore &authorities,
                         QObject *parent = nullptr);
    void setAuthorities(const QList<qint64> &authorityIds);
    void setAreaRow(AreaRow row);
    QList<qint64> authorities() const { return m_authorityIds; }
    AreaRow areaRow() const { return m_row; }
    const QList<Entry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();
    JudgementStore &m_judgements;
    const AuthorityStore &m_authorities;
    QList<qint64> m_authorityIds;
    AreaRow m_row = AreaRow::Overall;
    QList<Entry> m_entries;
};
