// Writes the reference database the England-scale benchmark runs on.
//   make_reference_database FILE [--seed N] [--quick]
#include "demo/referencedatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a synthetic database of England at full scale for benchmarks: every authority, "
        "every indicator over 20 years, inspections, 20,000 actions and 200,000 updates."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("seed"), QStringLiteral("The random seed (default 2026)."),
                      QStringLiteral("N"), QStringLiteral("2026")});
    parser.addOption({QStringLiteral("quick"), QStringLiteral("A small database, for CI.")});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A new database file."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "Give one new database file.\n");
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    const Result<ReferenceDatabase::Counts> made = ReferenceDatabase::generate(
        parser.positionalArguments().constFirst(), parser.value(QStringLiteral("seed")).toUInt(),
        parser.isSet(QStringLiteral("quick")) ? ReferenceDatabase::quick()
                                              : ReferenceDatabase::Size());
    if (!made.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(made.error()));
        return 1;
    }
    const ReferenceDatabase::Counts &c = made.value();
    std::printf("%lld places, %lld figures, %lld inspections, %lld recommendations, %lld actions, "
                "%lld updates in %.1f s\n",
                c.authorities, c.figures, c.inspections, c.recommendations, c.actions, c.updates,
                timer.elapsed() / 1000.0);
    return 0;
}
