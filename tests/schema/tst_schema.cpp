// Schema migrations, and how a database that cannot be used is refused without being touched.
#include "support/tempdatabase.h"

#include "store/database.h"
#include "store/integritymark.h"
#include "store/schemamigrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList tables(Database &db)
{
    QStringList names;
    QSqlQuery q = db.prepare(
        QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
    q.exec();
    while (q.next())
        names << q.value(0).toString();
    return names;
}

// Runs SQL on a plain connection of its own, as another program would.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~RawConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql);
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT
private slots:
    void migratesEmptyDatabase();
    void migratesFromEveryOlderVersion_data();
    void migratesFromEveryOlderVersion();
    void keepsFiguresAndTheirRulesThroughTheRebuild();
    void keepsMeasuresWhenPlansTakeThemToo();
    void backsUpBeforeMigrating();
    void failedMigrationNamesTheBackup();
    void refusesNewerSchema();
    void refusesFileThatIsNotADatabase();
    void refusesOtherProgramsDatabase();
    void refusesCorruptDatabase();
    void remembersAFileClosedWhole();
    void checksAgainAfterAnyOtherWrite();
    void readsReadOnlyDatabase();
    void readOnlyRefusesAnOlderSchema();
    void refusesLockedDatabase();
    void refusesMissingFolder();
    void splitsTriggerBodies();
};

void TestSchema::migratesEmptyDatabase()
{
    TempDatabase temp;
    OpenError error;
    std::unique_ptr<Database> db = Database::open(temp.path(), &error);
    QVERIFY2(db, qPrintable(error.message));
    QCOMPARE(db->schemaVersion(), SchemaMigrator().latestVersion());
    QCOMPARE(db->schemaVersion(), 25);
    const QStringList names = tables(*db);
    for (const char *table :
         {"authority", "document", "source", "inspection", "judgement", "recommendation", "plan",
          "action", "action_recommendation", "action_update", "indicator", "indicator_value",
          "target", "statistical_neighbour", "import_mapping", "authority_alias"})
        QVERIFY2(names.contains(QLatin1String(table)), table);

    Result<QSqlQuery> q = db->run(QStringLiteral("PRAGMA foreign_keys"));
    QVERIFY(q.ok() && q.value().next());
    QVERIFY(q.value().value(0).toInt() > 0);
    q = db->run(QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(q.ok() && q.value().next());
    QCOMPARE(q.value().value(0).toString(), QStringLiteral("wal"));
    q = db->run(QStringLiteral("SELECT count(*) FROM indicator"));
    QVERIFY(q.ok() && q.value().next());
    QVERIFY(q.value().value(0).toInt() >= 20);
}

void TestSchema::migratesFromEveryOlderVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 0; v < SchemaMigrator().latestVersion(); ++v)
        QTest::newRow(qPrintable(QStringLiteral("version %1").arg(v))) << v;
}

void TestSchema::migratesFromEveryOlderVersion()
{
    QFETCH(int, from);
    TempDatabase temp;
    {
        OpenError error;
        std::unique_ptr<Database> old = Database::openAtVersion(temp.path(), from, &error);
        QVERIFY2(old, qPrintable(error.message));
        QCOMPARE(old->schemaVersion(), from);
        if (from >= 1) {
            QVERIFY(old->insert(QStringLiteral("INSERT INTO authority (name, kind) VALUES (?, ?)"),
                                {QStringLiteral("Kept Borough"), QStringLiteral("local_authority")})
                        .ok());
        }
    }
    OpenError error;
    std::unique_ptr<Database> db = Database::open(temp.path(), &error);
    QVERIFY2(db, qPrintable(error.message));
    QCOMPARE(db->schemaVersion(), SchemaMigrator().latestVersion());
    Result<QSqlQuery> q =
        db->run(QStringLiteral("SELECT count(*) FROM authority WHERE name = 'Kept Borough'"));
    QVERIFY(q.ok() && q.value().next());
    QCOMPARE(q.value().value(0).toInt(), from >= 1 ? 1 : 0);
    QVERIFY(tables(*db).contains(QStringLiteral("indicator_value")));
}

