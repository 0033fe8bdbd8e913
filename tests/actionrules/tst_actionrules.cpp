// The rules a board reads actions by, with a fixed "today".
#include "actions/actionrules.h"
#include "actions/impactmeasure.h"

#include <QtTest>

Q_DECLARE_METATYPE(ActionStatus)

class TestActionRules : public QObject
{
    Q_OBJECT
private slots:
    void overdue_data();
    void overdue();
    void currentRagComesFromLatestUpdate();
    void measureOnTrack_data();
    void measureOnTrack();
    void measureRefusalsAndWarnings();
    void milestonesBendTheLine();
};

void TestActionRules::overdue_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<ActionStatus>("status");
    QTest::addColumn<int>("rag"); // -1: no update
    QTest::addColumn<bool>("overdue");
    const QDate today(2026, 11, 22);
    Q_UNUSED(today);
    QTest::newRow("due yesterday, in progress, green")
        << QDate(2026, 11, 21) << ActionStatus::InProgress << int(Rag::Green) << true;
    QTest::newRow("due today is not late")
        << QDate(2026, 11, 22) << ActionStatus::InProgress << int(Rag::Green) << false;
    QTest::newRow("due tomorrow") << QDate(2026, 11, 23) << ActionStatus::NotStarted << -1 << false;
    QTest::newRow("past due but complete")
        << QDate(2025, 1, 1) << ActionStatus::Complete << int(Rag::Blue) << false;
    QTest::newRow("past due but closed")
        << QDate(2025, 1, 1) << ActionStatus::Closed << int(Rag::Amber) << false;
    QTest::newRow("past due, blue but not marked complete")
        << QDate(2025, 1, 1) << ActionStatus::InProgress << int(Rag::Blue) << true;
    QTest::newRow("past due, never updated")
        << QDate(2025, 1, 1) << ActionStatus::NotStarted << -1 << true;
    QTest::newRow("no due date") << QDate() << ActionStatus::InProgress << int(Rag::Red) << false;
}

void TestActionRules::overdue()
{
    QFETCH(QDate, due);
    QFETCH(ActionStatus, status);
    QFETCH(int, rag);
    QFETCH(bool, overdue);
    ActionRow row;
    if (due.isValid())
        row.action.dueDate = due;
    row.action.status = status;
    if (rag >= 0) {
        ActionUpdate u;
        u.reportedOn = QDate(2026, 10, 31);
        u.rag = Rag(rag);
        row.latest = u;
    }
    QCOMPARE(ActionRules::isOverdue(row, QDate(2026, 11, 22)), overdue);
}

void TestActionRules::currentRagComesFromLatestUpdate()
{
    ActionRow row;
    QVERIFY(!ActionRules::currentRag(row));
    QCOMPARE(ActionRules::percentComplete(row), 0);
    ActionUpdate u;
    u.rag = Rag::Amber;
    u.percentComplete = 40;
    row.latest = u;
    QCOMPARE(ActionRules::currentRag(row), std::optional(Rag::Amber));
    QCOMPARE(ActionRules::percentComplete(row), 40);
    row.action.status = ActionStatus::Complete;
    QCOMPARE(ActionRules::currentRag(row), std::optional(Rag::Blue));
    QCOMPARE(ActionRules::percentComplete(row), 100);
}

namespace {
// From 60 at 31 March 2024 to 50 by 31 March 2026: the straight line falls 5 a year.
ImpactMeasure fallingMeasure()
{
    ImpactMeasure m;
    m.indicatorId = 1;
    m.baselineValue = 60;
    m.baselineOn = QDate(2024, 3, 31);
    m.baselineSource = QStringLiteral("Stored figure for 2023-24");
    m.targetValue = 50;
    m.targetOn = QDate(2026, 3, 31);
    return m;
}
} // namespace

void TestActionRules::measureOnTrack_data()
{
    QTest::addColumn<double>("baseline");
    QTest::addColumn<double>("target");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<double>("latest");
    QTest::addColumn<int>("state");
    using S = MeasureProgress::State;
    // A fall: half way in time, the line stands at 55.
    QTest::newRow("fall, on the line")
        << 60.0 << 50.0 << QDate(2025, 3, 31) << 55.0 << int(S::OnTrack);
    QTest::newRow("fall, beyond the line")
        << 60.0 << 50.0 << QDate(2025, 3, 31) << 52.0 << int(S::OnTrack);
    QTest::newRow("fall, short of the line")
        << 60.0 << 50.0 << QDate(2025, 3, 31) << 58.0 << int(S::OffTrack);
    QTest::newRow("fall, the wrong way")
        << 60.0 << 50.0 << QDate(2025, 3, 31) << 63.0 << int(S::OffTrack);
    QTest::newRow("fall, target reached early")
        << 60.0 << 50.0 << QDate(2025, 3, 31) << 49.0 << int(S::Met);
    QTest::newRow("fall, late and short")
        << 60.0 << 50.0 << QDate(2027, 3, 31) << 51.0 << int(S::OffTrack);
    // A rise (a planned rise in children in care, say): the target's direction decides.
    QTest::newRow("rise, on the line")
        << 40.0 << 60.0 << QDate(2025, 3, 31) << 50.0 << int(S::OnTrack);
    QTest::newRow("rise, short") << 40.0 << 60.0 << QDate(2025, 3, 31) << 45.0 << int(S::OffTrack);
    QTest::newRow("rise, met") << 40.0 << 60.0 << QDate(2026, 3, 31) << 61.0 << int(S::Met);
    // Hold where it is.
    QTest::newRow("hold, held") << 70.0 << 70.0 << QDate(2025, 3, 31) << 70.0 << int(S::OnTrack);
    QTest::newRow("hold, slipped")
        << 70.0 << 70.0 << QDate(2025, 3, 31) << 69.0 << int(S::OffTrack);
    // A figure for the baseline's own period, or before, is no progress.
    QTest::newRow("only the baseline")
        << 60.0 << 50.0 << QDate(2024, 3, 31) << 40.0 << int(S::NoFigureYet);
}

