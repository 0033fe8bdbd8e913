// Every colour the program draws text or a chart with (and each badge: grades, RAG, the life
// of a recommendation), checked against WCAG 2.2 AA: 4.5 to 1
// for text, 3 to 1 for lines, markers and bars, on the print theme's white and on light and
// dark desktops.
#include "actions/impactmeasure.h"
#include "actions/ragchart.h"
#include "charts/chartpalette.h"
#include "charts/chartpane.h"
#include "charts/contrast.h"
#include "indicators/indicatorchart.h"
#include "judgements/gradechart.h"
#include "shell/problemlabel.h"

#include "actions/rag.h"
#include "judgements/grade.h"
#include "judgements/recommendationlife.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QScatterSeries>
#include <QTest>
#include <QXYSeries>

#include <memory>

class TestContrast : public QObject
{
    Q_OBJECT

private slots:
    void ratioAsWcagDefinesIt_data();
    void ratioAsWcagDefinesIt();
    void readableOnKeepsWhatAlreadyReads_data();
    void readableOnKeepsWhatAlreadyReads();
    void badgesReadAsText();
    void printColoursNeedNoShading();
    void everyChartReadsOnItsBackground_data();
    void everyChartReadsOnItsBackground();
    void problemsReadOnDarkDialogs();
    void chartsFollowTheDesktopFromLightToDark();
};

namespace {
QString describe(const QColor &a, const QColor &b)
{
    return QStringLiteral("%1 on %2: %3 to 1")
        .arg(a.name(), b.name())
        .arg(Contrast::ratio(a, b), 0, 'f', 2);
}

std::unique_ptr<QChart> chartOfKind(const QString &kind)
{
    const QDate d(2020, 3, 31);
    if (kind == QLatin1String("grades")) {
        QList<GradeChart::Series> series;
        for (int i = 0; i < 7; ++i)
            series.append({QStringLiteral("Area %1").arg(i),
                           {{d, Grade::Good}, {d.addYears(2), Grade::Inadequate}}});
        return std::unique_ptr<QChart>(
            GradeChart::create(QStringLiteral("grades"), series, {{d.addYears(1), {}}}));
    }
    if (kind == QLatin1String("rag now")) {
        RagChart::Bar bar{QStringLiteral("Plan"), 1, 2, 3, 4, 5};
        return std::unique_ptr<QChart>(RagChart::now(QStringLiteral("now"), {bar}));
    }
    if (kind == QLatin1String("rag over time")) {
        QList<ActionPlanStore::MonthRag> months;
        for (int m = 0; m < 6; ++m)
            months.append({QDate(2025, m + 1, 28), 1, 2, 3, m, 0});
        return std::unique_ptr<QChart>(RagChart::overTime(QStringLiteral("months"), months));
    }
    QList<ComparisonSeries> series;
    for (auto k : {ComparisonSeries::Kind::Authority, ComparisonSeries::Kind::National,
                   ComparisonSeries::Kind::Region, ComparisonSeries::Kind::Neighbours,
                   ComparisonSeries::Kind::Target}) {
        ComparisonSeries s;
        s.kind = k;
        s.name = QStringLiteral("series %1").arg(int(k));
        for (int y = 2015; y < 2024; ++y) {
            ComparisonSeries::Point p;
            p.period = Period::at(QDate(y, 3, 31));
            if (y != 2018)
                p.value = 50 + y - 2015 + int(k);
            else
                p.suppression = SuppressionCode::Confidential;
            s.points.append(p);
        }
        series.append(s);
    }
    Indicator indicator;
    indicator.unit = IndicatorUnit::RatePer10000;
    return std::unique_ptr<QChart>(
        IndicatorChart::create(QStringLiteral("indicator"), indicator, series));
}
} // namespace

