#include "store/database.h"

#include "files/atomicfile.h"
#include "store/integritymark.h"
#include "store/schemamigrator.h"
#include "store/serversetup.h"

#include <algorithm>
#include <memory>

#include <QAtomicInteger>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("cstracker-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    if (f.size() == 0)
        return true; // SQLite treats an empty file as an empty database
    return f.read(16) == QByteArray("SQLite format 3", 16);
}

bool isBusy(const QSqlError &error)
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6)
    return error.nativeErrorCode() == QLatin1String("5") ||
           error.nativeErrorCode() == QLatin1String("6") ||
           error.databaseText().contains(QLatin1String("locked"));
}

OpenError makeError(OpenProblem problem, const QString &path, const QString &what)
{
    return {problem, QStringLiteral("%1\n\n%2").arg(QDir::toNativeSeparators(path), what)};
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    dropKept();
    const bool wrote = m_dialect == Dialect::Sqlite && m_ready && m_db.isOpen() && !m_readOnly;
    if (wrote) {
        // Fold the WAL back so the file can be copied on its own.
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    // Opened whole and closed with every change folded into the file (the mark is not
    // taken while a write-ahead log still holds any): what SQLite wrote in between is whole
    // too, so the next opening need not read every page to prove it.
    if (m_dialect != Dialect::Sqlite)
        return;
    if (wrote && !m_sawDamage)
        IntegrityMark::markWhole(m_path);
    else if (m_sawDamage)
        IntegrityMark::forget(m_path);
}

std::unique_ptr<Database> Database::open(const QString &path, OpenError *error, Access access)
{
    if (isServerAddress(path)) {
        return openServer(path, SchemaMigrator(SchemaMigrator::Dialect::Postgres).latestVersion(),
                          error, access);
    }
    return openImpl(path, SchemaMigrator().latestVersion(), error, access);
}

std::unique_ptr<Database> Database::openAtVersion(const QString &path, int version,
                                                  OpenError *error)
{
    if (isServerAddress(path))
        return openServer(path, version, error, Access::ReadWrite);
    return openImpl(path, version, error, Access::ReadWrite);
}

bool Database::isServerAddress(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString Database::userName() const
{
    if (m_dialect == Dialect::Postgres)
        return m_db.userName();
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("another user") : user;
}

QString Database::joinedList(const QString &expression) const
{
    return m_dialect == Dialect::Postgres
               ? QStringLiteral("string_agg(CAST(%1 AS text), ',')").arg(expression)
               : QStringLiteral("group_concat(%1)").arg(expression);
}

QString Database::displayName() const
{
    return m_displayName.isEmpty() ? QDir::toNativeSeparators(m_path) : m_displayName;
}

std::unique_ptr<Database> Database::openImpl(const QString &path, int targetVersion,
                                             OpenError *error, Access access)
{
    auto fail = [&](OpenProblem problem, const QString &what) {
        if (error)
            *error = makeError(problem, path, what);
        return nullptr;
    };

    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists) {
        if (info.isDir())
            return fail(OpenProblem::NotADatabase,
                        QStringLiteral("This is a folder, not a database file."));
        if (!info.isReadable())
            return fail(OpenProblem::ReadOnly,
                        QStringLiteral("The file cannot be read: check its permissions."));
        if (!looksLikeSqlite(path)) {
            return fail(
                OpenProblem::NotADatabase,
                QStringLiteral("This file is not a database: it does not start with an SQLite "
                               "header. It has not been changed."));
        }
        // A file without write permission, or on a read-only share, is still read.
        if (!info.isWritable())
            access = Access::ReadOnly;
    } else if (access == Access::ReadOnly) {
        return fail(OpenProblem::CannotCreate,
                    QStringLiteral("There is no database here to open read-only."));
    } else {
        const QFileInfo dir(info.absolutePath());
        if (!dir.exists() || !dir.isWritable()) {
            return fail(
                OpenProblem::CannotCreate,
                QStringLiteral("A new database cannot be created here: the folder %1 does not "
                               "exist or cannot be written to.")
                    .arg(QDir::toNativeSeparators(info.absolutePath())));
        }
    }

    std::unique_ptr<Database> db(new Database(path, nextConnectionName()));
    db->m_readOnly = access == Access::ReadOnly;
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    if (!db->m_readOnly) {
        db->m_db.setDatabaseName(path);
        db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1500"));
    } else if (QFileInfo(info.absolutePath()).isWritable()) {
        db->m_db.setDatabaseName(path);
        db->m_db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1500"));
    } else {
        // On a read-only share SQLite cannot make the files it shares a write-ahead log
        // through; told that nothing will change the file, it reads it without them.
        QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
        uri.setQuery(QStringLiteral("immutable=1"));
        db->m_db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    }
    if (!db->m_db.open())
        return fail(OpenProblem::Other, db->m_db.lastError().text());

    QSqlQuery q(db->m_db);
    // Must be set outside any transaction, on every connection.
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        return fail(isBusy(q.lastError()) ? OpenProblem::Locked : OpenProblem::Corrupt,
                    QStringLiteral("The database could not be read: %1").arg(q.lastError().text()));
    }

    // A file last seen whole, and not written since, is not read page by page again: on
    // the England-scale database that check is most of the time it takes to open.
    if (!IntegrityMark::isWhole(path)) {
        QString damage;
        if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next()) {
            if (isBusy(q.lastError())) {
                return fail(OpenProblem::Locked,
                            QStringLiteral("Another program is using this database and holds it "
                                           "locked. Close it there and try again."));
            }
            damage = QStringLiteral("The database is damaged and cannot be read (%1).")
                         .arg(q.lastError().databaseText());
        } else if (q.value(0).toString() != QLatin1String("ok")) {
            damage = QStringLiteral("The database is damaged (%1).").arg(q.value(0).toString());
        }
        if (!damage.isEmpty()) {
            IntegrityMark::forget(path);
            return fail(OpenProblem::Corrupt,
                        damage + QStringLiteral(" It has not been changed; restore it from a "
                                                "backup."));
        }
        q.finish();
        // Nothing here will change a file opened read-only, so it is whole as it stands.
        if (db->m_readOnly)
            IntegrityMark::markWhole(path);
    }

    q.exec(QStringLiteral("PRAGMA application_id"));
    const int appId = q.next() ? q.value(0).toInt() : 0;
    q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    const int objects = q.next() ? q.value(0).toInt() : 0;
    if (appId != applicationId && objects > 0) {
        return fail(
            OpenProblem::NotADatabase,
            QStringLiteral("This is an SQLite database of another program, not an improvement "
                           "tracker database. It has not been changed."));
    }

    const int version = db->schemaVersion();
    const SchemaMigrator migrator;
    if (version > migrator.latestVersion()) {
        return fail(
            OpenProblem::NewerSchema,
            QStringLiteral("This database was written by a newer version of the program "
                           "(schema %1; this version knows schema %2 at most). Open it with "
                           "the newer version; it has not been changed.")
                .arg(version)
                .arg(migrator.latestVersion()));
    }

    if (db->m_readOnly) {
        if (version < targetVersion) {
            return fail(OpenProblem::ReadOnly,
                        QStringLiteral("This database was written by an older version of the "
                                       "program (schema %1) and needs updating, which cannot be "
                                       "done while it is read-only. Open a writable copy of it; "
                                       "it has not been changed.")
                            .arg(version));
        }
        q.finish();
        db->m_ready = true;
        return db;
    }

    // A database that holds anything gets a copy of itself before a migration changes it.
    if (version > 0 && version < targetVersion) {
        q.finish(); // VACUUM refuses while a statement is still open
        QString problem;
        db->m_migrationBackup = backUpBeforeMigration(*db, targetVersion, &problem);
        if (db->m_migrationBackup.isEmpty()) {
            return fail(OpenProblem::Other,
                        QStringLiteral("The database needs updating for this version of the "
                                       "program, but a copy of it could not be written first, so "
                                       "it has not been changed. %1")
                            .arg(problem));
        }
    }

    // Taking the write lock proves nobody else holds it, and guards the migration.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (isBusy(q.lastError())) {
            return fail(OpenProblem::Locked,
                        QStringLiteral("Another program is writing to this database and holds it "
                                       "locked. Close it there and try again."));
        }
        return fail(OpenProblem::Other, q.lastError().text());
    }
    if (version < targetVersion) {
        const Status migrated = migrator.apply(db->m_db, version, targetVersion);
        if (!migrated.ok()) {
            q.exec(QStringLiteral("ROLLBACK"));
            return fail(
                OpenProblem::Other,
                QStringLiteral("The database could not be brought up to date; nothing was "
                               "changed. %1\n\nA copy from before the attempt is at %2.")
                    .arg(migrated.error(), QDir::toNativeSeparators(db->m_migrationBackup)));
        }
        q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        q.exec(QStringLiteral("ROLLBACK"));
        return fail(OpenProblem::Other, q.lastError().text());
    }
    // WAL lets the window read while an import writes; it needs no transaction.
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    db->m_ready = true;
    return db;
}

