#include "judgements/openrecommendationmodel.h"

OpenRecommendationModel::OpenRecommendationModel(JudgementStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &JudgementStore::inspectionsChanged, this, [this](qint64 authorityId) {
        if (authorityId == m_authorityId)
            refresh();
    });
}

void OpenRecommendationModel::setAuthority(qint64 authorityId)
{
    if (authorityId == m_authorityId)
        return;
    m_authorityId = authorityId;
    refresh();
}

void OpenRecommendationModel::refresh()
{
    beginResetModel();
    m_rows = m_store.openRecommendations(m_authorityId);
    endResetModel();
}

int OpenRecommendationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OpenRecommendationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpenRecommendationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return {};
    const JudgementStore::OpenRecommendation &row = m_rows.at(index.row());
    if (role == RecommendationIdRole)
        return row.recommendation.id;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case NumberColumn:
            switch (row.recommendation.kind) {
            case RecommendationKind::AreaForImprovement:
                return tr("AfI %1").arg(row.recommendation.number);
            case RecommendationKind::PriorityAction:
                return tr("Priority %1").arg(row.recommendation.number);
            case RecommendationKind::Recommendation:
                break;
            }
            return QString::number(row.recommendation.number);
        case TextColumn:
            return row.recommendation.text;
        case InspectionColumn:
            return QStringLiteral("%1, %2").arg(Frameworks::shortTitle(row.inspection.framework),
                                                row.inspection.datesText());
        case ActionsColumn:
            return row.actions == 0 ? tr("No action yet")
                                    : tr("%n action(s) under way", nullptr, row.actions);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TextColumn)
        return row.recommendation.text;
    if (role == Qt::TextAlignmentRole && index.column() == NumberColumn)
        return int(Qt::AlignRight | Qt::AlignTop);
    return {};
}

QVariant OpenRecommendationModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
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
    }
    return {};
}
