// England at full scale: start-up, switching authority, charts against gnuplot, a board
// pack and the England view, on the synthetic reference database. Prints one table of
// medians, each beside its goal and, where there is one, a reference measured in the same
// run. Measures; asserts nothing.
//
//   build/tests/bench_england [--runs N] [--quick] [--switch-only] [--server URL|test]
//
// gnuplot (gnuplot-nox) draws the reference charts; a row whose reference is missing says so.
#include "demo/referencedatabase.h"
#include "export/chartexport.h"
#include "shell/authoritypicker.h"
#include "shell/mainwindow.h"

#include "authorities/authoritystore.h"
#include "store/database.h"
#include "store/databasecopy.h"
#include "store/store.h"
#include "support/testserver.h"

#include <QApplication>
#include <QChart>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QLineSeries>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QValueAxis>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

// A chart of gnuplot's reference shape: the four series of a table of "year a b c d" lines,
// with the points marked, as the indicator chart draws them, but from no database.
QChart *bareChart(const QString &table, const QString &who)
{
    auto *chart = new QChart;
    chart->setTitle(QStringLiteral("Children looked after, rate per 10,000"));
    const QStringList names = {who, QStringLiteral("England"), QStringLiteral("Region"),
                               QStringLiteral("Neighbours")};
    QList<QLineSeries *> series;
    for (const QString &name : names) {
        auto *s = new QLineSeries(chart);
        s->setName(name);
        s->setPointsVisible(true);
        series.append(s);
    }
    QFile in(table);
    if (in.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : in.readAll().split('\n')) {
            const QList<QByteArray> cells = line.split(' ');
            if (cells.size() < 5)
                continue;
            for (int i = 0; i < 4; ++i)
                series[i]->append(cells.at(0).toDouble(), cells.at(i + 1).toDouble());
        }
    }
    auto *x = new QValueAxis(chart);
    auto *y = new QValueAxis(chart);
    y->setTitleText(QStringLiteral("Rate per 10,000 children"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : std::as_const(series)) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

double percentile95(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty()
               ? -1
               : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(values.size() * 0.95)));
}

// Milliseconds to one decimal, for times within a frame.
QString fineMs(double v)
{
    return v < 0 ? QStringLiteral("failed") : QStringLiteral("%1 ms").arg(v, 0, 'f', 1);
}

// Wall time of a child process, in ms; -1 when it fails.
double
timeProcess(const QString &program, const QStringList &arguments,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
            QByteArray *output = nullptr)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    QElapsedTimer t;
    t.start();
    p.start(program, arguments);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s%s\n", qPrintable(program),
                     p.readAllStandardOutput().constData(), p.readAllStandardError().constData());
        return -1;
    }
    const double ms = t.nsecsElapsed() / 1e6;
    if (output)
        *output = p.readAllStandardOutput();
    return ms;
}

QList<double> repeat(int runs, const std::function<double()> &once)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        const double ms = once();
        if (ms >= 0)
            times << ms;
    }
    return times;
}

struct Row
{
    QString measure;
    QString ours;
    QString reference;
    QString goal;
};

QString ms(double v)
{
    return v < 0 ? QStringLiteral("failed") : QStringLiteral("%1 ms").arg(v, 0, 'f', 0);
}

// Sees a panel, or anything inside it, painted.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *panel)
        : m_panel(panel)
    {
        qApp->installEventFilter(this);
    }
    ~PaintWatch() override { qApp->removeEventFilter(this); }
    void reset() { m_seen = false; }
    bool seen() const { return m_seen; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (widget == m_panel || m_panel->isAncestorOf(widget))
                m_seen = true;
        }
        return false;
    }

private:
    QWidget *m_panel;
    bool m_seen = false;
};

} // namespace

void measureExports(QList<Row> &rows, const QString &cstracker, const QString &gnuplot,
                    const QString &db, const QString &who, const QTemporaryDir &dir,
                    const QProcessEnvironment &env, int runs);

