// The tracker on a team's PostgreSQL server: the same schema as on SQLite, set up on first
// use, and every way of failing to connect refused with a message that names the server.
#include "support/tempdatabase.h"
#include "support/testserver.h"

#include "authorities/authoritystore.h"
#include "demo/demodatabase.h"
#include "indicators/indicatorstore.h"
#include "sources/sourcestore.h"
#include "store/database.h"
#include "store/schemamigrator.h"
#include "store/store.h"

#include <QtTest>

namespace {

QStringList tableNames(Database &db)
{
    QStringList names;
    Result<QSqlQuery> q =
        db.dialect() == Database::Dialect::Postgres
            ? db.run(QStringLiteral("SELECT table_name FROM information_schema.tables "
                                    "WHERE table_schema = current_schema() ORDER BY 1"))
            : db.run(QStringLiteral(
                  "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
    while (q.ok() && q.value().next())
        names << q.value().value(0).toString();
    names.removeAll(QStringLiteral("schema_version"));
    return names;
}

int count(Database &db, const QString &sql)
{
    Result<QSqlQuery> q = db.run(sql);
    return q.ok() && q.value().next() ? q.value().value(0).toInt() : -1;
}

} // namespace

class TestServer_ : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void setsUpTheSameSchemaAsSqlite();
    void migrationsArePairedFileForFile();
    void storeReadsAndWrites();
    void holdsTheDemoDataAsSqliteDoes();
    void refusesWhatItCannotUse_data();
    void refusesWhatItCannotUse();
    void twoClientsSettingUpAtOnce();

private:
    TestServer m_server;
};

void TestServer_::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.isRunning(),
             "the test PostgreSQL server is not running (CTest starts it: run through ctest)");
}

void TestServer_::setsUpTheSameSchemaAsSqlite()
{
    const QString name = m_server.freshDatabase();
    OpenError error;
    std::unique_ptr<Database> server = Database::open(m_server.address(name), &error);
    QVERIFY2(server, qPrintable(error.message));
    QCOMPARE(server->dialect(), Database::Dialect::Postgres);
    QCOMPARE(server->schemaVersion(), SchemaMigrator().latestVersion());
    QVERIFY2(server->displayName().contains(name), qPrintable(server->displayName()));

    TempDatabase temp;
    std::unique_ptr<Database> file = Database::open(temp.path(), &error);
    QVERIFY(file);
    QCOMPARE(tableNames(*server), tableNames(*file));
    // The same built-in rows: every authority, region, neighbour and indicator.
    for (const QString &table :
         {QStringLiteral("authority"), QStringLiteral("indicator"),
          QStringLiteral("statistical_neighbour"), QStringLiteral("authority_successor"),
          QStringLiteral("authority_former_code")}) {
        const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(table);
        QVERIFY2(count(*file, sql) > 0, qPrintable(table));
        QCOMPARE(count(*server, sql), count(*file, sql));
    }
    const QString dorset = QStringLiteral("SELECT count(*) FROM authority WHERE name LIKE 'Dorset "
                                          "(until %' AND ended_on IS NOT NULL");
    QCOMPARE(count(*server, dorset), count(*file, dorset));

    // The checks hold on the server too: a wrong date and a figure that is both a number
    // and withheld are refused by the database itself.
    QVERIFY(!server
                 ->run(QStringLiteral("INSERT INTO document (title, kind, issued_on) "
                                      "VALUES ('Report', 'user_entry', '2023-02-30')"))
                 .ok());
    QVERIFY(server
                ->run(QStringLiteral("INSERT INTO document (title, kind, issued_on) "
                                     "VALUES ('Report', 'user_entry', '2023-02-28')"))
                .ok());
    const Result<QSqlQuery> both = server->run(QStringLiteral(
        "INSERT INTO indicator_value (authority_id, indicator_id, period_kind, "
        "period_end, period_label, value, suppression) VALUES ((SELECT min(id) FROM "
        "authority), (SELECT min(id) FROM indicator), 'at', '2023-03-31', 'x', 1, 'c')"));
    QVERIFY(!both.ok());
    QVERIFY2(both.error().contains(QLatin1String("out of range or in the wrong form")),
             qPrintable(both.error()));
    // Opening it again finds it set up and changes nothing.
    server.reset();
    server = Database::open(m_server.address(name), &error);
    QVERIFY2(server, qPrintable(error.message));
    QCOMPARE(count(*server, QStringLiteral("SELECT count(*) FROM schema_version")), 1);
}