namespace {

// What went wrong connecting, in words that say what to do; libpq's own text follows.
OpenError serverError(const QString &server, const QString &user, const QString &driverText)
{
    const QString text = driverText.trimmed();
    const auto has = [&text](const char *words) {
        return text.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    OpenError e;
    if (has("password authentication failed") || has("no password supplied") ||
        has("authentication failed")) {
        e.problem = OpenProblem::NotAllowed;
        e.message = QStringLiteral("%1\n\nThe server refused the user name or password for %2. "
                                   "Check them (the password is taken from the keyring, "
                                   "PGPASSWORD or ~/.pgpass) and connect again; nothing has "
                                   "been changed.")
                        .arg(server, user);
    } else if (has("SSL") && (has("not support") || has("no pg_hba.conf entry") || has("SSL off") ||
                              has("server does not support SSL"))) {
        e.problem = OpenProblem::ServerUnreachable;
        e.message = QStringLiteral("%1\n\nThe connection asks for encryption (TLS) and the "
                                   "server does not offer it, or refuses this computer with or "
                                   "without it. Ask the server's administrator which TLS mode "
                                   "to use; nothing has been changed.")
                        .arg(server);
    } else if (has("no pg_hba.conf entry")) {
        e.problem = OpenProblem::NotAllowed;
        e.message = QStringLiteral("%1\n\nThe server does not accept connections from this "
                                   "computer for %2. Ask its administrator to allow it; nothing "
                                   "has been changed.")
                        .arg(server, user);
    } else if (has("does not exist") && has("database")) {
        e.problem = OpenProblem::CannotCreate;
        e.message = QStringLiteral("%1\n\nThere is no such database on the server. Ask its "
                                   "administrator to create it (the tracker makes its tables "
                                   "itself).")
                        .arg(server);
    } else if (has("Connection refused") || has("could not connect") || has("timeout") ||
               has("could not translate host name") || has("server closed the connection") ||
               has("No route to host") || has("Network is unreachable")) {
        e.problem = OpenProblem::ServerUnreachable;
        e.message = QStringLiteral("%1\n\nThe server is not answering. Check that it is "
                                   "running and that this computer can reach it, then connect "
                                   "again; nothing has been changed.")
                        .arg(server);
    } else {
        e.problem = OpenProblem::Other;
        e.message = QStringLiteral("%1\n\nThe server could not be used; nothing has been "
                                   "changed.")
                        .arg(server);
    }
    if (!text.isEmpty())
        e.message += QStringLiteral("\n\n(%1)").arg(text);
    return e;
}

} // namespace

std::unique_ptr<Database> Database::openServer(const QString &address, int targetVersion,
                                               OpenError *error, Access access)
{
    const QUrl url(address, QUrl::StrictMode);
    const QString databaseName = url.path().mid(1);
    const QString host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    const int port = url.port(5432);
    QString user = url.userName();
    if (user.isEmpty())
        user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    const QString server =
        QStringLiteral("The server %1:%2, database %3").arg(host).arg(port).arg(databaseName);
    auto fail = [&](OpenProblem problem, const QString &what) -> std::unique_ptr<Database> {
        if (error)
            *error = {problem, QStringLiteral("%1\n\n%2").arg(server, what)};
        return nullptr;
    };
    if (!url.isValid() || databaseName.isEmpty() || databaseName.contains(QLatin1Char('/'))) {
        if (error) {
            *error = {OpenProblem::Other,
                      QStringLiteral("%1 is not a server address the tracker understands. Write "
                                     "it as postgresql://user@host:port/database.")
                          .arg(address)};
        }
        return nullptr;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return fail(OpenProblem::Other,
                    QStringLiteral("This computer has no PostgreSQL driver for Qt (Debian's "
                                   "package libqt6sql6-psql); install it and connect again."));
    }

    std::unique_ptr<Database> db(new Database(address, nextConnectionName()));
    db->m_dialect = Dialect::Postgres;
    db->m_readOnly = access == Access::ReadOnly;
    db->m_displayName = QStringLiteral("%1 on %2:%3").arg(databaseName, host).arg(port);
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
    db->m_db.setHostName(host);
    db->m_db.setPort(port);
    db->m_db.setDatabaseName(databaseName);
    db->m_db.setUserName(user);
    if (!url.password().isEmpty())
        db->m_db.setPassword(url.password());
    // Passed to libpq as they are; a TLS mode (sslmode=require, verify-full...) among them.
    QStringList options = {QStringLiteral("connect_timeout=5"),
                           QStringLiteral("application_name=cstracker")};
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode") || key == QLatin1String("sslrootcert"))
            options << QStringLiteral("%1=%2").arg(key, value);
    }
    db->m_db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db->m_db.open()) {
        const OpenError e = serverError(server, user,
                                        db->m_db.lastError().databaseText().isEmpty()
                                            ? db->m_db.lastError().text()
                                            : db->m_db.lastError().databaseText());
        if (error)
            *error = e;
        return nullptr;
    }

    QSqlQuery q(db->m_db);
    // The server's notices ("already exists, skipping") are for its log, not the user.
    q.exec(QStringLiteral("SET client_min_messages = error"));
    // Whose tables are these: none yet, the tracker's, or another program's.
    int version = 0;
    if (q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) && q.next() &&
        q.value(0).toBool()) {
        const bool read = q.exec(QStringLiteral("SELECT application, max(version) FROM "
                                                "schema_version GROUP BY application"));
        if (!read && q.lastError().text().contains(QLatin1String("permission denied"))) {
            // The tracker's tables, which this login role was given no access to.
            return fail(OpenProblem::NotAllowed,
                        QStringLiteral("The user %1 has no access to the tracker's tables in "
                                       "this database. Ask its administrator to make the user "
                                       "a reader, editor or administrator (cstracker --database "
                                       "ADDRESS --grant-role %1=editor); nothing has been "
                                       "changed.")
                            .arg(user));
        }
        if (!read || !q.next() || q.value(0).toString() != QLatin1String("cstracker")) {
            return fail(OpenProblem::NotADatabase,
                        QStringLiteral("This database belongs to another program; it has not "
                                       "been changed."));
        }
        version = q.value(1).toInt();
    } else if (q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                     "WHERE table_schema = current_schema()")) &&
               q.next() && q.value(0).toInt() > 0) {
        return fail(OpenProblem::NotADatabase,
                    QStringLiteral("This database holds another program's tables; the tracker "
                                   "needs a database of its own. It has not been changed."));
    }
    if (version > SchemaMigrator(SchemaMigrator::Dialect::Postgres).latestVersion()) {
        return fail(OpenProblem::NewerSchema,
                    QStringLiteral("This database was set up by a newer version of the program "
                                   "(schema %1). Connect with the newer version; it has not "
                                   "been changed.")
                        .arg(version));
    }
    if (version < targetVersion) {
        if (db->m_readOnly) {
            return fail(OpenProblem::ReadOnly,
                        QStringLiteral("This database needs setting up or updating (schema %1), "
                                       "which cannot be done read-only; it has not been changed.")
                            .arg(version));
        }
        // One client sets the database up; another starting at the same moment waits, then
        // finds it done.
        if (!q.exec(QStringLiteral("BEGIN")) ||
            !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(applicationId))) {
            const OpenError e = serverError(server, user, q.lastError().text());
            q.exec(QStringLiteral("ROLLBACK"));
            if (error)
                *error = e;
            return nullptr;
        }
        const SchemaMigrator migrator(SchemaMigrator::Dialect::Postgres);
        const int now = migrator.versionOf(db->m_db);
        const Status migrated = migrator.apply(db->m_db, now, targetVersion);
        if (!migrated.ok()) {
            q.exec(QStringLiteral("ROLLBACK"));
            const bool denied = migrated.error().contains(QLatin1String("permission denied"));
            return fail(denied ? OpenProblem::NotAllowed : OpenProblem::Other,
                        denied ? QStringLiteral("This user may not create the tracker's tables. "
                                                "An administrator sets the database up once "
                                                "(cstracker --database ADDRESS --init-server); "
                                                "nothing was changed. %1")
                                     .arg(migrated.error())
                               : QStringLiteral("The database could not be brought up to date; "
                                                "nothing was changed. %1")
                                     .arg(migrated.error()));
        }
        if (!q.exec(QStringLiteral("COMMIT"))) {
            const OpenError e = serverError(server, user, q.lastError().text());
            if (error)
                *error = e;
            return nullptr;
        }
    }
    q.finish();
    db->m_ready = true;
    // A reader's window offers no change the server would refuse.
    if (!db->m_readOnly && ServerSetup::roleOf(*db) == ServerRole::Reader) {
        db->m_readOnly = true;
        db->m_readOnlyReason =
            QStringLiteral("Your role on this server is reader: you can see and export "
                           "everything, but not change it. Ask its administrator if you need to.");
    }
    return db;
}