// 014 rebuilt indicator_value to write its suppression check another way: every figure,
// its version and its saver stay, and the table refuses what it refused before.
void TestSchema::keepsFiguresAndTheirRulesThroughTheRebuild()
{
    TempDatabase temp;
    const QString figure = QStringLiteral(
        "INSERT INTO indicator_value (authority_id, indicator_id, period_kind, period_end, "
        "period_label, value, suppression, row_version, changed_by) "
        "VALUES ((SELECT id FROM authority WHERE name = 'Kept Borough'), "
        "(SELECT id FROM indicator WHERE key = 'cla_rate'), 'at', ?, 'at 31 March', "
        "?, ?, ?, ?)");
    const QVariant none{QMetaType(QMetaType::QString)};
    const QVariant noNumber{QMetaType(QMetaType::Double)};
    {
        OpenError error;
        std::unique_ptr<Database> old = Database::openAtVersion(temp.path(), 13, &error);
        QVERIFY2(old, qPrintable(error.message));
        QVERIFY(old->insert(QStringLiteral("INSERT INTO authority (name, kind) VALUES (?, ?)"),
                            {QStringLiteral("Kept Borough"), QStringLiteral("local_authority")})
                    .ok());
        QVERIFY(old->insert(figure, {QStringLiteral("2023-03-31"), 72.0, none, 3,
                                     QStringLiteral("a colleague")})
                    .ok());
        QVERIFY(old->insert(figure, {QStringLiteral("2022-03-31"), noNumber,
                                     QStringLiteral("c"), 1, none})
                    .ok());
    }
    OpenError error;
    std::unique_ptr<Database> db = Database::open(temp.path(), &error);
    QVERIFY2(db, qPrintable(error.message));
    Result<QSqlQuery> q = db->run(QStringLiteral(
        "SELECT period_end, value, suppression, row_version, changed_by FROM indicator_value "
        "ORDER BY period_end"));
    QVERIFY(q.ok());
    QSqlQuery &rows = q.value();
    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toString(), QStringLiteral("2022-03-31"));
    QVERIFY(rows.value(1).isNull());
    QCOMPARE(rows.value(2).toString(), QStringLiteral("c"));
    QVERIFY(rows.next());
    QCOMPARE(rows.value(1).toDouble(), 72.0);
    QVERIFY(rows.value(2).isNull());
    QCOMPARE(rows.value(3).toInt(), 3);
    QCOMPARE(rows.value(4).toString(), QStringLiteral("a colleague"));
    QVERIFY(!rows.next());

    // Refused as before: an unknown code, neither a number nor a code, a figure twice.
    QVERIFY(!db->insert(figure, {QStringLiteral("2021-03-31"), noNumber, QStringLiteral("q"), 1,
                                 none})
                 .ok());
    QVERIFY(!db->insert(figure, {QStringLiteral("2021-03-31"), noNumber, none, 1, none}).ok());
    QVERIFY(!db->insert(figure, {QStringLiteral("2023-03-31"), 70.0, none, 1, none}).ok());
    QVERIFY(db->insert(figure, {QStringLiteral("2021-03-31"), noNumber, QStringLiteral("low"), 1,
                                none})
                .ok());
}