void TestServer_::migrationsArePairedFileForFile()
{
    const SchemaMigrator sqlite;
    const SchemaMigrator postgres(SchemaMigrator::Dialect::Postgres);
    QCOMPARE(postgres.migrations().size(), sqlite.migrations().size());
    for (int i = 0; i < sqlite.migrations().size(); ++i) {
        QCOMPARE(postgres.migrations().at(i).version, sqlite.migrations().at(i).version);
        QCOMPARE(postgres.migrations().at(i).name, sqlite.migrations().at(i).name);
    }
}

void TestServer_::storeReadsAndWrites()
{
    const QString name = m_server.freshDatabase();
    OpenError error;
    std::unique_ptr<Store> store = Store::open(m_server.address(name), &error);
    QVERIFY2(store, qPrintable(error.message));
    const std::optional<Authority> leicester =
        store->authorities().byName(QStringLiteral("Leicester"));
    QVERIFY(leicester);
    QCOMPARE(leicester->onsCode, QStringLiteral("E06000016"));
    Authority a;
    a.name = QStringLiteral("Server Borough (synthetic)");
    a.synthetic = true;
    const Result<qint64> id = store->authorities().add(a);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QVERIFY(id.value() > 0);
    QCOMPARE(store->authorities().byName(a.name)->id, id.value());
    // The same name twice is refused in the same words as on SQLite.
    const Result<qint64> again = store->authorities().add(a);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QLatin1String("already exists")), qPrintable(again.error()));
    QVERIFY(!store->indicators().indicators().isEmpty());
}

void TestServer_::holdsTheDemoDataAsSqliteDoes()
{
    // Every store writes the real documents' inspections, plans, updates and figures, in
    // one transaction, and reads back what SQLite does.
    OpenError error;
    const QString address = m_server.address(m_server.freshDatabase());
    std::unique_ptr<Store> server = Store::open(address, &error);
    QVERIFY2(server, qPrintable(error.message));
    const Status filled = DemoDatabase::populate(*server);
    QVERIFY2(filled.ok(), qPrintable(filled.error()));
    TempDatabase temp;
    std::unique_ptr<Store> file = temp.open();
    QVERIFY(DemoDatabase::populate(*file).ok());
    // Counted on connections of their own, as another window would.
    std::unique_ptr<Database> serverRows = Database::open(address, &error);
    std::unique_ptr<Database> fileRows = Database::open(temp.path(), &error);
    QVERIFY(serverRows && fileRows);
    for (const QString &table :
         {QStringLiteral("document"), QStringLiteral("source"), QStringLiteral("inspection"),
          QStringLiteral("judgement"), QStringLiteral("recommendation"), QStringLiteral("plan"),
          QStringLiteral("action"), QStringLiteral("action_recommendation"),
          QStringLiteral("action_update"), QStringLiteral("indicator_value"),
          QStringLiteral("target")}) {
        const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(table);
        QVERIFY2(count(*fileRows, sql) > 0, qPrintable(table));
        QCOMPARE(count(*serverRows, sql), count(*fileRows, sql));
    }
    const qint64 leicester = server->authorities().byName(QStringLiteral("Leicester"))->id;
    const qint64 claRate = server->indicators().indicator(QStringLiteral("cla_rate"))->id;
    QCOMPARE(server->indicators().values(leicester, claRate).size(),
             file->indicators()
                 .values(file->authorities().byName(QStringLiteral("Leicester"))->id,
                         file->indicators().indicator(QStringLiteral("cla_rate"))->id)
                 .size());
    // Where Leicester's figures came from, document by document, as on SQLite.
    const QList<SourceStore::DocumentUse> onServer = server->sources().documentsFor(leicester);
    const QList<SourceStore::DocumentUse> inFile =
        file->sources().documentsFor(file->authorities().byName(QStringLiteral("Leicester"))->id);
    QVERIFY(!inFile.isEmpty());
    QCOMPARE(onServer.size(), inFile.size());
    for (int i = 0; i < inFile.size(); ++i) {
        QCOMPARE(onServer.at(i).document.title, inFile.at(i).document.title);
        QCOMPARE(onServer.at(i).judgements, inFile.at(i).judgements);
        QCOMPARE(onServer.at(i).recommendations, inFile.at(i).recommendations);
        QCOMPARE(onServer.at(i).indicatorValues, inFile.at(i).indicatorValues);
    }
    // Action updates are history on the server too.
    QVERIFY(!serverRows->run(QStringLiteral("UPDATE action_update SET note = 'changed'")).ok());
}

