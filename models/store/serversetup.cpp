#include "store/serversetup.h"

#include "store/database.h"
#include "store/schemamigrator.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace ServerSetup {

Status initialise(Database &db)
{
    if (db.dialect() != Database::Dialect::Postgres)
        return Status::failure(QStringLiteral("Roles and the audit trail are set up on a "
                                              "PostgreSQL server, not in a file."));
    QFile script(QStringLiteral(":/schema/postgresql/server.sql"));
    if (!script.open(QIODevice::ReadOnly))
        return Status::failure(QStringLiteral("The server setup script is missing."));
    const QStringList statements =
        SchemaMigrator::splitStatements(QString::fromUtf8(script.readAll()));
    return db.transaction([&]() -> Status {
        for (const QString &statement : statements) {
            QSqlQuery q(db.connection());
            if (!q.exec(statement)) {
                const QString text = q.lastError().databaseText();
                if (text.contains(QLatin1String("permission denied")) ||
                    text.contains(QLatin1String("must be owner"))) {
                    return Status::failure(
                        QStringLiteral("This user may not set up the server: it takes the "
                                       "owner of the tracker's tables with the right to create "
                                       "roles (%1).")
                            .arg(text.trimmed()));
                }
                return Status::failure(
                    QStringLiteral("Setting up the server failed: %1").arg(text.trimmed()));
            }
        }
        return Status();
    });
}

QString roleName(ServerRole role)
{
    switch (role) {
    case ServerRole::Reader:
        return QStringLiteral("reader");
    case ServerRole::Editor:
        return QStringLiteral("editor");
    case ServerRole::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

Status grant(Database &db, const QString &user, ServerRole role)
{
    if (db.dialect() != Database::Dialect::Postgres)
        return Status::failure(QStringLiteral("Roles belong to a PostgreSQL server."));
    // A role name cannot be bound as a value: it is quoted by the server's own function.
    QSqlQuery quote(db.connection());
    quote.prepare(QStringLiteral("SELECT quote_ident(?), to_regrole(?) IS NOT NULL"));
    quote.addBindValue(user);
    quote.addBindValue(user);
    if (!quote.exec() || !quote.next())
        return Status::failure(quote.lastError().text());
    if (!quote.value(1).toBool())
        return Status::failure(
            QStringLiteral("There is no user called %1 on the server; its administrator "
                           "creates login roles (CREATE ROLE ... LOGIN).")
                .arg(user));
    const QString who = quote.value(0).toString();
    quote.finish();
    return db.transaction([&]() -> Status {
        QSqlQuery q(db.connection());
        const QStringList all = {QStringLiteral("cstracker_administrator"),
                                 QStringLiteral("cstracker_editor"),
                                 QStringLiteral("cstracker_reader")};
        for (const QString &group : all) {
            if (!q.exec(QStringLiteral("REVOKE %1 FROM %2").arg(group, who)))
                return Status::failure(Database::describe(q.lastError()));
        }
        const QString group = QStringLiteral("cstracker_") + roleName(role);
        if (!q.exec(QStringLiteral("GRANT %1 TO %2").arg(group, who)))
            return Status::failure(Database::describe(q.lastError()));
        return Status();
    });
}

ServerRole roleOf(Database &db)
{
    if (db.dialect() != Database::Dialect::Postgres)
        return ServerRole::Administrator;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT has_table_privilege('authority', 'UPDATE'), "
                               "has_table_privilege('action', 'UPDATE')")) ||
        !q.next()) {
        return ServerRole::Reader;
    }
    if (q.value(0).toBool())
        return ServerRole::Administrator;
    return q.value(1).toBool() ? ServerRole::Editor : ServerRole::Reader;
}

} // namespace ServerSetup
