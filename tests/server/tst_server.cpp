// The tracker on a team's PostgreSQL server: the same schema as on SQLite, set up on first
// use, and every way of failing to connect refused with a message that names the server.
#include "support/ownserver.h"
#include "support/showpages.h"
#include "support/tempdatabase.h"
#include "support/testserver.h"

#include "actions/actionfilterproxy.h"
#include "actions/actionplanpanel.h"
#include "actions/actionplanstore.h"
#include "actions/actiontablemodel.h"
#include "actions/editactioncommand.h"
#include "authorities/authoritystore.h"
#include "demo/demodatabase.h"
#include "history/changehistorymodel.h"
#include "history/historypanel.h"
#include "indicators/indicatorspanel.h"
#include "indicators/indicatorstore.h"
#include "indicators/indicatorvaluemodel.h"
#include "judgements/inspectionrecord.h"
#include "judgements/judgementstore.h"
#include "judgements/judgementspanel.h"
#include "shell/connectdialog.h"
#include "shell/mainwindow.h"
#include "shell/serverpasswords.h"
#include "sources/sourcestore.h"
#include "store/changewatcher.h"
#include "store/database.h"
#include "store/databasecopy.h"
#include "store/schemamigrator.h"
#include "store/serversetup.h"
#include "meetings/meetingstore.h"
#include "store/store.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

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

// Stands between the tracker and the server on the loopback address and passes every byte
// on, until asked to lose the connection at a commit: then the commit is passed on and its
// answer is not (the server commits, the client never hears), or the commit itself is lost
// (the server never commits). Asked to refuse, it closes every new connection at once, as
// a server that is not back yet.
class LosingProxy
{
public:
    enum class Lose
    {
        Nothing,
        TheAnswerToCommit,
        TheCommit,
    };

    explicit LosingProxy(int serverPort)
        : m_serverPort(serverPort)
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in at{};
        at.sin_family = AF_INET;
        at.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        at.sin_port = 0;
        if (::bind(m_listener, reinterpret_cast<sockaddr *>(&at), sizeof at) != 0 ||
            ::listen(m_listener, 8) != 0)
            return;
        socklen_t size = sizeof at;
        ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&at), &size);
        m_port = ntohs(at.sin_port);
        m_accepting = std::thread([this]() { acceptLoop(); });
    }
    ~LosingProxy()
    {
        m_stop = true;
        if (m_accepting.joinable())
            m_accepting.join();
        std::lock_guard<std::mutex> locked(m_lock);
        for (std::thread &t : m_pipes)
            t.join();
        ::close(m_listener);
    }
    int port() const { return m_port; }
    void lose(Lose what) { m_lose = what; }
    void refuse(bool refusing) { m_refuse = refusing; }
    bool lost() const { return m_lost; }

private:
    void acceptLoop()
    {
        while (!m_stop) {
            pollfd p{m_listener, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            const int client = ::accept(m_listener, nullptr, nullptr);
            if (client < 0)
                continue;
            if (m_refuse) {
                ::close(client);
                continue;
            }
            const int server = ::socket(AF_INET, SOCK_STREAM, 0);
            sockaddr_in to{};
            to.sin_family = AF_INET;
            to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            to.sin_port = htons(quint16(m_serverPort));
            if (::connect(server, reinterpret_cast<sockaddr *>(&to), sizeof to) != 0) {
                ::close(client);
                ::close(server);
                continue;
            }
            std::lock_guard<std::mutex> locked(m_lock);
            m_pipes.emplace_back([this, client, server]() { pipe(client, server); });
        }
    }
    void pipe(int client, int server)
    {
        pollfd fds[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
        char buffer[65536];
        bool open = true;
        while (open && !m_stop) {
            if (::poll(fds, 2, 50) <= 0)
                continue;
            for (int i = 0; i < 2 && open; ++i) {
                if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                    continue;
                const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
                if (n <= 0) {
                    open = false;
                    break;
                }
                // The simple-query message of a commit: 'Q', its length, "COMMIT" and a nul.
                const bool commit =
                    i == 0 &&
                    QByteArray::fromRawData(buffer, int(n)).contains(QByteArrayLiteral("COMMIT\0"));
                const Lose lose = m_lose;
                if (commit && lose != Lose::Nothing) {
                    if (lose == Lose::TheAnswerToCommit) {
                        (void)!::write(server, buffer, size_t(n));
                        // Long enough for the server to commit; its answer goes nowhere.
                        std::this_thread::sleep_for(std::chrono::milliseconds(300));
                    }
                    m_lose = Lose::Nothing;
                    m_lost = true;
                    open = false;
                    break;
                }
                (void)!::write(fds[1 - i].fd, buffer, size_t(n));
            }
        }
        ::close(client);
        ::close(server);
    }

    int m_serverPort = 0;
    int m_listener = -1;
    int m_port = 0;
    std::atomic_bool m_stop{false};
    std::atomic<Lose> m_lose{Lose::Nothing};
    std::atomic_bool m_refuse{false};
    std::atomic_bool m_lost{false};
    std::mutex m_lock;
    std::thread m_accepting;
    std::vector<std::thread> m_pipes;
};

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
    void rolesAreEnforcedByTheServer();
    void everyChangeIsInTheAuditTrail();
    void historyPanelShowsWhoChangedWhat();
    void showHistoryOfOneItemFromItsPanel();
    void copiesAFileToTheServerAndBack();
    void otherUsersChangesAreHeardAtOnce();
    void twoEditorsOfOneActionLoseNothing();
    void theServerKeepsVersionsAndAuthorsWhateverTheClient();
    void aSaveWritesOnlyWhatChanged();
    void connectToServerThroughTheWindow();
    void killingTheServerMidImportLeavesNothingHalfWritten();
    void aServerThatComesBackIsConnectedAgain();
    void aCommitWhoseAnswerIsLostIsReadBack();
    void savesAServersDatabaseAsAFile();

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
          QStringLiteral("authority_former_code"), QStringLiteral("authority_alias")}) {
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
          QStringLiteral("action_update"), QStringLiteral("impact_measure"),
          QStringLiteral("indicator_value"), QStringLiteral("target")}) {
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

namespace {

// A login role of its own for a test (roles belong to the whole server).
QString loginRole(const TestServer &server, const QString &kind, const QString &password)
{
    const QString name =
        QStringLiteral("%1_%2").arg(kind, QUuid::createUuid().toString(QUuid::Id128).left(8));
    server.admin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(name, password));
    return name;
}

// A fresh database set up for a team, as `cstracker --init-server` does.
QString teamDatabase(const TestServer &server)
{
    const QString name = server.freshDatabase();
    OpenError error;
    std::unique_ptr<Database> db = Database::open(server.address(name), &error);
    if (!db || !ServerSetup::initialise(*db).ok())
        return {};
    return name;
}

} // namespace

