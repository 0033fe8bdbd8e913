#include "store/schemamigrator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

SchemaMigrator::SchemaMigrator(Dialect dialect)
    : m_dialect(dialect)
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{3})_([a-z0-9_]+)\\.sql$"));
    const QDir own(dialect == Dialect::Postgres ? QStringLiteral(":/schema/postgresql")
                                                : QStringLiteral(":/schema"));
    for (const QDir &dir : {own, QDir(QStringLiteral(":/schema/portable"))}) {
        // Numbered steps only: the server's own setup (server.sql) sits beside them.
        const QStringList files =
            dir.entryList({QStringLiteral("[0-9][0-9][0-9]_*.sql")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QRegularExpressionMatch match = fileName.match(file);
            Q_ASSERT_X(match.hasMatch(), "SchemaMigrator",
                       "migration files are named NNN_name.sql");
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            Migration m;
            m.version = match.captured(1).toInt();
            m.name = match.captured(2);
            m.statements = splitStatements(QString::fromUtf8(f.readAll()));
            m_migrations.append(m);
        }
    }
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (int i = 0; i < m_migrations.size(); ++i)
        Q_ASSERT_X(m_migrations.at(i).version == i + 1, "SchemaMigrator", "versions have no gaps");
}

int SchemaMigrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

Status SchemaMigrator::apply(QSqlDatabase &db, int from, int to) const
{
    for (const Migration &m : m_migrations) {
        if (m.version <= from || m.version > to)
            continue;
        for (const QString &statement : m.statements) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                return Status::failure(QStringLiteral("Schema step %1 (%2) failed: %3")
                                           .arg(m.version)
                                           .arg(m.name, q.lastError().text()));
            }
            // SQLite: a step that edits the schema's text itself (writable_schema, the
            // documented way to widen a CHECK in a transaction) moves the schema's version
            // on, so this and every other connection reads the new text before going on.
            if (m_dialect == Dialect::Sqlite &&
                statement.contains(QLatin1String("writable_schema = OFF"))) {
                QSqlQuery v(db);
                if (!v.exec(QStringLiteral("PRAGMA schema_version")) || !v.next())
                    return Status::failure(v.lastError().text());
                const int version = v.value(0).toInt();
                v.finish();
                if (!v.exec(QStringLiteral("PRAGMA schema_version = %1").arg(version + 1)))
                    return Status::failure(v.lastError().text());
            }
        }
        const Status recorded = recordVersion(db, m.version);
        if (!recorded.ok())
            return recorded;
    }
    return {};
}

int SchemaMigrator::versionOf(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (m_dialect == Dialect::Sqlite) {
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            return q.value(0).toInt();
        return 0;
    }
    if (q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) && q.next() &&
        q.value(0).toBool() && q.exec(QStringLiteral("SELECT max(version) FROM schema_version")) &&
        q.next()) {
        return q.value(0).toInt();
    }
    return 0;
}

Status SchemaMigrator::recordVersion(QSqlDatabase &db, int version) const
{
    QSqlQuery q(db);
    if (m_dialect == Dialect::Sqlite) {
        // PRAGMA takes no bound values; the version is an integer we own.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            return Status::failure(q.lastError().text());
        return {};
    }
    // One row: which program the database belongs to, and its schema's version.
    if (!q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NULL")) || !q.next())
        return Status::failure(q.lastError().text());
    if (q.value(0).toBool() &&
        !q.exec(QStringLiteral("CREATE TABLE schema_version ("
                               " application text NOT NULL CHECK (application = 'cstracker'),"
                               " version integer NOT NULL CHECK (version > 0))"))) {
        return Status::failure(q.lastError().text());
    }
    if (!q.exec(QStringLiteral("DELETE FROM schema_version")) ||
        !q.exec(QStringLiteral("INSERT INTO schema_version (application, version) "
                               "VALUES ('cstracker', %1)")
                    .arg(version))) {
        return Status::failure(q.lastError().text());
    }
    return {};
}

QStringList SchemaMigrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    bool inTriggerBody = false;
    bool inDollarQuote = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (current.isEmpty() && (line.isEmpty() || line.startsWith(QLatin1String("--"))))
            continue;
        if (current.isEmpty())
            inTrigger = line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive);
        current += rawLine + QLatin1Char('\n');
        // SQLite's trigger has a BEGIN ... END; body; PostgreSQL's names a function.
        if (inTrigger && line.endsWith(QLatin1String("BEGIN"), Qt::CaseInsensitive))
            inTriggerBody = true;
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollarQuote = !inDollarQuote;
        if (inDollarQuote)
            continue;
        const bool ends = inTriggerBody
                              ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                              : line.endsWith(QLatin1Char(';'));
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
            inTriggerBody = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}
