// Imports a large published-statistics file, as a performance officer loading every
// authority's figures over many years would, and compares the time with sqlite3's own
// .import of the same file into a bare table, in the same run. Measures; asserts nothing.
// It also times sqlite3 itself inserting the same figures, already read, into the tracker's
// table: the floor any import of this file into this schema stands on.
//
//   build/tests/bench_statistics [--rows N] [--runs N] [--check-only]
//   build/tests/bench_statistics --published DIR [--runs N]
//
// With --published, it imports every CSV in DIR (the real DfE files, one of each family)
// into a new database, one after another as a user would, and beside it times sqlite3 itself
// inserting the same figures, already read, into the same tables; the goal is at most 1.2
// times that floor, and under 3 seconds.
//
// The file has the layout of the DfE's children looked after file: each row one place and
// year, with a filter column and two measures. Its places are the built-in authorities and
// synthetic ones added for the run (clearly named), so every row is imported.
#include "authorities/authoritystore.h"
#include "indicators/dfeimport.h"
#include "indicators/indicatorstore.h"
#include "store/database.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// A copy of the template database for one run, and the indicator ids by key; the copy is
// then opened as the import opens it.
std::unique_ptr<Database> runCopy(const QString &template_, const QString &path,
                                  QHash<QString, qint64> *ids)
{
    QFile::copy(template_, path);
    OpenError error;
    std::unique_ptr<Store> store = Store::open(path, &error);
    if (!store)
        return nullptr;
    for (const Indicator &i : store->indicators().indicators())
        ids->insert(i.key, i.id);
    store.reset();
    return Database::open(path, &error);
}

const QString figureColumns = QStringLiteral(
    "authority_id, indicator_id, period_kind, period_start, period_end, period_label, value, "
    "suppression, source_id, source_line");

// sqlite3 moving what the import wrote into a table beside it, emptying the tracker's table;
// then the insert alone, timed.
double sqliteFloor(const QString &sqlite3, const QString &path)
{
    QProcess staging;
    staging.start(sqlite3, {path, QStringLiteral("CREATE TABLE staged AS SELECT %1 FROM "
                                                 "indicator_value ORDER BY id; DELETE FROM "
                                                 "indicator_value; VACUUM;")
                                      .arg(figureColumns)});
    staging.waitForFinished(-1);
    QProcess insert;
    QElapsedTimer timer;
    timer.start();
    insert.start(sqlite3, {path, QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA cache_size = "
                                                "-65536; BEGIN; INSERT INTO indicator_value (%1) "
                                                "SELECT %1 FROM staged; COMMIT;")
                                     .arg(figureColumns)});
    insert.waitForFinished(-1);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (insert.exitCode() != 0)
        std::fprintf(stderr, "bench_statistics: sqlite3 could not insert: %s\n",
                     insert.readAllStandardError().constData());
    return seconds;
}