// Switching authority in the window: every panel refreshed, the shown one painted. Then the
// England view: every authority's latest judgements. `where` follows each measure's name.
void measureSwitching(QList<Row> &rows, const QString &database, const QString &where, int runs)
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    window.openDatabase(database);
    auto *tabs = window.findChild<QTabWidget *>();
    const auto showTab = [tabs](const QString &name) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i).remove(QLatin1Char('&')) == name)
                tabs->setCurrentIndex(i);
        }
    };
    const QStringList names = {QStringLiteral("Leicester"), QStringLiteral("Kent"),
                               QStringLiteral("Dudley"), QStringLiteral("Cornwall"),
                               QStringLiteral("Camden")};
    // Every panel but the England view (which shows no one authority): the 95th percentile
    // of `switches` switches, each from the selection until the panel has painted.
    const int switches = runs > 1 ? 200 : 20;
    // On a server, how many statements each switch prepared, for the floor below.
    const Database &db = window.store()->database();
    const bool onServer = db.dialect() == Database::Dialect::Postgres;
    struct Statements
    {
        QString tab;
        qsizetype row;
        QList<qint64> prepared; // each switch's statements prepared anew
        QList<qint64> reused;   // and those kept prepared from an earlier switch
    };
    QList<Statements> statements;
    for (int i = 0; i < tabs->count(); ++i) {
        const QString tab = tabs->tabText(i).remove(QLatin1Char('&'));
        if (tab == QLatin1String("England"))
            continue;
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        PaintWatch painted(tabs->currentWidget());
        QList<double> times;
        Statements counted{tab, 0, {}, {}};
        for (int n = 0; n < switches; ++n) {
            painted.reset();
            const qint64 preparedBefore = db.statementsPrepared();
            const qint64 reusedBefore = db.statementsReused();
            QElapsedTimer t;
            t.start();
            window.selectAuthority(names.at(n % names.size()));
            // As the event loop does it: what the switch changed is painted when its update
            // request arrives. The clock stops once the panel has painted and a further pass
            // of the event loop (a layout settling, a second update) paints nothing more.
            while (!painted.seen() && t.elapsed() < 5000) // a switch that painted nothing
                QApplication::processEvents(QEventLoop::AllEvents);
            do {
                painted.reset();
                QApplication::processEvents(QEventLoop::AllEvents);
            } while (painted.seen());
            times << t.nsecsElapsed() / 1e6;
            counted.prepared << db.statementsPrepared() - preparedBefore;
            counted.reused << db.statementsReused() - reusedBefore;
        }
        rows.append({QStringLiteral("switching authority, on %1%2: 95th percentile of %3")
                         .arg(tab, where)
                         .arg(switches),
                     fineMs(percentile95(times)),
                     QStringLiteral("median %1").arg(fineMs(median(times))),
                     QStringLiteral("16 ms")});
        counted.row = rows.size();
        statements << counted;
    }
    if (onServer) {
        // The floor of a switch on a server: its statements' round trips with no work
        // between. A statement prepared anew is three (prepare, execute with one value and
        // read its row, release); one kept prepared is one (execute and read). Each is timed
        // alone on the same connection, then multiplied by each switch's counts; the
        // server's own time for the real statements comes on top.
        const QString probe = QStringLiteral("SELECT CAST(? AS integer)");
        QList<double> anew;
        QList<double> kept;
        for (int n = 0; n < 200; ++n) {
            QElapsedTimer t;
            t.start();
            {
                QSqlQuery q = db.prepare(probe);
                q.addBindValue(n);
                q.exec();
                q.next();
            }
            anew << t.nsecsElapsed() / 1e6;
            t.start();
            {
                const Database::Kept k = db.keep(probe);
                k.query().addBindValue(n);
                k.query().exec();
                k.query().next();
            }
            if (n > 0) // the first prepares it
                kept << t.nsecsElapsed() / 1e6;
        }
        const double anewTrips = median(anew);
        const double keptTrips = median(kept);
        for (auto at = statements.crbegin(); at != statements.crend(); ++at) {
            QList<double> floors;
            QList<double> prepared;
            QList<double> reused;
            for (qsizetype n = 0; n < at->prepared.size(); ++n) {
                floors << at->prepared.at(n) * anewTrips + at->reused.at(n) * keptTrips;
                prepared << double(at->prepared.at(n));
                reused << double(at->reused.at(n));
            }
            // Statements are kept prepared only on a file today; the kept are named when any
            // are.
            const QString kept = median(reused) > 0
                                     ? QStringLiteral(", and %1 kept prepared, %2 each")
                                           .arg(median(reused), 0, 'f', 0)
                                           .arg(fineMs(keptTrips))
                                     : QString();
            rows.insert(at->row,
                        {QStringLiteral("floor: the round trips of a switch's statements, on %1 "
                                        "(server; %2 statements a switch at the median, %3 "
                                        "each%4)")
                             .arg(at->tab)
                             .arg(median(prepared), 0, 'f', 0)
                             .arg(fineMs(anewTrips), kept),
                         fineMs(percentile95(floors)),
                         QStringLiteral("median %1").arg(fineMs(median(floors))), QString()});
        }
    }
    QList<double> times;
    for (int r = 0; r < std::max(3, runs); ++r) {
        tabs->setCurrentIndex(0);
        QApplication::processEvents();
        QElapsedTimer t;
        t.start();
        showTab(QStringLiteral("England"));
        window.repaint();
        QApplication::processEvents();
        times << t.nsecsElapsed() / 1e6;
    }
    rows.append({QStringLiteral("opening the England view%1").arg(where), ms(median(times)),
                 QString(), QStringLiteral("100 ms")});
}

