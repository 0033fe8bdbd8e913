#include "history/changehistorymodel.h"

#include "export/exportrole.h"

#include <QLocale>

ChangeHistoryModel::ChangeHistoryModel(const ChangeHistory &history, QObject *parent)
    : QAbstractTableModel(parent)
    , m_history(history)
{
}

void ChangeHistoryModel::setAuthority(qint64 authorityId)
{
    m_authorityId = authorityId;
    m_itemTable.clear();
    m_itemId = 0;
    reload();
}

void ChangeHistoryModel::setItem(qint64 authorityId, const QString &table, qint64 rowId)
{
    m_authorityId = authorityId;
    m_itemTable = table;
    m_itemId = rowId;
    reload();
}

void ChangeHistoryModel::reload()
{
    beginResetModel();
    m_kept = m_history.isKept();
    m_changes.clear();
    if (m_kept && m_itemId)
        m_changes = m_history.forItem(m_itemTable, m_itemId);
    else if (m_kept && m_authorityId)
        m_changes = m_history.forAuthority(m_authorityId);
    endResetModel();
}

int ChangeHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int ChangeHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Change &c = m_changes.at(index.row());
    if (role == ChangeIdRole)
        return c.id;
    if (role == TableRole)
        return c.table;
    if (role == RowIdRole)
        return c.rowId;
    if (role == ExportValueRole && index.column() == WhenColumn)
        return c.at;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != ExportValueRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(c.at.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"));
    case WhoColumn:
        return c.who;
    case KindColumn:
        return ChangeHistory::itemKind(c.table);
    case ItemColumn:
        return ChangeHistory::itemName(c);
    case ChangeColumn:
        return ChangeHistory::describe(c);
    default:
        return {};
    }
}

QVariant ChangeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case KindColumn:
        return tr("Item");
    case ItemColumn:
        return tr("Which");
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}