// 025 let a measure belong to a whole plan by editing the table's text, not rebuilding it:
// an action's measures and their milestones stay, and a measure has exactly one owner.
void TestSchema::keepsMeasuresWhenPlansTakeThemToo()
{
    TempDatabase temp;
    {
        OpenError error;
        std::unique_ptr<Database> old = Database::openAtVersion(temp.path(), 24, &error);
        QVERIFY2(old, qPrintable(error.message));
        for (const char *sql :
             {"INSERT INTO authority (id, name, kind) VALUES (99999, 'Kept Borough', "
              "'local_authority')",
              "INSERT INTO plan (id, authority_id, name) VALUES (1, 99999, 'Improvement plan')",
              "INSERT INTO action (id, plan_id, title) VALUES (1, 1, 'Pathway plans')",
              "INSERT INTO impact_measure (id, action_id, indicator_id, baseline_value, "
              "baseline_on, baseline_source, target_value, target_on) VALUES (1, 1, "
              "(SELECT id FROM indicator WHERE key = 'cla_rate'), 80, '2024-03-31', 'return', "
              "72, '2026-03-31')",
              "INSERT INTO impact_milestone (measure_id, due_on, value) "
              "VALUES (1, '2025-03-31', 76)"})
            QVERIFY2(old->run(QString::fromLatin1(sql)).ok(), sql);
    }
    OpenError error;
    std::unique_ptr<Database> db = Database::open(temp.path(), &error);
    QVERIFY2(db, qPrintable(error.message));
    Result<QSqlQuery> q = db->run(QStringLiteral(
        "SELECT m.action_id, m.plan_id, s.value, p.row_version FROM impact_measure m "
        "JOIN impact_milestone s ON s.measure_id = m.id JOIN plan p ON p.id = 1"));
    QVERIFY(q.ok() && q.value().next());
    QCOMPARE(q.value().value(0).toLongLong(), 1);
    QVERIFY(q.value().value(1).isNull());
    QCOMPARE(q.value().value(2).toDouble(), 76.0);
    QCOMPARE(q.value().value(3).toInt(), 1);

    const QString measure = QStringLiteral(
        "INSERT INTO impact_measure (action_id, plan_id, indicator_id, baseline_value, "
        "baseline_on, baseline_source, target_value, target_on) VALUES (?, ?, "
        "(SELECT id FROM indicator WHERE key = ?), 80, '2024-03-31', 'return', 72, '2026-03-31')");
    const QVariant none{QMetaType(QMetaType::LongLong)};
    QVERIFY(db->insert(measure, {none, 1, QStringLiteral("cla_rate")}).ok());
    // Both owners, or neither, is refused; so is a plan measuring an indicator twice.
    QVERIFY(!db->insert(measure, {1, 1, QStringLiteral("cpp_rate")}).ok());
    QVERIFY(!db->insert(measure, {none, none, QStringLiteral("cpp_rate")}).ok());
    QVERIFY(!db->insert(measure, {none, 1, QStringLiteral("cla_rate")}).ok());
    // A plan's measures go with it.
    QVERIFY(db->run(QStringLiteral("DELETE FROM plan WHERE id = 1")).ok());
    q = db->run(QStringLiteral("SELECT count(*) FROM impact_measure"));
    QVERIFY(q.ok() && q.value().next());
    QCOMPARE(q.value().value(0).toInt(), 0);
}