// Copies the reference file onto the server: `server` is the address of an empty database,
// or "test" for a new one on the throwaway server of a test run (CSTRACKER_TEST_POSTGRES_STATE),
// named in `made` for dropping after. The copy's address, empty on failure.
QString copyToServer(const QString &file, const QString &server, QString *made)
{
    QString address = server;
    if (server == QLatin1String("test")) {
        static const TestServer testServer;
        if (!testServer.isRunning()) {
            std::fprintf(stderr, "bench_england: no test server (CSTRACKER_TEST_POSTGRES_STATE)\n");
            return {};
        }
        *made = testServer.freshDatabase();
        address = testServer.address(*made);
    }
    OpenError error;
    std::unique_ptr<Database> from = Database::open(file, &error);
    std::unique_ptr<Database> to = from ? Database::open(address, &error) : nullptr;
    if (!to) {
        std::fprintf(stderr, "bench_england: %s\n", qPrintable(error.message));
        return {};
    }
    const Result<DatabaseCopy::Counts> copied = DatabaseCopy::copy(*from, *to);
    if (!copied.ok()) {
        std::fprintf(stderr, "bench_england: %s\n", qPrintable(copied.error()));
        return {};
    }
    // The copy's 80 MB written out now, not by the server's checkpointer while switching
    // is timed: a team's server is measured as it is in use, not just after a bulk load.
    if (!made->isEmpty())
        TestServer().admin(QStringLiteral("CHECKPOINT"));
    return address;
}

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QLatin1String("--quick"));
    // Only the switching rows, for a profiler to watch.
    const bool switchOnly = args.contains(QLatin1String("--switch-only"));
    const qsizetype runsAt = args.indexOf(QLatin1String("--runs"));
    const int runs = std::max(
        1, runsAt >= 0 && runsAt + 1 < args.size() ? args.at(runsAt + 1).toInt() : (quick ? 1 : 7));
    const QString cstracker = QStringLiteral(CSTRACKER_BINARY);
    const QString gnuplot = QStandardPaths::findExecutable(QStringLiteral("gnuplot"));
    // Switching measured again on a copy on a PostgreSQL server: --server URL (an empty
    // database) or --server test (a new database on a test run's server).
    const qsizetype serverAt = args.indexOf(QLatin1String("--server"));
    const QString server =
        serverAt >= 0 && serverAt + 1 < args.size() ? args.at(serverAt + 1) : QString();

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("reference.sqlite"));
    QElapsedTimer made;
    made.start();
    const Result<ReferenceDatabase::Counts> counts = ReferenceDatabase::generate(
        db, 2026, quick ? ReferenceDatabase::quick() : ReferenceDatabase::Size());
    if (!counts.ok()) {
        std::fprintf(stderr, "bench_england: %s\n", qPrintable(counts.error()));
        return 1;
    }
    std::printf("Reference database: %lld places, %lld figures, %lld inspections, %lld actions, "
                "%lld updates (%.1f s to generate)\n\n",
                counts.value().authorities, counts.value().figures, counts.value().inspections,
                counts.value().actions, counts.value().updates, made.elapsed() / 1000.0);

    QList<Row> rows;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Settings of their own, so no earlier session's window size or authority counts.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    // And a cache of their own: it holds which databases were last seen whole.
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    const QString who = QStringLiteral("Leicester");

    // Cold start to the first paint, and the most memory held by then.
    if (!switchOnly) {
        QProcessEnvironment probe = env;
        probe.insert(QStringLiteral("CSTRACKER_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
        QByteArray said;
        const QList<double> times = repeat(runs, [&] {
            return timeProcess(cstracker, {QStringLiteral("--database"), db}, probe, &said);
        });
        const QString memory =
            QString::fromLatin1(said).section(QStringLiteral("peak memory "), 1).section(QLatin1Char(';'), 0, 0).trimmed();
        rows.append({QStringLiteral("cold start to first paint"), ms(median(times)),
                     QStringLiteral("peak memory %1").arg(memory),
                     QStringLiteral("0.5 s; 150 MB")});
        // The first opening of a file this program has not seen whole (copied in, or left
        // by an interrupted session) reads every page to check it: an empty cache each time.
        int fresh = 0;
        const QList<double> first = repeat(runs, [&] {
            QProcessEnvironment unseen = probe;
            unseen.insert(QStringLiteral("XDG_CACHE_HOME"),
                          dir.filePath(QStringLiteral("cache-%1").arg(++fresh)));
            return timeProcess(cstracker, {QStringLiteral("--database"), db}, unseen);
        });
        rows.append({QStringLiteral("cold start, a database not seen before"), ms(median(first)),
                     QStringLiteral("every page checked"), QStringLiteral("0.5 s")});
    }

    // Switching authority in the window, on the file and, when asked, on a server.
    measureSwitching(rows, db, QString(), runs);
    if (!server.isEmpty()) {
        QElapsedTimer copying;
        copying.start();
        QString made;
        const QString target = copyToServer(db, server, &made);
        if (!target.isEmpty()) {
            std::printf("Copied onto the server in %.1f s\n\n", copying.elapsed() / 1000.0);
            measureSwitching(rows, target, QStringLiteral(" (server)"), runs);
        }
        if (!made.isEmpty())
            TestServer().dropDatabase(made); // 80 MB a run, on a server that stays up
        if (target.isEmpty())
            return 1;
    }

    if (!switchOnly)
        measureExports(rows, cstracker, gnuplot, db, who, dir, env, runs);

    std::printf("| measure | median of %d | reference, same run | goal |\n|---|---|---|---|\n",
                runs);
    for (const Row &r : std::as_const(rows))
        std::printf("| %s | %s | %s | %s |\n", qPrintable(r.measure), qPrintable(r.ours),
                    qPrintable(r.reference), qPrintable(r.goal));
    return 0;
}

// Charts and a board pack from the command line, each beside gnuplot where it draws the same.
void measureExports(QList<Row> &rows, const QString &cstracker, const QString &gnuplot,
                    const QString &db, const QString &who, const QTemporaryDir &dir,
                    const QProcessEnvironment &env, int runs)
{
    // The figures of one indicator chart as gnuplot reads them, for the reference charts.
    const QString table = dir.filePath(QStringLiteral("cla.csv"));
    timeProcess(cstracker,
                {QStringLiteral("--database"), db, QStringLiteral("--authority"), who,
                 QStringLiteral("--chart"), QStringLiteral("indicator"),
                 QStringLiteral("--indicator"), QStringLiteral("cla_rate"),
                 QStringLiteral("--export-chart"), table},
                env);
    const QString data = dir.filePath(QStringLiteral("cla.dat"));
    {
        // The chart's table as gnuplot reads it: year, then the four series.
        QFile in(table);
        QFile out(data);
        if (in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly)) {
            QTextStream text(&out);
            const QList<QByteArray> lines = in.readAll().split('\n');
            for (int i = 1; i < lines.size(); ++i) {
                const QList<QByteArray> cells = lines.at(i).split(',');
                if (cells.size() < 5)
                    continue;
                const QByteArray year = cells.at(0).right(4);
                text << year << ' ' << cells.at(1) << ' ' << cells.at(2) << ' ' << cells.at(3)
                     << ' ' << cells.at(4) << '\n';
            }
        }
    }
    // Every chart of the authority in one command (the grades, two of the action plan, each
    // indicator with figures), against gnuplot drawing as many charts of the same shape (the
    // four series of cla_rate) in one script, at the same size.
    const QString folder = dir.filePath(QStringLiteral("charts"));
    const QList<std::pair<QString, QString>> allFormats = {
        {QStringLiteral("png"), QStringLiteral("pngcairo size 1890,1172 font 'DejaVu Sans,24'")},
        {QStringLiteral("svg"), QStringLiteral("svg size 605,375 font 'DejaVu Sans,8'")}};
    // The program's own start, with no database: part of any one command's time.
    const double start = median(
        repeat(runs, [&] { return timeProcess(cstracker, {QStringLiteral("--version")}, env); }));
    for (const auto &[suffix, terminal] : allFormats) {
        const QList<double> mine = repeat(runs, [&] {
            return timeProcess(cstracker,
                               {QStringLiteral("--database"), db, QStringLiteral("--authority"),
                                who, QStringLiteral("--export-charts"), folder,
                                QStringLiteral("--format"), suffix, QStringLiteral("--force")},
                               env);
        });
        QFile list(QDir(folder).filePath(QStringLiteral("charts.csv")));
        const qsizetype charts =
            list.open(QIODevice::ReadOnly) ? list.readAll().count('\n') - 1 : 0;
        QString reference = QStringLiteral("skipped: gnuplot is not installed");
        QString goal = suffix == QLatin1String("png") ? QStringLiteral("1 x gnuplot")
                                                      : QStringLiteral("5 x gnuplot");
        double ratio = -1;
        if (!gnuplot.isEmpty() && charts > 0) {
            QString script = QStringLiteral("set terminal %1; set key bottom; set ylabel 'Rate "
                                            "per 10,000 children'; ")
                                 .arg(terminal);
            for (qsizetype i = 0; i < charts; ++i)
                script += QStringLiteral("set output '%1'; set title 'Chart %2'; plot '%3' using "
                                         "1:2 with linespoints lw 3 title '%4', '' using 1:3 with "
                                         "linespoints dt 2 title 'England', '' using 1:4 with "
                                         "linespoints dt 3 title 'Region', '' using 1:5 with "
                                         "linespoints dt 4 title 'Neighbours'; ")
                              .arg(dir.filePath(QStringLiteral("gnuplot-%1.%2").arg(i).arg(suffix)))
                              .arg(i + 1)
                              .arg(data, who);
            const double theirs = median(repeat(runs, [&] {
                return timeProcess(gnuplot, {QStringLiteral("-e"), script}, env);
            }));
            reference =
                QStringLiteral("gnuplot, %1 charts in one script: %2").arg(charts).arg(ms(theirs));
            ratio = theirs > 0 ? median(mine) / theirs : -1;
        }
        rows.append({QStringLiteral("every chart of %1 (%2) to %3%4")
                         .arg(who)
                         .arg(charts)
                         .arg(suffix.toUpper(),
                              ratio > 0 ? QStringLiteral(" (%1 x gnuplot)").arg(ratio, 0, 'f', 2)
                                        : QString()),
                     ms(median(mine)), reference, goal});
        // The floor of the same drawing in Qt: as many charts of gnuplot's shape (the four
        // series of cla_rate, from the same table), each drawn by Qt Charts in the print
        // theme and written as the export writes it, in this process with no database, plus
        // the program's start.
        const QList<double> floor = repeat(runs, [&] {
            QElapsedTimer timer;
            timer.start();
            for (qsizetype i = 0; i < charts; ++i) {
                auto *chart = bareChart(data, who);
                ChartExport::Options o;
                o.overwrite = true;
                ChartExport::write(
                    chart, dir.filePath(QStringLiteral("floor-%1.%2").arg(i).arg(suffix)), o);
            }
            return timer.nsecsElapsed() / 1e6 + start;
        });
        rows.append({QStringLiteral("floor: Qt Charts drawing %1 charts of that shape to %2, and "
                                    "the program's start (%3)")
                         .arg(charts)
                         .arg(suffix.toUpper(), ms(start)),
                     ms(median(floor)), QString(), QString()});
    }

    // A board pack with 30 charts: the grades, two of the action plan, and 27 indicators.
    {
        const QString keys = QStringLiteral(
            "cla_rate,cla_count,cla_started_rate,cin_rate,cin_count,cpp_rate,cpp_count,"
            "cpp_repeat_pct,referrals_repeat_pct,assessments_45_days_pct,care_leavers_eet_pct,"
            "care_leavers_eet_17_18_pct,care_leavers_in_touch_pct,care_leavers_accommodation_pct,"
            "cla_three_placements_pct,cla_long_term_stability_pct,cla_missing_pct,sw_turnover_pct,"
            "sw_agency_pct,sw_vacancy_pct,sw_caseload,adoption_a1_days,icpc_15_days_pct,"
            "child_population,private_fostering_count,cla_started_count,cla_ceased_count");
        const QList<double> times = repeat(runs, [&] {
            return timeProcess(cstracker,
                               {QStringLiteral("--database"), db, QStringLiteral("--authority"),
                                who, QStringLiteral("--board-pack"),
                                dir.filePath(QStringLiteral("pack.pdf")), QStringLiteral("--force"),
                                QStringLiteral("--meeting"), QStringLiteral("Board"),
                                QStringLiteral("--meeting-date"), QStringLiteral("2026-12-10"),
                                QStringLiteral("--indicators"), keys},
                               env);
        });
        rows.append({QStringLiteral("board pack with 30 charts"), ms(median(times)), QString(),
                     QStringLiteral("0.5 s")});
    }
}
