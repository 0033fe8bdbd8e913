// Reads Ofsted reports over and over, as a batch import of hundreds would, and prints the
// time a report and the memory in use as the batch grows. Measures; asserts nothing.
//
//   build/tests/bench_reports [--reports N] [FOLDER]
//
// FOLDER defaults to the test reports; N (default 500) reports are read in turn.
#include "authorities/authoritystore.h"
#include "reports/authoritymatcher.h"
#include "reports/reportfile.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

// Resident memory now, in MB, from the kernel's accounting of this process.
double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int total = 500;
    const qsizetype n = args.indexOf(QStringLiteral("--reports"));
    if (n >= 0 && n + 1 < args.size()) {
        total = args.at(n + 1).toInt();
        args.remove(n, 2);
    }
    const QString folder = args.value(0, QStringLiteral(CSTRACKER_TEST_DATA "/ofsted-reports"));
    QStringList files;
    for (const QString &f :
         QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name))
        files << QDir(folder).filePath(f);
    if (files.isEmpty() || total <= 0) {
        std::fprintf(stderr, "bench_reports: no PDF files in %s\n", qPrintable(folder));
        return 2;
    }
    QTemporaryDir dir;
    OpenError error;
    const std::unique_ptr<Store> store =
        Store::open(dir.filePath(QStringLiteral("b.sqlite")), &error);
    if (!store) {
        std::fprintf(stderr, "bench_reports: %s\n", qPrintable(error.message));
        return 1;
    }
    const AuthorityMatcher matcher(store->authorities().all(), store->authorities().aliases());

    std::printf("Reading %d reports (%lld files in turn) on one thread\n", total,
                static_cast<long long>(files.size()));
    std::printf("%10s %14s %14s %12s\n", "reports", "ms a report", "slowest (ms)", "memory (MB)");
    QList<double> times;
    int read = 0;
    QElapsedTimer all;
    all.start();
    for (int i = 0; i < total; ++i) {
        QElapsedTimer t;
        t.start();
        const ReportFile file = ReportFile::read(files.at(i % files.size()), matcher);
        times << t.nsecsElapsed() / 1e6;
        read += file.ok() ? 1 : 0;
        const int done = i + 1;
        if (done == total || done == 1 || done % 100 == 0) {
            QList<double> sorted = times;
            std::sort(sorted.begin(), sorted.end());
            double sum = 0;
            for (double v : times)
                sum += v;
            std::printf("%10d %14.1f %14.1f %12.1f\n", done, sum / done, sorted.last(),
                        residentMb());
        }
    }
    QList<double> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    std::printf("median %.1f ms a report; %d reports in %.1f s (%d read, %d refused)\n",
                sorted.at(sorted.size() / 2), total, all.elapsed() / 1000.0, read, total - read);
    return 0;
}