void TestActionRules::measureOnTrack()
{
    QFETCH(double, baseline);
    QFETCH(double, target);
    QFETCH(QDate, on);
    QFETCH(double, latest);
    QFETCH(int, state);
    ImpactMeasure m = fallingMeasure();
    m.baselineValue = baseline;
    m.targetValue = target;
    // An older figure before the latest must not count; figures come in any order.
    const QList<std::pair<QDate, double>> figures = {
        {on, latest}, {QDate(2023, 3, 31), 99.0}, {m.baselineOn, baseline}};
    const MeasureProgress p = ImpactMeasures::progress(m, figures);
    QCOMPARE(int(p.state), state);
    if (p.state != MeasureProgress::State::NoFigureYet) {
        QCOMPARE(p.latest, std::optional(latest));
        QCOMPARE(p.latestOn, on);
    }
    if (on == QDate(2025, 3, 31))
        QVERIFY(qAbs(p.expected - (baseline + target) / 2) < 0.05); // half way, 365 of 730 days
}

// A board that agreed a slow first year: the line runs through the milestone, so a figure
// behind the straight line but at the milestone's is on track.
void TestActionRules::milestonesBendTheLine()
{
    ImpactMeasure m = fallingMeasure(); // 60 in March 2024 to 50 in March 2026
    const QList<std::pair<QDate, double>> figures = {{QDate(2025, 3, 31), 57.0}};
    QCOMPARE(int(ImpactMeasures::progress(m, figures).state),
             int(MeasureProgress::State::OffTrack)); // the straight line stands at 55
    m.milestones = {{QDate(2025, 3, 31), 58.0}};
    QVERIFY(ImpactMeasures::validate(m).ok());
    const MeasureProgress p = ImpactMeasures::progress(m, figures);
    QCOMPARE(int(p.state), int(MeasureProgress::State::OnTrack));
    QCOMPARE(p.expected, 58.0);
    // Between the milestone and the target, the line runs straight from one to the other.
    QVERIFY(qAbs(m.expectedOn(QDate(2025, 9, 30)) - 54.0) < 0.05);
    QCOMPARE(m.expectedOn(QDate(2020, 1, 1)), 60.0);
    QCOMPARE(m.expectedOn(QDate(2030, 1, 1)), 50.0);

    // A milestone outside the two dates, or two on one date, is refused and says which.
    m.milestones = {{QDate(2026, 6, 30), 49.0}};
    QVERIFY2(ImpactMeasures::validate(m).error().contains(QLatin1String("30 Jun 2026")),
             qPrintable(ImpactMeasures::validate(m).error()));
    m.milestones = {{QDate(2025, 3, 31), 58.0}, {QDate(2025, 3, 31), 57.0}};
    QVERIFY(ImpactMeasures::validate(m).error().contains(QLatin1String("one a date")));
    m.milestones = {{QDate(2025, 9, 30), 56.0}, {QDate(2025, 3, 31), 58.0}};
    QVERIFY(!ImpactMeasures::validate(m).ok());
}

void TestActionRules::measureRefusalsAndWarnings()
{
    ImpactMeasure m = fallingMeasure();
    QVERIFY(ImpactMeasures::validate(m).ok());
    m.targetOn = QDate(2024, 1, 1);
    QVERIFY(ImpactMeasures::validate(m).error().contains(QLatin1String("not after the baseline")));
    m = fallingMeasure();
    m.baselineSource.clear();
    QVERIFY(ImpactMeasures::validate(m).error().contains(QLatin1String("comes from")));
    m = fallingMeasure();
    m.indicatorId = 0;
    QVERIFY(!ImpactMeasures::validate(m).ok());

    Indicator higher;
    higher.name = QStringLiteral("Care leavers in education, employment or training");
    higher.polarity = Polarity::HigherIsBetter;
    QVERIFY(ImpactMeasures::directionWarning(fallingMeasure(), higher)
                .contains(QLatin1String("higher is better")));
    Indicator lower = higher;
    lower.polarity = Polarity::LowerIsBetter;
    QCOMPARE(ImpactMeasures::directionWarning(fallingMeasure(), lower), QString());
    Indicator neither = higher;
    neither.polarity = Polarity::Neither;
    QCOMPARE(ImpactMeasures::directionWarning(fallingMeasure(), neither), QString());
}

QTEST_GUILESS_MAIN(TestActionRules)
#include "tst_actionrules.moc"
