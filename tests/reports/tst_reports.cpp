// Every real report of the development set (119: nineteen of every layout, and a random draw
// of a hundred from every published report of the kind), read from its PDF and compared field
// by field with what was read in it (expected.csv); then saved, twice, as a user would.
#include "support/tempdatabase.h"

#include "authorities/authoritystore.h"
#include "csv/csvreader.h"
#include "demo/demodatabase.h"
#include "judgements/judgementstore.h"
#include "reports/authoritymatcher.h"
#include "reports/reportfile.h"
#include "reports/reportimport.h"
#include "sources/sourcestore.h"

#include <QDir>
#include <QFile>
#include <QtTest>

namespace {

using Fields = QHash<QString, QString>;
const QString reports = QStringLiteral(CSTRACKER_TEST_DATA "/ofsted-reports");

QString gradeWord(const ReportReading &r, std::initializer_list<JudgementArea> areas)
{
    for (JudgementArea area : areas) {
        if (const std::optional<ReadGrade> g = r.grade(area))
            return g->grade == Grade::RequiresImprovement ? QStringLiteral("requires improvement")
                                                          : Grades::code(g->grade);
    }
    return {};
}

QString iso(const std::optional<QDate> &d)
{
    return d ? d->toString(Qt::ISODate) : QString();
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readsEveryLayout_data();
    void readsEveryLayout();
    void valuesKeepTheirSource();
    void importTwiceUpdates();
    void handTypedIsNotOverwritten();
    void unreadableFiles_data();
    void unreadableFiles();
    void findsInspectionsRecordedLessExactly_data();
    void findsInspectionsRecordedLessExactly();

private:
    ReportFile read(const QString &name) const;
    TempDatabase m_temp;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<AuthorityMatcher> m_matcher;
};

void TestReports::initTestCase()
{
    m_store = m_temp.open();
    QVERIFY(m_store);
    m_matcher = std::make_unique<AuthorityMatcher>(m_store->authorities().all(),
                                                   m_store->authorities().aliases());
}

ReportFile TestReports::read(const QString &name) const
{
    return ReportFile::read(QDir(reports).filePath(name), *m_matcher);
}

void TestReports::readsEveryLayout_data()
{
    QFile file(QDir(reports).filePath(QStringLiteral("expected.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader csv(&file);
    QStringList header, row;
    QVERIFY(csv.readRow(&header));
    QTest::addColumn<Fields>("expected");
    int rows = 0;
    while (csv.readRow(&row)) {
        QHash<QString, QString> fields;
        for (int c = 0; c < header.size() && c < row.size(); ++c)
            fields.insert(header.at(c), row.at(c));
        QTest::newRow(qPrintable(fields.value(QStringLiteral("file")))) << fields;
        ++rows;
    }
    QCOMPARE(rows, 119);
}

void TestReports::readsEveryLayout()
{
    QFETCH(Fields, expected);
    const ReportFile file = read(expected.value(QStringLiteral("file")));
    QVERIFY(!file.sha256.isEmpty());
    if (expected.value(QStringLiteral("outcome")).startsWith(QLatin1String("refused"))) {
        QVERIFY2(!file.ok(), "should be refused");
        // The reason names what the file is ("not a PDF", "framework not read").
        const QString why = expected.value(QStringLiteral("outcome")).mid(9);
        QVERIFY2(file.refusal.startsWith(why.section(QLatin1Char('('), 0, 0).trimmed()),
                 qPrintable(file.refusal));
        return;
    }
    QVERIFY2(file.ok(), qPrintable(file.refusal));
    QVERIFY2(file.ready(), qPrintable(file.reviewFields()));
    const ReportReading &r = file.reading;
    QCOMPARE(file.authority->onsCode, expected.value(QStringLiteral("ons_code")));
    QCOMPARE(ReportReading::frameworkName(r.framework),
             expected.value(QStringLiteral("framework")));
    QCOMPARE(iso(r.start), expected.value(QStringLiteral("start")));
    QCOMPARE(iso(r.end), expected.value(QStringLiteral("end")));
    QCOMPARE(gradeWord(r, {JudgementArea::Overall}), expected.value(QStringLiteral("overall")));
    QCOMPARE(gradeWord(r, {JudgementArea::Leadership}), expected.value(QStringLiteral("leaders")));
    QCOMPARE(gradeWord(r, {JudgementArea::HelpAndProtection}),
             expected.value(QStringLiteral("help_protection")));
    QCOMPARE(
        gradeWord(r, {JudgementArea::ChildrenInCare, JudgementArea::ChildrenInCareAndCareLeavers,
                      JudgementArea::LookedAfterAndPermanence}),
        expected.value(QStringLiteral("in_care")));
    QCOMPARE(gradeWord(r, {JudgementArea::Adoption}), expected.value(QStringLiteral("adoption")));
    QCOMPARE(gradeWord(r, {JudgementArea::CareLeavers}),
             expected.value(QStringLiteral("care_leavers")));
    QVERIFY2(!r.leadInspector.isEmpty(), "every report names its lead inspector");
    QVERIFY2(!r.recommendations.isEmpty(), "every report says what needs to improve");
    QVERIFY(ReportImport::check(file).isEmpty());
}

void TestReports::valuesKeepTheirSource()
{
    const ReportFile file = read(QStringLiteral("leicester-04-september-2017.pdf"));
    QVERIFY(file.ok());
    QCOMPARE(file.reading.published, std::optional(QDate(2017, 9, 4)));
    QCOMPARE(file.reading.leadInspector, QStringLiteral("Julie Knight"));
    QCOMPARE(file.reading.recommendations.size(), 11);
    QVERIFY(file.reading.recommendations.first().text.startsWith(
        QLatin1String("Improve the quality of social work assessments")));
    const std::optional<ReadGrade> adoption = file.reading.grade(JudgementArea::Adoption);
    QVERIFY(adoption);
    QCOMPARE(adoption->place.page, 1);
    QVERIFY(adoption->place.words.contains(QLatin1String("Adoption performance")));

    const Result<qint64> id = ReportImport::save(*m_store, file, false);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    const std::optional<InspectionRecord> saved = m_store->judgements().record(id.value());
    QVERIFY(saved);
    QCOMPARE(saved->judgements.size(), 6);
    for (const Judgement &j : saved->judgements) {
        QVERIFY(j.sourceId);
        const std::optional<SourceReference> s = m_store->sources().source(*j.sourceId);
        QVERIFY(s);
        QVERIFY(s->reference.startsWith(QLatin1String("leicester-04-september-2017.pdf")));
        QVERIFY(s->reference.contains(file.sha256));
        QVERIFY(s->locator.startsWith(QLatin1String("page ")));
        QVERIFY(!s->excerpt.isEmpty());
    }
    QCOMPARE(saved->recommendations.size(), 11);
    m_store->judgements().removeInspection(id.value());
}

void TestReports::importTwiceUpdates()
{
    const ReportFile file = read(QStringLiteral("dudley-10-december-2018.pdf"));
    const qint64 dudley = file.authority->id;
    const qsizetype before = m_store->judgements().inspections(dudley).size();
    const Result<qint64> first = ReportImport::save(*m_store, file, false);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    const std::optional<ReportImport::Existing> held = ReportImport::existing(*m_store, file);
    QVERIFY(held);
    QCOMPARE(held->inspectionId, first.value());
    QVERIFY(held->differences.isEmpty());
    // A recommendation closed since stays closed when the report is read again.
    InspectionRecord closed = *m_store->judgements().record(first.value());
    QVERIFY(!closed.recommendations.isEmpty());
    closed.recommendations.first().closedOn = QDate(2019, 6, 28);
    closed.recommendations.first().closedNote = QStringLiteral("Audit of plans");
    QVERIFY(m_store->judgements().updateInspection(closed).ok());
    const Result<qint64> second = ReportImport::save(*m_store, file, false);
    QVERIFY(second.ok());
    QCOMPARE(second.value(), first.value());
    QCOMPARE(m_store->judgements().inspections(dudley).size(), before + 1);
    const Recommendation kept =
        m_store->judgements().record(first.value())->recommendations.first();
    QCOMPARE(kept.closedOn, std::optional(QDate(2019, 6, 28)));
    QCOMPARE(kept.closedNote, QStringLiteral("Audit of plans"));
}

void TestReports::handTypedIsNotOverwritten()
{
    const ReportFile file = read(QStringLiteral("greenwich-05-august-2016.pdf"));
    // The same inspection typed in by hand, with one grade different.
    InspectionRecord typed = ReportImport::recordOf(file);
    for (Judgement &j : typed.judgements) {
        if (j.area == JudgementArea::Overall)
            j.grade = Grade::Outstanding;
    }
    const Result<qint64> id = m_store->judgements().addInspection(typed);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    const std::optional<ReportImport::Existing> held = ReportImport::existing(*m_store, file);
    QVERIFY(held);
    QVERIFY(!held->handTyped.isEmpty());
    QVERIFY2(held->handTyped.join(QLatin1Char(' ')).contains(QLatin1String("outstanding here")),
             qPrintable(held->handTyped.join(QLatin1Char(' '))));
    const Result<qint64> refused = ReportImport::save(*m_store, file, false);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().contains(QLatin1String("typed by hand")));
    auto overall = [this](qint64 inspection) {
        const std::optional<InspectionRecord> record = m_store->judgements().record(inspection);
        for (const Judgement &j : record->judgements) {
            if (j.area == JudgementArea::Overall)
                return j.grade;
        }
        return Grade::Inadequate;
    };
    QCOMPARE(overall(id.value()), Grade::Outstanding);
    const Result<qint64> replaced = ReportImport::save(*m_store, file, true);
    QVERIFY2(replaced.ok(), qPrintable(replaced.error()));
    QCOMPARE(replaced.value(), id.value());
    QCOMPARE(overall(id.value()), Grade::Good);
}

void TestReports::unreadableFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("refusal");
    QFile report(QDir(reports).filePath(QStringLiteral("dudley-10-december-2018.pdf")));
    QVERIFY(report.open(QIODevice::ReadOnly));
    QTest::newRow("cut short") << report.read(60000) << "a damaged PDF that cannot be read";
    QFile locked(QStringLiteral(CSTRACKER_TEST_DATA "/unreadable/password-protected.pdf"));
    QVERIFY(locked.open(QIODevice::ReadOnly));
    QTest::newRow("password") << locked.readAll() << "a password-protected PDF";
    QTest::newRow("empty") << QByteArray() << "not a PDF";
    QTest::newRow("a spreadsheet") << QByteArray("PK\x03\x04 not a pdf at all") << "not a PDF";
}

void TestReports::unreadableFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, refusal);
    const ReportFile file = ReportFile::fromBytes(QStringLiteral("some.pdf"), bytes, *m_matcher);
    QVERIFY(!file.ok());
    QCOMPARE(file.refusal, refusal);
    QCOMPARE(file.fileName, QStringLiteral("some.pdf"));
}

