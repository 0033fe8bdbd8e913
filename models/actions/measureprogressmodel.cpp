#include "actions/measureprogressmodel.h"

#include "actions/actionplanstore.h"
#include "indicators/indicatorstore.h"

#include <QFont>

MeasureProgressModel::MeasureProgressModel(ActionPlanStore &actions, IndicatorStore &indicators,
                                           QObject *parent)
    : QAbstractTableModel(parent)
    , m_actions(actions)
    , m_indicators(indicators)
{
    connect(&m_actions, &ActionPlanStore::actionsChanged, this, [this](qint64 authorityId) {
        if (authorityId == m_authorityId)
            reload();
    });
    // New figures move the latest figure and whether the measure is on track.
    connect(&m_indicators, &IndicatorStore::valuesChanged, this,
            [this](qint64 authorityId, qint64) {
                if (authorityId == m_authorityId)
                    reload();
            });
    connect(&m_indicators, &IndicatorStore::bulkChanged, this, &MeasureProgressModel::reload);
}

void MeasureProgressModel::setAction(qint64 authorityId, qint64 actionId, qint64 planId)
{
    m_authorityId = authorityId;
    m_actionId = actionId;
    m_planId = planId;
    reload();
}

MeasureProgressModel::Row MeasureProgressModel::rowOf(const ImpactMeasure &measure,
                                                      const IndicatorStore &indicators,
                                                      qint64 authorityId)
{
    Row row;
    row.measure = measure;
    row.indicator = indicators.indicator(measure.indicatorId).value_or(Indicator());
    QList<std::pair<QDate, double>> figures;
    for (const IndicatorValue &v : indicators.values(authorityId, measure.indicatorId)) {
        if (v.value)
            figures.append({v.period.end, *v.value});
    }
    row.progress = ImpactMeasures::progress(measure, figures);
    return row;
}

void MeasureProgressModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_authorityId && m_actionId) {
        for (const ImpactMeasure &m : m_actions.measures(m_actionId))
            m_rows.append(rowOf(m, m_indicators, m_authorityId));
    }
    if (m_authorityId && m_planId) {
        for (const ImpactMeasure &m : m_actions.planMeasures(m_planId))
            m_rows.append(rowOf(m, m_indicators, m_authorityId));
    }
    endResetModel();
}

int MeasureProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeasureProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QString day(const QDate &date)
{
    return date.toString(QStringLiteral("d MMM yyyy"));
}
} // namespace

QString MeasureProgressModel::standsText(const Row &row)
{
    const QString title = ImpactMeasures::title(row.progress.state);
    switch (row.progress.state) {
    case MeasureProgress::State::OnTrack:
    case MeasureProgress::State::OffTrack:
        return tr("%1: %2 expected by %3")
            .arg(title, row.indicator.formatValue(row.progress.expected),
                 day(row.progress.latestOn));
    case MeasureProgress::State::NoFigureYet:
    case MeasureProgress::State::Met:
        break;
    }
    return title;
}

QVariant MeasureProgressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return {};
    const Row &r = m_rows.at(index.row());
    const bool stands = index.column() == StandsColumn;
    switch (role) {
    case StateRole:
        return int(r.progress.state);
    case IndicatorIdRole:
        return r.measure.indicatorId;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case IndicatorColumn:
            return r.indicator.name;
        case BaselineColumn:
            return tr("%1 at %2")
                .arg(r.indicator.formatValue(r.measure.baselineValue), day(r.measure.baselineOn));
        case LatestColumn:
            return r.progress.latest ? tr("%1 at %2")
                                           .arg(r.indicator.formatValue(*r.progress.latest),
                                                day(r.progress.latestOn))
                                     : tr("None yet");
        case TargetColumn:
            return tr("%1 by %2")
                .arg(r.indicator.formatValue(r.measure.targetValue), day(r.measure.targetOn));
        case StandsColumn:
            return standsText(r);
        case ForColumn:
            return r.measure.planId ? tr("Whole plan") : tr("This action");
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == BaselineColumn)
            return tr("Baseline from: %1").arg(r.measure.baselineSource);
        if (index.column() == IndicatorColumn)
            return r.indicator.definition;
        break;
    case Qt::BackgroundRole:
        if (stands)
            return ImpactMeasures::background(r.progress.state);
        break;
    case Qt::ForegroundRole:
        if (stands)
            return ImpactMeasures::foreground(r.progress.state);
        break;
    case Qt::FontRole:
        if (stands && r.progress.state == MeasureProgress::State::OffTrack) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    }
    return {};
}

QVariant MeasureProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndicatorColumn:
        return tr("Indicator");
    case BaselineColumn:
        return tr("Baseline");
    case LatestColumn:
        return tr("Latest");
    case TargetColumn:
        return tr("Target");
    case StandsColumn:
        return tr("Stands");
    case ForColumn:
        return tr("For");
    }
    return {};
}
