#pragma once

#include "authorities/authority.h"

#include <QAbstractListModel>

class AuthorityStore;

// Every authority and aggregate, for pickers; filter it with a QSortFilterProxyModel on
// SearchTextRole to find one by name, ONS code or old DfE number.
class AuthorityListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        KindRole,
        SyntheticRole,
        SearchTextRole,
    };

    explicit AuthorityListModel(AuthorityStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(qint64 authorityId) const;
    std::optional<Authority> authorityAt(int row) const;

private:
    void reload();
    AuthorityStore &m_store;
    QList<Authority> m_authorities;
};
