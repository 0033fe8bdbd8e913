#include "store/databasecopy.h"

#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace {

// Every table, parents before children; deleting goes the other way.
const QStringList &tablesInOrder()
{
    static const QStringList tables = {QStringLiteral("authority"),
                                       QStringLiteral("authority_successor"),
                                       QStringLiteral("authority_former_code"),
                                       QStringLiteral("authority_alias"),
                                       QStringLiteral("document"),
                                       QStringLiteral("source"),
                                       QStringLiteral("inspection"),
                                       QStringLiteral("judgement"),
                                       QStringLiteral("recommendation"),
                                       QStringLiteral("plan"),
                                       QStringLiteral("action"),
                                       QStringLiteral("action_recommendation"),
                                       QStringLiteral("action_update"),
                                       QStringLiteral("indicator"),
                                       QStringLiteral("impact_measure"),
                                       QStringLiteral("impact_milestone"),
                                       QStringLiteral("evidence"),
                                       QStringLiteral("indicator_value"),
                                       QStringLiteral("target"),
                                       QStringLiteral("statistical_neighbour"),
                                       QStringLiteral("import_mapping"),
                                       QStringLiteral("meeting"),
                                       QStringLiteral("database_note")};
    return tables;
}

bool holdsUserData(Database &db)
{
    Result<QSqlQuery> q = db.run(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM document) OR EXISTS (SELECT 1 FROM inspection) "
        "OR EXISTS (SELECT 1 FROM plan) OR EXISTS (SELECT 1 FROM indicator_value)"));
    return !q.ok() || !q.value().next() || q.value().value(0).toBool();
}

} // namespace

namespace DatabaseCopy {

Result<Counts> copy(Database &from, Database &to)
{
    if (from.schemaVersion() != to.schemaVersion()) {
        return Result<Counts>::failure(
            QStringLiteral("The two databases are at different versions of the schema (%1 and "
                           "%2); open both with this version of the program first.")
                .arg(from.schemaVersion())
                .arg(to.schemaVersion()));
    }
    if (to.isReadOnly())
        return Result<Counts>::failure(
            QStringLiteral("%1 is read-only for you; nothing was copied.").arg(to.displayName()));
    if (holdsUserData(to)) {
        return Result<Counts>::failure(
            QStringLiteral("%1 already holds documents, inspections, plans or figures; a copy "
                           "goes only into a new, empty database, so nothing there is lost.")
                .arg(to.displayName()));
    }
    Counts counts;
    const Status done = to.transaction([&]() -> Status {
        // A server keeps versions and authors itself (step 18); a copy asks to keep the ones
        // recorded, which the server grants only to an administrator or the database's owner:
        // anyone else's copy is recorded as theirs, now.
        if (to.dialect() == Database::Dialect::Postgres) {
            QSqlQuery keep(to.connection());
            if (!keep.exec(QStringLiteral("SET LOCAL cstracker.keep_authors = 'on'")))
                return Status::failure(Database::describe(keep.lastError()));
        }
        const QStringList &tables = tablesInOrder();
        // The built-in lists the target started with give way to the source's own.
        for (auto t = tables.crbegin(); t != tables.crend(); ++t) {
            const Result<QSqlQuery> cleared = to.run(QStringLiteral("DELETE FROM %1").arg(*t));
            if (!cleared.ok())
                return Status::failure(QStringLiteral("%1: %2").arg(*t, cleared.error()));
        }
        for (const QString &table : tables) {
            QSqlQuery read = from.prepare(QStringLiteral("SELECT * FROM %1").arg(table));
            read.setForwardOnly(true); // a table of 200,000 updates streams, not held at once
            if (!read.exec())
                return Status::failure(
                    QStringLiteral("%1: %2").arg(table, Database::describe(read.lastError())));
            const QSqlRecord record = read.record();
            QStringList columns;
            for (int c = 0; c < record.count(); ++c)
                columns << record.fieldName(c);
            const int regionColumn = int(columns.indexOf(QStringLiteral("region_id")));
            QStringList marks;
            marks.fill(QStringLiteral("?"), columns.size());
            QSqlQuery write = to.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                             .arg(table, columns.join(QStringLiteral(", ")),
                                                  marks.join(QStringLiteral(", "))));
            QList<std::pair<QVariant, QVariant>> regions; // id, region: set once all exist
            while (read.next()) {
                for (int c = 0; c < columns.size(); ++c) {
                    QVariant v = read.value(c);
                    if (c == regionColumn && !v.isNull()) {
                        regions.append({read.value(QStringLiteral("id")), v});
                        v = QVariant(QMetaType(QMetaType::LongLong));
                    }
                    write.bindValue(c, v);
                }
                if (!write.exec()) {
                    return Status::failure(
                        QStringLiteral("%1: %2").arg(table, Database::describe(write.lastError())));
                }
                ++counts.rows;
            }
            for (const auto &[id, region] : regions) {
                const Result<QSqlQuery> set =
                    to.run(QStringLiteral("UPDATE authority SET region_id = ? WHERE id = ?"),
                           {region, id});
                if (!set.ok())
                    return Status::failure(QStringLiteral("authority: %1").arg(set.error()));
            }
            // A server's ids continue after the highest copied.
            if (to.dialect() == Database::Dialect::Postgres &&
                columns.contains(QStringLiteral("id"))) {
                const Result<QSqlQuery> next =
                    to.run(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                          "coalesce((SELECT max(id) FROM %1), 0) + 1, false)")
                               .arg(table));
                if (!next.ok())
                    return Status::failure(QStringLiteral("%1: %2").arg(table, next.error()));
            }
            ++counts.tables;
        }
        return Status();
    });
    if (!done.ok())
        return Result<Counts>::failure(
            QStringLiteral("Nothing was copied into %1: %2").arg(to.displayName(), done.error()));
    // A server plans its queries from statistics it gathers in its own time; tables filled
    // at once would be read with plans for empty ones until then. It would also vacuum
    // them in its own time, soon after, slowing whoever uses the copy first: both now.
    // (Not a prepared statement: PostgreSQL prepares only reads and writes.)
    if (to.dialect() == Database::Dialect::Postgres) {
        QSqlQuery analyze(to.connection());
        if (!analyze.exec(QStringLiteral("VACUUM (ANALYZE)")))
            qWarning("VACUUM after the copy failed: %s", qPrintable(analyze.lastError().text()));
    }
    return counts;
}

} // namespace DatabaseCopy
