#include "indicators/indicatorvaluemodel.h"

#include "export/exportrole.h"
#include "indicators/editindicatorvaluecommand.h"
#include "indicators/indicatorstore.h"
#include "sources/sourcestore.h"
#include "store/store.h"

#include <QColor>
#include <QLocale>
#include <QUndoStack>

IndicatorValueModel::IndicatorValueModel(Store &store, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_undoStack(undoStack)
{
    // Any authority's change may move a comparator or the neighbours' mean.
    connect(&m_store.indicators(), &IndicatorStore::valuesChanged, this,
            [this](qint64, qint64 indicatorId) {
                if (indicatorId == m_indicatorId)
                    reload();
            });
    connect(&m_store.indicators(), &IndicatorStore::neighboursChanged, this,
            &IndicatorValueModel::reload);
    connect(&m_store.indicators(), &IndicatorStore::bulkChanged, this,
            &IndicatorValueModel::reload);
}

void IndicatorValueModel::setSelection(qint64 authorityId, qint64 indicatorId)
{
    m_authorityId = authorityId;
    m_indicatorId = indicatorId;
    reload();
}

void IndicatorValueModel::reload()
{
    beginResetModel();
    m_series = IndicatorComparison::build(m_store, m_authorityId, m_indicatorId);
    m_indicator = m_store.indicators().indicator(m_indicatorId);
    m_index.clear();
    for (int s = 0; s < m_series.size(); ++s) {
        for (int p = 0; p < m_series.at(s).points.size(); ++p)
            m_index.append({s, p});
    }
    endResetModel();
}

const ComparisonSeries::Point &IndicatorValueModel::pointAt(int row,
                                                            const ComparisonSeries **series) const
{
    const auto [s, p] = m_index.at(row);
    if (series)
        *series = &m_series.at(s);
    return m_series.at(s).points.at(p);
}

int IndicatorValueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_index.size());
}

int IndicatorValueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorValueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return {};
    const ComparisonSeries *series = nullptr;
    const ComparisonSeries::Point &p = pointAt(index.row(), &series);
    // Read with the figures, not once for every cell painted.
    const std::optional<Indicator> &indicator = m_indicator;
    switch (role) {
    case ValueIdRole:
        return p.valueId;
    case VersionRole:
        return p.version;
    case SeriesKindRole:
        return int(series->kind);
    case SuppressionRole:
        return p.suppression ? SuppressionCodes::code(*p.suppression) : QString();
    case NumberRole:
        return p.value ? QVariant(*p.value) : QVariant();
    case Qt::EditRole:
        if (index.column() == ValueColumn)
            return p.value ? QLocale(QLocale::English).toString(*p.value, 'g', 12)
                           : SuppressionCodes::code(*p.suppression);
        break;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case SeriesColumn:
            return series->name;
        case PeriodColumn:
            return p.period.displayLabel();
        case ValueColumn:
            if (p.value)
                return indicator ? indicator->formatValue(*p.value) : QString::number(*p.value);
            return series->kind == ComparisonSeries::Kind::Neighbours
                       ? tr("no mean: all withheld")
                       : tr("withheld: %1").arg(SuppressionCodes::explanation(*p.suppression));
        case SourceColumn:
            if (p.sourceId) {
                if (const std::optional<SourceReference> s = m_store.sources().source(*p.sourceId))
                    return p.sourceLine ? tr("%1, line %2").arg(s->citation()).arg(*p.sourceLine)
                                        : s->citation();
            }
            return p.note;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == SourceColumn && p.sourceId) {
            if (const std::optional<SourceReference> s = m_store.sources().source(*p.sourceId))
                return s->excerpt.isEmpty() ? s->citation() : s->excerpt;
        }
        if (index.column() == ValueColumn && series->kind == ComparisonSeries::Kind::Authority)
            return tr("Double-click to correct; type a number or a code (c, x, z, low, u).");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == ValueColumn && p.suppression)
            return QColor(0x6a, 0x1b, 0x9a);
        break;
    }
    return {};
}

QVariant IndicatorValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeriesColumn:
        return tr("Series");
    case PeriodColumn:
        return tr("Period");
    case ValueColumn:
        return tr("Value");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

Qt::ItemFlags IndicatorValueModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ValueColumn && pointAt(index.row()).valueId > 0)
        f |= Qt::ItemIsEditable;
    return f;
}

bool IndicatorValueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != ValueColumn)
        return false;
    const ComparisonSeries::Point &p = pointAt(index.row());
    std::optional<IndicatorValue> changed = m_store.indicators().value(p.valueId);
    if (!changed)
        return false;
    // Over the version shown: a colleague's save since then is not overwritten.
    changed->version.number = p.version;
    const QString text = value.toString().trimmed();
    bool isNumber = false;
    double number = QLocale(QLocale::English).toDouble(text, &isNumber);
    if (!isNumber)
        number = text.toDouble(&isNumber);
    if (isNumber) {
        changed->value = number;
        changed->suppression.reset();
    } else if (const std::optional<SuppressionCode> code = SuppressionCodes::fromSymbol(text);
               code && !text.isEmpty()) {
        changed->value.reset();
        changed->suppression = code;
    } else {
        emit editRefused(
            tr("\"%1\" is neither a number nor a suppression code (c, x, z, low, u).").arg(text));
        return false;
    }
    auto *command = new EditIndicatorValueCommand(m_store.indicators(), *changed);
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
