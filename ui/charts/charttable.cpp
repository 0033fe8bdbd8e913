#include "charts/charttable.h"

#include "charts/emptychart.h"

#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QLineSeries>
#include <QMap>
#include <QValueAxis>
#include <QXYSeries>

#include <cmath>

namespace ChartTable {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ChartTable", text, nullptr, n);
}

bool datedChart(const QChart *chart)
{
    for (const QAbstractAxis *axis : chart->axes(Qt::Horizontal)) {
        if (axis->type() == QAbstractAxis::AxisTypeDateTime)
            return true;
    }
    return false;
}

QString dateText(qreal ms)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC)
        .date()
        .toString(QStringLiteral("d MMM yyyy"));
}

// A grade chart's heights are grades: the nearest label of a category axis names them.
QString valueText(const QChart *chart, qreal y)
{
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        if (auto *categories = qobject_cast<QCategoryAxis *>(axis)) {
            QString nearest;
            qreal distance = 1e300;
            for (const QString &label : categories->categoriesLabels()) {
                const qreal d = std::abs(categories->endValue(label) - y);
                if (d < distance) {
                    distance = d;
                    nearest = label;
                }
            }
            return nearest;
        }
    }
    return QString::number(y, 'g', 6);
}

// Columns keyed by series name in the order drawn; a line broken by gaps is one column.
struct Columns
{
    QStringList names;
    QMap<qreal, QMap<int, QString>> cells; // x -> column -> text

    int column(const QString &name)
    {
        int i = int(names.indexOf(name));
        if (i < 0) {
            names << name;
            i = int(names.size()) - 1;
        }
        return i;
    }
};

Table barTable(const QChart *chart, const QAbstractBarSeries *bars)
{
    Table table;
    table.categories = true;
    QStringList categories;
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
            categories = c->categories();
    }
    table.headers << tr("Category");
    for (const QBarSet *set : bars->barSets())
        table.headers << set->label();
    // Bars of a horizontal chart are listed bottom up: the table reads top down, as drawn.
    for (int i = int(categories.size()) - 1; i >= 0; --i) {
        QStringList row{
            QString(categories.at(i)).replace(QStringLiteral("<br>"), QStringLiteral(" "))};
        for (const QBarSet *set : bars->barSets())
            row << QString::number(set->at(i), 'g', 6);
        table.rows << row;
    }
    return table;
}

} // namespace

Table of(const QChart *chart)
{
    for (QAbstractSeries *s : chart->series()) {
        if (const auto *bars = qobject_cast<const QAbstractBarSeries *>(s))
            return barTable(chart, bars);
    }
    const bool dated = datedChart(chart);
    Columns columns;
    for (QAbstractSeries *s : chart->series()) {
        if (s->property(drawnOnlyProperty).toBool())
            continue;
        const QString name =
            s->name().isEmpty() ? s->property(figuresOfProperty).toString() : s->name();
        if (name.isEmpty())
            continue; // a mark that repeats a named line
        if (const auto *area = qobject_cast<const QAreaSeries *>(s)) {
            const int c = columns.column(name);
            const QList<QPointF> upper = area->upperSeries()->points();
            const QList<QPointF> lower =
                area->lowerSeries() ? area->lowerSeries()->points() : QList<QPointF>();
            for (int i = 0; i < upper.size(); ++i) {
                const qreal height = upper.at(i).y() - (i < lower.size() ? lower.at(i).y() : 0);
                columns.cells[upper.at(i).x()][c] = QString::number(height, 'g', 6);
            }
            continue;
        }
        const auto *xy = qobject_cast<const QXYSeries *>(s);
        if (!xy)
            continue;
        const int c = columns.column(name);
        const QString word = xy->property(pointTextProperty).toString();
        for (const QPointF &p : xy->points())
            columns.cells[p.x()][c] = word.isEmpty() ? valueText(chart, p.y()) : word;
    }
    Table table;
    if (columns.names.isEmpty())
        return table;
    table.headers << (dated ? tr("Date") : tr("Value")) << columns.names;
    for (auto row = columns.cells.cbegin(); row != columns.cells.cend(); ++row) {
        QStringList cells{dated ? dateText(row.key()) : QString::number(row.key(), 'g', 6)};
        for (int c = 0; c < columns.names.size(); ++c)
            cells << row.value().value(c);
        table.rows << cells;
    }
    return table;
}

QString alternativeText(const QChart *chart)
{
    return alternativeText(chart, of(chart));
}

QString alternativeText(const QChart *chart, const Table &table)
{
    const QString title = chart->title();
    const QString sentence = EmptyChart::sentence(chart);
    if (!sentence.isEmpty())
        return tr("%1. %2").arg(title, sentence);
    if (table.isEmpty())
        return tr("%1. The chart has nothing to show.").arg(title);
    QStringList parts;
    if (table.categories) {
        parts << tr("A bar chart of %n row(s).", int(table.rows.size()));
        for (const QStringList &row : table.rows) {
            QStringList counts;
            for (int c = 1; c < row.size(); ++c)
                counts << QStringLiteral("%1 %2").arg(table.headers.at(c), row.at(c));
            parts << QStringLiteral("%1: %2.").arg(row.first(), counts.join(QStringLiteral(", ")));
        }
    } else {
        parts
            << tr("A line chart of %n series", int(table.headers.size()) - 1) +
                   tr(" from %1 to %2.").arg(table.rows.first().first(), table.rows.last().first());
        for (int c = 1; c < table.headers.size(); ++c) {
            QString first;
            QString last;
            for (const QStringList &row : table.rows) {
                if (row.at(c).isEmpty())
                    continue;
                if (first.isEmpty())
                    first = row.at(c);
                last = row.at(c);
            }
            parts << (first == last ? tr("%1: %2.").arg(table.headers.at(c), first)
                                    : tr("%1: %2 to %3.").arg(table.headers.at(c), first, last));
        }
    }
    return title + QStringLiteral(". ") + parts.join(QLatin1Char(' '));
}

} // namespace ChartTable
