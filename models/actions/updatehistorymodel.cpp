#include "actions/updatehistorymodel.h"

#include "actions/actionplanstore.h"

#include <algorithm>

UpdateHistoryModel::UpdateHistoryModel(ActionPlanStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &ActionPlanStore::actionsChanged, this, &UpdateHistoryModel::reload);
}

void UpdateHistoryModel::setAction(qint64 actionId)
{
    m_actionId = actionId;
    reload();
}

void UpdateHistoryModel::reload()
{
    beginResetModel();
    m_updates = m_actionId ? m_store.updates(m_actionId) : QList<ActionUpdate>();
    std::reverse(m_updates.begin(), m_updates.end());
    endResetModel();
}

int UpdateHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_updates.size());
}

int UpdateHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UpdateHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return {};
    const ActionUpdate &u = m_updates.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case DateColumn:
            return u.reportedOn.toString(QStringLiteral("d MMM yyyy"));
        case RagColumn:
            return Rags::title(u.rag);
        case PercentColumn:
            return QStringLiteral("%1%").arg(u.percentComplete);
        case AuthorColumn:
            return u.author;
        case NoteColumn:
            return u.note;
        }
    }
    if (index.column() == RagColumn && role == Qt::BackgroundRole)
        return Rags::colour(u.rag);
    if (index.column() == RagColumn && role == Qt::ForegroundRole)
        return Rags::textColour(u.rag);
    if (index.column() == NoteColumn && role == Qt::ToolTipRole)
        return u.note;
    return {};
}

QVariant UpdateHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case RagColumn:
        return tr("RAG");
    case PercentColumn:
        return tr("Done");
    case AuthorColumn:
        return tr("By");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}