QString Database::backUpBeforeMigration(Database &db, int targetVersion, QString *problem)
{
    const QFileInfo info(db.m_path);
    const QString prefix = info.fileName() + QStringLiteral(".before-schema-");
    const QString backup =
        info.absolutePath() + QLatin1Char('/') + prefix + QString::number(targetVersion);
    // Written under a temporary name and renamed when whole, over an older attempt's copy.
    const QString partial = AtomicFile::temporaryBeside(backup, problem);
    if (partial.isEmpty())
        return {};
    QSqlQuery q(db.m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(partial);
    if (!q.exec()) {
        QFile::remove(partial);
        if (problem)
            *problem = QStringLiteral("%1 cannot be written: %2")
                           .arg(QDir::toNativeSeparators(backup), q.lastError().text());
        return {};
    }
    const QString moved = AtomicFile::replace(partial, backup);
    if (!moved.isEmpty()) {
        if (problem)
            *problem = moved;
        return {};
    }
    // The last three copies are kept, newest schema first.
    QDir dir(info.absolutePath());
    QList<std::pair<int, QString>> copies;
    for (const QString &name : dir.entryList({prefix + QLatin1Char('*')}, QDir::Files)) {
        bool number = false;
        const int v = name.mid(prefix.size()).toInt(&number);
        if (number)
            copies.append({v, name});
    }
    std::sort(copies.begin(), copies.end(), [](const auto &a, const auto &b) { return a > b; });
    for (qsizetype i = 3; i < copies.size(); ++i)
        dir.remove(copies.at(i).second);
    return backup;
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (m_dialect == Dialect::Postgres) {
        if (q.exec(QStringLiteral("SELECT max(version) FROM schema_version")) && q.next())
            return q.value(0).toInt();
        return 0;
    }
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

QSqlQuery Database::prepare(const QString &sql) const
{
    ++m_prepared;
    reconnectIfLost();
    // Forward only on SQLite: rows are stepped, not copied. Not on a server: Qt's driver
    // reads a forward-only result one row per network message, which made reading an
    // authority's 720 figures a third of the cost of switching authority. A result that
    // is too big to hold at once (a whole table, when copying) is asked for forward only.
    const bool forwardOnly = m_dialect != Dialect::Postgres;
    QSqlQuery q(m_db);
    q.setForwardOnly(forwardOnly);
    if (!q.prepare(sql)) {
        noteLost(q.lastError());
        // The server went away since the last statement and may be back: once more, anew.
        if (m_lost && reconnectIfLost()) {
            q = QSqlQuery(m_db);
            q.setForwardOnly(forwardOnly);
            q.prepare(sql);
        }
    }
    return q;
}

struct Database::Kept::Entry
{
    QString sql;
    QSqlQuery query;
    bool held = false;
};

Database::Kept::Kept(std::shared_ptr<Entry> entry)
    : m_entry(std::move(entry))
{
}

Database::Kept::Kept(Kept &&other) noexcept
    : m_entry(std::move(other.m_entry))
{
}

Database::Kept::~Kept()
{
    if (!m_entry)
        return;
    // Its rows are let go (on SQLite, the read it held is ended); the compiled statement
    // stays for the next holder.
    m_entry->query.finish();
    m_entry->held = false;
}

QSqlQuery &Database::Kept::query() const
{
    return m_entry->query;
}

Database::Kept Database::keep(const QString &sql) const
{
    // How many statements are kept: more than the reads of any one panel's switch.
    constexpr std::size_t most = 64;
    // On a server a statement is prepared anew each time, as prepare() does: a kept one
    // would meet a restarted server's lost connection only when executed, past the point
    // where prepare() notices, connects again and retries, and the reader would be shown
    // nothing.
    if (m_dialect == Dialect::Postgres) {
        auto entry = std::make_shared<Kept::Entry>();
        entry->sql = sql;
        entry->query = prepare(sql);
        entry->held = true;
        return Kept(std::move(entry));
    }
    reconnectIfLost();
    if (m_keptGeneration != m_generation)
        dropKept();
    for (auto at = m_kept.begin(); at != m_kept.end(); ++at) {
        if ((*at)->sql != sql || (*at)->held)
            continue;
        std::shared_ptr<Kept::Entry> entry = *at;
        m_kept.splice(m_kept.begin(), m_kept, at);
        entry->held = true;
        ++m_reused;
        return Kept(std::move(entry));
    }
    auto entry = std::make_shared<Kept::Entry>();
    entry->sql = sql;
    entry->query = prepare(sql);
    entry->held = true;
    // One that failed to prepare (the connection went away) is not kept.
    if (!entry->query.lastError().isValid()) {
        m_kept.push_front(entry);
        // The least recently used go; one still held lives on with its holder.
        while (m_kept.size() > most)
            m_kept.pop_back();
    }
    return Kept(std::move(entry));
}

void Database::dropKept() const
{
    // Each is finished by its holder; those held now are no longer shared.
    m_kept.clear();
    m_keptGeneration = m_generation;
}

namespace {
bool saysConnectionLost(const QSqlError &error)
{
    const QString text = error.text();
    return error.type() == QSqlError::ConnectionError ||
           text.contains(QLatin1String("server closed the connection")) ||
           text.contains(QLatin1String("no connection to the server")) ||
           text.contains(QLatin1String("terminating connection")) ||
           text.contains(QLatin1String("could not receive data from server")) ||
           text.contains(QLatin1String("could not send data to server")) ||
           text.contains(QLatin1String("connection pointer is NULL")); // reopening failed
}
} // namespace

void Database::noteLost(const QSqlError &error) const
{
    if (m_dialect != Dialect::Postgres)
        return;
    // The driver may find the connection broken before any statement says so: it then
    // counts itself closed, and a statement fails with no error at all.
    if ((error.isValid() && saysConnectionLost(error)) || (m_ready && !m_db.isOpen()))
        m_lost = true;
}

bool Database::reconnectIfLost() const
{
    if (!m_lost)
        return true;
    // The transaction is gone with the connection: its caller says so.
    if (m_transactionDepth > 0)
        return false;
    dropKept();
    QSqlDatabase db = m_db; // the same connection, by handle
    db.close();
    if (!db.open())
        return false;
    m_lost = false;
    ++m_generation;
    return true;
}

QString Database::explain(const QSqlError &error) const
{
    noteLost(error);
    if (m_dialect == Dialect::Postgres && saysConnectionLost(error))
        return lostConnectionMessage();
    return describe(error);
}

QString Database::lostConnectionMessage() const
{
    return QStringLiteral("The connection to %1 was lost (the server stopped, or the network "
                          "failed), so this change was not saved. The tracker connects again by "
                          "itself as soon as the server answers; try again then.")
        .arg(displayName());
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q = prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        noteDamage(q.lastError());
        noteLost(q.lastError());
        return Result<QSqlQuery>::failure(explain(q.lastError()));
    }
    return q;
}

Result<qint64> Database::insert(const QString &sql, std::initializer_list<QVariant> values)
{
    return insert(sql, QVariantList(values));
}

Result<qint64> Database::insert(const QString &sql, const QVariantList &values)
{
    // PostgreSQL's driver knows no last row id; the statement hands the new id back.
    if (m_dialect == Dialect::Postgres) {
        qint64 id = 0;
        const Status written = transaction([&]() -> Status {
            Result<QSqlQuery> q = run(sql + QStringLiteral(" RETURNING id"), values);
            if (!q.ok())
                return Status::failure(q.error());
            if (!q.value().next())
                return Status::failure(QStringLiteral("The new row's id was not returned."));
            id = q.value().value(0).toLongLong();
            return {};
        });
        if (!written.ok())
            return Result<qint64>::failure(written.error());
        return id;
    }
    Result<QSqlQuery> q = run(sql, values);
    if (!q.ok())
        return Result<qint64>::failure(q.error());
    return q.value().lastInsertId().toLongLong();
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        const Status s = work();
        --m_transactionDepth;
        return s;
    }
    const Status begun = begin();
    if (!begun.ok())
        return begun;
    const Status s = work();
    if (!s.ok()) {
        rollback();
        return s;
    }
    return commit();
}