void TestServer_::rolesAreEnforcedByTheServer()
{
    const QString name = teamDatabase(m_server);
    QVERIFY(!name.isEmpty());
    {
        // Setting up twice changes nothing.
        OpenError error;
        std::unique_ptr<Database> owner = Database::open(m_server.address(name), &error);
        QVERIFY(owner);
        const Status again = ServerSetup::initialise(*owner);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(ServerSetup::roleOf(*owner), ServerRole::Administrator);
    }
    const QString reader = loginRole(m_server, QStringLiteral("reader"), QStringLiteral("r1"));
    const QString editor = loginRole(m_server, QStringLiteral("editor"), QStringLiteral("e1"));
    {
        // A login role given none of the tracker's roles is told to ask for one, not that
        // the database is another program's.
        OpenError error;
        QVERIFY(!Database::open(m_server.address(name, reader, QStringLiteral("r1")), &error));
        QCOMPARE(error.problem, OpenProblem::NotAllowed);
        QVERIFY2(error.message.contains(QLatin1String("--grant-role")), qPrintable(error.message));
    }
    {
        OpenError error;
        std::unique_ptr<Database> owner = Database::open(m_server.address(name), &error);
        QVERIFY(ServerSetup::grant(*owner, reader, ServerRole::Reader).ok());
        QVERIFY(ServerSetup::grant(*owner, editor, ServerRole::Editor).ok());
        QVERIFY(
            !ServerSetup::grant(*owner, QStringLiteral("nobody_here"), ServerRole::Reader).ok());
    }

    // A reader sees everything, and the window offers no change...
    OpenError error;
    std::unique_ptr<Store> asReader =
        Store::open(m_server.address(name, reader, QStringLiteral("r1")), &error);
    QVERIFY2(asReader, qPrintable(error.message));
    QVERIFY(asReader->isReadOnly());
    QVERIFY2(asReader->readOnlyReason().contains(QLatin1String("reader")),
             qPrintable(asReader->readOnlyReason()));
    QVERIFY(asReader->authorities().byName(QStringLiteral("Leicester")));
    // ...and the server itself refuses a reader's write, whatever the window does.
    std::unique_ptr<Database> readerConnection =
        Database::open(m_server.address(name, reader, QStringLiteral("r1")), &error);
    QVERIFY(readerConnection);
    QCOMPARE(ServerSetup::roleOf(*readerConnection), ServerRole::Reader);
    const Result<QSqlQuery> refused = readerConnection->run(QStringLiteral(
        "INSERT INTO document (title, kind) VALUES ('Reader''s note', 'user_entry')"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("does not allow this user")),
             qPrintable(refused.error()));

    // An editor edits plans and documents, but not the authorities.
    std::unique_ptr<Store> asEditor =
        Store::open(m_server.address(name, editor, QStringLiteral("e1")), &error);
    QVERIFY2(asEditor, qPrintable(error.message));
    QVERIFY(!asEditor->isReadOnly());
    Document d;
    d.title = QStringLiteral("Improvement board minutes");
    d.kind = QStringLiteral("board_report");
    const Result<qint64> added = asEditor->sources().addDocument(d);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    Authority a;
    a.name = QStringLiteral("Editor Borough (synthetic)");
    a.synthetic = true;
    QVERIFY(!asEditor->authorities().add(a).ok());
}

void TestServer_::everyChangeIsInTheAuditTrail()
{
    const QString name = teamDatabase(m_server);
    QVERIFY(!name.isEmpty());
    const QString editor = loginRole(m_server, QStringLiteral("editor"), QStringLiteral("e2"));
    OpenError error;
    {
        std::unique_ptr<Database> owner = Database::open(m_server.address(name), &error);
        QVERIFY(ServerSetup::grant(*owner, editor, ServerRole::Editor).ok());
    }
    std::unique_ptr<Store> store =
        Store::open(m_server.address(name, editor, QStringLiteral("e2")), &error);
    QVERIFY2(store, qPrintable(error.message));
    const qint64 leicester = store->authorities().byName(QStringLiteral("Leicester"))->id;
    Plan plan;
    plan.authorityId = leicester;
    plan.name = QStringLiteral("Improvement plan 2026");
    const Result<qint64> planId = store->actionPlans().addPlan(plan);
    QVERIFY2(planId.ok(), qPrintable(planId.error()));
    Action action;
    action.planId = planId.value();
    action.title = QStringLiteral("Audit pathway plans");
    const Result<qint64> actionId = store->actionPlans().addAction(action);
    QVERIFY2(actionId.ok(), qPrintable(actionId.error()));
    action.id = actionId.value();
    action.leadOfficer = QStringLiteral("Head of service");
    QVERIFY(store->actionPlans().updateAction(action).ok());
    IndicatorValue v;
    v.authorityId = leicester;
    v.indicatorId = store->indicators().indicator(QStringLiteral("cla_rate"))->id;
    v.period = Period::at(QDate(2024, 3, 31), QStringLiteral("at 31 March 2024"));
    v.value = 70;
    const Result<qint64> figure = store->indicators().addValue(v);
    QVERIFY2(figure.ok(), qPrintable(figure.error()));
    QVERIFY(store->indicators().removeValue(figure.value()).ok());

    // Read as the owner: who, what, old and new, written by the server itself.
    std::unique_ptr<Database> owner = Database::open(m_server.address(name), &error);
    QVERIFY(owner);
    Result<QSqlQuery> q = owner->run(QStringLiteral(
        "SELECT table_name, operation, changed_by, row_id, old_values ->> 'lead_officer', "
        "new_values ->> 'lead_officer', changed_at IS NOT NULL FROM audit_log "
        "WHERE table_name IN ('plan', 'action', 'indicator_value') ORDER BY id"));
    QVERIFY(q.ok());
    QStringList seen;
    while (q.value().next()) {
        QCOMPARE(q.value().value(2).toString(), editor);
        QVERIFY(q.value().value(6).toBool());
        seen << q.value().value(0).toString() + QLatin1Char(' ') + q.value().value(1).toString();
        if (q.value().value(0).toString() == QLatin1String("action") &&
            q.value().value(1).toString() == QLatin1String("update")) {
            QCOMPARE(q.value().value(3).toLongLong(), actionId.value());
            QVERIFY(q.value().value(4).isNull() || q.value().value(4).toString().isEmpty());
            QCOMPARE(q.value().value(5).toString(), QStringLiteral("Head of service"));
        }
    }
    QCOMPARE(seen,
             QStringList({QStringLiteral("plan insert"), QStringLiteral("action insert"),
                          QStringLiteral("action update"), QStringLiteral("indicator_value insert"),
                          QStringLiteral("indicator_value delete")}));
    // Nobody changes the trail: not the editor, not even the tables' owner.
    std::unique_ptr<Database> editorConnection =
        Database::open(m_server.address(name, editor, QStringLiteral("e2")), &error);
    QVERIFY(!editorConnection->run(QStringLiteral("DELETE FROM audit_log")).ok());
    QVERIFY(!editorConnection
                 ->run(QStringLiteral("INSERT INTO audit_log (changed_by, table_name, "
                                      "operation) VALUES ('x', 'plan', 'insert')"))
                 .ok());
    QVERIFY(!owner->run(QStringLiteral("UPDATE audit_log SET changed_by = 'someone else'")).ok());
    QVERIFY(!owner->run(QStringLiteral("DELETE FROM audit_log")).ok());
}

