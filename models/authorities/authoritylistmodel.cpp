#include "authorities/authoritylistmodel.h"

#include "authorities/authoritystore.h"

#include <QLocale>

AuthorityListModel::AuthorityListModel(AuthorityStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    m_authorities = m_store.all();
    connect(&m_store, &AuthorityStore::authoritiesChanged, this, &AuthorityListModel::reload);
}

void AuthorityListModel::reload()
{
    beginResetModel();
    m_authorities = m_store.all();
    endResetModel();
}

int AuthorityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_authorities.size());
}

QVariant AuthorityListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return {};
    const Authority &a = m_authorities.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return a.label();
    case Qt::EditRole:
        return a.name;
    case Qt::ToolTipRole: {
        QStringList parts{Authority::kindTitle(a.kind)};
        if (!a.onsCode.isEmpty())
            parts << a.onsCode;
        if (a.laNumber)
            parts << tr("DfE number %1").arg(*a.laNumber);
        if (a.synthetic)
            parts << tr("synthetic demonstration data");
        if (a.endedOn)
            parts << tr("ended on %1").arg(QLocale().toString(*a.endedOn, QLocale::LongFormat));
        return parts.join(QStringLiteral(" · "));
    }
    case Qt::AccessibleTextRole:
        return a.label();
    case IdRole:
        return a.id;
    case KindRole:
        return int(a.kind);
    case SyntheticRole:
        return a.synthetic;
    case SearchTextRole:
        return QStringLiteral("%1 %2 %3")
            .arg(a.name, a.onsCode, a.laNumber ? QString::number(*a.laNumber) : QString());
    default:
        return {};
    }
}

QHash<int, QByteArray> AuthorityListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "authorityId");
    names.insert(KindRole, "kind");
    names.insert(SyntheticRole, "synthetic");
    names.insert(SearchTextRole, "searchText");
    return names;
}

int AuthorityListModel::rowOf(qint64 authorityId) const
{
    for (int row = 0; row < m_authorities.size(); ++row) {
        if (m_authorities.at(row).id == authorityId)
            return row;
    }
    return -1;
}

std::optional<Authority> AuthorityListModel::authorityAt(int row) const
{
    if (row < 0 || row >= m_authorities.size())
        return std::nullopt;
    return m_authorities.at(row);
}
