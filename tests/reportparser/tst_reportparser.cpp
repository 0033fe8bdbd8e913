// The report reader's text layer, fed text as the PDF layer gives it (pages split by form
// feeds, table cells by tabs): one row per layout, date form or authority name.
#include "support/tempdatabase.h"

#include "authorities/authoritystore.h"
#include "reports/authoritymatcher.h"
#include "reports/ofstedreportparser.h"
#include "reports/reportdates.h"

#include <QFile>
#include <QtTest>

namespace {

const QString ilacsHead =
    QStringLiteral("Inspection of Sometown local authority\nchildren's services\n"
                   "Inspection dates: 7 to 18 October 2024\n"
                   "Lead inspector: Ann Example, His Majesty's Inspector\n");

QString grades(const ReportReading &r)
{
    QStringList out;
    for (const ReadGrade &g : r.grades)
        out << JudgementAreas::code(g.area) + QLatin1Char('=') + Grades::code(g.grade);
    out.sort();
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestReportParser : public QObject
{
    Q_OBJECT
private slots:
    void dates_data();
    void dates();
    void judgementTables_data();
    void judgementTables();
    void refusals_data();
    void refusals();
    void focusedVisitLetter();
    void monitoringVisitLetter();
    void priorityActionsComeFirst();
    void authorities_data();
    void authorities();
    void tiesAreNamed();
    void mostNamedInTheText();
};

void TestReportParser::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::newRow("both in full") << "17 September to 28 September 2018" << QDate(2018, 9, 17)
                                  << QDate(2018, 9, 28);
    QTest::newRow("one month") << "6 to 30 July 2015" << QDate(2015, 7, 6) << QDate(2015, 7, 30);
    QTest::newRow("en dash, two months")
        << "14 January \u2013 4 February 2015" << QDate(2015, 1, 14) << QDate(2015, 2, 4);
    QTest::newRow("years on both")
        << "29 October 2018 to 9 November 2018" << QDate(2018, 10, 29) << QDate(2018, 11, 9);
    QTest::newRow("across the new year")
        << "9 December 2019 to 10 January 2020" << QDate(2019, 12, 9) << QDate(2020, 1, 10);
    QTest::newRow("across the new year, one year")
        << "16 December to 10 January 2020" << QDate(2019, 12, 16) << QDate(2020, 1, 10);
    QTest::newRow("two days") << "11 and 12 May 2023" << QDate(2023, 5, 11) << QDate(2023, 5, 12);
    QTest::newRow("ordinals") << "8th to 19th June 2026" << QDate(2026, 6, 8) << QDate(2026, 6, 19);
    QTest::newRow("one day") << "3 March 2021" << QDate(2021, 3, 3) << QDate(2021, 3, 3);
    QTest::newRow("no year") << "3 to 5 March" << QDate() << QDate();
    QTest::newRow("impossible") << "31 February 2021" << QDate() << QDate();
}

void TestReportParser::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    const std::optional<ReportDates::Range> r = ReportDates::range(text);
    QCOMPARE(bool(r), start.isValid());
    if (r) {
        QCOMPARE(r->start, start);
        QCOMPARE(r->end, end);
    }
}

