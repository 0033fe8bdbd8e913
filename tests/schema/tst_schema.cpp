// Schema migrations, and how a database that cannot be used is refused without being touched.
#include "support/tempdatabase.h"

#include "store/database.h"
#include "store/schemamigrator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
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
    void refusesNewerSchema();
    void refusesFileThatIsNotADatabase();
    void refusesOtherProgramsDatabase();
    void refusesCorruptDatabase();
    void refusesReadOnlyDatabase();
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
    QCOMPARE(db->schemaVersion(), 8);
    const QStringList names = tables(*db);
    for (const char *table :
         {"authority", "document", "source", "inspection", "judgement", "recommendation", "plan",
          "action", "action_recommendation", "action_update", "indicator", "indicator_value",
          "target", "statistical_neighbour", "import_mapping"})
        QVERIFY2(names.contains(QLatin1String(table)), table);

    Result<QSqlQuery> q = db->run(QStringLiteral("PRAGMA foreign_keys"));
    QVERIFY(q.ok() && q.value().next());
    QCOMPARE(q.value().value(0).toInt(), 1);
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

void TestSchema::refusesReadOnlyDatabase()
{
    TempDatabase temp;
    {
        OpenError error;
        QVERIFY(Database::open(temp.path(), &error));
    }
    QFile::setPermissions(temp.path(), QFile::ReadOwner | QFile::ReadGroup);
    if (QFileInfo(temp.path()).isWritable())
        QSKIP("running as a user who can write read-only files (root)");
    OpenError error;
    QVERIFY(!Database::open(temp.path(), &error));
    QCOMPARE(error.problem, OpenProblem::ReadOnly);
    QVERIFY(error.message.contains(QLatin1String("read-only")));
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
    QCOMPARE(q.value().value(0).toInt(), 1);
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
