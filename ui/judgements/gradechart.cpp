#include "judgements/gradechart.h"

#include "charts/chartpalette.h"
#include "charts/charttable.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>

namespace GradeChart {

namespace {
// Visits sit in a band of their own below Inadequate.
constexpr double visitLevel = -0.6;

qreal ms(const QDate &d)
{
    return qreal(d.startOfDay(Qt::UTC).toMSecsSinceEpoch());
}
} // namespace

namespace {
// Marks a chart `create` made, so `update` knows its axes and series.
const char *const madeHereProperty = "cstrackerGradeChart";

QStringList gradeLevels(bool withVisits)
{
    QStringList labels;
    if (withVisits)
        labels << QObject::tr("Visit (not graded)");
    for (Grade g : {Grade::Inadequate, Grade::RequiresImprovement, Grade::Good, Grade::Outstanding})
        labels << Grades::shortTitle(g);
    return labels;
}

QLineSeries *newLine(QChart *chart, int index, QDateTimeAxis *dateAxis, QCategoryAxis *gradeAxis)
{
    auto *line = new QLineSeries;
    ChartPalette::apply(line, ChartPalette::line(index));
    line->setPointsVisible(true);
    chart->addSeries(line);
    line->attachAxis(dateAxis);
    line->attachAxis(gradeAxis);
    return line;
}

QScatterSeries *newVisitMarks(QChart *chart, QDateTimeAxis *dateAxis, QCategoryAxis *gradeAxis)
{
    auto *marks = new QScatterSeries;
    marks->setName(QObject::tr("Visits (not graded)"));
    marks->setProperty(ChartTable::pointTextProperty, QObject::tr("visit"));
    marks->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    marks->setMarkerSize(10);
    marks->setColor(QColor(0x55, 0x55, 0x55));
    marks->setBorderColor(QColor(0x55, 0x55, 0x55));
    chart->addSeries(marks);
    marks->attachAxis(dateAxis);
    marks->attachAxis(gradeAxis);
    return marks;
}

// Puts the data into `chart`, whose axes are `dateAxis` and `gradeAxis`: the lines it has
// are given their new points, and only the lines or marks it lacks are made. Each line keeps
// the style of its place, as `create` would give it.
void fill(QChart *chart, QDateTimeAxis *dateAxis, QCategoryAxis *gradeAxis, const QString &title,
          const QList<Series> &series, const QList<Visit> &visits)
{
    chart->setTitle(title);

    const QStringList levels = gradeLevels(!visits.isEmpty());
    if (gradeAxis->categoriesLabels() != levels) {
        for (const QString &label : gradeAxis->categoriesLabels())
            gradeAxis->remove(label);
        int at = 0;
        if (!visits.isEmpty())
            gradeAxis->append(levels.at(at++), visitLevel);
        for (Grade g :
             {Grade::Inadequate, Grade::RequiresImprovement, Grade::Good, Grade::Outstanding})
            gradeAxis->append(levels.at(at++), Grades::rank(g));
    }
    gradeAxis->setRange(visits.isEmpty() ? -0.4 : visitLevel - 0.4, 3.4);

    QList<QLineSeries *> lines;
    QScatterSeries *marks = nullptr;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(s))
            lines << line;
        else if (auto *scatter = qobject_cast<QScatterSeries *>(s))
            marks = scatter;
    }
    const int n = int(series.size());
    // Lines beyond the new count go. The visits' marks go when there are no visits, and
    // when lines are to be added, so that the legend keeps the lines in order, visits last.
    while (lines.size() > n) {
        QLineSeries *line = lines.takeLast();
        chart->removeSeries(line);
        delete line;
    }
    if (marks && (lines.size() < n || visits.isEmpty())) {
        chart->removeSeries(marks);
        delete marks;
        marks = nullptr;
    }
    while (lines.size() < n)
        lines << newLine(chart, int(lines.size()), dateAxis, gradeAxis);
    if (!marks && !visits.isEmpty())
        marks = newVisitMarks(chart, dateAxis, gradeAxis);

    QDate first;
    QDate last;
    auto widen = [&](const QDate &d) {
        if (!d.isValid())
            return;
        first = first.isValid() ? std::min(first, d) : d;
        last = last.isValid() ? std::max(last, d) : d;
    };

    // Lines that share a grade at a date are nudged apart a little so each stays visible.
    for (int s = 0; s < n; ++s) {
        const Series &data = series.at(s);
        const qreal nudge = n > 1 ? (s - (n - 1) / 2.0) * std::min(0.06, 0.3 / n) : 0;
        QList<QPointF> points;
        for (const auto &[date, grade] : data.points) {
            points.append({ms(date), Grades::rank(grade) + nudge});
            widen(date);
        }
        lines.at(s)->setName(data.name);
        lines.at(s)->replace(points);
    }
    if (marks) {
        QList<QPointF> points;
        for (const Visit &v : visits) {
            points.append({ms(v.date), visitLevel});
            widen(v.date);
        }
        marks->replace(points);
    }

    if (!first.isValid()) {
        first = QDate::currentDate().addYears(-1);
        last = QDate::currentDate();
    }
    // Whole years either side, so the first and last points are not on the frame. Ticks
    // are evenly spaced, so the axis starts a day into January: every tick then falls in
    // the first days of a year and its label names that year.
    const int span = last.year() + 1 - first.year();
    const int step = span <= 5 ? 1 : (span <= 12 ? 2 : 5);
    const int years = (span + step - 1) / step * step;
    const QDateTime start = QDate(first.year(), 1, 2).startOfDay(Qt::UTC);
    dateAxis->setRange(start, start.addSecs(qint64(years * 365.25 * 86400)));
    dateAxis->setTickCount(years / step + 1);
}
} // namespace

QChart *create(const QString &title, const QList<Series> &series, const QList<Visit> &visits)
{
    auto *chart = new QChart;
    chart->setProperty(madeHereProperty, true);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setShowToolTips(true);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);

    auto *dateAxis = new QDateTimeAxis;
    dateAxis->setFormat(QStringLiteral("yyyy"));
    dateAxis->setTitleText(QObject::tr("Inspection date"));
    dateAxis->setTruncateLabels(false);
    auto *gradeAxis = new QCategoryAxis;
    gradeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    gradeAxis->setTruncateLabels(false);
    chart->addAxis(dateAxis, Qt::AlignBottom);
    chart->addAxis(gradeAxis, Qt::AlignLeft);
    fill(chart, dateAxis, gradeAxis, title, series, visits);
    return chart;
}

bool update(QChart *chart, const QString &title, const QList<Series> &series,
            const QList<Visit> &visits)
{
    if (!chart || !chart->property(madeHereProperty).toBool())
        return false;
    auto *dateAxis = qobject_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).value(0));
    auto *gradeAxis = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
    if (!dateAxis || !gradeAxis)
        return false;
    fill(chart, dateAxis, gradeAxis, title, series, visits);
    return true;
}

} // namespace GradeChart
