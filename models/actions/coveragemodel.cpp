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
    const bool uncovered = c.state == RecommendationState::Open;
    const bool flagged = index.column() == StateColumn;
    switch (role) {
    case RecommendationIdRole:
        return c.recommendation.id;
    case UncoveredRole:
        return uncovered;
    case StateRole:
        return int(c.state);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NumberColumn:
            switch (c.recommendation.kind) {
            case RecommendationKind::AreaForImprovement:
                return tr("AfI %1").arg(c.recommendation.number);
            case RecommendationKind::PriorityAction:
                return tr("Priority %1").arg(c.recommendation.number);
            case RecommendationKind::Recommendation:
                break;
            }
            return c.recommendation.number;
        case TextColumn:
            return c.recommendation.text;
        case InspectionColumn:
            return c.inspection;
        case StateColumn:
            return stateText(c);
        case ActionsColumn:
            return c.actions == 0 ? tr("None") : QString::number(c.actions);
        case FinishedColumn:
            return c.actions == 0 ? QString() : tr("%1 of %2").arg(c.finished).arg(c.actions);
        }
        break;
    case Qt::BackgroundRole:
        if (flagged)
            return RecommendationLife::background(c.state);
        break;
    case Qt::ForegroundRole:
        if (flagged)
            return RecommendationLife::foreground(c.state);
        if (!c.isLive())
            return QColor(0x50, 0x50, 0x50);
        break;
    case Qt::FontRole:
        if (uncovered && flagged) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return c.recommendation.text;
        if (flagged && c.state == RecommendationState::Closed) {
            QStringList tip;
            if (!c.recommendation.closedNote.isEmpty())
                tip << c.recommendation.closedNote;
            if (const std::optional<Evidence> &e = c.recommendation.closedEvidence)
                tip << tr("Evidence: %1 (%2)").arg(e->title, e->location);
            if (!tip.isEmpty())
                return tip.join(QLatin1Char('\n'));
        }
        break;
    }
    return {};
}

QString CoverageModel::stateText(const ActionPlanStore::Coverage &c)
{
    switch (c.state) {
    case RecommendationState::Open:
        return c.recommendation.carriedForward ? tr("Open: carried forward, no action yet")
                                               : tr("Open: no action answers this");
    case RecommendationState::Answered:
        return c.recommendation.carriedForward ? tr("Answered; carried forward") : tr("Answered");
    case RecommendationState::Closed:
        return tr("Closed %1")
            .arg(c.recommendation.closedOn->toString(QStringLiteral("d MMM yyyy")));
    case RecommendationState::Superseded:
        return tr("Superseded by %1").arg(c.supersededBy);
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
    case StateColumn:
        return tr("Stands");
    case ActionsColumn:
        return tr("Actions");
    case FinishedColumn:
        return tr("Complete");
    }
    return {};
}
