#include "actions/coveragemodel.h"

#include <QFont>

CoverageModel::CoverageModel(ActionPlanStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &ActionPlanStore::actionsChanged, this, [this](qint64 authorityId) {
        if (authorityId == m_authorityId)
            reload();
    });
}

void CoverageModel::setAuthority(qint64 authorityId)
{
    m_authorityId = authorityId;
    reload();
}

void CoverageModel::reload()
{
    beginResetModel();
    m_rows = m_store.coverage(m_authorityId);
    endResetModel();
}

int CoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return {};
    const ActionPlanStore::Coverage &c = m_rows.at(index.row());
    const bool uncovered = c.actions == 0;
    switch (role) {
    case RecommendationIdRole:
        return c.recommendation.id;
    case UncoveredRole:
        return uncovered;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NumberColumn:
            return c.recommendation.number;
        case TextColumn:
            return c.recommendation.text;
        case InspectionColumn:
            return c.inspection;
        case ActionsColumn:
            return uncovered ? tr("None: no action answers this") : QString::number(c.actions);
        case FinishedColumn:
            return uncovered ? QString() : tr("%1 of %2").arg(c.finished).arg(c.actions);
        }
        break;
    case Qt::BackgroundRole:
        if (uncovered && index.column() == ActionsColumn)
            return QColor(0xfd, 0xe0, 0xdc);
        break;
    case Qt::ForegroundRole:
        if (uncovered && index.column() == ActionsColumn)
            return QColor(0x8b, 0x00, 0x00);
        break;
    case Qt::FontRole:
        if (uncovered && index.column() == ActionsColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return c.recommendation.text;
        break;
    }
    return {};
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case TextColumn:
        return tr("Recommendation");
    case InspectionColumn:
        return tr("From");
    case ActionsColumn:
        return tr("Actions");
    case FinishedColumn:
        return tr("Complete");
    }
    return {};
}
