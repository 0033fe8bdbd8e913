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

QChart *create(const QString &title, const QList<Series> &series, const QList<Visit> &visits)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setShowToolTips(true);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);

    QDate first;
    QDate last;
    auto widen = [&](const QDate &d) {
        if (!d.isValid())
            return;
        first = first.isValid() ? std::min(first, d) : d;
        last = last.isValid() ? std::max(last, d) : d;
    };

    auto *dateAxis = new QDateTimeAxis;
    dateAxis->setFormat(QStringLiteral("yyyy"));
    dateAxis->setTitleText(QObject::tr("Inspection date"));
    auto *gradeAxis = new QCategoryAxis;
    gradeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    if (!visits.isEmpty())
        gradeAxis->append(QObject::tr("Visit (not graded)"), visitLevel);
    for (Grade g : {Grade::Inadequate, Grade::RequiresImprovement, Grade::Good, Grade::Outstanding})
        gradeAxis->append(Grades::shortTitle(g), Grades::rank(g));
    gradeAxis->setRange(visits.isEmpty() ? -0.4 : visitLevel - 0.4, 3.4);
    chart->addAxis(dateAxis, Qt::AlignBottom);
    chart->addAxis(gradeAxis, Qt::AlignLeft);

    // Lines that share a grade at a date are nudged apart a little so each stays visible.
    const int n = int(series.size());
    for (int s = 0; s < n; ++s) {
        const Series &data = series.at(s);
        const qreal nudge = n > 1 ? (s - (n - 1) / 2.0) * std::min(0.06, 0.3 / n) : 0;
        QList<QPointF> points;
        for (const auto &[date, grade] : data.points) {
            points.append({ms(date), Grades::rank(grade) + nudge});
            widen(date);
        }
        auto *line = new QLineSeries;
        line->setName(data.name);
        ChartPalette::apply(line, ChartPalette::line(s));
        line->setPointsVisible(true);
        line->replace(points);
        chart->addSeries(line);
        line->attachAxis(dateAxis);
        line->attachAxis(gradeAxis);
    }

    if (!visits.isEmpty()) {
        auto *marks = new QScatterSeries;
        marks->setName(QObject::tr("Visits (not graded)"));
        marks->setProperty(ChartTable::pointTextProperty, QObject::tr("visit"));
        marks->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        marks->setMarkerSize(10);
        marks->setColor(QColor(0x55, 0x55, 0x55));
        marks->setBorderColor(QColor(0x55, 0x55, 0x55));
        QList<QPointF> points;
        for (const Visit &v : visits) {
            points.append({ms(v.date), visitLevel});
            widen(v.date);
        }
        marks->replace(points);
        chart->addSeries(marks);
        marks->attachAxis(dateAxis);
        marks->attachAxis(gradeAxis);
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
    dateAxis->setTruncateLabels(false);
    gradeAxis->setTruncateLabels(false);
    return chart;
}

} // namespace GradeChart