void TestServer_::historyPanelShowsWhoChangedWhat()
{
    const QString name = teamDatabase(m_server);
    QVERIFY(!name.isEmpty());
    const QString editor = loginRole(m_server, QStringLiteral("editor"), QStringLiteral("e3"));
    OpenError error;
    {
        std::unique_ptr<Database> owner = Database::open(m_server.address(name), &error);
        QVERIFY(ServerSetup::grant(*owner, editor, ServerRole::Editor).ok());
    }
    std::unique_ptr<Store> store =
        Store::open(m_server.address(name, editor, QStringLiteral("e3")), &error);
    QVERIFY2(store, qPrintable(error.message));
    const qint64 leicester = store->authorities().byName(QStringLiteral("Leicester"))->id;
    Plan plan;
    plan.authorityId = leicester;
    plan.name = QStringLiteral("Improvement plan 2026");
    const qint64 planId = store->actionPlans().addPlan(plan).value();
    Action action;
    action.planId = planId;
    action.title = QStringLiteral("Audit pathway plans");
    action.id = store->actionPlans().addAction(action).value();
    action.leadOfficer = QStringLiteral("Head of service");
    QVERIFY(store->actionPlans().updateAction(action).ok());

    HistoryPanel panel(*store);
    panel.resize(1000, 500);
    panel.show();
    panel.setAuthority(leicester);
    QCOMPARE(panel.table()->model()->rowCount(), 3);
    // Newest first: the change of lead officer, by the editor, saying from what to what.
    const QAbstractItemModel *shown = panel.table()->model();
    QCOMPARE(shown->index(0, ChangeHistoryModel::WhoColumn).data().toString(), editor);
    QCOMPARE(shown->index(0, ChangeHistoryModel::KindColumn).data().toString(),
             QStringLiteral("Action"));
    QCOMPARE(shown->index(0, ChangeHistoryModel::ItemColumn).data().toString(), action.title);
    const QString change = shown->index(0, ChangeHistoryModel::ChangeColumn).data().toString();
    QVERIFY2(change.contains(QLatin1String("lead officer: (none) to")) &&
                 change.contains(QLatin1String("Head of service")),
             qPrintable(change));
    QCOMPARE(shown->index(2, ChangeHistoryModel::KindColumn).data().toString(),
             QStringLiteral("Plan"));
    if (const QString folder = qEnvironmentVariable("CSTRACKER_SCREENSHOTS"); !folder.isEmpty())
        panel.grab().save(folder + QStringLiteral("/history-server.png"));
    // Only the plans.
    panel.kindBox()->setCurrentIndex(panel.kindBox()->findText(QStringLiteral("Plans")));
    QCOMPARE(shown->rowCount(), 1);
    // Another authority has none.
    panel.kindBox()->setCurrentIndex(0);
    panel.setAuthority(store->authorities().byName(QStringLiteral("Kent"))->id);
    QCOMPARE(shown->rowCount(), 0);

    // Evidence attached to the action, and a meeting a pack was written for, are in the trail
    // too: the editor writes the meeting to the server, not to their own settings.
    Action withEvidence = *store->actionPlans().action(action.id);
    Evidence minutes;
    minutes.title = QStringLiteral("Corporate parenting panel minutes");
    minutes.kind = QStringLiteral("minutes");
    minutes.location = QStringLiteral("https://example.org/minutes/november");
    withEvidence.evidenceDocuments = QList<Evidence>{minutes};
    QVERIFY(store->actionPlans().updateAction(withEvidence).ok());
    QVERIFY(MeetingStore(store->database())
                .remember(leicester, QStringLiteral("Corporate Parenting Panel"), QDate(2026, 11, 5))
                .ok());
    Result<QSqlQuery> held = store->database().run(QStringLiteral("SELECT count(*) FROM meeting"));
    QVERIFY(held.ok());
    QSqlQuery count = std::move(held.value());
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 1);
    // So is a measure of the plan as a whole, which belongs to no action.
    Plan wholePlan = *store->actionPlans().plan(withEvidence.planId);
    ImpactMeasure aim;
    aim.indicatorId = store->indicators().indicator(QStringLiteral("cla_rate"))->id;
    aim.baselineValue = 80;
    aim.baselineOn = QDate(2024, 3, 31);
    aim.baselineSource = QStringLiteral("typed for the test");
    aim.targetValue = 75;
    aim.targetOn = QDate(2027, 3, 31);
    wholePlan.measures = QList<ImpactMeasure>{aim};
    QVERIFY(store->actionPlans().updatePlan(wholePlan).ok());
    QCOMPARE(store->actionPlans().plan(wholePlan.id)->version.number, wholePlan.version.number + 1);
    panel.setAuthority(leicester);
    QStringList kinds;
    for (int row = 0; row < shown->rowCount(); ++row)
        kinds << shown->index(row, ChangeHistoryModel::KindColumn).data().toString();
    QVERIFY2(kinds.contains(QStringLiteral("Evidence")) &&
                 kinds.contains(QStringLiteral("Meeting")) &&
                 kinds.contains(QStringLiteral("Impact measure")),
             qPrintable(kinds.join(QStringLiteral(", "))));

    // A file keeps no trail, and the panel says where one is kept.
    TempDatabase temp;
    std::unique_ptr<Store> file = temp.open();
    HistoryPanel filePanel(*file);
    filePanel.setAuthority(file->authorities().byName(QStringLiteral("Leicester"))->id);
    QCOMPARE(filePanel.table()->model()->rowCount(), 0);
    QVERIFY(!filePanel.kindBox()->isEnabled());
    const QList<QLabel *> labels = filePanel.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
        return l->text().contains(QLatin1String("kept by a team's server"));
    }));
}