// Every published file in `folder` into a new database, against SQLite's own insert of the
// same figures into the same tables.
int publishedFiles(const QString &folder, int runs)
{
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.csv")}, QDir::Files,
                                                     QDir::Name);
    if (files.isEmpty()) {
        std::fprintf(stderr, "bench_statistics: no CSV files in %s\n", qPrintable(folder));
        return 1;
    }
    QTemporaryDir dir;
    const QString template_ = dir.filePath(QStringLiteral("template.sqlite"));
    {
        OpenError error;
        if (!Store::open(template_, &error)) {
            std::fprintf(stderr, "bench_statistics: %s\n", qPrintable(error.message));
            return 1;
        }
    }
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QList<double> ours, floors, ratios, reads, withReading;
    qint64 figures = 0;
    for (int run = 0; run < runs; ++run) {
        const QString path = dir.filePath(QStringLiteral("published%1.sqlite").arg(run));
        QHash<QString, qint64> ids;
        std::unique_ptr<Database> db = runCopy(template_, path, &ids);
        figures = 0;
        QElapsedTimer timer;
        timer.start();
        for (const QString &name : files) {
            QFile file(QDir(folder).filePath(name));
            file.open(QIODevice::ReadOnly);
            const QList<MeasureRule> rules = DfeImport::catalogueRules(ids, &file);
            file.seek(0);
            const DfeImport::Summary s = DfeImport(*db, rules).run(&file, true);
            if (!s.written) {
                std::fprintf(stderr, "bench_statistics: %s was not imported\n", qPrintable(name));
                return 1;
            }
            figures += s.values;
        }
        ours << timer.nsecsElapsed() / 1e9;
        db.reset();
        if (!sqlite3.isEmpty()) {
            floors << sqliteFloor(sqlite3, path);
            ratios << ours.last() / floors.last();
            // The other half of the same work: reading the files. sqlite3's .import of each
            // into a bare table, every row kept, nothing checked.
            const QString bare = dir.filePath(QStringLiteral("bare%1.sqlite").arg(run));
            QStringList script;
            for (int f = 0; f < files.size(); ++f)
                script << QStringLiteral(".import --csv %1 file%2")
                              .arg(QDir(folder).filePath(files.at(f)))
                              .arg(f);
            QProcess reading;
            timer.restart();
            reading.start(sqlite3, {bare});
            reading.write(script.join(QLatin1Char('\n')).toUtf8() + '\n');
            reading.closeWriteChannel();
            reading.waitForFinished(-1);
            reads << timer.nsecsElapsed() / 1e9;
            withReading << ours.last() / (floors.last() + reads.last());
            QFile::remove(bare);
        }
        QFile::remove(path);
    }
    std::printf("Importing the %lld published files of %s (%lld figures) into a new database, "
                "median of %d runs\n",
                static_cast<long long>(files.size()), qPrintable(QDir(folder).dirName()),
                static_cast<long long>(figures), runs);
    std::printf("%-52s %10s\n", "measure", "seconds");
    std::printf("%-52s %10.3f\n", "cstracker's import of every file (in process)", median(ours));
    if (floors.isEmpty()) {
        std::printf("%-52s %10s\n", "sqlite3 inserting the same figures", "skipped: no sqlite3");
    } else {
        std::printf("%-52s %10.3f\n", "sqlite3 inserting the same figures, already read",
                    median(floors));
        std::printf("%-52s %10.3f\n", "sqlite3 .import of the same files into bare tables",
                    median(reads));
        std::printf("ratio: %.2f x SQLite's own insert (median of %d runs side by side; goal: at "
                    "most 1.2, and under 3 s)\n",
                    median(ratios), runs);
        std::printf("ratio: %.2f x SQLite reading the files and inserting the figures\n",
                    median(withReading));
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QLatin1String("--published")); at >= 0) {
        const qsizetype r = args.indexOf(QLatin1String("--runs"));
        return publishedFiles(args.value(at + 1),
                              std::max(1, r >= 0 ? args.value(r + 1).toInt() : 7));
    }
    auto option = [&args](const char *name, int fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int wanted = option("--rows", 100000);
    const int runs = std::max(1, option("--runs", 5));
    const bool checkOnly = args.contains(QLatin1String("--check-only")); // read, write nothing
    const int years = 20;
    const int places = std::max(1, wanted / years);

    QTemporaryDir dir;
    const QString csvPath =
        dir.filePath(QStringLiteral("cla_number_and_rate_per_10k_children.csv"));
    const QString template_ = dir.filePath(QStringLiteral("template.sqlite"));
    {
        OpenError error;
        std::unique_ptr<Store> store = Store::open(template_, &error);
        if (!store) {
            std::fprintf(stderr, "bench_statistics: %s\n", qPrintable(error.message));
            return 1;
        }
        // Synthetic places with codes of their own, named as such, beside the real ones.
        const Status added = store->transaction([&]() -> Status {
            for (int p = 0; p < places; ++p) {
                Authority a;
                a.name = QStringLiteral("Benchmark place %1 (synthetic)").arg(p);
                a.onsCode = QStringLiteral("E99%1").arg(p, 6, 10, QLatin1Char('0'));
                a.synthetic = true;
                const Result<qint64> id = store->authorities().add(a);
                if (!id.ok())
                    return Status::of(id);
            }
            return {};
        });
        if (!added.ok()) {
            std::fprintf(stderr, "bench_statistics: %s\n", qPrintable(added.error()));
            return 1;
        }
    }
    QFile csv(csvPath);
    if (!csv.open(QIODevice::WriteOnly))
        return 1;
    csv.write("time_period,time_identifier,geographic_level,country_code,country_name,region_code,"
              "region_name,old_la_code,la_name,new_la_code,population_count,population_estimate,"
              "number,rate_per_10000\n");
    qint64 rows = 0;
    for (int year = 2024 - years + 1; year <= 2024; ++year) {
        for (int p = 0; p < places; ++p, ++rows) {
            const bool withheld = (p + year) % 23 == 0;
            csv.write(
                QStringLiteral("%1,Reporting year,Local authority,E92000001,England,E12000004,"
                               "East Midlands,,\"Benchmark place %2, synthetic\",E99%3,"
                               "Children looked after at 31 March each year,%4,%5,%6\n")
                    .arg(year)
                    .arg(p)
                    .arg(p, 6, 10, QLatin1Char('0'))
                    .arg(40000 + p % 50000)
                    .arg(withheld ? QStringLiteral("c") : QString::number(200 + p % 700))
                    .arg(withheld ? QStringLiteral("c") : QString::number(40 + p % 60))
                    .toUtf8());
        }
    }
    csv.close();
    const double megabytes = QFileInfo(csvPath).size() / 1048576.0;

    // Ours and the reference by turns, so a busy moment of the machine falls on both alike;
    // the ratio reported is the median of each pair's.
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QList<double> ours;
    QList<double> reference;
    QList<double> floors;
    QList<double> ratios;
    qint64 figures = 0;
    for (int run = 0; run < runs; ++run) {
        const QString path = dir.filePath(QStringLiteral("run%1.sqlite").arg(run));
        QHash<QString, qint64> ids;
        std::unique_ptr<Database> db = runCopy(template_, path, &ids);
        QFile file(csvPath);
        file.open(QIODevice::ReadOnly);
        QElapsedTimer timer;
        timer.start();
        const QList<MeasureRule> rules = DfeImport::catalogueRules(ids, &file);
        file.seek(0);
        const DfeImport::Summary s = DfeImport(*db, rules).run(&file, !checkOnly);
        ours << timer.nsecsElapsed() / 1e9;
        if (!s.written && !checkOnly) {
            std::fprintf(stderr, "bench_statistics: the import failed: %s\n",
                         s.problems.isEmpty() ? "" : qPrintable(s.problems.first().reason));
            return 1;
        }
        figures = s.values;
        db.reset();

        if (sqlite3.isEmpty() || checkOnly) {
            QFile::remove(path);
            if (sqlite3.isEmpty())
                continue;
        } else {
            // SQLite's own floor for the write: its shell putting the same figures, already read,
            // into the tracker's table (its checks, indexes and foreign keys), from a table beside
            // it. Made from what the import wrote; only the insert is timed.
            const QString floorPath = dir.filePath(QStringLiteral("floor%1.sqlite").arg(run));
            QFile::rename(path, floorPath);
            floors << sqliteFloor(sqlite3, floorPath);
            QFile::remove(floorPath);
        }

        const QString bare = dir.filePath(QStringLiteral("bare%1.sqlite").arg(run));
        QProcess p;
        timer.restart();
        p.start(sqlite3, {bare, QStringLiteral(".import --csv %1 figures").arg(csvPath)});
        p.waitForFinished(-1);
        reference << timer.nsecsElapsed() / 1e9;
        ratios << ours.last() / reference.last();
        QFile::remove(bare);
    }

    std::printf(
        "Importing %lld rows (%.1f MB, %lld figures, %d places over %d years), median of %d "
        "runs\n",
        static_cast<long long>(rows), megabytes, static_cast<long long>(figures), places, years,
        runs);
    std::printf("%-48s %10s\n", "measure", "seconds");
    std::printf("%-48s %10.3f\n", "cstracker --import-statistics (in process)", median(ours));
    if (reference.isEmpty()) {
        std::printf("%-48s %10s\n", "sqlite3 .import into a bare table", "skipped: no sqlite3");
    } else {
        std::printf("%-48s %10.3f\n", "sqlite3 .import into a bare table", median(reference));
        if (!floors.isEmpty())
            std::printf("%-48s %10.3f\n", "sqlite3 inserting the figures, already read",
                        median(floors));
        std::printf("ratio: %.2f x sqlite3 .import (median of %d runs side by side; goal: at "
                    "most 2)\n",
                    median(ratios), runs);
        QList<double> floorRatios;
        for (qsizetype i = 0; i < floors.size() && i < reference.size(); ++i)
            floorRatios << floors.at(i) / reference.at(i);
        if (!floorRatios.isEmpty())
            std::printf("SQLite's own insert of the same figures into the tracker's table: %.2f x "
                        "sqlite3 .import\n",
                        median(floorRatios));
    }
    return 0;
}
