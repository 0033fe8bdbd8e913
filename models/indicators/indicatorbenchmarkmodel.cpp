#include "indicators/indicatorbenchmarkmodel.h"

#include "export/exportrole.h"
#include "store/store.h"

#include <QMap>

#include <cmath>

IndicatorBenchmarkModel::IndicatorBenchmarkModel(const Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

void IndicatorBenchmarkModel::setSelection(qint64 authorityId, qint64 indicatorId)
{
    m_authorityId = authorityId;
    m_indicatorId = indicatorId;
    reload();
}

void IndicatorBenchmarkModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_names = QStringList{tr("Period"),
                          tr("Authority"),
                          tr("England"),
                          tr("Region"),
                          tr("Statistical neighbours' mean"),
                          tr("Rank"),
                          tr("Quartile")};
    m_indicator = m_store.indicators().indicator(m_indicatorId);
    if (m_authorityId && m_indicator) {
        // Rows by period, in time order, from every comparator's points.
        QMap<std::pair<QDate, QDate>, Row> rows;
        auto keyOf = [](const Period &p) {
            return std::make_pair(p.end, p.start.value_or(QDate()));
        };
        for (const ComparisonSeries &series :
             IndicatorComparison::build(m_store, m_authorityId, m_indicatorId)) {
            Cell Row::*member = nullptr;
            switch (series.kind) {
            case ComparisonSeries::Kind::Authority:
                member = &Row::authority;
                m_names[AuthorityColumn] = series.name;
                break;
            case ComparisonSeries::Kind::National:
                member = &Row::national;
                m_names[NationalColumn] = series.name;
                break;
            case ComparisonSeries::Kind::Region:
                member = &Row::region;
                m_names[RegionColumn] = series.name;
                break;
            case ComparisonSeries::Kind::Neighbours:
                member = &Row::neighbours;
                break;
            case ComparisonSeries::Kind::Target:
            case ComparisonSeries::Kind::Measure:
                continue;
            }
            for (const ComparisonSeries::Point &p : series.points) {
                Row &row = rows[keyOf(p.period)];
                row.period = p.period;
                row.*member = Cell{p.value, p.suppression, p.note, true};
            }
        }
        // Periods of the authority's own; comparators' other years are not its rows.
        for (auto it = rows.begin(); it != rows.end();) {
            if (it->authority.present)
                ++it;
            else
                it = rows.erase(it);
        }
        if (m_latestOnly && rows.size() > 1)
            rows.erase(rows.begin(), std::prev(rows.end()));
        std::optional<QDate> rankedEnd;
        if (m_latestOnly && !rows.isEmpty())
            rankedEnd = rows.last().period.end;
        for (const IndicatorStore::Standing &st :
             m_store.indicators().standings(m_authorityId, m_indicatorId, rankedEnd)) {
            const auto it = rows.find(keyOf(st.period));
            if (it == rows.end())
                continue;
            it->rank = st.rank;
            it->of = st.of;
            it->band = st.band;
        }
        m_rows = rows.values();
    }
    endResetModel();
}

int IndicatorBenchmarkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndicatorBenchmarkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorBenchmarkModel::cellData(const Cell &cell, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (!cell.present)
            return QString();
        if (cell.value)
            return m_indicator->formatValue(*cell.value);
        return cell.suppression ? SuppressionCodes::symbol(*cell.suppression) : QString();
    case ExportValueRole:
        // A computed mean to one decimal place more than the figures it averages shows.
        if (cell.value)
            return cell.note.isEmpty() ? *cell.value : std::round(*cell.value * 100.0) / 100.0;
        return cell.suppression ? QVariant(SuppressionCodes::symbol(*cell.suppression))
                                : QVariant();
    case Qt::ToolTipRole:
        if (cell.suppression)
            return SuppressionCodes::explanation(*cell.suppression);
        return cell.note.isEmpty() ? QVariant() : QVariant(cell.note);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant IndicatorBenchmarkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (index.column()) {
    case PeriodColumn:
        if (role == Qt::DisplayRole || role == ExportValueRole)
            return row.period.displayLabel();
        return {};
    case AuthorityColumn:
        return cellData(row.authority, role);
    case NationalColumn:
        return cellData(row.national, role);
    case RegionColumn:
        return cellData(row.region, role);
    case NeighboursColumn:
        if (role == Qt::DisplayRole && row.neighbours.present && !row.neighbours.note.isEmpty())
            return QStringLiteral("%1 (%2)").arg(cellData(row.neighbours, role).toString(),
                                                 row.neighbours.note);
        return cellData(row.neighbours, role);
    case RankColumn:
        if (!row.rank)
            return {};
        if (role == Qt::DisplayRole)
            return tr("%1 of %2").arg(row.rank).arg(row.of);
        if (role == ExportValueRole)
            return row.rank;
        if (role == Qt::ToolTipRole)
            return tr("1 is the best of the %1 authorities with a figure; ties share the better "
                      "rank")
                .arg(row.of);
        return {};
    case QuartileColumn:
        if (row.band.isNull())
            return {};
        if (role == Qt::DisplayRole || role == ExportValueRole)
            return QString(row.band);
        if (role == Qt::ToolTipRole)
            return tr("A is the best quarter of authorities, D the worst");
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        return {};
    default:
        return {};
    }
}

QVariant IndicatorBenchmarkModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return QString(); // rows are named by their period, in the first column
    return section >= 0 && section < m_names.size() ? QVariant(m_names.at(section)) : QVariant();
}