Status Database::begin()
{
    Q_ASSERT(m_transactionDepth == 0);
    reconnectIfLost();
    if (!m_db.transaction()) {
        noteLost(m_db.lastError());
        if (!m_lost || !reconnectIfLost() || !m_db.transaction()) {
            const QString message = explain(m_db.lastError());
            // A connection that could not be opened again may leave no error to explain.
            if (!message.trimmed().isEmpty() || m_dialect != Dialect::Postgres)
                return Status::failure(message);
            return Status::failure(lostConnectionMessage());
        }
    }
    // On a server, the transaction's id: if the answer to its commit is lost, the server
    // is asked afterwards whether it landed.
    m_transactionId = 0;
    if (m_dialect == Dialect::Postgres) {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("SELECT txid_current(), pg_postmaster_start_time()")) &&
            q.next()) {
            m_transactionId = q.value(0).toLongLong();
            m_serverStart = q.value(1).toString();
        } else {
            noteLost(q.lastError());
            if (m_lost) {
                const QString message = explain(q.lastError());
                m_db.rollback();
                return Status::failure(message);
            }
        }
    }
    m_transactionDepth = 1;
    return {};
}

Status Database::commit()
{
    Q_ASSERT(m_transactionDepth == 1);
    m_transactionDepth = 0;
    if (m_db.commit())
        return {};
    const QSqlError error = m_db.lastError();
    noteDamage(error);
    noteLost(error);
    if (m_lost && m_transactionId > 0)
        return afterUnansweredCommit(Status());
    const QString message = explain(error);
    m_db.rollback();
    return Status::failure(message);
}

