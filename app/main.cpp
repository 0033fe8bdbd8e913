#include "shell/mainwindow.h"

#include "store/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>

namespace {

// Options that print and exit need no display: they run on the offscreen platform, so
// they work over ssh, in scripts and on a build server.
bool printsOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (printsOnly(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cstracker"));
    QApplication::setApplicationDisplayName(
        QStringLiteral("Children's Services Improvement Tracker"));
    QApplication::setApplicationVersion(QStringLiteral(CSTRACKER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("cstracker"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Ofsted judgements, action plans and key indicators for children's services "
                       "in English local "
                       "authorities."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        {QStringLiteral("d"), QStringLiteral("database")},
        QStringLiteral("Open FILE (an SQLite database; created if it does not exist)."),
        QStringLiteral("FILE"));
    const QCommandLineOption authority({QStringLiteral("a"), QStringLiteral("authority")},
                                       QStringLiteral("Start on the authority called NAME."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Fill a new database given with --database with the demo data."));
    parser.addOptions({database, authority, demo});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "cstracker: unexpected argument '%s'\n%s",
                     qPrintable(parser.positionalArguments().first()),
                     qPrintable(parser.helpText()));
        return 2;
    }

    QString path = parser.value(database);
    bool fillWithDemo = parser.isSet(demo);
    if (path.isEmpty()) {
        // The default database lives in the user's data folder and starts with the demo.
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        path = QDir(dir).filePath(QStringLiteral("tracker.sqlite"));
        fillWithDemo = !QFileInfo::exists(path);
    }

    MainWindow window;
    window.show();
    window.openDatabase(path, fillWithDemo);
    if (parser.isSet(authority) && !window.selectAuthority(parser.value(authority))) {
        std::fprintf(stderr, "cstracker: no authority called '%s' in %s\n",
                     qPrintable(parser.value(authority)),
                     qPrintable(QDir::toNativeSeparators(path)));
    }
    return QApplication::exec();
}