void TestContrast::ratioAsWcagDefinesIt_data()
{
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<double>("expected");
    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("white on white") << QColor(Qt::white) << QColor(Qt::white) << 1.0;
    QTest::newRow("order does not matter") << QColor(Qt::white) << QColor(Qt::black) << 21.0;
    // The smallest grey that passes AA on white, and the green that failed it.
    QTest::newRow("#767676 on white") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
    QTest::newRow("white on #43a047") << QColor(Qt::white) << QColor(0x43, 0xa0, 0x47) << 3.30;
}

void TestContrast::ratioAsWcagDefinesIt()
{
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(double, expected);
    QVERIFY2(std::abs(Contrast::ratio(a, b) - expected) < 0.01, qPrintable(describe(a, b)));
}

void TestContrast::readableOnKeepsWhatAlreadyReads_data()
{
    QTest::addColumn<QColor>("colour");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<double>("minimum");
    QTest::addColumn<bool>("unchanged");
    QTest::newRow("blue on white") << QColor(0x00, 0x72, 0xb2) << QColor(Qt::white) << 3.0 << true;
    QTest::newRow("amber on white")
        << QColor(0xf5, 0xa6, 0x23) << QColor(Qt::white) << 3.0 << false;
    QTest::newRow("red on dark") << QColor(0xc6, 0x28, 0x28) << QColor(0x2a, 0x2a, 0x2a) << 3.0
                                 << false;
    QTest::newRow("red text on dark")
        << QColor(0xb0, 0x00, 0x20) << QColor(0x23, 0x26, 0x29) << 4.5 << false;
    QTest::newRow("black on black") << QColor(Qt::black) << QColor(Qt::black) << 4.5 << false;
}

void TestContrast::readableOnKeepsWhatAlreadyReads()
{
    QFETCH(QColor, colour);
    QFETCH(QColor, background);
    QFETCH(double, minimum);
    QFETCH(bool, unchanged);
    const QColor shaded = Contrast::readableOn(colour, background, minimum);
    QVERIFY2(Contrast::ratio(shaded, background) >= minimum,
             qPrintable(describe(shaded, background)));
    QCOMPARE(shaded == colour, unchanged);
    // A shade keeps its hue, so red stays red: only chromatic colours carry one.
    if (!unchanged && colour.hsvHue() >= 0 && shaded.hsvSaturation() > 40)
        QVERIFY(std::abs(shaded.hsvHue() - colour.hsvHue()) <= 8);
}

void TestContrast::badgesReadAsText()
{
    for (Grade g : Grades::all())
        QVERIFY2(Contrast::ratio(Grades::textColour(g), Grades::colour(g)) >= Contrast::text,
                 qPrintable(Grades::title(g) + QStringLiteral(": ") +
                            describe(Grades::textColour(g), Grades::colour(g))));
    for (Rag r : Rags::all())
        QVERIFY2(Contrast::ratio(Rags::textColour(r), Rags::colour(r)) >= Contrast::text,
                 qPrintable(Rags::title(r) + QStringLiteral(": ") +
                            describe(Rags::textColour(r), Rags::colour(r))));
    using namespace RecommendationLife;
    for (RecommendationState s : {RecommendationState::Open, RecommendationState::Answered,
                                  RecommendationState::Closed, RecommendationState::Superseded})
        QVERIFY2(
            Contrast::ratio(foreground(s), background(s)) >= Contrast::text,
            qPrintable(title(s) + QStringLiteral(": ") + describe(foreground(s), background(s))));
    using State = MeasureProgress::State;
    for (State s : {State::NoFigureYet, State::OnTrack, State::OffTrack, State::Met}) {
        const QColor fg = ImpactMeasures::foreground(s);
        const QColor bg = ImpactMeasures::background(s);
        QVERIFY2(Contrast::ratio(fg, bg) >= Contrast::text,
                 qPrintable(ImpactMeasures::title(s) + QStringLiteral(": ") + describe(fg, bg)));
    }
}

void TestContrast::printColoursNeedNoShading()
{
    // Papers print the designed colours themselves, not shades of them.
    for (int i = 0; i < 7; ++i) {
        const QColor c = ChartPalette::line(i).colour;
        QVERIFY2(Contrast::ratio(c, Qt::white) >= Contrast::graphics,
                 qPrintable(describe(c, Qt::white)));
    }
}

