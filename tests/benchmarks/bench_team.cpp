// A team at work on one database: N editors saving actions, adding progress updates and
// entering figures for the same few authorities, each on a connection of its own (a thread
// of this program running the tracker's own store code), while readers switch authority.
// For a fixed time; then it checks that no accepted save was lost (every action holds the
// last value accepted for it, every accepted update and figure is there) and, on a server,
// that the audit trail has a row for every accepted save. Measures and reports; it fails
// (exit 1) only when something was lost.
//
//   build/tests/bench_team [--server URL|test] [--editors N] [--readers N] [--seconds S]
//                          [--fault fast|immediate] [--quick]
//
// Without --server it runs on a new SQLite file, each editor and reader on a connection
// of its own, as separate programs would be. The server's address is the only one used:
// the throwaway server of a test run (--server test) listens on the loopback address.
//
// With --fault, the run has a server of its own (fsync on), which is stopped in the middle
// (fast: as an administrator stops it; immediate: as a crash) and started again: every
// client must connect again by itself, every save either lands whole or is refused with a
// message, and a save whose commit got no answer is read back and counted as landed or not.
// Meanwhile clients with wrong connection details (host, port, database, user, password,
// TLS mode, a role without the tracker's grants, a newer schema) try to connect over and
// over: each is refused with a message, within the connection timeout.
#include "support/ownserver.h"
#include "support/testserver.h"

#include "actions/actionplanstore.h"
#include "authorities/authoritystore.h"
#include "indicators/indicatorstore.h"
#include "store/database.h"
#include "store/serversetup.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <optional>
#include <thread>

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(values.size() * p)));
}

struct Accepted
{
    int version = 0;
    QString value;
};

struct Totals
{
    QMutex lock;
    QList<double> saveMs;
    QList<double> switchMs;
    qint64 saves = 0;             // action edits accepted
    qint64 droppedSaves = 0;      // refused because the connection went (with a message)
    qint64 unanswered = 0;        // commits whose answer was lost with the connection
    qint64 readBackLanded = 0;    // ...read back as landed
    qint64 readBackNotLanded = 0; // ...read back as not landed
    qint64 cannotTell = 0;        // ...that a restarted server could not tell about
    qint64 cannotTellLanded = 0;  // ...of which the data shows landed
    QStringList neverKnown;       // ...never read back
    qint64 conflicts = 0;         // refused: a colleague saved since it was read
    qint64 failures = 0;          // refused for another reason
    qint64 updates = 0;           // progress updates added
    qint64 figures = 0;           // figures entered
    QHash<qint64, Accepted> last; // per action: the last accepted save
    QStringList problems; // what was lost
    QStringList unopened; // connections refused at the start
    QStringList refusals; // what the refused saves said, a few of each
    QStringList notReconnected;
    double slowestReconnectS = 0; // from the server's return to a client's first success
    // Clients with wrong connection details, trying meanwhile.
    qint64 badAttempts = 0;
    double slowestBadMs = 0;
    QHash<QString, QString> badSaid; // kind of mistake: what the tracker said
};

