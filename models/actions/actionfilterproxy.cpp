#include "actions/actionfilterproxy.h"

#include "actions/actiontablemodel.h"

ActionFilterProxy::ActionFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ActionTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ActionFilterProxy::setPlan(qint64 planId)
{
    m_plan = planId;
    invalidateRowsFilter();
}

void ActionFilterProxy::setRecommendation(qint64 recommendationId)
{
    m_recommendation = recommendationId;
    invalidateRowsFilter();
}

void ActionFilterProxy::setStatus(std::optional<ActionStatus> status)
{
    m_status = status;
    invalidateRowsFilter();
}

void ActionFilterProxy::setRag(std::optional<Rag> rag, bool noUpdate)
{
    m_rag = rag;
    m_noUpdate = noUpdate;
    invalidateRowsFilter();
}

void ActionFilterProxy::setLeadOfficer(const QString &officer)
{
    m_officer = officer;
    invalidateRowsFilter();
}

void ActionFilterProxy::setOverdueOnly(bool overdueOnly)
{
    m_overdueOnly = overdueOnly;
    invalidateRowsFilter();
}

void ActionFilterProxy::setSearchText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool ActionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_plan && i.data(ActionTableModel::PlanIdRole).toLongLong() != m_plan)
        return false;
    if (m_recommendation && !i.data(ActionTableModel::RecommendationIdsRole)
                                 .toList()
                                 .contains(QVariant(m_recommendation)))
        return false;
    if (m_status &&
        i.data(ActionTableModel::StatusRole).toString() != ActionStatuses::code(*m_status))
        return false;
    const QString rag = i.data(ActionTableModel::RagRole).toString();
    if (m_noUpdate && !rag.isEmpty())
        return false;
    if (m_rag && rag != Rags::code(*m_rag))
        return false;
    if (!m_officer.isEmpty() &&
        sourceModel()
                ->index(sourceRow, ActionTableModel::LeadOfficerColumn, sourceParent)
                .data()
                .toString() != m_officer)
        return false;
    if (m_overdueOnly && !i.data(ActionTableModel::OverdueRole).toBool())
        return false;
    if (!m_text.isEmpty() &&
        !i.data(ActionTableModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}