// From the action plan, Show History on one action: the History tab, with the changes to
// that action and its progress updates only; Show All Changes goes back to the authority's.
// The same from an inspection and from a figure. On a file the command says why it is off.
void TestServer_::showHistoryOfOneItemFromItsPanel()
{
    const QString name = teamDatabase(m_server);
    QVERIFY(!name.isEmpty());
    OpenError error;
    qint64 watched = 0;
    {
        std::unique_ptr<Store> store = Store::open(m_server.address(name), &error);
        QVERIFY2(store, qPrintable(error.message));
        QVERIFY(DemoDatabase::populate(*store).ok());
        const qint64 leicester = store->authorities().byName(QStringLiteral("Leicester"))->id;
        Plan plan;
        plan.authorityId = leicester;
        plan.name = QStringLiteral("Improvement plan 2026");
        const qint64 planId = store->actionPlans().addPlan(plan).value();
        Action other;
        other.planId = planId;
        other.title = QStringLiteral("Refresh the front door");
        QVERIFY(store->actionPlans().addAction(other).ok());
        Action action;
        action.planId = planId;
        action.title = QStringLiteral("Audit pathway plans");
        action.id = store->actionPlans().addAction(action).value();
        watched = action.id;
        action.leadOfficer = QStringLiteral("Head of service");
        QVERIFY(store->actionPlans().updateAction(action).ok());
        ActionUpdate update;
        update.actionId = action.id;
        update.reportedOn = QDate(2026, 10, 31);
        update.author = QStringLiteral("Head of service");
        update.note = QStringLiteral("First audit done");
        QVERIFY(store->actionPlans().addUpdate(update).ok());
    }

    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openDatabase(m_server.address(name)));
    // The status bar names the server, never the password in the address it was opened by.
    const QString opened = window.statusBar()->currentMessage();
    QVERIFY2(opened.contains(name) && !opened.contains(m_server.password()), qPrintable(opened));
    QVERIFY(window.selectAuthority(QStringLiteral("Leicester")));
    auto *tabs = window.findChild<QTabWidget *>();
    auto *plans = window.findChild<ActionPlanPanel *>();
    auto *history = window.findChild<HistoryPanel *>();
    QVERIFY(tabs && plans && history);
    tabs->setCurrentWidget(plans);
    QVERIFY(!plans->historyAction()->isEnabled() || plans->actionTable()->currentIndex().isValid());
    const QModelIndex source =
        plans->actionModel()->index(plans->actionModel()->rowOfAction(watched), 0);
    plans->actionTable()->setCurrentIndex(plans->filter()->mapFromSource(source));
    QVERIFY(plans->historyAction()->isEnabled());
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    plans->actionTable()->setFocus();
    QTest::keyClick(plans->actionTable(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tabs->currentWidget(), history);

    // The action's adding, its change of lead officer and its update; nothing else.
    const QAbstractItemModel *shown = history->table()->model();
    QCOMPARE(shown->rowCount(), 3);
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex i = shown->index(row, 0);
        const QString table = i.data(ChangeHistoryModel::TableRole).toString();
        QVERIFY2(table == QLatin1String("action_update") ||
                     (table == QLatin1String("action") &&
                      i.data(ChangeHistoryModel::RowIdRole).toLongLong() == watched),
                 qPrintable(table));
    }
    QCOMPARE(shown->index(0, ChangeHistoryModel::KindColumn).data().toString(),
             QStringLiteral("Progress update"));
    const QList<QLabel *> labels = history->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
        return l->text().startsWith(QLatin1String("3 change")) &&
               l->text().contains(QStringLiteral("to Action \u201CAudit pathway plans\u201D"));
    }));
    QVERIFY(history->showAllButton()->isVisible());
    QVERIFY(!history->kindBox()->isEnabled());
    QApplication::processEvents();
    if (const QString folder = qEnvironmentVariable("CSTRACKER_SCREENSHOTS"); !folder.isEmpty())
        window.grab().save(folder + QStringLiteral("/history-of-one-action.png"));

    // Back to the whole authority: the plan, the other action, the inspections as well.
    QTest::mouseClick(history->showAllButton(), Qt::LeftButton);
    QVERIFY(shown->rowCount() > 5);
    bool otherAction = false;
    for (int row = 0; row < shown->rowCount(); ++row)
        otherAction |= shown->index(row, ChangeHistoryModel::ItemColumn).data().toString() ==
                       QLatin1String("Refresh the front door");
    QVERIFY(otherAction);
    QVERIFY(!history->showAllButton()->isVisible());
    QVERIFY(history->kindBox()->isEnabled());

    // An inspection: its own row, grades and recommendations.
    auto *judgements = window.findChild<JudgementsPanel *>();
    tabs->setCurrentWidget(judgements);
    QVERIFY(judgements->historyAction()->isEnabled());
    judgements->historyAction()->trigger();
    QCOMPARE(tabs->currentWidget(), history);
    QVERIFY(shown->rowCount() > 1);
    QStringList kinds;
    for (int row = 0; row < shown->rowCount(); ++row)
        kinds << shown->index(row, 0).data(ChangeHistoryModel::TableRole).toString();
    QCOMPARE(kinds.count(QStringLiteral("inspection")), 1);
    QVERIFY(kinds.contains(QStringLiteral("judgement")));
    kinds.removeAll(QStringLiteral("inspection"));
    kinds.removeAll(QStringLiteral("judgement"));
    kinds.removeAll(QStringLiteral("recommendation"));
    QVERIFY2(kinds.isEmpty(), qPrintable(kinds.join(u',')));

    // A figure: its own row only.
    auto *indicators = window.findChild<IndicatorsPanel *>();
    tabs->setCurrentWidget(indicators);
    ShowPages::showPageOf(indicators->valueTable());
    QAbstractItemModel *figures = indicators->valueTable()->model();
    QVERIFY(figures->rowCount() > 0);
    indicators->valueTable()->setCurrentIndex(figures->index(0, 0));
    const qint64 figure = figures->index(0, 0).data(IndicatorValueModel::ValueIdRole).toLongLong();
    QPushButton *button = nullptr;
    for (QPushButton *b : indicators->findChildren<QPushButton *>()) {
        if (b->text() == QLatin1String("&History"))
            button = b;
    }
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(tabs->currentWidget(), history);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data(ChangeHistoryModel::TableRole).toString(),
             QStringLiteral("indicator_value"));
    QCOMPARE(shown->index(0, 0).data(ChangeHistoryModel::RowIdRole).toLongLong(), figure);

    // Another authority: its whole history again.
    QVERIFY(window.selectAuthority(QStringLiteral("Kent")));
    QVERIFY(!history->showAllButton()->isVisible());

    // A file keeps no history: the command is there, off, and says why.
    TempDatabase temp;
    MainWindow onFile;
    QVERIFY(onFile.openDatabase(temp.path(), true));
    auto *filePlans = onFile.findChild<ActionPlanPanel *>();
    QVERIFY(!filePlans->historyAction()->isEnabled());
    QVERIFY(filePlans->historyAction()->toolTip().contains(QLatin1String("team's server")));
}

