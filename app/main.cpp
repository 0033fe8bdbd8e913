#include "boardpackcommand.h"
#include "chartcommand.h"
#include "commanddatabase.h"
#include "firstpaintprobe.h"
#include "reportcommand.h"
#include "servercommand.h"
#include "statisticscommand.h"

#include "shell/englishplurals.h"
#include "shell/mainwindow.h"

#include "store/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Ofsted judgements, action plans and key indicators for children's services "
                       "in English local "
                       "authorities."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        {QStringLiteral("d"), QStringLiteral("database")},
        QStringLiteral("Open FILE (an SQLite database; created if it does not exist), or a "
                       "team's server: postgresql://user@host:port/database."),
        QStringLiteral("FILE"));
    const QCommandLineOption authority(
        {QStringLiteral("a"), QStringLiteral("authority")},
        QStringLiteral("Start on (or export for) the authority called NAME."),
        QStringLiteral("NAME"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Fill a new database given with --database with the demo data."));
    const QCommandLineOption readOnly(
        QStringLiteral("read-only"),
        QStringLiteral("Open the database only to read and export; nothing can be changed."));
    parser.addOptions({database, authority, demo, readOnly});
    ChartCommand::addOptions(parser);
    BoardPackCommand::addOptions(parser);
    ReportCommand::addOptions(parser);
    StatisticsCommand::addOptions(parser);
    ServerCommand::addOptions(parser);

    // Parsing needs no application object, so what prints or exports and exits can run on
    // the offscreen platform: over ssh, in scripts, on a build server.
    // A file-size limit (ulimit -f) or a full quota then fails a write with an error the
    // program reports, instead of killing it mid-write.
    std::signal(SIGXFSZ, SIG_IGN);

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const bool parsed = parser.parse(arguments);
    const bool headless = !parsed || parser.isSet(QStringLiteral("help")) ||
                          parser.isSet(QStringLiteral("version")) ||
                          ChartCommand::requested(parser) || BoardPackCommand::requested(parser) ||
                          ReportCommand::requested(parser) ||
                          StatisticsCommand::requested(parser) || ServerCommand::requested(parser);
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cstracker"));
    QApplication::setApplicationDisplayName(
        QStringLiteral("Children's Services Improvement Tracker"));
    QApplication::setApplicationVersion(QStringLiteral(CSTRACKER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.cstracker.Tracker"));
    EnglishPlurals plurals;
    QCoreApplication::installTranslator(&plurals);

    if (!parsed) {
        std::fprintf(stderr, "cstracker: %s\n\n%s", qPrintable(parser.errorText()),
                     qPrintable(parser.helpText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    // With Qt's own options too: Qt prints that help and exits.
    if (parser.isSet(QStringLiteral("help-all")))
        parser.process(QCoreApplication::arguments());
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    // Every command takes the database options alike.
    CommandDatabase chosen;
    chosen.path = parser.value(database);
    chosen.given = parser.isSet(database);
    chosen.demo = parser.isSet(demo);
    chosen.readOnly = parser.isSet(readOnly);
    if (chosen.path.isEmpty()) {
        // The default database lives in the user's data folder and starts with the demo.
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        chosen.path = QDir(dir).filePath(QStringLiteral("tracker.sqlite"));
        chosen.demo = chosen.demo || !QFileInfo::exists(chosen.path);
    }

    if (ServerCommand::requested(parser))
        return ServerCommand::run(parser, chosen);
    if (StatisticsCommand::requested(parser))
        return StatisticsCommand::run(parser, chosen);
    if (ReportCommand::requested(parser))
        return ReportCommand::run(parser, chosen);
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "cstracker: unexpected argument '%s'\n%s",
                     qPrintable(parser.positionalArguments().first()),
                     qPrintable(parser.helpText()));
        return 2;
    }
    if (BoardPackCommand::requested(parser))
        return BoardPackCommand::run(parser, chosen);
    if (ChartCommand::requested(parser))
        return ChartCommand::run(parser, chosen);

    MainWindow window;
    window.openDatabase(chosen.path, chosen.demo,
                        chosen.readOnly ? Access::ReadOnly : Access::ReadWrite);
    window.restoreSession();
    FirstPaintProbe::attachIfAsked(&window);
    window.show();
    if (parser.isSet(authority) && !window.selectAuthority(parser.value(authority))) {
        std::fprintf(stderr, "cstracker: no authority called '%s' in %s\n",
                     qPrintable(parser.value(authority)),
                     qPrintable(QDir::toNativeSeparators(chosen.path)));
    }
    return QApplication::exec();
}
