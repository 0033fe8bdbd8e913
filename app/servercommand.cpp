#include "servercommand.h"

#include "commanddatabase.h"

#include "store/database.h"
#include "store/databasecopy.h"
#include "store/serversetup.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <cstdio>

namespace {

const QString initOption = QStringLiteral("init-server");
const QString grantOption = QStringLiteral("grant-role");
const QString copyOption = QStringLiteral("copy-to");

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "cstracker: %s\n", qPrintable(message));
    return code;
}

} // namespace

namespace ServerCommand {

void addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {initOption, QStringLiteral("Set up the PostgreSQL database given with --database for a "
                                    "team: its tables, the reader, editor and administrator "
                                    "roles, and the audit trail. Run once by an administrator "
                                    "(and again after an update).")});
    parser.addOption({grantOption,
                      QStringLiteral("Make the server's login role USER a reader, editor or "
                                     "administrator of the --database (an administrator's task)."),
                      QStringLiteral("USER=ROLE")});
    parser.addOption({copyOption,
                      QStringLiteral("Copy everything in the --database into TARGET, a new file or "
                                     "an empty server database (postgresql://...), keeping every "
                                     "id, source and history row; either way round."),
                      QStringLiteral("TARGET")});
}

bool requested(const QCommandLineParser &parser)
{
    return parser.isSet(initOption) || parser.isSet(grantOption) || parser.isSet(copyOption);
}

int copy(const CommandDatabase &database, const QString &target)
{
    const auto shown = [](const QString &where) {
        return Database::isServerAddress(where) ? QUrl(where).toString(QUrl::RemovePassword)
                                                : where;
    };
    if (!Database::isServerAddress(database.path) && !QFileInfo::exists(database.path))
        return fail(QStringLiteral("There is no database at %1 to copy.").arg(database.path));
    if (!Database::isServerAddress(target) && QFileInfo::exists(target)) {
        return fail(QStringLiteral("%1 already exists; a copy goes into a new file, so nothing "
                                   "there is lost.")
                        .arg(target));
    }
    OpenError error;
    std::unique_ptr<Database> from = Database::open(database.path, &error, Access::ReadOnly);
    if (!from)
        return fail(error.message);
    std::unique_ptr<Database> to = Database::open(target, &error);
    if (!to)
        return fail(error.message);
    const Result<DatabaseCopy::Counts> done = DatabaseCopy::copy(*from, *to);
    if (!done.ok()) {
        to.reset();
        // A new file the copy failed to fill is not left looking like a database.
        if (!Database::isServerAddress(target))
            QFile::remove(target);
        return fail(done.error());
    }
    std::printf("%s: copied into %s: %lld rows in %lld tables, every id kept.\n",
                qPrintable(shown(database.path)), qPrintable(shown(target)), done.value().rows,
                done.value().tables);
    return 0;
}

int run(const QCommandLineParser &parser, const CommandDatabase &database)
{
    if (parser.isSet(copyOption))
        return copy(database, parser.value(copyOption));
    if (!Database::isServerAddress(database.path)) {
        return fail(QStringLiteral("--%1 and --%2 take a server's --database "
                                   "(postgresql://user@host:port/database).")
                        .arg(initOption, grantOption),
                    2);
    }
    std::optional<std::pair<QString, ServerRole>> grant;
    if (parser.isSet(grantOption)) {
        const QString value = parser.value(grantOption);
        const QString user = value.section(QLatin1Char('='), 0, 0).trimmed();
        const QString role = value.section(QLatin1Char('='), 1).trimmed().toLower();
        std::optional<ServerRole> chosen;
        for (ServerRole r : {ServerRole::Reader, ServerRole::Editor, ServerRole::Administrator}) {
            if (ServerSetup::roleName(r) == role)
                chosen = r;
        }
        if (user.isEmpty() || !chosen) {
            return fail(QStringLiteral("--%1 takes USER=ROLE, the role being reader, editor or "
                                       "administrator (not '%2').")
                            .arg(grantOption, value),
                        2);
        }
        grant = std::make_pair(user, *chosen);
    }
    OpenError error;
    std::unique_ptr<Database> db = Database::open(database.path, &error);
    if (!db)
        return fail(error.message);
    const QString shown = QUrl(database.path).toString(QUrl::RemovePassword);
    if (parser.isSet(initOption)) {
        const Status done = ServerSetup::initialise(*db);
        if (!done.ok())
            return fail(QStringLiteral("%1: %2").arg(shown, done.error()));
        std::printf("%s: set up (schema %d): roles cstracker_reader, cstracker_editor, "
                    "cstracker_administrator; audit trail on.\n",
                    qPrintable(shown), db->schemaVersion());
    }
    if (grant) {
        const Status done = ServerSetup::grant(*db, grant->first, grant->second);
        if (!done.ok())
            return fail(QStringLiteral("%1: %2").arg(shown, done.error()));
        std::printf("%s: %s is now %s.\n", qPrintable(shown), qPrintable(grant->first),
                    qPrintable(ServerSetup::roleName(grant->second)));
    }
    return 0;
}

} // namespace ServerCommand
