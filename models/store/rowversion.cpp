#include "store/rowversion.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

QString RowVersion::columns(const QString &prefix)
{
    return QStringLiteral("%1row_version, %1changed_by, %1changed_at").arg(prefix);
}

RowVersion RowVersion::read(const QSqlQuery &q, int first)
{
    RowVersion v;
    v.number = q.value(first).toInt();
    v.changedBy = q.value(first + 1).toString();
    v.changedAt = QDateTime::fromString(q.value(first + 2).toString(), Qt::ISODate);
    return v;
}

QString RowVersion::setClause()
{
    return QStringLiteral("row_version = row_version + 1, changed_by = ?, changed_at = ?");
}

QVariantList RowVersion::setValues(const Database &db)
{
    return {db.userName(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
}

QString RowVersion::whereClause()
{
    return QStringLiteral(" AND (? = 0 OR row_version = ?)");
}

void SavedVersions::noteCurrent(const Database &db, const QString &table, qint64 id)
{
    // The table is one of the program's own names, never a user's text.
    Result<QSqlQuery> q =
        db.run(QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(table), {id});
    if (q.ok() && q.value().next())
        note(id, q.value().value(0).toInt());
}

QString RowVersion::conflictMessage(const QString &nowHolds) const
{
    const QString when =
        changedAt.isValid()
            ? QLocale().toString(changedAt.toLocalTime(), QStringLiteral("d MMMM yyyy 'at' HH:mm"))
            : QCoreApplication::translate("RowVersion", "an unknown time");
    return QCoreApplication::translate(
               "RowVersion", "Changed by %1 at %2 since you opened it, so your change was not "
                             "saved. It now has %3. Reload to see it, then make your change again.")
        .arg(changedBy.isEmpty() ? QCoreApplication::translate("RowVersion", "someone else")
                                 : changedBy,
             when, nowHolds);
}

Status RowVersion::outcome(const Result<QSqlQuery> &written,
                           const std::function<std::optional<QString>()> &conflictNow,
                           const QString &gone)
{
    if (!written.ok())
        return Status::of(written);
    if (written.value().numRowsAffected() == 1)
        return {};
    if (const std::optional<QString> conflict = conflictNow())
        return Status::conflict(*conflict);
    return Status::failure(gone);
}