void Database::rollback()
{
    Q_ASSERT(m_transactionDepth == 1);
    m_transactionDepth = 0;
    m_db.rollback();
}

Status Database::afterUnansweredCommit(const Status &done)
{
    // Whether the commit reached the server before the connection went is known only to
    // the server: asked as soon as it answers.
    const UnansweredCommit commit{m_transactionId, QDateTime::currentDateTime(), m_serverStart};
    const Landed landed = reconnectIfLost() ? outcomeOf(commit) : Landed::NotYetKnown;
    switch (landed) {
    case Landed::Yes:
        ++m_readBack.landed;
        return done;
    case Landed::No:
        ++m_readBack.notLanded;
        return Status::failure(
            QStringLiteral("The connection to %1 was lost as this change was being saved. "
                           "Connected again, the server says the change did not reach it, so "
                           "nothing of it was saved; try again.")
                .arg(displayName()));
    case Landed::CannotTell:
        ++m_readBack.cannotTell;
        return Status::failure(
            QStringLiteral("The connection to %1 was lost as this change was being saved, and "
                           "the server restarted before it answered, so it cannot say for sure "
                           "whether the change was saved. Look at it now and make it again if "
                           "it is missing.")
                .arg(displayName()));
    case Landed::NotYetKnown:
        break;
    }
    ++m_readBack.unknown;
    m_unanswered << commit;
    return Status::unanswered(
        QStringLiteral("The connection to %1 was lost as this change was being saved, before "
                       "the server answered, so whether it was saved is not yet known. The "
                       "tracker asks the server as soon as it answers again and says which; "
                       "until then, do not make the change again.")
            .arg(displayName()));
}

