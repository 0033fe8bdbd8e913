// Importing published DfE statistics: layouts, periods, suppression, all or nothing.
#include "support/tempdatabase.h"

#include "authorities/authoritystore.h"
#include "indicators/dfeimport.h"
#include "indicators/indicatorstore.h"
#include "store/database.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

namespace {

const QByteArray wideHeader =
    "\xEF\xBB\xBFtime_period,time_identifier,geographic_level,country_code,country_name,"
    "region_code,region_name,new_la_code,old_la_code,la_name,population_type,"
    "children_count,rate_per_10000\r\n";

QByteArray wideRows()
{
    return wideHeader +
           "2017,Reporting year,National,E92000001,England,,,,,,Total,\"72,670\",62\r\n"
           "2017,Reporting year,Regional,E92000001,England,E12000004,East "
           "Midlands,,,,Total,\"5,120\",52\r\n"
           "2017,Reporting year,Local authority,E92000001,England,E12000004,East "
           "Midlands,E06000016,856,Leicester,Total,640,78\r\n"
           "2017,Reporting year,Local authority,E92000001,England,E12000004,East "
           "Midlands,E06000016,856,Leicester,Boys,330,x\r\n"
           "2017,Reporting year,Local authority,E92000001,England,E12000004,East "
           "Midlands,E06000017,857,\"Rutland, County of\",Total,c,low\r\n"
           "2018,Reporting year,Local authority,E92000001,England,E12000004,East "
           "Midlands,E06000017,857,\"Rutland, County of\",Total,:,\r\n";
}

qint64 count(Database &db, const char *sql)
{
    Result<QSqlQuery> q = db.run(QString::fromLatin1(sql));
    return q.ok() && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

} // namespace

class TestDfeImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void readsHeader();
    void refusesOtherFiles();
    void previewThenImportWide();
    void periods_data();
    void periods();
    void longLayout();
    void badRowWritesNothing_data();
    void badRowWritesNothing();
    void cancelLeavesNothing();
    void fileIsCitedWithItsImportNotAnIssueDate();
    void cancelHeardAmongSkippedRows();
    void largeFileWritesEveryFigure();
    void refusedWriteLeavesNothing();
    void placesByCode_data();
    void placesByCode();
    void cutShortAndSymbols();
    void realFiles_data();
    void realFiles();

private:
    QHash<QString, qint64> wideMapping();
    DfeImport::Summary runOn(const QByteArray &bytes, const QHash<QString, qint64> &mapping,
                             bool write,
                             QHash<QString, QString> filters = {
                                 {QStringLiteral("population_type"), QStringLiteral("Total")}});
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Database> m_db;
};

void TestDfeImport::init()
{
    m_temp = std::make_unique<TempDatabase>();
    m_store = m_temp->open();
    QVERIFY(m_store->authorities().byCode(QStringLiteral("E06000016"))); // built in
    OpenError error;
    m_db = Database::open(m_temp->address(), &error);
    QVERIFY2(m_db, qPrintable(error.message));
}

void TestDfeImport::cleanup()
{
    m_db.reset();
    m_store.reset();
    m_temp.reset();
}

QHash<QString, qint64> TestDfeImport::wideMapping()
{
    return {{QStringLiteral("children_count"),
             m_store->indicators().indicator(QStringLiteral("cla_count"))->id},
            {QStringLiteral("rate_per_10000"),
             m_store->indicators().indicator(QStringLiteral("cla_rate"))->id}};
}

DfeImport::Summary TestDfeImport::runOn(const QByteArray &bytes,
                                        const QHash<QString, qint64> &mapping, bool write,
                                        QHash<QString, QString> filters)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    return DfeImport(*m_db, mapping, filters).run(&buffer, write);
}

void TestDfeImport::readsHeader()
{
    QByteArray data = wideRows();
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    const Result<DfeImport::Header> h = DfeImport::readHeader(&buffer);
    QVERIFY(h.ok());
    QVERIFY(!h.value().longFormat);
    QCOMPARE(h.value().candidateMeasures,
             (QStringList{QStringLiteral("population_type"), QStringLiteral("children_count"),
                          QStringLiteral("rate_per_10000")}));
}