void TestSchema::backsUpBeforeMigrating()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tracker.sqlite"));
    const int latest = SchemaMigrator().latestVersion();
    {
        OpenError error;
        std::unique_ptr<Database> old = Database::openAtVersion(path, latest - 4, &error);
        QVERIFY2(old, qPrintable(error.message));
        QVERIFY(old->insert(QStringLiteral("INSERT INTO authority (name, kind) VALUES (?, ?)"),
                            {QStringLiteral("Kept Borough"), QStringLiteral("local_authority")})
                    .ok());
        QVERIFY(old->migrationBackup().isEmpty()); // made new: nothing to back up
    }
    // Four updates, one version at a time: a copy before each, the last three kept.
    for (int v = latest - 3; v <= latest; ++v) {
        OpenError error;
        std::unique_ptr<Database> db = Database::openAtVersion(path, v, &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(db->migrationBackup(),
                 dir.filePath(QStringLiteral("tracker.sqlite.before-schema-%1").arg(v)));
    }
    QStringList copies =
        QDir(dir.path()).entryList({QStringLiteral("*.before-schema-*")}, QDir::Files);
    // In version order (by name, 10 would come before 8).
    std::sort(copies.begin(), copies.end(), [](const QString &a, const QString &b) {
        return a.section(QLatin1Char('-'), -1).toInt() < b.section(QLatin1Char('-'), -1).toInt();
    });
    QCOMPARE(copies, (QStringList{QStringLiteral("tracker.sqlite.before-schema-%1").arg(latest - 2),
                                  QStringLiteral("tracker.sqlite.before-schema-%1").arg(latest - 1),
                                  QStringLiteral("tracker.sqlite.before-schema-%1").arg(latest)}));
    // Each copy is the database as it was: the version before, with the user's rows.
    RawConnection copy(dir.filePath(copies.last()));
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("raw-%1").arg(quintptr(&copy))));
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), latest - 1);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM authority WHERE name = 'Kept Borough'")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // Opening an up-to-date database makes no copy.
    OpenError error;
    std::unique_ptr<Database> again = Database::open(path, &error);
    QVERIFY(again && again->migrationBackup().isEmpty());
}

void TestSchema::failedMigrationNamesTheBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tracker.sqlite"));
    const int latest = SchemaMigrator().latestVersion();
    {
        OpenError error;
        // At 16: step 17 adds indicators (18 changes nothing in a file).
        std::unique_ptr<Database> old = Database::openAtVersion(path, 16, &error);
        QVERIFY2(old, qPrintable(error.message));
        // Something in the way of step 17: an indicator with the key of one it adds.
        QVERIFY(old->run(QStringLiteral("INSERT INTO indicator (key, name, unit, polarity) VALUES "
                                        "('referrals_rate', 'In the way', 'count', 'neither')"))
                    .ok());
    }
    const QByteArray before = fileHash(path);
    OpenError error;
    QVERIFY(!Database::open(path, &error));
    const QString backup =
        dir.filePath(QStringLiteral("tracker.sqlite.before-schema-%1").arg(latest));
    QVERIFY2(error.message.contains(QDir::toNativeSeparators(backup)), qPrintable(error.message));
    QVERIFY(error.message.contains(QLatin1String("nothing was changed")));
    QCOMPARE(fileHash(path), before);
    QVERIFY(QFileInfo::exists(backup));
}

void TestSchema::refusesNewerSchema()
{
    TempDatabase temp;
    {
        OpenError error;
        std::unique_ptr<Database> db = Database::open(temp.path(), &error);
        QVERIFY(db);
        QVERIFY(db->run(QStringLiteral("PRAGMA user_version = 99")).ok());
    }
    const QByteArray before = fileHash(temp.path());
    OpenError error;
    QVERIFY(!Database::open(temp.path(), &error));
    QCOMPARE(error.problem, OpenProblem::NewerSchema);
    QVERIFY2(error.message.contains(QLatin1String("newer version")), qPrintable(error.message));
    QVERIFY(error.message.contains(temp.path()));
    QCOMPARE(fileHash(temp.path()), before);
}