void TestReports::findsInspectionsRecordedLessExactly_data()
{
    QTest::addColumn<QString>("report");
    // The demo holds Leicester's 2015 inspection by its publication date alone (as the 2017
    // report records it) and Leicestershire's 2019 one by its month.
    QTest::newRow("by publication date") << "leicester-20-march-2015.pdf";
    QTest::newRow("by month") << "leicestershire-04-november-2019.pdf";
    QTest::newRow("by first day") << "leicester-04-september-2017.pdf";
}

void TestReports::findsInspectionsRecordedLessExactly()
{
    QFETCH(QString, report);
    TempDatabase temp;
    auto store = temp.open();
    QVERIFY(DemoDatabase::populate(*store).ok());
    const AuthorityMatcher matcher(store->authorities().all(), store->authorities().aliases());
    const ReportFile file = ReportFile::read(QDir(reports).filePath(report), matcher);
    const qsizetype before = store->judgements().inspections(file.authority->id).size();
    const std::optional<ReportImport::Existing> held = ReportImport::existing(*store, file);
    QVERIFY(held);
    QVERIFY(held->handTyped.isEmpty()); // the demo's records have sources
    const Result<qint64> id = ReportImport::save(*store, file, false);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(id.value(), held->inspectionId);
    QCOMPARE(store->judgements().inspections(file.authority->id).size(), before);
    const Inspection saved = store->judgements().record(id.value())->inspection;
    QCOMPARE(saved.startDate, file.reading.start);
    QCOMPARE(saved.precision, DatePrecision::Day);
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