void TestDfeImport::refusesOtherFiles()
{
    QByteArray data("name,score\nA,1\n");
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    const Result<DfeImport::Header> h = DfeImport::readHeader(&buffer);
    QVERIFY(!h.ok());
    QVERIFY2(h.error().contains(QLatin1String("time_period")), qPrintable(h.error()));
}

void TestDfeImport::previewThenImportWide()
{
    const DfeImport::Summary preview = runOn(wideRows(), wideMapping(), false, {});
    QCOMPARE(preview.rows, 6);
    QVERIFY(preview.filterValues.value(QStringLiteral("population_type"))
                .contains(QStringLiteral("Boys")));
    const QHash<QString, QString> filters = DfeImport::defaultFilters(preview);
    QCOMPARE(filters.value(QStringLiteral("population_type")), QStringLiteral("Total"));
    QCOMPARE(count(*m_db, "SELECT count(*) FROM indicator_value"), 0); // the preview writes nothing

    const DfeImport::Summary done = runOn(wideRows(), wideMapping(), true, filters);
    QVERIFY2(done.written, done.problems.isEmpty() ? "" : qPrintable(done.problems.first().reason));
    QCOMPARE(done.skipped, 1); // the "Boys" row
    QCOMPARE(done.values, 10);
    QCOMPARE(done.suppressed, 4);
    QVERIFY(done.unknownPlaces.isEmpty()); // every code is a built-in place

    m_store->indicators().announceBulkChange();
    const qint64 leicester = m_store->authorities().byCode(QStringLiteral("E06000016"))->id;
    const Indicator cla = *m_store->indicators().indicator(QStringLiteral("cla_count"));
    const QList<IndicatorValue> values = m_store->indicators().values(leicester, cla.id);
    QCOMPARE(values.size(), 1);
    QCOMPARE(values.first().value, std::optional(640.0));
    QCOMPARE(values.first().period.kind, Period::Kind::At);
    QCOMPARE(values.first().period.end, QDate(2017, 3, 31));
    QVERIFY(values.first().sourceId);

    const std::optional<Authority> england =
        m_store->authorities().byCode(QStringLiteral("E92000001"));
    QVERIFY(england);
    QCOMPARE(england->kind, AuthorityKind::Country);
    QCOMPARE(m_store->indicators().values(england->id, cla.id).first().value,
             std::optional(72670.0));
    const std::optional<Authority> rutland =
        m_store->authorities().byCode(QStringLiteral("E06000017"));
    QCOMPARE(rutland->name, QStringLiteral("Rutland") /* the built-in name, not the file's */);
    QCOMPARE(rutland->laNumber, std::optional(857));
    QVERIFY(rutland->regionId);
    const QList<IndicatorValue> rutlandValues = m_store->indicators().values(rutland->id, cla.id);
    QCOMPARE(rutlandValues.size(), 2);
    QCOMPARE(rutlandValues.at(0).suppression, std::optional(SuppressionCode::Confidential));
    QVERIFY(!rutlandValues.at(0).value);
    QCOMPARE(rutlandValues.at(1).suppression,
             std::optional(SuppressionCode::NotAvailable)); // ":" in older files
    const Indicator rate = *m_store->indicators().indicator(QStringLiteral("cla_rate"));
    const QList<IndicatorValue> rates = m_store->indicators().values(rutland->id, rate.id);
    QCOMPARE(rates.at(0).suppression, std::optional(SuppressionCode::Low));
    QCOMPARE(rates.at(1).suppression, std::optional(SuppressionCode::Blank));

    // Importing a newer release of the same file replaces figures rather than doubling them.
    const DfeImport::Summary again = runOn(wideRows(), wideMapping(), true, filters);
    QVERIFY(again.written);
    QCOMPARE(m_store->indicators().values(leicester, cla.id).size(), 1);
}