void TestSchema::refusesFileThatIsNotADatabase()
{
    TempDatabase temp;
    const QString path = temp.path(QStringLiteral("minutes.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Minutes of the corporate parenting board\n");
    f.close();
    const QByteArray before = fileHash(path);
    OpenError error;
    QVERIFY(!Database::open(path, &error));
    QCOMPARE(error.problem, OpenProblem::NotADatabase);
    QVERIFY(error.message.contains(path));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestSchema::refusesOtherProgramsDatabase()
{
    TempDatabase temp;
    const QString path = temp.path(QStringLiteral("other.sqlite"));
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
    }
    const QByteArray before = fileHash(path);
    OpenError error;
    QVERIFY(!Database::open(path, &error));
    QCOMPARE(error.problem, OpenProblem::NotADatabase);
    QVERIFY2(error.message.contains(QLatin1String("another program")), qPrintable(error.message));
    QCOMPARE(fileHash(path), before);
}

void TestSchema::refusesCorruptDatabase()
{
    TempDatabase temp;
    {
        OpenError error;
        std::unique_ptr<Database> db = Database::open(temp.path(), &error);
        QVERIFY(db);
    }
    // Keep the header, scramble the pages after it.
    QFile f(temp.path());
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    QVERIFY(size > 8192);
    f.seek(100);
    QByteArray noise(int(size - 100), '\x5a');
    f.write(noise);
    f.close();
    const QByteArray before = fileHash(temp.path());
    OpenError error;
    QVERIFY(!Database::open(temp.path(), &error));
    QCOMPARE(error.problem, OpenProblem::Corrupt);
    QVERIFY2(error.message.contains(QLatin1String("damaged")), qPrintable(error.message));
    QCOMPARE(fileHash(temp.path()), before);
}

void TestSchema::remembersAFileClosedWhole()
{
    TempDatabase temp;
    {
        OpenError error;
        std::unique_ptr<Database> db = Database::open(temp.path(), &error);
        QVERIFY(db);
        QVERIFY(db->run(QStringLiteral("INSERT INTO authority (name, kind) VALUES ('Whole "
                                       "(synthetic)', 'local_authority')"))
                    .ok());
        // Still open, with its changes in the write-ahead log: not yet known whole.
        QVERIFY(!IntegrityMark::isWhole(temp.path()));
    }
    QVERIFY(IntegrityMark::isWhole(temp.path()));
    // Opening it again, without reading every page, finds it as it was left.
    OpenError error;
    std::unique_ptr<Database> db = Database::open(temp.path(), &error);
    QVERIFY2(db, qPrintable(error.message));
    Result<QSqlQuery> q = db->run(QStringLiteral("SELECT count(*) FROM authority"));
    QVERIFY(q.ok() && q.value().next());
    QVERIFY(q.value().value(0).toInt() > 0);
}

void TestSchema::checksAgainAfterAnyOtherWrite()
{
    TempDatabase temp;
    {
        OpenError error;
        QVERIFY(Database::open(temp.path(), &error));
    }
    QVERIFY(IntegrityMark::isWhole(temp.path()));
    {
        RawConnection other(temp.path());
        QVERIFY(other.exec(QStringLiteral(
            "INSERT INTO authority (name, kind) VALUES ('Other (synthetic)', 'local_authority')")));
    }
    QVERIFY(!IntegrityMark::isWhole(temp.path()));

    // A session that ended without closing leaves its changes in the log: checked again.
    {
        OpenError error;
        QVERIFY(Database::open(temp.path(), &error));
    }
    QVERIFY(IntegrityMark::isWhole(temp.path()));
    RawConnection interrupted(temp.path());
    QVERIFY(interrupted.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
    QVERIFY(interrupted.exec(QStringLiteral(
        "INSERT INTO authority (name, kind) VALUES ('Log (synthetic)', 'local_authority')")));
    QVERIFY(!IntegrityMark::isWhole(temp.path()));
}

void TestSchema::readsReadOnlyDatabase()
{
    TempDatabase temp;
    {
        OpenError error;
        std::unique_ptr<Database> db = Database::open(temp.path(), &error);
        QVERIFY(db);
        QVERIFY(!db->isReadOnly());
        QVERIFY(db->insert(QStringLiteral("INSERT INTO authority (name, kind) VALUES (?, ?)"),
                           {QStringLiteral("Kept Borough"), QStringLiteral("local_authority")})
                    .ok());
    }
    const QByteArray before = fileHash(temp.path());
    {
        OpenError error;
        std::unique_ptr<Database> db = Database::open(temp.path(), &error, Access::ReadOnly);
        QVERIFY2(db, qPrintable(error.message));
        QVERIFY(db->isReadOnly());
        Result<QSqlQuery> q =
            db->run(QStringLiteral("SELECT count(*) FROM authority WHERE name = 'Kept Borough'"));
        QVERIFY(q.ok() && q.value().next());
        QVERIFY(q.value().value(0).toInt() > 0);
        const Result<qint64> added =
            db->insert(QStringLiteral("INSERT INTO authority (name, kind) VALUES (?, ?)"),
                       {QStringLiteral("New Borough"), QStringLiteral("local_authority")});
        QVERIFY(!added.ok());
        QVERIFY2(added.error().contains(QLatin1String("read-only")), qPrintable(added.error()));
    }
    QCOMPARE(fileHash(temp.path()), before);

    // A file without write permission opens read-only by itself (not as root, who may write).
    QFile::setPermissions(temp.path(), QFile::ReadOwner | QFile::ReadGroup);
    if (!QFileInfo(temp.path()).isWritable()) {
        OpenError error;
        std::unique_ptr<Database> db = Database::open(temp.path(), &error);
        QVERIFY2(db, qPrintable(error.message));
        QVERIFY(db->isReadOnly());
    }
    QFile::setPermissions(temp.path(), QFile::ReadOwner | QFile::WriteOwner);
}

void TestSchema::readOnlyRefusesAnOlderSchema()
{
    TempDatabase temp;
    {
        OpenError error;
        QVERIFY(Database::openAtVersion(temp.path(), SchemaMigrator().latestVersion() - 1, &error));
    }
    const QByteArray before = fileHash(temp.path());
    OpenError error;
    QVERIFY(!Database::open(temp.path(), &error, Access::ReadOnly));
    QCOMPARE(error.problem, OpenProblem::ReadOnly);
    QVERIFY2(error.message.contains(QLatin1String("writable copy")), qPrintable(error.message));
    QCOMPARE(fileHash(temp.path()), before);
    QVERIFY(QDir(QFileInfo(temp.path()).absolutePath())
                .entryList({QStringLiteral("*.before-schema-*")})
                .isEmpty());
}

void TestSchema::refusesLockedDatabase()
{
    TempDatabase temp;
    {
        OpenError error;
        QVERIFY(Database::open(temp.path(), &error));
    }
    RawConnection other(temp.path());
    QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QVERIFY(other.exec(
        QStringLiteral("INSERT INTO authority (name, kind) VALUES ('Busy', 'local_authority')")));
    OpenError error;
    QVERIFY(!Database::open(temp.path(), &error));
    QCOMPARE(error.problem, OpenProblem::Locked);
    QVERIFY2(error.message.contains(QLatin1String("locked")), qPrintable(error.message));
    QVERIFY(other.exec(QStringLiteral("COMMIT")));
    // Once the other program lets go, the same file opens and its data is all there.
    std::unique_ptr<Database> db = Database::open(temp.path(), &error);
    QVERIFY2(db, qPrintable(error.message));
    Result<QSqlQuery> q =
        db->run(QStringLiteral("SELECT count(*) FROM authority WHERE name = 'Busy'"));
    QVERIFY(q.ok() && q.value().next());
    QVERIFY(q.value().value(0).toInt() > 0);
}

void TestSchema::refusesMissingFolder()
{
    TempDatabase temp;
    OpenError error;
    QVERIFY(!Database::open(temp.path(QStringLiteral("no/such/folder/x.sqlite")), &error));
    QCOMPARE(error.problem, OpenProblem::CannotCreate);
}

void TestSchema::splitsTriggerBodies()
{
    const QStringList statements = SchemaMigrator::splitStatements(QStringLiteral(
        "-- a comment\nCREATE TABLE a (x INTEGER);\n\nCREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n"
        "    SELECT RAISE(ABORT, 'no');\nEND;\nINSERT INTO a VALUES (1);\n"));
    QCOMPARE(statements.size(), 3);
    QVERIFY(statements.at(1).startsWith(QLatin1String("CREATE TRIGGER")));
    QVERIFY(statements.at(1).endsWith(QLatin1String("END;")));
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