// A save sent as the connection went, whose outcome the server tells afterwards.
struct Pending
{
    enum class Kind
    {
        Save,
        Update,
        Figure,
    };
    qint64 transaction = 0;
    Kind kind = Kind::Save;
    qint64 action = 0;
    int version = 0;
    QString value;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&args](const char *name, int fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const bool quick = args.contains(QLatin1String("--quick"));
    const int editors = std::clamp(option("--editors", quick ? 3 : 5), 1, 60);
    const int readers = std::clamp(option("--readers", 2), 0, 10);
    const qsizetype serverAt = args.indexOf(QLatin1String("--server"));
    QString address = serverAt >= 0 ? args.value(serverAt + 1) : QString();
    const qsizetype faultAt = args.indexOf(QLatin1String("--fault"));
    const QString fault = faultAt >= 0 ? args.value(faultAt + 1) : QString();
    if (!fault.isEmpty() &&
        (address != QLatin1String("test") ||
         (fault != QLatin1String("fast") && fault != QLatin1String("immediate")))) {
        std::fprintf(stderr, "bench_team: --fault fast|immediate needs --server test (a server "
                             "of the run's own is stopped and started)\n");
        return 2;
    }
    const int seconds =
        std::clamp(option("--seconds", quick ? (fault.isEmpty() ? 3 : 8) : 60), 1, 600);

    QTemporaryDir dir;
    QString made;
    std::optional<TestServer> testServer;
    OwnServer ownServer;
    const TestServer *testing = nullptr;
    if (!fault.isEmpty()) {
        if (!ownServer.start()) {
            std::fprintf(stderr, "bench_team: the run's own server did not start\n");
            return 1;
        }
        testing = &ownServer.server();
    } else if (address == QLatin1String("test")) {
        testServer.emplace();
        if (!testServer->isRunning()) {
            std::fprintf(stderr, "bench_team: no test server (CSTRACKER_TEST_POSTGRES_STATE)\n");
            return 1;
        }
        testing = &*testServer;
    }
    if (testing) {
        made = testing->freshDatabase();
        address = testing->address(made);
    }
    const bool server = !address.isEmpty();
    if (!server)
        address = dir.filePath(QStringLiteral("team.sqlite"));

    // The work: one plan of twenty actions for each of three authorities.
    QList<qint64> actions;
    QList<qint64> authorities;
    qint64 indicator = 0;
    {
        OpenError error;
        std::unique_ptr<Store> setup = Store::open(address, &error);
        if (!setup) {
            std::fprintf(stderr, "bench_team: %s\n", qPrintable(error.message));
            return 1;
        }
        if (server) {
            std::unique_ptr<Database> owner = Database::open(address, &error);
            const Status initialised = ServerSetup::initialise(*owner);
            if (!initialised.ok()) {
                std::fprintf(stderr, "bench_team: %s\n", qPrintable(initialised.error()));
                return 1;
            }
        }
        for (const char *name : {"Leicester", "Leicestershire", "Rutland"}) {
            const qint64 authority = setup->authorities().byName(QLatin1String(name))->id;
            authorities << authority;
            Plan plan;
            plan.authorityId = authority;
            plan.name = QStringLiteral("Improvement plan (load test)");
            const qint64 planId = setup->actionPlans().addPlan(plan).value();
            for (int a = 0; a < 20; ++a) {
                Action action;
                action.planId = planId;
                action.title = QStringLiteral("Action %1").arg(a + 1);
                actions << setup->actionPlans().addAction(action).value();
            }
        }
        indicator = setup->indicators().indicator(QStringLiteral("cla_rate"))->id;
    }

    Totals totals;
    std::atomic_bool stop{false};
    std::atomic_int opened{0};
    std::atomic_int unopened{0};
    // On the run's clock: when the server was stopped, and when it answered again (-1: not
    // yet).
    std::atomic<qint64> stoppedAtMs{-1};
    std::atomic<qint64> backAtMs{-1};
    QElapsedTimer clock;

    // A save whose commit got no answer, once its outcome is known.
    auto accept = [&](const Pending &p) {
        if (p.kind == Pending::Kind::Save) {
            ++totals.saves;
            if (p.version > totals.last.value(p.action).version)
                totals.last.insert(p.action, {p.version, p.value});
        } else if (p.kind == Pending::Kind::Update) {
            ++totals.updates;
        } else {
            ++totals.figures;
        }
    };
    // When a restarted server cannot say by the transaction's id, the data says: the audit
    // trail's row of the save, the update's note, the figure's day (each unique in the run;
    // a figure at a date has that date as its period's end, and no start).
    auto landedByData = [&](Store &store, const Pending &p) {
        Database &db = store.database();
        Result<QSqlQuery> q =
            p.kind == Pending::Kind::Save
                ? db.run(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                        "'action' AND row_id = ? AND operation = 'update' AND "
                                        "new_values->>'lead_officer' = ?"),
                         {p.action, p.value})
            : p.kind == Pending::Kind::Update
                ? db.run(QStringLiteral("SELECT count(*) FROM action_update WHERE note = ?"),
                         {p.value})
                : db.run(QStringLiteral("SELECT count(*) FROM indicator_value WHERE "
                                        "authority_id = ? AND indicator_id = ? AND "
                                        "period_end = ?"),
                         {p.action, indicator, p.value});
        return std::optional<bool>(q.ok() && q.value().next()
                                       ? std::optional<bool>(q.value().value(0).toInt() > 0)
                                       : std::nullopt);
    };
    auto settleByData = [&](Store &store, const Pending &p) {
        std::optional<bool> landed;
        for (int tries = 0; !landed && tries < 100; ++tries) {
            landed = landedByData(store, p);
            if (!landed)
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        QMutexLocker locked(&totals.lock);
        ++totals.unanswered;
        ++totals.cannotTell;
        if (!landed)
            totals.neverKnown << QStringLiteral("a save the server could not tell about");
        else if (*landed)
            ++totals.cannotTellLanded, accept(p);
    };

    // After each failure: why (a lost connection is waited out, not hammered), and whether
    // a commit lost its answer, to be read back.
    auto afterFailure = [&](Store &store, const QString &message, int unansweredBefore,
                            int cannotTellBefore, Pending pending, QList<Pending> &waiting) {
        Database &db = store.database();
        if (db.readBackCount().cannotTell > cannotTellBefore) {
            settleByData(store, pending);
            return;
        }
        QMutexLocker locked(&totals.lock);
        if (message.trimmed().isEmpty())
            totals.problems << QStringLiteral("a save was refused without a message");
        if (db.unanswered().size() > unansweredBefore) {
            pending.transaction = db.unanswered().constLast().transaction;
            waiting << pending;
        } else if (db.readBackCount().notLanded > 0 &&
                   message.contains(QLatin1String("did not reach"))) {
            ++totals.unanswered;
            ++totals.readBackNotLanded;
        } else if (db.isConnectionLost() || message == db.lostConnectionMessage()) {
            ++totals.droppedSaves;
        } else {
            ++totals.failures;
            if (totals.refusals.size() < 3 && !totals.refusals.contains(message))
                totals.refusals << message;
        }
        locked.unlock();
        if (db.isConnectionLost())
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    };
    // Asks the server about commits whose answer was lost; those it tells about count as
    // accepted or not.
    auto settle = [&](Store &store, QList<Pending> &waiting) {
        if (waiting.isEmpty())
            return;
        const QList<Database::SettledCommit> settled = store.database().settleUnanswered();
        for (const Database::SettledCommit &c : settled) {
            const auto it = std::find_if(waiting.begin(), waiting.end(), [&](const Pending &p) {
                return p.transaction == c.commit.transaction;
            });
            if (it == waiting.end())
                continue;
            const Pending p = *it;
            waiting.erase(it);
            if (c.landed == Database::Landed::CannotTell) {
                settleByData(store, p);
                continue;
            }
            QMutexLocker locked(&totals.lock);
            ++totals.unanswered;
            if (c.landed == Database::Landed::Yes) {
                ++totals.readBackLanded;
                accept(p);
            } else {
                ++totals.readBackNotLanded;
            }
        }
    };
    // Each client must connect again after the fault: its first success after the stop is
    // timed from when the server answered again (a client may get in before the command
    // that started it returns).
    auto noteSuccess = [&](bool &reconnected) {
        const qint64 stopped = stoppedAtMs;
        if (reconnected || stopped < 0 || clock.elapsed() < stopped)
            return;
        reconnected = true;
        const qint64 back = backAtMs;
        QMutexLocker locked(&totals.lock);
        if (back >= 0)
            totals.slowestReconnectS =
                std::max(totals.slowestReconnectS, (clock.elapsed() - back) / 1000.0);
    };
    auto reconnectedOrSaid = [&](const QString &who, bool reconnected, Store &store) {
        if (fault.isEmpty())
            return;
        QMutexLocker locked(&totals.lock);
        if (!reconnected || store.database().connectionGeneration() < 1)
            totals.notReconnected << who;
    };

    auto editor = [&](int n) {
        OpenError error;
        std::unique_ptr<Store> store = Store::open(address, &error);
        if (!store) {
            // Refused at the door (a file locked past its timeout by all the others opening
            // it at once): said, and that editor sits the run out.
            QMutexLocker locked(&totals.lock);
            totals.unopened
                << QStringLiteral("editor %1: %2").arg(n).arg(error.message.simplified());
            ++unopened;
            return;
        }
        ++opened;
        Database &db = store->database();
        QList<Pending> waiting;
        bool reconnected = false;
        QRandomGenerator random(quint32(1000 + n));
        for (int op = 0; !stop; ++op) {
            settle(*store, waiting);
            const qint64 id = actions.at(random.bounded(int(actions.size())));
            const int unansweredBefore = int(db.unanswered().size());
            const int cannotTellBefore = db.readBackCount().cannotTell;
            if (op % 10 == 9) {
                // A figure, for a day of its own so two editors never enter the same one.
                IndicatorValue v;
                v.authorityId = authorities.at(n % authorities.size());
                v.indicatorId = indicator;
                const QDate day = QDate(1000, 1, 1).addDays((op / 10) * 64 + n);
                v.period = Period::at(day);
                v.value = random.bounded(1000) / 10.0;
                const Result<qint64> added = store->indicators().addValue(v);
                if (added.ok()) {
                    noteSuccess(reconnected);
                    QMutexLocker locked(&totals.lock);
                    ++totals.figures;
                } else {
                    afterFailure(
                        *store, added.error(), unansweredBefore, cannotTellBefore,
                        {0, Pending::Kind::Figure, v.authorityId, 0, day.toString(Qt::ISODate)},
                        waiting);
                }
                continue;
            }
            if (op % 5 == 4) {
                ActionUpdate u;
                u.actionId = id;
                u.reportedOn = QDate(2026, 1, 1).addDays(op % 300);
                u.author = QStringLiteral("Editor %1").arg(n);
                u.note = QStringLiteral("Update %1 from editor %2").arg(op).arg(n);
                u.rag = Rag::Amber;
                u.percentComplete = op % 101;
                const Result<qint64> added = store->actionPlans().addUpdate(u);
                if (added.ok()) {
                    noteSuccess(reconnected);
                    QMutexLocker locked(&totals.lock);
                    ++totals.updates;
                } else {
                    afterFailure(*store, added.error(), unansweredBefore, cannotTellBefore,
                                 {0, Pending::Kind::Update, id, 0, u.note}, waiting);
                }
                continue;
            }
            // An edit over the version just read: refused if a colleague saved in between.
            std::optional<Action> action = store->actionPlans().action(id);
            if (!action) {
                if (db.isConnectionLost())
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
                continue;
            }
            const QString value = QStringLiteral("editor %1, save %2").arg(n).arg(op);
            action->leadOfficer = value;
            QElapsedTimer timer;
            timer.start();
            const Status saved = store->actionPlans().updateAction(*action);
            const double ms = timer.nsecsElapsed() / 1e6;
            // A save goes over the version read and moves it on by one (on a server, the
            // server itself does): that is the version this save made.
            const int version = action->version.number + 1;
            if (saved.ok() || saved.isConflict())
                noteSuccess(reconnected);
            if (!saved.ok() && !saved.isConflict()) {
                afterFailure(*store, saved.error(), unansweredBefore, cannotTellBefore,
                             {0, Pending::Kind::Save, id, version, value}, waiting);
                continue;
            }
            QMutexLocker locked(&totals.lock);
            totals.saveMs << ms;
            if (saved.ok()) {
                ++totals.saves;
                // Versions only go up: the highest accepted is the last.
                if (version > totals.last.value(id).version)
                    totals.last.insert(id, {version, value});
            } else {
                ++totals.conflicts;
            }
        }
        // Whatever is still unanswered is asked about until the server tells (10 s at most).
        QElapsedTimer asking;
        asking.start();
        while (!waiting.isEmpty() && asking.elapsed() < 10000) {
            settle(*store, waiting);
            if (!waiting.isEmpty())
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        QMutexLocker locked(&totals.lock);
        for (const Pending &p : std::as_const(waiting))
            totals.neverKnown << QStringLiteral("transaction %1").arg(p.transaction);
        locked.unlock();
        reconnectedOrSaid(QStringLiteral("editor %1").arg(n), reconnected, *store);
    };
    auto reader = [&](int n) {
        OpenError error;
        std::unique_ptr<Store> store = Store::open(address, &error);
        if (!store) {
            QMutexLocker locked(&totals.lock);
            totals.unopened
                << QStringLiteral("reader %1: %2").arg(n).arg(error.message.simplified());
            ++unopened;
            return;
        }
        ++opened;
        bool reconnected = false;
        QRandomGenerator random(quint32(5000 + n));
        while (!stop) {
            // What switching authority reads: its actions with their progress, its figures.
            const qint64 authority = authorities.at(random.bounded(int(authorities.size())));
            QElapsedTimer timer;
            timer.start();
            const QList<ActionRow> rows = store->actionPlans().actionRows(authority);
            const QList<IndicatorValue> values = store->indicators().values(authority, indicator);
            const double ms = timer.nsecsElapsed() / 1e6;
            if (store->database().isConnectionLost()) {
                // The server is away: nothing was read; wait, and the next read connects again.
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
                continue;
            }
            if (!rows.isEmpty())
                noteSuccess(reconnected);

            Q_UNUSED(values)
            QMutexLocker locked(&totals.lock);
            totals.switchMs << ms;
        }
        reconnectedOrSaid(QStringLiteral("reader %1").arg(n), reconnected, *store);
    };

    // Clients that have the connection details wrong, one of each kind, over and over: each
    // must be refused with a message, within the connection timeout, under the load.
    QList<std::pair<QString, QString>> bad;
    QString newer;
    if (!fault.isEmpty()) {
        const QString role = QStringLiteral("bench_no_grants");
        testing->admin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'no-grants'").arg(role));
        newer = testing->freshDatabase();
        {
            OpenError error;
            Database::open(testing->address(newer), &error);
            testing->admin(QStringLiteral("UPDATE schema_version SET version = 999"), nullptr,
                           newer);
        }
        QUrl url(address);
        auto with = [&](const std::function<void(QUrl &)> &change) {
            QUrl u = url;
            change(u);
            return u.toString();
        };
        bad << std::pair{QStringLiteral("wrong host"),
                         with([](QUrl &u) { u.setHost(QStringLiteral("127.0.0.2")); })}
            << std::pair{QStringLiteral("wrong port"), with([](QUrl &u) { u.setPort(1); })}
            << std::pair{QStringLiteral("wrong database"),
                         with([](QUrl &u) { u.setPath(QStringLiteral("/no_such_database")); })}
            << std::pair{QStringLiteral("wrong user"),
                         with([](QUrl &u) { u.setUserName(QStringLiteral("no_such_user")); })}
            << std::pair{QStringLiteral("wrong password"),
                         with([](QUrl &u) { u.setPassword(QStringLiteral("not-it")); })}
            << std::pair{QStringLiteral("TLS required"),
                         with([](QUrl &u) { u.setQuery(QStringLiteral("sslmode=require")); })}
            << std::pair{QStringLiteral("a role without grants"), with([&](QUrl &u) {
                             u.setUserName(role);
                             u.setPassword(QStringLiteral("no-grants"));
                         })}
            << std::pair{QStringLiteral("a newer schema"), testing->address(newer)};
    }
    auto wrongDetails = [&]() {
        for (int i = 0; !stop; ++i) {
            const auto &[kind, wrong] = bad.at(i % bad.size());
            QElapsedTimer timer;
            timer.start();
            OpenError error;
            const std::unique_ptr<Store> store = Store::open(wrong, &error);
            const double ms = timer.nsecsElapsed() / 1e6;
            QMutexLocker locked(&totals.lock);
            ++totals.badAttempts;
            totals.slowestBadMs = std::max(totals.slowestBadMs, ms);
            if (store)
                totals.problems << QStringLiteral("%1: opened, not refused").arg(kind);
            else if (error.message.trimmed().isEmpty())
                totals.problems << QStringLiteral("%1: refused without a message").arg(kind);
            else if (ms > 6000)
                totals.problems << QStringLiteral("%1: %2 ms to refuse, past the 5 s timeout")
                                       .arg(kind)
                                       .arg(ms, 0, 'f', 0);
            totals.badSaid.insert(kind, error.message.simplified());
            locked.unlock();
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    };

    // QThreads: the stores' own timers (they listen for colleagues' changes) need one.
    QList<QThread *> threads;
    for (int e = 0; e < editors; ++e)
        threads << QThread::create(editor, e);
    for (int r = 0; r < readers; ++r)
        threads << QThread::create(reader, r);
    if (!bad.isEmpty())
        threads << QThread::create(wrongDetails);
    for (QThread *t : std::as_const(threads))
        t->start();
    // Timed from when every connection is open, for a fixed time; then everyone stops.
    QElapsedTimer waiting;
    waiting.start();
    while (opened + unopened < editors + readers && waiting.elapsed() < 60000)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    clock.start();
    double stoppedAtS = 0;
    double downS = 0;
    bool restarted = true;
    if (!fault.isEmpty()) {
        // In the middle: stopped, a second away, started again.
        std::this_thread::sleep_for(std::chrono::milliseconds(seconds * 500));
        stoppedAtMs = clock.elapsed();
        stoppedAtS = stoppedAtMs / 1000.0;
        const bool stopped =
            fault == QLatin1String("fast") ? ownServer.shutDown() : ownServer.crash();
        std::this_thread::sleep_for(std::chrono::seconds(1));
        restarted = stopped && ownServer.restart();
        backAtMs = clock.elapsed();
        downS = backAtMs / 1000.0 - stoppedAtS;
        // At least two seconds of work after the return, however long the restart took.
        const qint64 left = std::max(qint64(seconds) * 1000 - clock.elapsed(), qint64(2000));
        if (left > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(left));
    } else {
        std::this_thread::sleep_for(std::chrono::seconds(seconds));
    }
    stop = true;
    for (QThread *t : std::as_const(threads)) {
        t->wait();
        delete t;
    }
    const double elapsed = clock.nsecsElapsed() / 1e9;

    // Nothing lost: each action holds its last accepted value, every accepted update and
    // figure is there, and on a server the audit trail has every accepted save.
    QStringList lost = totals.problems;
    if (!restarted)
        lost << QStringLiteral("the server was not stopped and started again");
    for (const QString &who : std::as_const(totals.notReconnected))
        lost << QStringLiteral("%1 did not connect again after the fault").arg(who);
    for (const QString &t : std::as_const(totals.neverKnown))
        lost << QStringLiteral("a save whose commit got no answer (%1) was never read back").arg(t);
    {
        OpenError error;
        std::unique_ptr<Store> check = Store::open(address, &error);
        for (auto it = totals.last.cbegin(); it != totals.last.cend(); ++it) {
            const std::optional<Action> now = check->actionPlans().action(it.key());
            if (!now || now->leadOfficer != it.value().value)
                lost << QStringLiteral("action %1 holds \"%2\", not the last accepted \"%3\"")
                            .arg(it.key())
                            .arg(now ? now->leadOfficer : QStringLiteral("nothing"),
                                 it.value().value);
        }
        std::unique_ptr<Database> db = Database::open(address, &error);
        auto count = [&](const QString &sql) {
            Result<QSqlQuery> q = db->run(sql);
            return q.ok() && q.value().next() ? q.value().value(0).toLongLong() : -1;
        };
        // The run's figures are the only ones: a new database holds none of its own.
        const qint64 updates = count(QStringLiteral("SELECT count(*) FROM action_update"));
        const qint64 figures = count(QStringLiteral("SELECT count(*) FROM indicator_value"));
        if (updates != totals.updates)
            lost << QStringLiteral("%1 updates accepted, %2 held").arg(totals.updates).arg(updates);
        if (figures != totals.figures)
            lost << QStringLiteral("%1 figures accepted, %2 held").arg(totals.figures).arg(figures);
        if (server) {
            const qint64 audited = count(QStringLiteral(
                "SELECT count(*) FROM audit_log WHERE table_name = 'action' AND operation = "
                "'update'"));
            if (audited != totals.saves)
                lost << QStringLiteral("%1 saves accepted, %2 in the audit trail")
                            .arg(totals.saves)
                            .arg(audited);
        }
    }
    if (!fault.isEmpty()) {
        testing->dropDatabase(newer);
        testing->admin(QStringLiteral("DROP ROLE IF EXISTS bench_no_grants"));
    }
    if (!made.isEmpty())
        testing->dropDatabase(made);

    const qint64 accepted = totals.saves + totals.updates + totals.figures;
    std::printf("%s, %d editors and %d readers for %.0f s%s\n",
                server ? "PostgreSQL server" : "SQLite file", editors, readers, elapsed,
                fault.isEmpty()
                    ? ""
                    : qPrintable(QStringLiteral(", stopped (%1) in the middle").arg(fault)));
    std::printf("  saves accepted      %8.1f a second (%lld action edits, %lld updates, %lld "
                "figures)\n",
                accepted / elapsed, static_cast<long long>(totals.saves),
                static_cast<long long>(totals.updates), static_cast<long long>(totals.figures));
    if (!totals.unopened.isEmpty())
        std::printf("  could not connect   %8lld (\"%s\")\n",
                    static_cast<long long>(totals.unopened.size()),
                    qPrintable(totals.unopened.first()));
    std::printf("  conflicts refused   %8lld (a colleague saved the action since it was read)\n",
                static_cast<long long>(totals.conflicts));
    std::printf(
        "  other refusals      %8lld%s\n", static_cast<long long>(totals.failures),
        totals.refusals.isEmpty()
            ? ""
            : qPrintable(
                  QStringLiteral(" (\"%1\")").arg(totals.refusals.join(QStringLiteral("\"; \"")))));
    std::printf("  save, 95th pct      %8.1f ms (median %.1f)\n", percentile(totals.saveMs, 0.95),
                percentile(totals.saveMs, 0.5));
    std::printf("  switch, 95th pct    %8.1f ms (median %.1f; %lld switches)\n",
                percentile(totals.switchMs, 0.95), percentile(totals.switchMs, 0.5),
                static_cast<long long>(totals.switchMs.size()));
    if (!fault.isEmpty()) {
        std::printf("  server stopped      at %.1f s, answering again %.1f s later; every "
                    "client connected again within %.2f s of that\n",
                    stoppedAtS, downS, totals.slowestReconnectS);
        std::printf("  refused, lost link  %8lld (said so: the connection was lost, nothing "
                    "saved)\n",
                    static_cast<long long>(totals.droppedSaves));
        std::printf("  commit unanswered   %8lld (read back by the transaction's id: %lld landed, "
                    "%lld not landed; the restarted server could not tell about %lld, read back "
                    "by their data: %lld landed)\n",
                    static_cast<long long>(totals.unanswered),
                    static_cast<long long>(totals.readBackLanded),
                    static_cast<long long>(totals.readBackNotLanded),
                    static_cast<long long>(totals.cannotTell),
                    static_cast<long long>(totals.cannotTellLanded));
        std::printf("  wrong details       %8lld attempts over %lld kinds, each refused with a "
                    "message, slowest %.0f ms\n",
                    static_cast<long long>(totals.badAttempts),
                    static_cast<long long>(totals.badSaid.size()), totals.slowestBadMs);
        if (args.contains(QLatin1String("--verbose")))
            for (auto it = totals.badSaid.cbegin(); it != totals.badSaid.cend(); ++it)
                std::printf("    %s: %s\n", qPrintable(it.key()), qPrintable(it.value()));
    }
    if (lost.isEmpty()) {
        std::printf("  nothing lost: every action holds its last accepted save, every update "
                    "and figure is there%s\n",
                    server ? ", and the audit trail has every save" : "");
        return 0;
    }
    for (const QString &l : lost.mid(0, 20))
        std::printf("  LOST: %s\n", qPrintable(l));
    return 1;
}