void TestDfeImport::periods_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("period");
    QTest::addColumn<QByteArray>("identifier");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QString>("label");
    QTest::newRow("snapshot reporting year")
        << QStringLiteral("cla_count") << QByteArray("2017") << QByteArray("Reporting year")
        << QDate() << QDate(2017, 3, 31) << QStringLiteral("at 31 March 2017");
    QTest::newRow("flow reporting year")
        << QStringLiteral("adoptions_count") << QByteArray("2017") << QByteArray("Reporting year")
        << QDate(2016, 4, 1) << QDate(2017, 3, 31) << QStringLiteral("year to 31 March 2017");
    QTest::newRow("financial year")
        << QStringLiteral("sw_turnover_pct") << QByteArray("201617") << QByteArray("Financial year")
        << QDate(2016, 4, 1) << QDate(2017, 3, 31) << QStringLiteral("2016-17");
    QTest::newRow("academic year")
        << QStringLiteral("cla_school_attendance_pct") << QByteArray("201617")
        << QByteArray("Academic year") << QDate(2016, 9, 1) << QDate(2017, 8, 31)
        << QStringLiteral("2016/17");
}

void TestDfeImport::periods()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, period);
    QFETCH(QByteArray, identifier);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QString, label);
    const QByteArray file =
        "time_period,time_identifier,geographic_level,new_la_code,la_name,figure\n" + period + "," +
        identifier + ",Local authority,E06000016,Leicester,50\n";
    const qint64 id = m_store->indicators().indicator(key)->id;
    const DfeImport::Summary s = runOn(file, {{QStringLiteral("figure"), id}}, true, {});
    QVERIFY(s.written);
    const IndicatorValue v =
        m_store->indicators()
            .values(m_store->authorities().byName(QStringLiteral("Leicester"))->id, id)
            .first();
    QCOMPARE(v.period.start.value_or(QDate()), start);
    QCOMPARE(v.period.end, end);
    QCOMPARE(v.period.label, label);
}

void TestDfeImport::longLayout()
{
    const QByteArray file =
        "time_period,time_identifier,geographic_level,new_la_code,la_name,measure,value\r\n"
        "2019,Reporting year,Local authority,E06000016,Leicester,Repeat plans,23.5\r\n"
        "2019,Reporting year,Local authority,E06000016,Leicester,Something else,7\r\n"
        "2020,Reporting year,Local authority,E06000016,Leicester,Repeat plans,u\r\n";
    const qint64 id = m_store->indicators().indicator(QStringLiteral("cpp_repeat_pct"))->id;
    const DfeImport::Summary preview = runOn(file, {}, false, {});
    QCOMPARE(preview.measureNames,
             (QSet<QString>{QStringLiteral("Repeat plans"), QStringLiteral("Something else")}));
    const DfeImport::Summary s = runOn(file, {{QStringLiteral("Repeat plans"), id}}, true, {});
    QVERIFY(s.written);
    QCOMPARE(s.values, 2);
    QCOMPARE(s.skipped, 1);
    const QList<IndicatorValue> values = m_store->indicators().values(
        m_store->authorities().byName(QStringLiteral("Leicester"))->id, id);
    QCOMPARE(values.size(), 2);
    QCOMPARE(values.at(0).value, std::optional(23.5));
    QCOMPARE(values.at(1).suppression, std::optional(SuppressionCode::LowReliability));
}

void TestDfeImport::badRowWritesNothing_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not a number")
        << QByteArray(
               "2019,Reporting year,Local authority,,,,,E06000016,856,Leicester,Total,many,78")
        << QStringLiteral("neither a number nor a suppression symbol");
    QTest::newRow("bad year")
        << QByteArray("17,Reporting year,Local authority,,,,,E06000016,856,Leicester,Total,640,78")
        << QStringLiteral("is not a year");
    QTest::newRow("count not whole")
        << QByteArray(
               "2019,Reporting year,Local authority,,,,,E06000016,856,Leicester,Total,640.5,78")
        << QStringLiteral("whole number");
    QTest::newRow("repeated row")
        << QByteArray("2017,Reporting year,National,E92000001,England,,,,,,Total,1,1")
        << QStringLiteral("repeats line 2");
    QTest::newRow("no place") << QByteArray("2017,Reporting year,Local authority,,,,,,,,Total,1,1")
                              << QStringLiteral("gives no code for its local authority");
}

