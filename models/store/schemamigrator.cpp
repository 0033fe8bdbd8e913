#include "store/schemamigrator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

SchemaMigrator::SchemaMigrator()
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{3})_([a-z0-9_]+)\\.sql$"));
    const QDir dir(QStringLiteral(":/schema"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = fileName.match(file);
        Q_ASSERT_X(match.hasMatch(), "SchemaMigrator", "migration files are named NNN_name.sql");
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        Migration m;
        m.version = match.captured(1).toInt();
        m.name = match.captured(2);
        m.statements = splitStatements(QString::fromUtf8(f.readAll()));
        m_migrations.append(m);
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
        }
        QSqlQuery q(db);
        // PRAGMA takes no bound values; the version is an integer we own.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)))
            return Status::failure(q.lastError().text());
    }
    return {};
}

QStringList SchemaMigrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (current.isEmpty() && (line.isEmpty() || line.startsWith(QLatin1String("--"))))
            continue;
        if (current.isEmpty())
            inTrigger = line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive);
        current += rawLine + QLatin1Char('\n');
        const bool ends = inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}
