// The rules about grades and areas: reading them from documents, and which areas of which
// frameworks share a row of the judgements grid.
#include "judgements/grade.h"
#include "judgements/inspection.h"
#include "judgements/judgementarea.h"

#include <QtTest>

Q_DECLARE_METATYPE(Grade)
Q_DECLARE_METATYPE(JudgementArea)
Q_DECLARE_METATYPE(Framework)

class TestJudgementRules : public QObject
{
    Q_OBJECT
private slots:
    void gradeFromText_data();
    void gradeFromText();
    void gradeCodesRoundTrip();
    void gradeRankOrdersTheScale();
    void areaFromText_data();
    void areaFromText();
    void rowsAcrossFrameworks_data();
    void rowsAcrossFrameworks();
    void ilacsAreasDependOnDate();
    void visitsHaveNoAreas();
    void datesText_data();
    void datesText();
};

void TestJudgementRules::gradeFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("known");
    QTest::addColumn<Grade>("grade");
    QTest::newRow("report heading")
        << QStringLiteral("Requires improvement to be good") << true << Grade::RequiresImprovement;
    QTest::newRow("short form") << QStringLiteral("requires improvement") << true
                                << Grade::RequiresImprovement;
    QTest::newRow("verb form") << QStringLiteral("judged to require improvement to be good") << true
                               << Grade::RequiresImprovement;
    QTest::newRow("lower case") << QStringLiteral("inadequate") << true << Grade::Inadequate;
    QTest::newRow("in a sentence")
        << QStringLiteral("The graded judgement for adoption performance is that it is good")
        << true << Grade::Good;
    QTest::newRow("outstanding") << QStringLiteral(" Outstanding ") << true << Grade::Outstanding;
    QTest::newRow("a number is not a grade") << QStringLiteral("2") << false << Grade::Good;
    QTest::newRow("empty") << QString() << false << Grade::Good;
}

void TestJudgementRules::gradeFromText()
{
    QFETCH(QString, text);
    QFETCH(bool, known);
    QFETCH(Grade, grade);
    const std::optional<Grade> g = Grades::fromText(text);
    QCOMPARE(g.has_value(), known);
    if (known)
        QCOMPARE(*g, grade);
}

void TestJudgementRules::gradeCodesRoundTrip()
{
    for (Grade g : Grades::all())
        QCOMPARE(Grades::fromCode(Grades::code(g)), std::optional(g));
    QVERIFY(!Grades::fromCode(QStringLiteral("1")));
}

void TestJudgementRules::gradeRankOrdersTheScale()
{
    QVERIFY(Grades::rank(Grade::Inadequate) < Grades::rank(Grade::RequiresImprovement));
    QVERIFY(Grades::rank(Grade::RequiresImprovement) < Grades::rank(Grade::Good));
    QVERIFY(Grades::rank(Grade::Good) < Grades::rank(Grade::Outstanding));
}

void TestJudgementRules::areaFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Framework>("framework");
    QTest::addColumn<JudgementArea>("area");
    QTest::newRow("SIF 1") << QStringLiteral("1. Children who need help and protection")
                           << Framework::Sif << JudgementArea::HelpAndProtection;
    QTest::newRow("SIF 2") << QStringLiteral("2. Children looked after and achieving permanence")
                           << Framework::Sif << JudgementArea::LookedAfterAndPermanence;
    QTest::newRow("SIF 2.1") << QStringLiteral("2.1 Adoption performance") << Framework::Sif
                             << JudgementArea::Adoption;
    QTest::newRow("SIF 2.2") << QStringLiteral("2.2 Experiences and progress of care leavers")
                             << Framework::Sif << JudgementArea::CareLeavers;
    QTest::newRow("SIF 3") << QStringLiteral("3. Leadership, management and governance")
                           << Framework::Sif << JudgementArea::Leadership;
    QTest::newRow("SIF headline")
        << QStringLiteral("Children's services in Leicester require improvement to be good")
        << Framework::Sif << JudgementArea::Overall;
    QTest::newRow("LSCB") << QStringLiteral(
                                 "The effectiveness of the Local Safeguarding Children Board")
                          << Framework::Sif << JudgementArea::Lscb;
    QTest::newRow("ILACS leaders")
        << QStringLiteral(
               "The impact of leaders on social work practice with children and families")
        << Framework::IlacsStandard << JudgementArea::Leadership;
    QTest::newRow("ILACS combined")
        << QStringLiteral("The experiences and progress of children in care and care leavers")
        << Framework::IlacsStandard << JudgementArea::ChildrenInCareAndCareLeavers;
    QTest::newRow("ILACS 2023 care")
        << QStringLiteral("The experiences and progress of children in care")
        << Framework::IlacsStandard << JudgementArea::ChildrenInCare;
}