void TestServer_::copiesAFileToTheServerAndBack()
{
    TempDatabase temp;
    {
        std::unique_ptr<Store> file = temp.open();
        QVERIFY(DemoDatabase::populate(*file).ok());
    }
    OpenError error;
    std::unique_ptr<Database> file = Database::open(temp.path(), &error);
    const QString address = m_server.address(m_server.freshDatabase());
    std::unique_ptr<Database> server = Database::open(address, &error);
    QVERIFY(file && server);
    const Result<DatabaseCopy::Counts> up = DatabaseCopy::copy(*file, *server);
    QVERIFY2(up.ok(), qPrintable(up.error()));
    QCOMPARE(up.value().tables, 23);

    std::unique_ptr<Database> back =
        Database::open(temp.path(QStringLiteral("back.sqlite")), &error);
    QVERIFY(back);
    const Result<DatabaseCopy::Counts> down = DatabaseCopy::copy(*server, *back);
    QVERIFY2(down.ok(), qPrintable(down.error()));
    QCOMPARE(down.value().rows, up.value().rows);
    // Every row of every table, with its id, on the server and back in a file.
    for (const QString &table :
         {QStringLiteral("authority"), QStringLiteral("document"), QStringLiteral("source"),
          QStringLiteral("inspection"), QStringLiteral("judgement"),
          QStringLiteral("recommendation"), QStringLiteral("plan"), QStringLiteral("action"),
          QStringLiteral("action_update"), QStringLiteral("impact_measure"),
          QStringLiteral("indicator"), QStringLiteral("indicator_value"),
          QStringLiteral("target")}) {
        const QString sql =
            QStringLiteral("SELECT count(*) * 1000003 + sum(id) FROM %1").arg(table);
        const auto total = [&sql](Database &db) {
            Result<QSqlQuery> q = db.run(sql);
            return q.ok() && q.value().next() ? q.value().value(0).toLongLong() : -1;
        };
        QVERIFY2(total(*file) > 0, qPrintable(table));
        QCOMPARE(total(*server), total(*file));
        QCOMPARE(total(*back), total(*file));
    }
    QCOMPARE(count(*server, QStringLiteral("SELECT count(*) FROM action_recommendation")),
             count(*file, QStringLiteral("SELECT count(*) FROM action_recommendation")));
    QCOMPARE(count(*server, QStringLiteral("SELECT count(*) FROM authority WHERE region_id IS "
                                           "NOT NULL")),
             count(*file, QStringLiteral("SELECT count(*) FROM authority WHERE region_id IS NOT "
                                         "NULL")));
    // New rows on the server carry on after the copied ids.
    const Result<qint64> next = server->insert(
        QStringLiteral("INSERT INTO document (title, kind) VALUES (?, 'user_entry')"),
        {QStringLiteral("After the move")});
    QVERIFY2(next.ok(), qPrintable(next.error()));
    QCOMPARE(next.value(),
             qint64(count(*file, QStringLiteral("SELECT max(id) FROM document"))) + 1);
    // A database that already holds a plan is not copied over.
    const Result<DatabaseCopy::Counts> again = DatabaseCopy::copy(*file, *server);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QLatin1String("nothing there is lost")),
             qPrintable(again.error()));
}

void TestServer_::otherUsersChangesAreHeardAtOnce()
{
    const QString name = teamDatabase(m_server);
    QVERIFY(!name.isEmpty());
    OpenError error;
    std::unique_ptr<Store> mine = Store::open(m_server.address(name), &error);
    std::unique_ptr<Store> theirs = Store::open(m_server.address(name), &error);
    QVERIFY(mine && theirs);
    QSignalSpy heard(&mine->watcher(), &ChangeWatcher::changedElsewhere);
    Document d;
    d.title = QStringLiteral("Corporate parenting panel minutes");
    d.kind = QStringLiteral("board_report");
    QVERIFY(theirs->sources().addDocument(d).ok());
    QElapsedTimer waited;
    waited.start();
    QVERIFY(heard.wait(2000));
    QVERIFY(waited.elapsed() < 2000);
    // What this window saves itself is not news to it.
    heard.clear();
    QVERIFY(mine->sources().addDocument(d).ok());
    QVERIFY(!heard.wait(1000));
}

void TestServer_::twoEditorsOfOneActionLoseNothing()
{
    const QString name = teamDatabase(m_server);
    QVERIFY(!name.isEmpty());
    const QString first = loginRole(m_server, QStringLiteral("editor"), QStringLiteral("f1"));
    const QString second = loginRole(m_server, QStringLiteral("editor"), QStringLiteral("s1"));
    OpenError error;
    {
        std::unique_ptr<Database> owner = Database::open(m_server.address(name), &error);
        QVERIFY(ServerSetup::grant(*owner, first, ServerRole::Editor).ok());
        QVERIFY(ServerSetup::grant(*owner, second, ServerRole::Editor).ok());
    }
    std::unique_ptr<Store> a =
        Store::open(m_server.address(name, first, QStringLiteral("f1")), &error);
    std::unique_ptr<Store> b =
        Store::open(m_server.address(name, second, QStringLiteral("s1")), &error);
    QVERIFY(a && b);
    Plan plan;
    plan.authorityId = a->authorities().byName(QStringLiteral("Leicester"))->id;
    plan.name = QStringLiteral("Improvement plan 2026");
    Action action;
    action.planId = a->actionPlans().addPlan(plan).value();
    action.title = QStringLiteral("Audit pathway plans");
    const qint64 id = a->actionPlans().addAction(action).value();

    // Both open the action; the second saves first.
    Action mine = *a->actionPlans().action(id);
    Action theirs = *b->actionPlans().action(id);
    QCOMPARE(mine.version.number, theirs.version.number);
    theirs.leadOfficer = QStringLiteral("Head of fostering");
    EditActionCommand saved(b->actionPlans(), theirs);
    QVERIFY2(saved.status().ok(), qPrintable(saved.status().error()));
    mine.leadOfficer = QStringLiteral("Head of adoption");
    EditActionCommand refused(a->actionPlans(), mine);
    QVERIFY(!refused.status().ok());
    QVERIFY(refused.status().isConflict());
    QVERIFY2(refused.status().error().startsWith(QStringLiteral("Changed by %1 at ").arg(second)),
             qPrintable(refused.status().error()));
    QVERIFY2(refused.status().error().contains(QLatin1String("Head of fostering")),
             qPrintable(refused.status().error()));
    // Nothing overwritten: the server holds the second editor's change.
    const Action now = *a->actionPlans().action(id);
    QCOMPARE(now.leadOfficer, QStringLiteral("Head of fostering"));
    QCOMPARE(now.version.changedBy, second);
    QCOMPARE(now.version.number, mine.version.number + 1);
}