void TestContrast::everyChartReadsOnItsBackground_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QColor>("background");
    const QList<std::pair<const char *, QColor>> backgrounds = {
        {"print", QColor(Qt::white)},
        {"Fusion light", QColor(0xff, 0xff, 0xff)},
        {"Fusion dark", QColor(0x2a, 0x2a, 0x2a)},
        {"Breeze Dark", QColor(0x1b, 0x1e, 0x20)},
        {"Breeze Dark window", QColor(0x23, 0x26, 0x29)},
    };
    for (const char *kind : {"grades", "rag now", "rag over time", "indicator"}) {
        for (const auto &[name, colour] : backgrounds)
            QTest::addRow("%s, %s", kind, name) << QString::fromLatin1(kind) << colour;
    }
}

void TestContrast::everyChartReadsOnItsBackground()
{
    QFETCH(QString, kind);
    QFETCH(QColor, background);
    std::unique_ptr<QChart> chart = chartOfKind(kind);
    ChartPalette::fitTo(chart.get(), background);
    int checked = 0;
    auto check = [&](const QColor &c, const QColor &against, double minimum) {
        QVERIFY2(Contrast::ratio(c, against) >= minimum, qPrintable(describe(c, against)));
        ++checked;
    };
    for (QAbstractSeries *s : chart->series()) {
        if (auto *area = qobject_cast<QAreaSeries *>(s)) {
            check(area->brush().color(), background, Contrast::graphics);
        } else if (auto *scatter = qobject_cast<QScatterSeries *>(s)) {
            check(scatter->color(), background, Contrast::graphics);
        } else if (auto *xy = qobject_cast<QXYSeries *>(s)) {
            check(xy->pen().color(), background, Contrast::graphics);
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets()) {
                check(set->brush().color(), background, Contrast::graphics);
                check(set->labelColor(), set->brush().color(), Contrast::text);
            }
        }
    }
    QVERIFY(checked >= 4);
}

void TestContrast::problemsReadOnDarkDialogs()
{
    for (const QColor &window : {QColor(Qt::white), QColor(0xef, 0xf0, 0xf1),
                                 QColor(0x35, 0x35, 0x35), QColor(0x23, 0x26, 0x29)}) {
        QLabel label;
        QPalette palette = label.palette();
        palette.setColor(QPalette::Window, window);
        label.setPalette(palette);
        ProblemLabel::style(&label);
        const QColor text = label.palette().color(QPalette::WindowText);
        QVERIFY2(Contrast::ratio(text, window) >= Contrast::text,
                 qPrintable(describe(text, window)));
        QVERIFY(label.font().bold());
    }
}

void TestContrast::chartsFollowTheDesktopFromLightToDark()
{
    const QPalette light = QApplication::palette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x23, 0x26, 0x29));
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    ChartPane pane(QStringLiteral("Indicator chart"));
    pane.setChart(chartOfKind(QStringLiteral("indicator")).release());
    pane.show();
    auto authorityLine = [&pane]() {
        return qobject_cast<QXYSeries *>(pane.view()->chart()->series().first())->pen().color();
    };
    const QColor designed = authorityLine();
    QCOMPARE(designed, ChartPalette::series(0));

    QApplication::setPalette(dark);
    QApplication::processEvents();
    QCOMPARE(pane.view()->chart()->backgroundBrush().color(), QColor(0x1b, 0x1e, 0x20));
    QVERIFY2(Contrast::ratio(authorityLine(), QColor(0x1b, 0x1e, 0x20)) >= Contrast::graphics,
             qPrintable(describe(authorityLine(), QColor(0x1b, 0x1e, 0x20))));

    // And back: the designed colour, not a shade of a shade.
    QApplication::setPalette(light);
    QApplication::processEvents();
    QCOMPARE(authorityLine(), designed);
}

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