void TestDfeImport::badRowWritesNothing()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, reason);
    const qint64 authorities = count(*m_db, "SELECT count(*) FROM authority");
    const DfeImport::Summary s = runOn(wideRows() + row + "\r\n", wideMapping(), true);
    QVERIFY(!s.written);
    QCOMPARE(s.rejected, 1);
    QCOMPARE(s.problems.first().line, 8);
    QVERIFY2(s.problems.first().reason.contains(reason), qPrintable(s.problems.first().reason));
    QCOMPARE(count(*m_db, "SELECT count(*) FROM indicator_value"), 0);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM source"), 0);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM authority"), authorities);
}

void TestDfeImport::cancelLeavesNothing()
{
    QByteArray file = wideHeader;
    for (int i = 0; i < 5000; ++i)
        file += QStringLiteral("%1,Reporting year,Local authority,,,,,E0%2,,Place %2,Total,%3,10\n")
                    .arg(2000 + i % 20)
                    .arg(i / 20 + 1000)
                    .arg(i)
                    .toUtf8();
    QByteArray data = file;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    int calls = 0;
    const DfeImport::Summary s =
        DfeImport(*m_db, wideMapping(), {}).run(&buffer, true, [&](qint64) { return ++calls < 2; });
    QVERIFY(s.cancelled);
    QVERIFY(!s.written);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM indicator_value"), 0);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM authority"), 168); // the built-in list alone
}

// A published file does not say when the Department issued it: the document made for the
// import is not dated as if issued on the day of the import, and its title says that day.
void TestDfeImport::fileIsCitedWithItsImportNotAnIssueDate()
{
    const DfeImport::Summary s = runOn(wideRows(), wideMapping(), true);
    QVERIFY(s.written);
    Result<QSqlQuery> q = m_db->run(QStringLiteral(
        "SELECT title, issued_on, kind, publisher FROM document WHERE kind = 'statistics'"));
    QVERIFY(q.ok() && q.value().next());
    QVERIFY(q.value().value(1).isNull());
    QCOMPARE(q.value().value(3).toString(), QStringLiteral("Department for Education"));
    QVERIFY2(q.value().value(0).toString().endsWith(
                 QStringLiteral("(imported %1)")
                     .arg(QDate::currentDate().toString(QStringLiteral("d MMMM yyyy")))),
             qPrintable(q.value().value(0).toString()));
}

// Rows none of which gives a figure still tell progress as they go, and a cancel there is
// heard before the end of the file.
void TestDfeImport::cancelHeardAmongSkippedRows()
{
    // 30,000 rows: the reader may run ahead of the writer by the queue's four batches and
    // the one in its hands (10,000 rows) before it hears the cancel, and no further.
    QByteArray file = wideHeader;
    for (int i = 0; i < 30000; ++i)
        file += QStringLiteral("%1,Reporting year,Local authority,,,,,E06000016,856,Leicester,"
                               "Boys,%2,10\n")
                    .arg(2000 + i % 20)
                    .arg(i)
                    .toUtf8();
    QByteArray data = file;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QList<qint64> told;
    const DfeImport::Summary s =
        DfeImport(*m_db, wideMapping(),
                  {{QStringLiteral("population_type"), QStringLiteral("Total")}})
            .run(&buffer, true, [&](qint64 bytes) {
                told << bytes;
                return false;
            });
    QVERIFY(s.cancelled);
    QVERIFY(!s.written);
    QCOMPARE(told.size(), 1);
    QVERIFY(told.first() > 0);
    QVERIFY2(s.rows <= 10000, qPrintable(QString::number(s.rows)));
    QCOMPARE(count(*m_db, "SELECT count(*) FROM indicator_value"), 0);
}

