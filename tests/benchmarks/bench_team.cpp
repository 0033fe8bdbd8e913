// A team at work on one database: N editors saving actions, adding progress updates and
// entering figures for the same few authorities, each on a connection of its own (a thread
// of this program running the tracker's own store code), while readers switch authority.
// For a fixed time; then it checks that no accepted save was lost (every action holds the
// last value accepted for it, every accepted update and figure is there) and, on a server,
// that the audit trail has a row for every accepted save. Measures and reports; it fails
// (exit 1) only when something was lost.
//
//   build/tests/bench_team [--server URL|test] [--editors N] [--readers N] [--seconds S]
//                          [--quick]
//
// Without --server it runs on a new SQLite file, each editor and reader on a connection
// of its own, as separate programs would be. The server's address is the only one used:
// the throwaway server of a test run (--server test) listens on the loopback address.
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

#include <algorithm>
#include <atomic>
#include <cstdio>
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
    qint64 conflicts = 0;         // refused: a colleague saved since it was read
    qint64 failures = 0;          // refused for another reason
    qint64 updates = 0;           // progress updates added
    qint64 figures = 0;           // figures entered
    QHash<qint64, Accepted> last; // per action: the last accepted save
    QList<qint64> updateIds;
    QList<qint64> figureIds;
    QStringList problems; // what was lost
    QStringList unopened; // connections refused at the start
    QStringList refusals; // what the refused saves said, a few of each
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
    const int seconds = std::clamp(option("--seconds", quick ? 3 : 60), 1, 600);
    const qsizetype serverAt = args.indexOf(QLatin1String("--server"));
    QString address = serverAt >= 0 ? args.value(serverAt + 1) : QString();

    QTemporaryDir dir;
    QString made;
    std::optional<TestServer> testServer;
    if (address == QLatin1String("test")) {
        testServer.emplace();
        if (!testServer->isRunning()) {
            std::fprintf(stderr, "bench_team: no test server (CSTRACKER_TEST_POSTGRES_STATE)\n");
            return 1;
        }
        made = testServer->freshDatabase();
        address = testServer->address(made);
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
    QElapsedTimer clock;
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
        QRandomGenerator random(quint32(1000 + n));
        for (int op = 0; !stop; ++op) {
            const qint64 id = actions.at(random.bounded(int(actions.size())));
            if (op % 10 == 9) {
                // A figure, for a day of its own so two editors never enter the same one.
                IndicatorValue v;
                v.authorityId = authorities.at(n % authorities.size());
                v.indicatorId = indicator;
                const QDate day = QDate(1000, 1, 1).addDays((op / 10) * 64 + n);
                v.period = Period::at(day);
                v.value = random.bounded(1000) / 10.0;
                const Result<qint64> added = store->indicators().addValue(v);
                QMutexLocker locked(&totals.lock);
                if (added.ok()) {
                    ++totals.figures;
                    totals.figureIds << added.value();
                } else {
                    ++totals.failures;
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
                QMutexLocker locked(&totals.lock);
                if (added.ok()) {
                    ++totals.updates;
                    totals.updateIds << added.value();
                } else {
                    ++totals.failures;
                }
                continue;
            }
            // An edit over the version just read: refused if a colleague saved in between.
            std::optional<Action> action = store->actionPlans().action(id);
            if (!action)
                continue;
            const QString value = QStringLiteral("editor %1, save %2").arg(n).arg(op);
            action->leadOfficer = value;
            QElapsedTimer timer;
            timer.start();
            const Status saved = store->actionPlans().updateAction(*action);
            const double ms = timer.nsecsElapsed() / 1e6;
            // A save goes over the version read and moves it on by one (on a server, the
            // server itself does): that is the version this save made.
            const int version = action->version.number + 1;
            QMutexLocker locked(&totals.lock);
            totals.saveMs << ms;
            if (saved.ok()) {
                ++totals.saves;
                // Versions only go up: the highest accepted is the last.
                if (version > totals.last.value(id).version)
                    totals.last.insert(id, {version, value});
            } else if (saved.isConflict()) {
                ++totals.conflicts;
            } else {
                // Refused with a message (the file busy past its timeout): not saved, not lost.
                ++totals.failures;
                if (totals.refusals.size() < 3 && !totals.refusals.contains(saved.error()))
                    totals.refusals << saved.error();
            }
        }
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
        QRandomGenerator random(quint32(5000 + n));
        while (!stop) {
            // What switching authority reads: its actions with their progress, its figures.
            const qint64 authority = authorities.at(random.bounded(int(authorities.size())));
            QElapsedTimer timer;
            timer.start();
            const QList<ActionRow> rows = store->actionPlans().actionRows(authority);
            const QList<IndicatorValue> values = store->indicators().values(authority, indicator);
            const double ms = timer.nsecsElapsed() / 1e6;
            Q_UNUSED(rows)
            Q_UNUSED(values)
            QMutexLocker locked(&totals.lock);
            totals.switchMs << ms;
        }
    };

    // QThreads: the stores' own timers (they listen for colleagues' changes) need one.
    QList<QThread *> threads;
    for (int e = 0; e < editors; ++e)
        threads << QThread::create(editor, e);
    for (int r = 0; r < readers; ++r)
        threads << QThread::create(reader, r);
    for (QThread *t : std::as_const(threads))
        t->start();
    // Timed from when every connection is open, for a fixed time; then everyone stops.
    QElapsedTimer waiting;
    waiting.start();
    while (opened + unopened < editors + readers && waiting.elapsed() < 60000)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    clock.start();
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    for (QThread *t : std::as_const(threads)) {
        t->wait();
        delete t;
    }
    const double elapsed = clock.nsecsElapsed() / 1e9;

    // Nothing lost: each action holds its last accepted value, every accepted update and
    // figure is there, and on a server the audit trail has every accepted save.
    QStringList lost = totals.problems;
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
        const qint64 updates = count(QStringLiteral("SELECT count(*) FROM action_update"));
        qint64 figures = 0;
        for (qsizetype from = 0; from < totals.figureIds.size(); from += 500) {
            QStringList ids;
            for (qint64 id : totals.figureIds.mid(from, 500))
                ids << QString::number(id);
            figures += count(QStringLiteral("SELECT count(*) FROM indicator_value WHERE id IN (%1)")
                                 .arg(ids.join(QLatin1Char(','))));
        }
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
    if (!made.isEmpty())
        testServer->dropDatabase(made);

    const qint64 accepted = totals.saves + totals.updates + totals.figures;
    std::printf("%s, %d editors and %d readers for %.0f s\n",
                server ? "PostgreSQL server" : "SQLite file", editors, readers, elapsed);
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