void TestJudgementRules::areaFromText()
{
    QFETCH(QString, text);
    QFETCH(Framework, framework);
    QFETCH(JudgementArea, area);
    QCOMPARE(JudgementAreas::fromText(text, framework), std::optional(area));
}

void TestJudgementRules::rowsAcrossFrameworks_data()
{
    QTest::addColumn<JudgementArea>("area");
    QTest::addColumn<QList<int>>("rows");
    QTest::newRow("SIF looked after")
        << JudgementArea::LookedAfterAndPermanence << QList<int>{int(AreaRow::ChildrenInCare)};
    QTest::newRow("ILACS combined fills both rows")
        << JudgementArea::ChildrenInCareAndCareLeavers
        << QList<int>{int(AreaRow::ChildrenInCare), int(AreaRow::CareLeavers)};
    QTest::newRow("ILACS children in care")
        << JudgementArea::ChildrenInCare << QList<int>{int(AreaRow::ChildrenInCare)};
    QTest::newRow("older safeguarding")
        << JudgementArea::SafeguardingServices << QList<int>{int(AreaRow::HelpAndProtection)};
    QTest::newRow("leadership") << JudgementArea::Leadership
                                << QList<int>{int(AreaRow::Leadership)};
}

void TestJudgementRules::rowsAcrossFrameworks()
{
    QFETCH(JudgementArea, area);
    QFETCH(QList<int>, rows);
    QList<int> actual;
    for (AreaRow r : JudgementAreas::rowsFor(area))
        actual << int(r);
    QCOMPARE(actual, rows);
}

void TestJudgementRules::ilacsAreasDependOnDate()
{
    const QList<JudgementArea> before =
        JudgementAreas::validFor(Framework::IlacsStandard, QDate(2019, 9, 1));
    QVERIFY(before.contains(JudgementArea::ChildrenInCareAndCareLeavers));
    QVERIFY(!before.contains(JudgementArea::CareLeavers));
    const QList<JudgementArea> after =
        JudgementAreas::validFor(Framework::IlacsShort, QDate(2023, 6, 1));
    QVERIFY(after.contains(JudgementArea::CareLeavers));
    QVERIFY(after.contains(JudgementArea::ChildrenInCare));
    QVERIFY(!after.contains(JudgementArea::ChildrenInCareAndCareLeavers));
}

void TestJudgementRules::visitsHaveNoAreas()
{
    for (Framework f : {Framework::FocusedVisit, Framework::MonitoringVisit, Framework::Jtai}) {
        QVERIFY(!Frameworks::isGraded(f));
        QVERIFY(JudgementAreas::validFor(f, QDate(2022, 1, 1)).isEmpty());
    }
}

void TestJudgementRules::datesText_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<bool>("monthOnly");
    QTest::addColumn<QString>("text");
    QTest::newRow("across months") << QDate(2017, 6, 19) << QDate(2017, 7, 13) << false
                                   << QStringLiteral("19 June to 13 July 2017");
    QTest::newRow("two days") << QDate(2023, 5, 11) << QDate(2023, 5, 12) << false
                              << QStringLiteral("11 and 12 May 2023");
    QTest::newRow("across years") << QDate(2016, 11, 14) << QDate(2017, 1, 8) << false
                                  << QStringLiteral("14 November 2016 to 8 January 2017");
    QTest::newRow("month only") << QDate(2019, 9, 1) << QDate() << true
                                << QStringLiteral("September 2019");
}

void TestJudgementRules::datesText()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(bool, monthOnly);
    QFETCH(QString, text);
    Inspection i;
    i.startDate = start;
    if (end.isValid())
        i.endDate = end;
    i.precision = monthOnly ? DatePrecision::Month : DatePrecision::Day;
    QCOMPARE(i.datesText(), text);
}

QTEST_GUILESS_MAIN(TestJudgementRules)
#include "tst_judgementrules.moc"