// Many batches' worth of figures (read on one thread, written on another): every figure
// arrives once, with its own line, and progress ends at the whole file.
void TestDfeImport::largeFileWritesEveryFigure()
{
    const QStringList codes = {QStringLiteral("E06000016"), QStringLiteral("E06000017"),
                               QStringLiteral("E10000018"), QStringLiteral("E06000018")};
    QByteArray file = wideHeader;
    int rows = 0;
    for (int year = 1990; year < 2025; ++year) {
        for (int copy = 0; copy < 100; ++copy) {
            // One kept row per place and year; the rest are other filter values.
            for (const QString &code : codes) {
                file += QStringLiteral("%1,Reporting year,Local authority,,,,,%2,,Somewhere,%3,"
                                       "%4,%5\n")
                            .arg(year)
                            .arg(code, copy == 0 ? QStringLiteral("Total")
                                                 : QStringLiteral("Group %1").arg(copy))
                            .arg(year * 10 + copy)
                            .arg(copy == 0 && year % 7 == 0 ? QStringLiteral("c")
                                                            : QString::number(year - 1900))
                            .toUtf8();
                ++rows;
            }
        }
    }
    QByteArray data = file;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    qint64 last = 0;
    int calls = 0;
    const DfeImport::Summary s =
        DfeImport(*m_db, wideMapping(),
                  {{QStringLiteral("population_type"), QStringLiteral("Total")}})
            .run(&buffer, true, [&](qint64 bytes) {
                ++calls;
                last = bytes;
                return true;
            });
    QVERIFY2(s.written, s.problems.isEmpty() ? "" : qPrintable(s.problems.first().reason));
    QCOMPARE(s.rows, rows);
    QCOMPARE(s.values, 35 * 4 * 2);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM indicator_value"), 35 * 4 * 2);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM indicator_value WHERE suppression = 'c'"), 5 * 4);
    QVERIFY(calls > rows / 2000);
    QCOMPARE(last, qint64(data.size()));
    // The last kept row of the file: the fourth place's in 2024.
    const qint64 lastKeptLine = 1 + (2024 - 1990) * 400 + 4;
    QCOMPARE(count(*m_db, "SELECT max(source_line) FROM indicator_value"), lastKeptLine);
    Result<QSqlQuery> q = m_db->run(QStringLiteral(
        "SELECT v.value FROM indicator_value v JOIN authority a ON a.id = v.authority_id "
        "JOIN indicator i ON i.id = v.indicator_id "
        "WHERE a.ons_code = 'E10000018' AND i.key = 'cla_count' AND v.period_end = '2024-03-31'"));
    QVERIFY(q.ok() && q.value().next());
    QCOMPARE(q.value().value(0).toDouble(), 20240.0);
}

// The database refuses a figure far down the file, after earlier batches were written in
// the transaction: nothing is kept, the refusal is told with its line, and reading stops.
void TestDfeImport::refusedWriteLeavesNothing()
{
    const bool server = m_db->dialect() == Database::Dialect::Postgres;
    const QStringList refuse =
        server ? QStringList{QStringLiteral(
                                 "CREATE FUNCTION refuse_2020() RETURNS trigger LANGUAGE plpgsql "
                                 "AS $$ BEGIN IF NEW.period_end = '2020-03-31' THEN RAISE "
                                 "EXCEPTION 'no figures for 2020 here'; END IF; RETURN NEW; "
                                 "END $$"),
                             QStringLiteral("CREATE TRIGGER refuse_2020 BEFORE INSERT ON "
                                            "indicator_value FOR EACH ROW EXECUTE FUNCTION "
                                            "refuse_2020()")}
               : QStringList{
                     QStringLiteral("CREATE TRIGGER refuse_2020 BEFORE INSERT ON indicator_value "
                                    "WHEN NEW.period_end = '2020-03-31' BEGIN "
                                    "SELECT RAISE(ABORT, 'no figures for 2020 here'); END")};
    for (const QString &sql : refuse) {
        QSqlQuery q(m_db->connection()); // a statement PostgreSQL cannot prepare
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }
    QByteArray file = wideHeader;
    for (int year = 1990; year < 2025; ++year) {
        for (int place = 0; place < 300; ++place)
            file +=
                QStringLiteral("%1,Reporting year,Local authority,,,,,E06000016,856,Leicester,"
                               "%2,%3,10\n")
                    .arg(year)
                    .arg(place ? QStringLiteral("Other %1").arg(place) : QStringLiteral("Total"))
                    .arg(year)
                    .toUtf8();
    }
    const DfeImport::Summary s = runOn(file, wideMapping(), true);
    QVERIFY(!s.written);
    QVERIFY(s.rejected > 0);
    QVERIFY(!s.problems.isEmpty());
    QVERIFY2(s.problems.last().reason.contains(QLatin1String("no figures for 2020 here")),
             qPrintable(s.problems.last().reason));
    QCOMPARE(count(*m_db, "SELECT count(*) FROM indicator_value"), 0);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM document"), 0);
}

