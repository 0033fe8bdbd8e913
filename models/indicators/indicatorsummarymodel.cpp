#include "indicators/indicatorsummarymodel.h"

#include "actions/actionplanstore.h"
#include "indicators/indicatorrules.h"
#include "indicators/indicatorstore.h"
#include "sources/sourcestore.h"
#include "store/store.h"

#include <cmath>
#include <limits>

IndicatorSummaryModel::IndicatorSummaryModel(Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(&m_store.indicators(), &IndicatorStore::valuesChanged, this,
            [this](qint64 authorityId, qint64) {
                if (authorityId == m_authorityId)
                    reload();
            });
    connect(&m_store.indicators(), &IndicatorStore::bulkChanged, this,
            &IndicatorSummaryModel::reload);
    // An action aimed at an indicator, or no longer, changes its card.
    connect(&m_store.actionPlans(), &ActionPlanStore::actionsChanged, this,
            [this](qint64 authorityId) {
                if (authorityId == m_authorityId)
                    reload();
            });
}

void IndicatorSummaryModel::setAuthority(qint64 authorityId)
{
    m_authorityId = authorityId;
    reload();
}

void IndicatorSummaryModel::reload()
{
    beginResetModel();
    m_rows.clear();
    QHash<qint64, QDate> latestEnds;
    // Every series, target and source at once: a statement for each kind, not for each card.
    QHash<qint64, QList<IndicatorValue>> values = m_store.indicators().series(m_authorityId);
    const QHash<qint64, QList<IndicatorStore::Target>> targets =
        m_store.indicators().targets(m_authorityId);
    for (const Indicator &i : m_store.indicators().indicators()) {
        if (!values.contains(i.id))
            continue; // the authority has no figures for it
        Row row{i, values.take(i.id), std::nullopt, QString(), QString(), QString(), {}};
        // The target for the latest period, or failing that the next one ahead.
        const QDate latest = row.values.isEmpty() ? QDate() : row.values.last().period.end;
        for (const IndicatorStore::Target &t : targets.value(i.id)) {
            if (t.periodEnd >= latest) {
                row.target = t.value;
                row.targetLabel = t.label;
                break;
            }
        }
        if (!row.values.isEmpty())
            latestEnds.insert(i.id, row.values.last().period.end);
        m_rows.append(row);
    }
    QList<qint64> sourceIds;
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.values.isEmpty() && row.values.last().sourceId &&
            !sourceIds.contains(*row.values.last().sourceId))
            sourceIds.append(*row.values.last().sourceId);
    }
    const QHash<qint64, SourceReference> sources = m_store.sources().sources(sourceIds);
    for (Row &row : m_rows) {
        if (!row.values.isEmpty() && row.values.last().sourceId) {
            const auto s = sources.constFind(*row.values.last().sourceId);
            if (s != sources.cend())
                row.citation = s->citation();
        }
    }
    // The actions meant to move each indicator.
    const QHash<qint64, QStringList> aimed = m_store.actionPlans().aimedBy(m_authorityId);
    for (Row &row : m_rows)
        row.aimedBy = aimed.value(row.indicator.id);
    // Where each latest figure stands among all authorities.
    const QHash<qint64, IndicatorStore::Standing> standings =
        m_store.indicators().standingsAt(m_authorityId, latestEnds);
    for (Row &row : m_rows) {
        const auto st = standings.constFind(row.indicator.id);
        if (st != standings.cend())
            row.standing = tr("rank %1 of %2, quartile %3").arg(st->rank).arg(st->of).arg(st->band);
    }
    endResetModel();
}

int IndicatorSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant IndicatorSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return {};
    const Row &row = m_rows.at(index.row());
    const Indicator &ind = row.indicator;
    const IndicatorValue &latest = row.values.last();
    // The last figure before the latest that was published as a number.
    const IndicatorValue *previous = nullptr;
    for (int i = int(row.values.size()) - 2; i >= 0; --i) {
        if (row.values.at(i).value) {
            previous = &row.values.at(i);
            break;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (role == Qt::AccessibleTextRole)
            return QStringLiteral("%1: %2 %3")
                .arg(ind.name, data(index, LatestTextRole).toString(),
                     latest.period.displayLabel());
        return ind.name;
    case IndicatorIdRole:
        return ind.id;
    case LatestTextRole:
        return latest.value ? ind.formatValue(*latest.value)
                            : SuppressionCodes::symbol(*latest.suppression);
    case PeriodRole:
        return latest.period.displayLabel();
    case NumberTextRole:
        if (!latest.value)
            return SuppressionCodes::symbol(*latest.suppression);
        if (ind.unit == IndicatorUnit::RatePer10000) {
            Indicator asCount = ind; // the number alone; the card says "per 10,000" below it
            asCount.unit = IndicatorUnit::Count;
            return asCount.formatValue(*latest.value);
        }
        return ind.formatValue(*latest.value);
    case StandingTextRole:
        return row.standing;
    case AimedActionsRole:
        return row.aimedBy;
    case UnitNoteRole:
        return ind.unit == IndicatorUnit::RatePer10000 ? tr("per 10,000 children") : QString();
    case ChangeTextRole:
        if (!latest.value || !previous)
            return latest.suppression ? SuppressionCodes::explanation(*latest.suppression)
                                      : tr("No earlier figure");
        {
            const std::optional<Direction> d =
                IndicatorRules::direction(*previous->value, *latest.value);
            const QString word = d == Direction::Up     ? tr("up from")
                                 : d == Direction::Down ? tr("down from")
                                                        : tr("same as");
            return QStringLiteral("%1 %2 (%3)")
                .arg(word, ind.formatValue(*previous->value), previous->period.displayLabel());
        }
    case ImprovementRole:
        if (latest.value && previous) {
            if (const std::optional<int> better =
                    IndicatorRules::improvement(ind.polarity, *previous->value, *latest.value))
                return *better;
        }
        return {};
    case TrendRole: {
        QVariantList trend;
        for (const IndicatorValue &v : row.values)
            trend.append(v.value ? *v.value : std::numeric_limits<double>::quiet_NaN());
        return trend;
    }
    case TargetRagRole:
        if (row.target && latest.value) {
            if (const std::optional<Rag> rag =
                    IndicatorRules::againstTarget(ind.polarity, *latest.value, *row.target))
                return Rags::code(*rag);
        }
        return QString();
    case TargetTextRole:
        return row.target ? tr("Target %1: %2").arg(row.targetLabel, ind.formatValue(*row.target))
                          : QString();
    case SourceRole:
        return row.citation;
    case Qt::ToolTipRole:
        return ind.definition;
    }
    return {};
}