Database::Landed Database::outcomeOf(const UnansweredCommit &commit) const
{
    if (m_lost && !reconnectIfLost())
        return Landed::NotYetKnown;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT txid_status(?), pg_postmaster_start_time()"));
    q.addBindValue(commit.transaction);
    if (!q.exec() || !q.next()) {
        noteLost(q.lastError());
        return Landed::NotYetKnown;
    }
    if (q.value(0).isNull())
        return Landed::CannotTell;
    const QString status = q.value(0).toString();
    const bool restarted = q.value(1).toString() != commit.serverStart;
    // A commit is written to the log before it is answered, so a server that restarted
    // still knows it; but an id handed out and never written may be handed out again, so
    // after a restart "committed" may be another's.
    if (status == QLatin1String("aborted"))
        return Landed::No;
    if (status == QLatin1String("committed"))
        return restarted ? Landed::CannotTell : Landed::Yes;
    // In progress: still ours while the server ran on; after a restart ours is gone, and
    // another transaction was given the id, which means ours was never written.
    return restarted ? Landed::No : Landed::NotYetKnown;
}

QList<Database::SettledCommit> Database::settleUnanswered()
{
    QList<SettledCommit> settled;
    for (qsizetype i = 0; i < m_unanswered.size();) {
        const Landed landed = outcomeOf(m_unanswered.at(i));
        if (landed == Landed::NotYetKnown) {
            ++i;
            continue;
        }
        settled << SettledCommit{m_unanswered.takeAt(i), landed};
    }
    return settled;
}