void TestServer_::refusesWhatItCannotUse_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("says");
    // A port nothing listens on: the server is down.
    QTest::newRow("server down") << QStringLiteral(
                                        "postgresql://cstracker_admin:x@127.0.0.1:1/postgres")
                                 << int(OpenProblem::ServerUnreachable)
                                 << QStringLiteral("not answering");
    QTest::newRow("wrong password")
        << m_server.address(QStringLiteral("postgres"), QStringLiteral("cstracker_admin"),
                            QStringLiteral("not-the-password"))
        << int(OpenProblem::NotAllowed) << QStringLiteral("refused the user name or password");
    QTest::newRow("no such database")
        << m_server.address(QStringLiteral("no_such_database")) << int(OpenProblem::CannotCreate)
        << QStringLiteral("no such database");
    QTest::newRow("TLS required, server without it")
        << m_server.address(QStringLiteral("postgres")) + QStringLiteral("?sslmode=require")
        << int(OpenProblem::ServerUnreachable) << QStringLiteral("encryption");
    QTest::newRow("not an address")
        << QStringLiteral("postgresql://host:port") << int(OpenProblem::Other)
        << QStringLiteral("postgresql://user@host:port/database");
}

void TestServer_::refusesWhatItCannotUse()
{
    QFETCH(QString, address);
    QFETCH(int, problem);
    QFETCH(QString, says);
    OpenError error;
    QVERIFY(!Database::open(address, &error));
    QVERIFY2(error.message.contains(says, Qt::CaseInsensitive), qPrintable(error.message));
    QCOMPARE(int(error.problem), problem);
}

void TestServer_::twoClientsSettingUpAtOnce()
{
    // Another program's database is left alone; a newer schema is refused.
    const QString other = m_server.freshDatabase();
    QVERIFY(m_server.admin(QStringLiteral("CREATE TABLE payroll (id int)"), nullptr, other));
    OpenError error;
    QVERIFY(!Database::open(m_server.address(other), &error));
    QCOMPARE(error.problem, OpenProblem::NotADatabase);

    const QString name = m_server.freshDatabase();
    std::unique_ptr<Database> first;
    std::unique_ptr<Database> second;
    {
        OpenError e1;
        OpenError e2;
        first = Database::open(m_server.address(name), &e1);
        second = Database::open(m_server.address(name), &e2);
        QVERIFY2(first && second, qPrintable(e1.message + e2.message));
    }
    QCOMPARE(count(*second, QStringLiteral("SELECT count(*) FROM schema_version")), 1);
    QVERIFY(first->run(QStringLiteral("UPDATE schema_version SET version = 99")).ok());
    QVERIFY(!Database::open(m_server.address(name), &error));
    QCOMPARE(error.problem, OpenProblem::NewerSchema);
    QVERIFY2(error.message.contains(QLatin1String("newer version")), qPrintable(error.message));
    QVERIFY2(error.message.contains(name), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestServer_)
#include "tst_server.moc"