void TestReportParser::judgementTables_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("grades");

    QTest::newRow("ILACS 2023, grades beside titles")
        << ilacsHead +
               QStringLiteral("Judgement\tGrade\n"
                              "The impact of leaders on social work\tGood\npractice with children "
                              "and families\n"
                              "The experiences and progress of\tRequires improvement to be good\n"
                              "children who need help and protection\n"
                              "The experiences and progress of\tGood\nchildren in care\n"
                              "The experiences and progress of care\tOutstanding\nleavers\n"
                              "Overall effectiveness\tGood\n"
                              "Children in Sometown are well served.\n")
        << "care_leavers=outstanding children_in_care=good "
           "help_and_protection=requires_improvement "
           "leadership=good overall=good";
    QTest::newRow("ILACS 2019, grades above and below, split over lines")
        << ilacsHead +
               QStringLiteral(
                   "Judgement\tGrade\n"
                   "The impact of leaders on social work practice with children\tGood\nand "
                   "families\n"
                   "The experiences and progress of children who need help and Requires "
                   "improvement\n"
                   "protection\tto be good\n"
                   "The experiences and progress of children in care and care\nleavers\tGood\n"
                   "\tRequires improvement\n"
                   "Overall effectiveness\tto be good\n"
                   "Progress has been made in many areas of children's services in Sometown\n")
        << "children_in_care_and_care_leavers=good help_and_protection=requires_improvement "
           "leadership=good overall=requires_improvement";
    QTest::newRow("ILACS 2026, no overall effectiveness")
        << ilacsHead +
               QStringLiteral(
                   "Judgement\tGrade\n"
                   "The impact of leaders on practice with\tInadequate\nchildren and families\n"
                   "The experiences and progress of\tInadequate\nchildren who need help and "
                   "protection\n"
                   "The experiences and progress of\tGood\nchildren in care\n"
                   "The experiences and progress of care\tRequires improvement to be "
                   "good\nleavers\n"
                   "The experiences of children and families in Sometown have declined since "
                   "2022.\n")
        << "care_leavers=requires_improvement children_in_care=good help_and_protection=inadequate "
           "leadership=inadequate";
    QTest::newRow("SIF with the LSCB review")
        << QStringLiteral(
               "Sometown City Council\n"
               "Inspection of services for children in need of help and\n"
               "protection, children looked after and care leavers\n"
               "and\nReview of the effectiveness of the local safeguarding children\nboard\n"
               "Inspection date: 6 to 30 July 2015\nReport published: 15 September 2015\n"
               "Children's services in Sometown require improvement to be\ngood\n"
               "1. Children who need help and protection\tRequires improvement\n"
               "2. Children looked after and achieving\tRequires improvement\npermanence\n"
               "2.1 Adoption performance\tGood\n"
               "2.2 Experiences and progress of care leavers\tInadequate\n"
               "3. Leadership, management and governance\tRequires improvement\n"
               "\f"
               "The Local Safeguarding Children Board is good\n")
        << "adoption=good care_leavers=inadequate help_and_protection=requires_improvement "
           "leadership=requires_improvement looked_after_and_permanence=requires_improvement "
           "lscb=good overall=requires_improvement";
    QTest::newRow("no table: grades from the section headings")
        << ilacsHead +
               QStringLiteral("Some introduction.\n\f"
                              "The experiences and progress of children who need help and\n"
                              "protection is inadequate\n"
                              "1.\tServices for children are inadequate.\n"
                              "The experiences and progress of children in care and care leavers:\n"
                              "requires improvement to be good\n"
                              "The impact of leaders on social work practice with children and "
                              "families: good\n"
                              "Overall effectiveness: inadequate\n")
        << "children_in_care_and_care_leavers=requires_improvement help_and_protection=inadequate "
           "leadership=good overall=inadequate";
}

void TestReportParser::judgementTables()
{
    QFETCH(QString, text);
    QFETCH(QString, grades);
    const ReportReading r = OfstedReportParser::parse(text);
    QVERIFY2(r.ok(), qPrintable(r.refusal));
    QCOMPARE(::grades(r), grades);
    QVERIFY(!r.authorityText.isEmpty());
}

void TestReportParser::refusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("older framework")
        << "Inspection of looked after children\nservices\nNorfolk County Council\n"
           "Inspection dates: 8 \u2013 12 July 2013\n"
        << "framework not read (Inspection of looked after children services, 2013)";
    QTest::newRow("a school report")
        << "Sometown Primary School\nInspection report\nInspection dates 3 to 4 May 2022\n"
        << "not a local authority children's services report from Ofsted";
    QTest::newRow("nothing") << ""
                             << "no text in the document";
    QTest::newRow("no dates") << ilacsHead.section(QLatin1Char('\n'), 0, 1) +
                                     QStringLiteral("\nJudgement\tGrade\n")
                              << "no judgements found";
    QTest::newRow("no grades") << ilacsHead + QStringLiteral("Nothing here.\n")
                               << "no judgements found";
}

void TestReportParser::refusals()
{
    QFETCH(QString, text);
    QFETCH(QString, refusal);
    QCOMPARE(OfstedReportParser::parse(text).refusal, refusal);
}

