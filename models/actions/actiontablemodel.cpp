#include "actions/actiontablemodel.h"

#include "actions/actionplanstore.h"
#include "actions/editactioncommand.h"
#include "export/exportrole.h"

#include <QUndoStack>

namespace {
QString shortDate(const std::optional<QDate> &d)
{
    return d ? d->toString(QStringLiteral("d MMM yyyy")) : QString();
}
} // namespace

ActionTableModel::ActionTableModel(ActionPlanStore &store, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_undoStack(undoStack)
{
    connect(&m_store, &ActionPlanStore::actionsChanged, this, [this](qint64 authorityId) {
        if (authorityId == m_authorityId)
            reload();
    });
}

void ActionTableModel::setAuthority(qint64 authorityId)
{
    m_authorityId = authorityId;
    beginResetModel();
    m_rows = m_store.actionRows(authorityId);
    endResetModel();
}

void ActionTableModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ActionTableModel::reload()
{
    QList<ActionRow> fresh = m_store.actionRows(m_authorityId);
    bool sameRows = fresh.size() == m_rows.size();
    for (int i = 0; sameRows && i < fresh.size(); ++i)
        sameRows = fresh.at(i).action.id == m_rows.at(i).action.id;
    if (!sameRows) {
        // Rows came or went: inserted and removed rows are announced as such when only one
        // changed, which keeps the view's selection and scroll position.
        if (fresh.size() == m_rows.size() + 1) {
            int at = 0;
            while (at < m_rows.size() && m_rows.at(at).action.id == fresh.at(at).action.id)
                ++at;
            beginInsertRows({}, at, at);
            m_rows = fresh;
            endInsertRows();
            return;
        }
        if (fresh.size() + 1 == m_rows.size()) {
            int at = 0;
            while (at < fresh.size() && m_rows.at(at).action.id == fresh.at(at).action.id)
                ++at;
            beginRemoveRows({}, at, at);
            m_rows = fresh;
            endRemoveRows();
            return;
        }
        beginResetModel();
        m_rows = fresh;
        endResetModel();
        return;
    }
    m_rows = fresh;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ActionTableModel::rowOfAction(qint64 actionId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).action.id == actionId)
            return i;
    }
    return -1;
}

int ActionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return {};
    const ActionRow &r = m_rows.at(index.row());
    const Action &a = r.action;
    const std::optional<Rag> rag = ActionRules::currentRag(r);
    const bool overdue = ActionRules::isOverdue(r, m_today);
    switch (role) {
    case ActionIdRole:
        return a.id;
    case PlanIdRole:
        return a.planId;
    case RecommendationIdsRole: {
        QVariantList ids;
        for (qint64 id : a.recommendationIds)
            ids.append(id);
        return ids;
    }
    case StatusRole:
        return ActionStatuses::code(a.status);
    case RagRole:
        return rag ? Rags::code(*rag) : QString();
    case OverdueRole:
        return overdue;
    case ExportValueRole:
        switch (index.column()) {
        case StartColumn:
            return a.startDate ? QVariant(*a.startDate) : QVariant();
        case DueColumn:
            return a.dueDate ? QVariant(*a.dueDate) : QVariant();
        case PercentColumn:
            return ActionRules::percentComplete(r);
        case LastUpdateColumn:
            return r.latest ? QVariant(r.latest->reportedOn) : QVariant();
        default:
            return data(index, Qt::DisplayRole);
        }
    case SearchTextRole:
        return QStringList{a.title,
                           a.description,
                           a.leadOfficer,
                           a.serviceArea,
                           a.successMeasure,
                           a.evidence,
                           r.latest ? r.latest->note : QString()}
            .join(QLatin1Char('\n'));
    case SortRole:
        switch (index.column()) {
        case StartColumn:
            return a.startDate.value_or(QDate());
        case DueColumn:
            return a.dueDate.value_or(QDate());
        case PercentColumn:
            return ActionRules::percentComplete(r);
        case RagColumn:
            return rag ? int(*rag) : -1;
        case StatusColumn:
            return int(a.status);
        case LastUpdateColumn:
            return r.latest ? r.latest->reportedOn : QDate();
        case RecommendationsColumn:
            return r.recommendationNumbers.isEmpty() ? 0 : r.recommendationNumbers.first();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::EditRole:
        switch (index.column()) {
        case TitleColumn:
            return a.title;
        case LeadOfficerColumn:
            return a.leadOfficer;
        case ServiceAreaColumn:
            return a.serviceArea;
        case DueColumn:
            return a.dueDate.value_or(m_today);
        case StatusColumn:
            return ActionStatuses::code(a.status);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case PlanColumn:
            return r.planName;
        case TitleColumn:
            return a.title;
        case RecommendationsColumn: {
            QStringList numbers;
            for (int n : r.recommendationNumbers)
                numbers << QString::number(n);
            return numbers.join(QStringLiteral(", "));
        }
        case LeadOfficerColumn:
            return a.leadOfficer;
        case ServiceAreaColumn:
            return a.serviceArea;
        case StartColumn:
            return shortDate(a.startDate);
        case DueColumn:
            return overdue ? tr("%1 (overdue)").arg(shortDate(a.dueDate)) : shortDate(a.dueDate);
        case StatusColumn:
            return ActionStatuses::title(a.status);
        case RagColumn:
            return rag ? Rags::title(*rag) : tr("No update yet");
        case PercentColumn:
            return QStringLiteral("%1%").arg(ActionRules::percentComplete(r));
        case LastUpdateColumn:
            return r.latest ? shortDate(r.latest->reportedOn) : QString();
        }
        break;
    case Qt::BackgroundRole:
        if (index.column() == RagColumn && rag)
            return Rags::colour(*rag);
        if (index.column() == DueColumn && overdue)
            return QColor(0xfd, 0xe0, 0xdc);
        break;
    case Qt::ForegroundRole:
        if (index.column() == RagColumn && rag)
            return Rags::textColour(*rag);
        if (index.column() == DueColumn && overdue)
            return QColor(0x8b, 0x00, 0x00);
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && !a.description.isEmpty())
            return a.description;
        if (index.column() == LastUpdateColumn && r.latest)
            return r.latest->note;
        if (index.column() == DueColumn && overdue)
            return tr("Past its due date and not complete: overdue, whatever its RAG.");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PercentColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PlanColumn:
        return tr("Plan");
    case TitleColumn:
        return tr("Action");
    case RecommendationsColumn:
        return tr("Rec.");
    case LeadOfficerColumn:
        return tr("Lead officer");
    case ServiceAreaColumn:
        return tr("Service area");
    case StartColumn:
        return tr("Start");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case RagColumn:
        return tr("RAG");
    case PercentColumn:
        return tr("Done");
    case LastUpdateColumn:
        return tr("Last update");
    }
    return {};
}

Qt::ItemFlags ActionTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    switch (index.column()) {
    case TitleColumn:
    case LeadOfficerColumn:
    case ServiceAreaColumn:
    case DueColumn:
    case StatusColumn:
        f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

bool ActionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= rowCount())
        return false;
    Action changed = m_rows.at(index.row()).action;
    switch (index.column()) {
    case TitleColumn:
        changed.title = value.toString().trimmed();
        break;
    case LeadOfficerColumn:
        changed.leadOfficer = value.toString().trimmed();
        break;
    case ServiceAreaColumn:
        changed.serviceArea = value.toString().trimmed();
        break;
    case DueColumn: {
        const QDate d = value.toDate();
        if (!d.isValid()) {
            emit editRefused(tr("\"%1\" is not a date.").arg(value.toString()));
            return false;
        }
        changed.dueDate = d;
        break;
    }
    case StatusColumn: {
        const std::optional<ActionStatus> s = ActionStatuses::fromCode(value.toString());
        if (!s) {
            emit editRefused(tr("\"%1\" is not a status.").arg(value.toString()));
            return false;
        }
        changed.status = *s;
        break;
    }
    default:
        return false;
    }
    auto *command = new EditActionCommand(m_store, changed);
    if (!command->status().ok()) {
        emit editRefused(command->status().error());
        delete command;
        return false;
    }
    if (m_undoStack)
        m_undoStack->push(command);
    else
        delete command;
    return true;
}