void TestDfeImport::placesByCode_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QStringList>("codes"); // places given the figure
    QTest::addColumn<int>("unknown");
    QTest::newRow("ONS code")
        << QByteArray("2019,Reporting year,Local authority,,,,,E06000016,856,Anything,Total,1,2")
        << QStringList{QStringLiteral("E06000016")} << 0;
    QTest::newRow("DfE number when the code is blank")
        << QByteArray("2019,Reporting year,Local authority,,,,,,855,Leics,Total,1,2")
        << QStringList{QStringLiteral("E10000018")} << 0;
    QTest::newRow("a code ONS has since replaced")
        << QByteArray("2019,Reporting year,Local authority,,,,,E08000016,370,Barnsley,Total,1,2")
        << QStringList{QStringLiteral("E08000038")} << 0;
    QTest::newRow("joint return")
        << QByteArray("2019,Reporting year,Local authority,,,,,E09000021 / E09000027,314 / 318,"
                      "Kingston upon Thames / Richmond upon Thames,Total,1,2")
        << QStringList{QStringLiteral("E09000021"), QStringLiteral("E09000027")} << 0;
    QTest::newRow("region by its code")
        << QByteArray(
               "2019,Reporting year,Regional,E92000001,England,E12000004,Anywhere,,,,Total,1,2")
        << QStringList{QStringLiteral("E12000004")} << 0;
    QTest::newRow("a place not in the list")
        << QByteArray(
               "2019,Reporting year,Regional,E92000001,England,E13000001,Inner London,,,,Total,1,2")
        << QStringList{} << 1;
    QTest::newRow("the same name is not enough")
        << QByteArray("2019,Reporting year,Local authority,,,,,E06999999,999,Leicester,Total,1,2")
        << QStringList{} << 1;
}

void TestDfeImport::placesByCode()
{
    QFETCH(QByteArray, row);
    QFETCH(QStringList, codes);
    QFETCH(int, unknown);
    const DfeImport::Summary s = runOn(wideHeader + row + "\r\n", wideMapping(), true, {});
    // A file that gives no figure at all is not written: nothing, not even its document.
    QCOMPARE(s.written, !codes.isEmpty());
    QVERIFY(s.problems.isEmpty());
    QCOMPARE(s.unknownRows, unknown);
    QCOMPARE(s.unknownPlaces.size(), unknown);
    QCOMPARE(s.values, 2 * codes.size());
    for (const QString &code : codes) {
        const qint64 id = m_store->authorities().byCode(code)->id;
        QCOMPARE(
            count(*m_db,
                  qPrintable(
                      QStringLiteral("SELECT count(*) FROM indicator_value WHERE authority_id = %1")
                          .arg(id))),
            2);
    }
    QCOMPARE(count(*m_db, "SELECT count(*) FROM authority"), 168); // nothing created
}