void TestReportParser::focusedVisitLetter()
{
    QFile file(QStringLiteral(CSTRACKER_TEST_DATA "/seeds/focused-visit-leicestershire-2023.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ReportReading r = OfstedReportParser::parse(QString::fromUtf8(file.readAll()));
    QVERIFY2(r.ok(), qPrintable(r.refusal));
    QCOMPARE(r.framework, ReportFramework::FocusedVisit);
    QCOMPARE(r.authorityText, QStringLiteral("Leicestershire"));
    QCOMPARE(r.start, std::optional(QDate(2023, 5, 11)));
    QCOMPARE(r.end, std::optional(QDate(2023, 5, 12)));
    QCOMPARE(r.published, std::optional(QDate(2023, 6, 16)));
    QCOMPARE(r.leadInspector, QStringLiteral("Rachel Griffiths"));
    QVERIFY(r.theme.contains(QLatin1String("children in care")));
    QVERIFY(r.grades.isEmpty());
}

void TestReportParser::monitoringVisitLetter()
{
    // The layout of a monitoring visit letter: date, addressee, subject, the visit's days.
    const QString letter = QStringLiteral(
        "Ofsted\nPiccadilly Gate\n\n14 March 2024\n\nA Director\nDirector of Children's "
        "Services\n\nDear Ms Director\n\nMonitoring visit to Sometown children's services\n\n"
        "This letter summarises the findings of the monitoring visit to Sometown children's "
        "services on 6 and\n7 February 2024. This visit was the third monitoring visit since the "
        "local authority was judged inadequate in 2022.\nInspectors reviewed the progress made "
        "in the quality of practice for children in need of help and protection.\n\f"
        "Yours sincerely\n\nJo Example\nHis Majesty's Inspector\n");
    const ReportReading r = OfstedReportParser::parse(letter);
    QVERIFY2(r.ok(), qPrintable(r.refusal));
    QCOMPARE(r.framework, ReportFramework::MonitoringVisit);
    QCOMPARE(r.authorityText, QStringLiteral("Sometown"));
    QCOMPARE(r.start, std::optional(QDate(2024, 2, 6)));
    QCOMPARE(r.end, std::optional(QDate(2024, 2, 7)));
    QCOMPARE(r.published, std::optional(QDate(2024, 3, 14)));
    QCOMPARE(r.leadInspector, QStringLiteral("Jo Example"));
    QVERIFY2(r.theme.contains(QLatin1String("help and protection")), qPrintable(r.theme));
    QVERIFY(r.grades.isEmpty());
}

void TestReportParser::priorityActionsComeFirst()
{
    // A focused visit that found serious weaknesses: its areas for priority action, under a
    // heading of their own, then what needs to improve, numbered on from them.
    const QString letter = QStringLiteral(
        "Ofsted\nPiccadilly Gate\n\n14 March 2024\n\nA Director\nDirector of Children's "
        "Services\n\nDear Ms Director\n\nFocused visit to Sometown children's services\n\n"
        "This letter summarises the findings of the focused visit to Sometown children's "
        "services on 6 and\n7 February 2024.\n"
        "Inspectors looked at the local authority's arrangements for the front door.\n\n"
        "Areas for priority action\n\n"
        "\u2022 The timeliness of the response to children at risk of significant harm.\n"
        "\u2022 Management oversight of decisions at the front door.\n\n"
        "What needs to improve in this area of social work practice\n\n"
        "\u2022 The quality of written records of strategy meetings.\n\f"
        "Yours sincerely\n\nJo Example\nHis Majesty's Inspector\n");
    const ReportReading r = OfstedReportParser::parse(letter);
    QVERIFY2(r.ok(), qPrintable(r.refusal));
    QCOMPARE(r.framework, ReportFramework::FocusedVisit);
    QCOMPARE(r.recommendations.size(), 3);
    QCOMPARE(r.recommendations.at(0).number, 1);
    QVERIFY(r.recommendations.at(0).priority);
    QCOMPARE(r.recommendations.at(1).text,
             QStringLiteral("Management oversight of decisions at the front door."));
    QVERIFY(r.recommendations.at(1).priority);
    QCOMPARE(r.recommendations.at(2).number, 3);
    QCOMPARE(r.recommendations.at(2).text,
             QStringLiteral("The quality of written records of strategy meetings."));
    QVERIFY(!r.recommendations.at(2).priority);
}

void TestReportParser::authorities_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("code");
    QTest::newRow("metropolitan district")
        << "City of Bradford Metropolitan District Council" << QDate() << "E08000032";
    QTest::newRow("royal borough") << "Royal Borough of Greenwich" << QDate() << "E09000011";
    QTest::newRow("city, not the county") << "Leicester City" << QDate() << "E06000016";
    QTest::newRow("county") << "Leicestershire County Council" << QDate() << "E10000018";
    QTest::newRow("name with 'City of' after it")
        << "Kingston upon Hull City Council" << QDate() << "E06000010";
    QTest::newRow("short name") << "Hull City Council" << QDate() << "E06000010";
    QTest::newRow("ampersand") << "Brighton & Hove City Council" << QDate() << "E06000043";
    QTest::newRow("no full stop") << "St Helens Council" << QDate() << "E08000013";
    QTest::newRow("longest name wins") << "North Northamptonshire" << QDate() << "E06000061";
    QTest::newRow("Dorset before 2019")
        << "Dorset County Council" << QDate(2018, 5, 1) << "E10000009";
    QTest::newRow("Dorset after 2019") << "Dorset Council" << QDate(2021, 5, 1) << "E06000059";
    QTest::newRow("ended county") << "Northamptonshire County Council" << QDate(2019, 1, 1)
                                  << "E10000021";
    QTest::newRow("unknown") << "Borsetshire County Council" << QDate() << "";
    QTest::newRow("alias held in the authority data")
        << "Inspection of East Riding local authority children's services" << QDate(2023, 1, 30)
        << "E06000011";
    QTest::newRow("alias only from its first day")
        << "Inspection of BCP children's services" << QDate(2018, 1, 1) << "";
    QTest::newRow("alias in use") << "Inspection of BCP children's services" << QDate(2022, 1, 1)
                                  << "E06000058";
    QTest::newRow("longer name over the one inside it")
        << "North Somerset Council" << QDate() << "E06000024";
    QTest::newRow("a council's title, dated")
        << "Inspection of Leicester City Council children's services" << QDate(2020, 3, 9)
        << "E06000016";
    QTest::newRow("whole words only") << "Inspection of Sometownshire Hullabaloo" << QDate() << "";
    QTest::newRow("a trust named for its council")
        << "Inspection of Bradford Children and Families Trust" << QDate(2026, 1, 12)
        << "E08000032";
    QTest::newRow("two authorities named equally: a tie, nobody chosen")
        << "Inspection of Kingston upon Thames and Richmond upon Thames children's services"
        << QDate(2019, 1, 1) << "";
}

void TestReportParser::authorities()
{
    QFETCH(QString, text);
    QFETCH(QDate, day);
    QFETCH(QString, code);
    TempDatabase temp;
    auto store = temp.open();
    const AuthorityMatcher matcher(store->authorities().all(), store->authorities().aliases());
    const std::optional<Authority> a = matcher.match(text, day);
    QCOMPARE(a ? a->onsCode : QString(), code);
}

void TestReportParser::tiesAreNamed()
{
    TempDatabase temp;
    auto store = temp.open();
    const AuthorityMatcher matcher(store->authorities().all(), store->authorities().aliases());
    const AuthorityMatcher::Found found = matcher.find(
        QStringLiteral("Inspection of Kingston upon Thames and Richmond upon Thames"));
    QVERIFY(!found.authority);
    QCOMPARE(found.tied.size(), 2);
    QVERIFY(found.tied.contains(QStringLiteral("Kingston upon Thames")));
    QVERIFY(found.tied.contains(QStringLiteral("Richmond upon Thames")));
}

void TestReportParser::mostNamedInTheText()
{
    TempDatabase temp;
    auto store = temp.open();
    const AuthorityMatcher matcher(store->authorities().all(), store->authorities().aliases());
    // Somerset inside North Somerset is not counted again.
    const QString text = QStringLiteral(
        "Services for children in North Somerset are good. Leaders in North Somerset know "
        "their services well; the neighbouring Somerset was inspected in 2017.");
    QCOMPARE(matcher.mostNamed(text).authority->onsCode, QStringLiteral("E06000024"));
    // Named once each: nobody stands out.
    const AuthorityMatcher::Found none =
        matcher.mostNamed(QStringLiteral("Children moved from Leeds to Bradford."));
    QVERIFY(!none.authority);
    QCOMPARE(none.tied, QStringList({QStringLiteral("Bradford"), QStringLiteral("Leeds")}));
}

QTEST_GUILESS_MAIN(TestReportParser)
#include "tst_reportparser.moc"