void TestServer_::theServerKeepsVersionsAndAuthorsWhateverTheClient()
{
    const QString name = teamDatabase(m_server);
    QVERIFY(!name.isEmpty());
    const QString mine = loginRole(m_server, QStringLiteral("editor"), QStringLiteral("m1"));
    const QString script = loginRole(m_server, QStringLiteral("editor"), QStringLiteral("p1"));
    OpenError error;
    {
        std::unique_ptr<Database> owner = Database::open(m_server.address(name), &error);
        QVERIFY(ServerSetup::grant(*owner, mine, ServerRole::Editor).ok());
        QVERIFY(ServerSetup::grant(*owner, script, ServerRole::Editor).ok());
    }
    std::unique_ptr<Store> window =
        Store::open(m_server.address(name, mine, QStringLiteral("m1")), &error);
    QVERIFY2(window, qPrintable(error.message));
    Plan plan;
    plan.authorityId = window->authorities().byName(QStringLiteral("Leicester"))->id;
    plan.name = QStringLiteral("Improvement plan 2026");
    Action action;
    action.planId = window->actionPlans().addPlan(plan).value();
    action.title = QStringLiteral("Audit pathway plans");
    const qint64 id = window->actionPlans().addAction(action).value();
    Action opened = *window->actionPlans().action(id);
    QCOMPARE(opened.version.changedBy, mine);

    // Another client (psql, a reporting tool) writes the row as an editor, leaving the
    // version alone and claiming another's name: the server moves the version on and
    // records who really wrote it.
    std::unique_ptr<Database> other =
        Database::open(m_server.address(name, script, QStringLiteral("p1")), &error);
    QVERIFY2(other, qPrintable(error.message));
    const Result<QSqlQuery> forged = other->run(
        QStringLiteral("UPDATE action SET lead_officer = 'Head of fostering', row_version = ?, "
                       "changed_by = ?, changed_at = '2001-01-01T00:00:00Z' WHERE id = ?"),
        {opened.version.number, mine, id});
    QVERIFY2(forged.ok(), qPrintable(forged.error()));
    const Action now = *window->actionPlans().action(id);
    QCOMPARE(now.version.number, opened.version.number + 1);
    QCOMPARE(now.version.changedBy, script);
    QVERIFY(now.version.changedAt.date().year() >= 2026);

    // So the window that had it open is refused, naming the real author, not overwriting.
    opened.leadOfficer = QStringLiteral("Head of adoption");
    EditActionCommand refused(window->actionPlans(), opened);
    QVERIFY(refused.status().isConflict());
    QVERIFY2(refused.status().error().startsWith(QStringLiteral("Changed by %1 at ").arg(script)),
             qPrintable(refused.status().error()));
    QCOMPARE(window->actionPlans().action(id)->leadOfficer, QStringLiteral("Head of fostering"));

    // An editor's copy cannot write recorded authors as they were: the setting the
    // administrator's copy uses is not honoured for an editor.
    QVERIFY(other->connection().transaction());
    QSqlQuery keep(other->connection()); // SET is not a statement PostgreSQL prepares
    QVERIFY2(keep.exec(QStringLiteral("SET LOCAL cstracker.keep_authors = 'on'")),
             qPrintable(keep.lastError().text()));
    QVERIFY(other->run(QStringLiteral("UPDATE action SET changed_by = ? WHERE id = ?"),
                       {mine, id})
                .ok());
    QVERIFY(other->connection().commit());
    QCOMPARE(window->actionPlans().action(id)->version.changedBy, script);
}

void TestServer_::aSaveWritesOnlyWhatChanged()
{
    const QString name = teamDatabase(m_server);
    QVERIFY(!name.isEmpty());
    OpenError error;
    std::unique_ptr<Store> store = Store::open(m_server.address(name), &error);
    QVERIFY2(store, qPrintable(error.message));
    const qint64 leicester = store->authorities().byName(QStringLiteral("Leicester"))->id;
    InspectionRecord made;
    made.inspection.authorityId = leicester;
    made.inspection.framework = Framework::IlacsStandard;
    made.inspection.startDate = QDate(2024, 9, 9);
    made.inspection.endDate = QDate(2024, 9, 20);
    for (JudgementArea area : {JudgementArea::Overall, JudgementArea::Leadership}) {
        Judgement j;
        j.area = area;
        j.grade = Grade::RequiresImprovement;
        made.judgements.append(j);
    }
    for (int n = 1; n <= 2; ++n) {
        Recommendation r;
        r.number = n;
        r.text = QStringLiteral("Recommendation %1 of a test inspection.").arg(n);
        made.recommendations.append(r);
    }
    const Result<qint64> added = store->judgements().addInspection(made);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    const qint64 inspectionId = added.value();
    std::optional<InspectionRecord> record = store->judgements().record(inspectionId);
    QVERIFY(record && record->recommendations.size() == 2 && record->judgements.size() == 2);
    std::unique_ptr<Database> trail = Database::open(m_server.address(name), &error);
    QVERIFY(trail);

    Plan plan;
    plan.authorityId = leicester;
    plan.name = QStringLiteral("Plan");
    Action action;
    action.planId = store->actionPlans().addPlan(plan).value();
    action.title = QStringLiteral("Answer the first two recommendations");
    action.recommendationIds = {record->recommendations.at(0).id, record->recommendations.at(1).id};
    const qint64 id = store->actionPlans().addAction(action).value();

    auto audited = [&](const QString &table) {
        Result<QSqlQuery> q = trail->run(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = ?"), {table});
        return q.ok() && q.value().next() ? q.value().value(0).toInt() : -1;
    };
    const int links = audited(QStringLiteral("action_recommendation"));
    const int grades = audited(QStringLiteral("judgement"));
    const int recommendations = audited(QStringLiteral("recommendation"));

    // The action saved with its title changed and its links as they were: no link rewritten.
    Action edited = *store->actionPlans().action(id);
    edited.title = QStringLiteral("Answer recommendations 1 and 2");
    EditActionCommand saved(store->actionPlans(), edited);
    QVERIFY2(saved.status().ok(), qPrintable(saved.status().error()));
    QCOMPARE(audited(QStringLiteral("action_recommendation")), links);
    // One link dropped: one change.
    edited = *store->actionPlans().action(id);
    edited.recommendationIds = {record->recommendations.at(0).id};
    EditActionCommand dropped(store->actionPlans(), edited);
    QVERIFY(dropped.status().ok());
    QCOMPARE(audited(QStringLiteral("action_recommendation")), links + 1);

    // The inspection saved with only its summary changed: no grade or recommendation written.
    record = store->judgements().record(inspectionId);
    record->inspection.summary = QStringLiteral("Summary typed again.");
    QVERIFY(store->judgements().updateInspection(*record).ok());
    QCOMPARE(audited(QStringLiteral("judgement")), grades);
    QCOMPARE(audited(QStringLiteral("recommendation")), recommendations);
    // One grade changed: that grade alone (its old row out, its new row in).
    record = store->judgements().record(inspectionId);
    record->judgements[0].grade =
        record->judgements[0].grade == Grade::Good ? Grade::Outstanding : Grade::Good;
    QVERIFY(store->judgements().updateInspection(*record).ok());
    QCOMPARE(audited(QStringLiteral("judgement")), grades + 2);
    QCOMPARE(audited(QStringLiteral("recommendation")), recommendations);
}

void TestServer_::connectToServerThroughTheWindow()
{
    const QString name = m_server.freshDatabase();
    QSettings().clear();
    {
        // The fields a user fills in, and what is kept of them: never the password.
        ConnectDialog dialog;
        dialog.hostEdit()->setText(m_server.adminUrl().host());
        dialog.portBox()->setValue(m_server.port());
        dialog.databaseEdit()->setText(name);
        dialog.userEdit()->setText(QStringLiteral("cstracker_admin"));
        dialog.tlsBox()->setCurrentIndex(dialog.tlsBox()->findData(QStringLiteral("disable")));
        dialog.passwordEdit()->setText(m_server.password());
        QCOMPARE(dialog.address(),
                 QStringLiteral("postgresql://cstracker_admin@%1:%2/%3?sslmode=disable")
                     .arg(m_server.adminUrl().host())
                     .arg(m_server.port())
                     .arg(name));
        dialog.remember();
    }
    ConnectDialog again;
    QCOMPARE(again.databaseEdit()->text(), name);
    QCOMPARE(again.portBox()->value(), m_server.port());
    QVERIFY(again.passwordEdit()->text().isEmpty());
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(m_server.password()), qPrintable(key));

    // Without a keyring (a headless session) nothing is kept or found, and nothing waits.
    QElapsedTimer asked;
    asked.start();
    const QString kept = ServerPasswords::read(again.address());
    QVERIFY2(asked.elapsed() < 10000, "the keyring kept the window waiting");
    Q_UNUSED(kept)

    MainWindow window;
    QVERIFY(window.connectToServer(again.address(), m_server.password()));
    QVERIFY2(window.windowTitle().contains(name), qPrintable(window.windowTitle()));
    QVERIFY(window.store()->isOnServer());
    QVERIFY(window.store()->authorities().byName(QStringLiteral("Leicester")));
    // Open Recent offers the server again, without the password.
    window.saveSession();
    QSettings after;
    for (const QString &key : after.allKeys())
        QVERIFY2(!after.value(key).toString().contains(m_server.password()), qPrintable(key));
    QVERIFY(after.value(QStringLiteral("files/recent"))
                .toStringList()
                .first()
                .startsWith(QLatin1String("postgresql://cstracker_admin@")));
}