void Database::noteDamage(const QSqlError &error) const
{
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), also as extended codes
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == 11 || code == 26)
        m_sawDamage = true;
}

QString Database::describe(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // PostgreSQL says the same things in other words, naming constraints and tables.
    if (text.contains(QLatin1String("duplicate key value violates unique constraint"))) {
        if (text.contains(QLatin1String("judgement_inspection_id")))
            return QStringLiteral("This inspection already has a grade for that area.");
        if (text.contains(QLatin1String("recommendation_inspection_id")))
            return QStringLiteral("This inspection already has a recommendation with that number.");
        if (text.contains(QLatin1String("\"authority_")))
            return QStringLiteral(
                "An authority with that name, ONS code or DfE number already exists.");
        if (text.contains(QLatin1String("indicator_value")))
            return QStringLiteral("There is already a value for that indicator and period.");
    }
    if (text.contains(QLatin1String("violates foreign key constraint")))
        return QStringLiteral(
            "It refers to something that does not exist (or is still referred to).");
    if (text.contains(QLatin1String("violates check constraint")))
        return QStringLiteral("A value is out of range or in the wrong form (%1).").arg(text);
    if (text.contains(QLatin1String("permission denied")))
        return QStringLiteral("The server does not allow this user to make that change; nothing "
                              "was saved (%1).")
            .arg(text);
    if (text.contains(QLatin1String("UNIQUE constraint failed: judgement.inspection_id")))
        return QStringLiteral("This inspection already has a grade for that area.");
    if (text.contains(QLatin1String("UNIQUE constraint failed: recommendation.inspection_id")))
        return QStringLiteral("This inspection already has a recommendation with that number.");
    if (text.contains(QLatin1String("UNIQUE constraint failed: authority.")))
        return QStringLiteral(
            "An authority with that name, ONS code or DfE number already exists.");
    if (text.contains(QLatin1String("UNIQUE constraint failed: indicator_value")))
        return QStringLiteral("There is already a value for that indicator and period.");
    if (text.contains(QLatin1String("FOREIGN KEY constraint failed")))
        return QStringLiteral(
            "It refers to something that does not exist (or is still referred to).");
    if (text.contains(QLatin1String("database is locked")))
        return QStringLiteral(
            "Another program is writing to the database; nothing was saved. Try again.");
    if (text.contains(QLatin1String("disk I/O error")) ||
        text.contains(QLatin1String("database or disk is full")))
        return QStringLiteral("The database could not be written: the disk may be full, or the "
                              "file larger than this system allows (%1). Nothing was saved.")
            .arg(text);
    if (text.contains(QLatin1String("readonly")))
        return QStringLiteral("The database is read-only; nothing was saved.");
    if (text.contains(QLatin1String("CHECK constraint failed")))
        return QStringLiteral("A value is out of range or in the wrong form (%1).").arg(text);
    return text;
}

QVariant toSql(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

QVariant toSql(const std::optional<QDate> &date)
{
    return date ? toSql(*date) : QVariant(QMetaType(QMetaType::QString));
}

QVariant toSql(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant toSql(const std::optional<double> &number)
{
    return number ? QVariant(*number) : QVariant(QMetaType(QMetaType::Double));
}

QVariant toSqlText(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QList<qint64> Database::ids(const QString &sql, std::initializer_list<QVariant> values) const
{
    QList<qint64> result;
    Result<QSqlQuery> q = run(sql, values);
    if (q.ok()) {
        while (q.value().next())
            result.append(q.value().value(0).toLongLong());
    }
    return result;
}

std::optional<QDate> dateFromSql(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

std::optional<qint64> idFromSql(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}