void TestDfeImport::cutShortAndSymbols()
{
    // A row cut short is rejected by its line; "k" is a symbol (rounds to 0), not an error.
    QByteArray file =
        wideHeader + "2019,Reporting year,Local authority,,,,,E06000016,856,Leicester,Total,k,2\r\n"
                     "2019,Reporting year,Local authority,,,,,E06000017,857,Rutl";
    const DfeImport::Summary s = runOn(file, wideMapping(), true, {});
    QVERIFY(!s.written);
    QCOMPARE(s.rejected, 1);
    QCOMPARE(s.problems.first().line, 3);
    QVERIFY2(s.problems.first().reason.contains(QLatin1String("cut short")),
             qPrintable(s.problems.first().reason));
    QCOMPARE(count(*m_db, "SELECT count(*) FROM indicator_value"), 0);
    const DfeImport::Summary whole =
        runOn(wideHeader + "2019,Reporting year,Local authority,,,,,E06000016,"
                           "856,Leicester,Total,k,2\r\n",
              wideMapping(), true, {});
    QVERIFY(whole.written);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM indicator_value WHERE suppression = 'low'"), 1);
}

void TestDfeImport::realFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<double>("value");
    QTest::newRow("children looked after, rate") << "cla_number_and_rate_per_10k_children.csv"
                                                 << "cla_rate"
                                                 << "E06000016" << QDate(2023, 3, 31) << 72.0;
    QTest::newRow("children looked after, number") << "cla_number_and_rate_per_10k_children.csv"
                                                   << "cla_count"
                                                   << "E06000016" << QDate(2023, 3, 31) << 630.0;
    QTest::newRow("children starting to be looked after")
        << "cla_number_and_rate_per_10k_children.csv"
        << "cla_started_rate"
        << "E06000016" << QDate(2023, 3, 31) << 25.0;
    QTest::newRow("England") << "cla_number_and_rate_per_10k_children.csv"
                             << "cla_rate"
                             << "E92000001" << QDate(2023, 3, 31) << 71.0;
    QTest::newRow("Dorset Council, beside the old county")
        << "cla_number_and_rate_per_10k_children.csv"
        << "cla_count"
        << "E06000059" << QDate(2023, 3, 31) << -1.0;
    QTest::newRow("care leavers in touch, 19 to 21") << "la_care_leavers_intouch.csv"
                                                     << "care_leavers_in_touch_pct"
                                                     << "E06000016" << QDate(2023, 3, 31) << 99.0;
    QTest::newRow("care leavers in touch, 17 to 18") << "la_care_leavers_intouch.csv"
                                                     << "care_leavers_in_touch_17_18_pct"
                                                     << "E06000016" << QDate(2023, 3, 31) << 99.0;
}

void TestDfeImport::realFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, indicator);
    QFETCH(QString, code);
    QFETCH(QDate, end);
    QFETCH(double, value);
    QFile csv(QStringLiteral(":/demo/dfe-statistics/") + file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QHash<QString, qint64> ids;
    for (const Indicator &i : m_store->indicators().indicators())
        ids.insert(i.key, i.id);
    const QList<MeasureRule> rules = DfeImport::catalogueRules(ids, &csv);
    QVERIFY2(!rules.isEmpty(), "the catalogue knows the file");
    csv.seek(0);
    const DfeImport::Summary s = DfeImport(*m_db, rules).run(&csv, true);
    QVERIFY2(s.written, s.problems.isEmpty() ? "" : qPrintable(s.problems.first().reason));
    QCOMPARE(s.rejected, 0);
    QVERIFY(s.notApplicable > 0); // the old Dorset county's rows, all z
    QVERIFY(s.values > 1000);
    const qint64 place = m_store->authorities().byCode(code)->id;
    const std::optional<Indicator> i = m_store->indicators().indicator(indicator);
    QVERIFY(i);
    const QList<IndicatorValue> values = m_store->indicators().values(place, i->id);
    QVERIFY(!values.isEmpty());
    bool found = false;
    for (const IndicatorValue &v : values) {
        if (v.period.end == end) {
            found = true;
            if (value >= 0)
                QCOMPARE(v.value, std::optional(value));
            QVERIFY(v.sourceId); // file and line
        }
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestDfeImport)
#include "tst_dfeimport.moc"