// The server is killed (as a crash: no shutdown, no checkpoint) while an import of DfE
// figures is part-way through its transaction. The import says so and fails; after the
// server restarts, nothing of it is there, and what was there before is whole.
void TestServer_::killingTheServerMidImportLeavesNothingHalfWritten()
{
    OwnServer durable;
    QVERIFY(durable.start());
    const QString address = durable.server().address(durable.server().freshDatabase());
    const QTemporaryDir dir;

    // Demo data in, then a file of figures for every authority over 125 years.
    int before = 0;
    int documentsBefore = 0;
    const QString csv = dir.filePath(QStringLiteral("cla_number_and_rate_per_10k_children.csv"));
    {
        OpenError error;
        std::unique_ptr<Store> store = Store::open(address, &error);
        QVERIFY2(store, qPrintable(error.message));
        QVERIFY(DemoDatabase::populate(*store).ok());
        std::unique_ptr<Database> raw = Database::open(address, &error);
        QVERIFY2(raw, qPrintable(error.message));
        before = count(*raw, QStringLiteral("SELECT count(*) FROM indicator_value"));
        documentsBefore = count(*raw, QStringLiteral("SELECT count(*) FROM document"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("time_period,time_identifier,geographic_level,country_code,country_name,"
                   "region_code,region_name,old_la_code,la_name,new_la_code,population_count,"
                   "population_estimate,number,rate_per_10000\n");
        int n = 0;
        for (int year = 1900; year <= 2024; ++year) {
            for (const Authority &a : store->authorities().all()) {
                if (a.kind != AuthorityKind::LocalAuthority || a.synthetic || a.onsCode.isEmpty())
                    continue;
                ++n;
                file.write(QStringLiteral("%1,Reporting year,Local authority,E92000001,England,,,"
                                          ",\"%2\",%3,Children looked after at 31 March each "
                                          "year,40000,%4,%5\n")
                               .arg(year)
                               .arg(a.name, a.onsCode)
                               .arg(200 + n % 700)
                               .arg(40 + n % 60)
                               .toUtf8());
            }
        }
    }

    // A colleague's open transaction holds the figures' table, so the import's transaction
    // has written its document and source and waits to write figures however busy the
    // machine is: the crash comes in the middle of it, not after it.
    OpenError lockError;
    std::unique_ptr<Database> colleague = Database::open(address, &lockError);
    QVERIFY2(colleague, qPrintable(lockError.message));
    QVERIFY(colleague->connection().transaction());
    QVERIFY(QSqlQuery(colleague->connection())
                .exec(QStringLiteral("LOCK TABLE indicator_value IN SHARE MODE")));

    QProcess import;
    import.start(QStringLiteral(CSTRACKER_BINARY), {QStringLiteral("--database"), address,
                                                    QStringLiteral("--import-statistics"), csv});
    QVERIFY(import.waitForStarted());
    // Wait until the import's transaction has written (it holds a transaction id), then
    // crash the server.
    bool writing = false;
    QElapsedTimer waited;
    waited.start();
    while (!writing && waited.elapsed() < 60000 && import.state() == QProcess::Running) {
        QString problem;
        writing = durable.server().admin(
            QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_stat_activity "
                           "WHERE backend_xid IS NOT NULL AND query LIKE '%indicator_value%') "
                           "THEN RAISE EXCEPTION 'not yet'; END IF; END $$"),
            &problem);
        if (!writing)
            QTest::qWait(2);
    }
    QVERIFY2(writing, "the import finished before it could be interrupted");
    QVERIFY(durable.crash());
    colleague.reset();
    QVERIFY(import.waitForFinished(60000));
    QVERIFY(import.exitCode() != 0);
    const QString said =
        QString::fromUtf8(import.readAllStandardError() + import.readAllStandardOutput());
    QVERIFY2(said.contains(QLatin1String("127.0.0.1")), qPrintable(said)); // names the server

    // Restarted (it recovers from its log): not one figure or document of the import.
    QVERIFY(durable.restart());
    OpenError error;
    std::unique_ptr<Database> raw = Database::open(address, &error);
    QVERIFY2(raw, qPrintable(error.message));
    QCOMPARE(count(*raw, QStringLiteral("SELECT count(*) FROM indicator_value")), before);
    QCOMPARE(count(*raw, QStringLiteral("SELECT count(*) FROM document")), documentsBefore);
    // And the same import, run again, goes in whole.
    QCOMPARE(QProcess::execute(QStringLiteral(CSTRACKER_BINARY),
                               {QStringLiteral("--database"), address,
                                QStringLiteral("--import-statistics"), csv}),
             0);
    QVERIFY(count(*raw, QStringLiteral("SELECT count(*) FROM indicator_value")) > before);
}

// The server stops mid-session: a save says which server and that nothing was saved, the
// watcher says the connection is lost, and once the server is back the same store saves
// again without being opened anew.
void TestServer_::aServerThatComesBackIsConnectedAgain()
{
    OwnServer durable;
    QVERIFY(durable.start());
    const QString address = durable.server().address(durable.server().freshDatabase());
    OpenError error;
    std::unique_ptr<Store> store = Store::open(address, &error);
    QVERIFY2(store, qPrintable(error.message));
    QSignalSpy lost(&store->watcher(), &ChangeWatcher::connectionLost);
    QSignalSpy back(&store->watcher(), &ChangeWatcher::connectionRestored);
    Authority a;
    a.name = QStringLiteral("Before the stop (synthetic)");
    a.synthetic = true;
    QVERIFY(store->authorities().add(a).ok());

    QVERIFY(durable.crash());
    a.name = QStringLiteral("While stopped (synthetic)");
    const Result<qint64> refused = store->authorities().add(a);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("127.0.0.1")), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QLatin1String("not saved")), qPrintable(refused.error()));
    QVERIFY(lost.wait(3 * ChangeWatcher::serverCheckMilliseconds));

    QVERIFY(durable.restart());
    QVERIFY(back.wait(3 * ChangeWatcher::serverCheckMilliseconds));
    a.name = QStringLiteral("After the restart (synthetic)");
    const Result<qint64> saved = store->authorities().add(a);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QVERIFY(store->authorities().byName(QStringLiteral("Before the stop (synthetic)")));
    QVERIFY(!store->authorities().byName(QStringLiteral("While stopped (synthetic)")));
}

// The connection is lost as a save's commit goes to the server, so the answer never comes.
// The tracker reads the commit back by the transaction's id: landed, not landed, or (while
// the server does not answer) not yet known, and then told once it answers again.
void TestServer_::aCommitWhoseAnswerIsLostIsReadBack()
{
    const QString name = m_server.freshDatabase();
    LosingProxy proxy(m_server.port());
    QVERIFY(proxy.port() > 0);
    QUrl url(m_server.address(name));
    url.setPort(proxy.port());
    OpenError error;
    std::unique_ptr<Store> store = Store::open(url.toString(), &error);
    QVERIFY2(store, qPrintable(error.message));
    const std::unique_ptr<Database> direct = Database::open(m_server.address(name), &error);
    QVERIFY2(direct, qPrintable(error.message));
    const qint64 authority = store->authorities().byName(QStringLiteral("Leicester"))->id;
    Plan plan;
    plan.authorityId = authority;
    plan.name = QStringLiteral("Plan (synthetic)");
    const qint64 planId = store->actionPlans().addPlan(plan).value();
    Action action;
    action.planId = planId;
    action.title = QStringLiteral("An action");
    const qint64 id = store->actionPlans().addAction(action).value();
    auto leadOfficer = [&]() {
        Result<QSqlQuery> q =
            direct->run(QStringLiteral("SELECT lead_officer FROM action WHERE id = ?"), {id});
        return q.ok() && q.value().next() ? q.value().value(0).toString() : QString();
    };

    // The commit reaches the server; its answer does not. Read back: saved.
    proxy.lose(LosingProxy::Lose::TheAnswerToCommit);
    std::optional<Action> read = store->actionPlans().action(id);
    read->leadOfficer = QStringLiteral("Landed");
    const Status landed = store->actionPlans().updateAction(*read);
    QVERIFY(proxy.lost());
    QVERIFY2(landed.ok(), qPrintable(landed.error()));
    QCOMPARE(leadOfficer(), QStringLiteral("Landed"));
    QCOMPARE(store->database().readBackCount().landed, 1);

    // The commit itself is lost: the server rolls the change back. Read back: not saved.
    proxy.lose(LosingProxy::Lose::TheCommit);
    read = store->actionPlans().action(id);
    read->leadOfficer = QStringLiteral("Not landed");
    const Status notLanded = store->actionPlans().updateAction(*read);
    QVERIFY(!notLanded.ok());
    QVERIFY(!notLanded.isUnanswered());
    QVERIFY2(notLanded.error().contains(QLatin1String("did not reach")),
             qPrintable(notLanded.error()));
    QCOMPARE(leadOfficer(), QStringLiteral("Landed"));
    QCOMPARE(store->database().readBackCount().notLanded, 1);

    // An insert outside any transaction of the store's own is read back the same way.
    proxy.lose(LosingProxy::Lose::TheAnswerToCommit);
    ActionUpdate u;
    u.actionId = id;
    u.reportedOn = QDate(2026, 11, 30);
    u.note = QStringLiteral("Sent as the connection went");
    u.rag = Rag::Green;
    const Result<qint64> update = store->actionPlans().addUpdate(u);
    QVERIFY2(update.ok(), qPrintable(update.error()));
    QCOMPARE(store->actionPlans().updates(id).size(), 1);

    // The server does not answer again at once: not yet known, and said so; once it
    // answers, the window's watcher reads it back and tells.
    QSignalSpy settled(&store->watcher(), &ChangeWatcher::unansweredSettled);
    proxy.refuse(true);
    proxy.lose(LosingProxy::Lose::TheAnswerToCommit);
    read = store->actionPlans().action(id);
    read->leadOfficer = QStringLiteral("Told later");
    const Status unknown = store->actionPlans().updateAction(*read);
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.isUnanswered());
    QVERIFY2(unknown.error().contains(QLatin1String("not yet known")), qPrintable(unknown.error()));
    QCOMPARE(store->database().unanswered().size(), 1);
    proxy.refuse(false);
    QVERIFY(settled.wait(3 * ChangeWatcher::serverCheckMilliseconds));
    const QStringList said = settled.first().first().toStringList();
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.first().contains(QLatin1String("did reach the server")),
             qPrintable(said.first()));
    QCOMPARE(leadOfficer(), QStringLiteral("Told later"));
    QVERIFY(store->database().unanswered().isEmpty());
    m_server.dropDatabase(name);
}

// File > Save Database As on a server writes a file of its database, whole.
void TestServer_::savesAServersDatabaseAsAFile()
{
    const QString address = m_server.address(m_server.freshDatabase());
    OpenError error;
    std::unique_ptr<Store> store = Store::open(address, &error);
    QVERIFY2(store, qPrintable(error.message));
    QVERIFY(DemoDatabase::populate(*store).ok());
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("from-the-server.sqlite"));
    const Status saved = store->saveCopy(path);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QVERIFY(!store->saveCopy(path).ok()); // never over an existing file
    std::unique_ptr<Database> server = Database::open(address, &error);
    std::unique_ptr<Database> file = Database::open(path, &error);
    QVERIFY2(server && file, qPrintable(error.message));
    for (const char *table : {"authority", "inspection", "recommendation", "action",
                              "action_update", "indicator_value", "source", "document"}) {
        const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
        QCOMPARE(count(*file, sql), count(*server, sql));
    }
    QVERIFY(count(*file, QStringLiteral("SELECT count(*) FROM action_update")) > 0);
    file.reset(); // nothing beside it once closed: no half-written copy, no log
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             QStringList{QStringLiteral("from-the-server.sqlite")});
}

QTEST_MAIN(TestServer_)
#include "tst_server.moc"
