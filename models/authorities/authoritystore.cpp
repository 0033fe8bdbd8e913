#include "authorities/authoritystore.h"

#include "store/database.h"

#include <QDate>
#include <QSqlQuery>

AuthorityStore::AuthorityStore(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

Result<qint64> AuthorityStore::add(const Authority &a)
{
    if (a.name.trimmed().isEmpty())
        return Result<qint64>::failure(tr("An authority needs a name."));
    const Result<qint64> id = m_db.insert(
        QStringLiteral(
            "INSERT INTO authority (name, ons_code, la_number, kind, region_id, synthetic) "
            "VALUES (?, ?, ?, ?, ?, ?)"),
        {a.name.trimmed(), toSqlText(a.onsCode),
         a.laNumber ? QVariant(*a.laNumber) : QVariant(QMetaType(QMetaType::Int)),
         Authority::kindCode(a.kind), toSql(a.regionId), a.synthetic ? 1 : 0});
    if (id.ok())
        emit authoritiesChanged();
    return id;
}

QList<Authority> AuthorityStore::select(const QString &where, const QVariant &value) const
{
    QString sql =
        QStringLiteral("SELECT id, name, ons_code, la_number, kind, region_id, synthetic, "
                       "ended_on, ofsted_urn FROM authority");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql +=
        QStringLiteral(" ORDER BY CASE kind WHEN 'country' THEN 0 WHEN 'region' THEN 1 ELSE 2 END, "
                       "lower(name), name");
    const Database::Kept kept = m_db.keep(sql);
    QSqlQuery &q = kept.query();
    if (!where.isEmpty())
        q.addBindValue(value);
    QList<Authority> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        Authority a;
        a.id = q.value(0).toLongLong();
        a.name = q.value(1).toString();
        a.onsCode = q.value(2).toString();
        if (!q.value(3).isNull())
            a.laNumber = q.value(3).toInt();
        a.kind =
            Authority::kindFromCode(q.value(4).toString()).value_or(AuthorityKind::LocalAuthority);
        a.regionId = idFromSql(q.value(5));
        a.synthetic = q.value(6).toBool();
        if (!q.value(7).isNull())
            a.endedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        if (!q.value(8).isNull())
            a.ofstedUrn = q.value(8).toInt();
        result.append(a);
    }
    return result;
}

QList<Authority> AuthorityStore::all() const
{
    return select({}, {});
}

QList<AuthorityAlias> AuthorityStore::aliases() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT authority_id, name, valid_from, valid_until FROM authority_alias "
        "ORDER BY authority_id, name"));
    QList<AuthorityAlias> result;
    if (!q.exec())
        return result;
    auto day = [](const QVariant &v) -> std::optional<QDate> {
        if (v.isNull())
            return std::nullopt;
        return QDate::fromString(v.toString(), Qt::ISODate);
    };
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), day(q.value(2)),
                       day(q.value(3))});
    return result;
}

std::optional<Authority> AuthorityStore::byId(qint64 id) const
{
    const QList<Authority> found = select(QStringLiteral("id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<Authority> AuthorityStore::byName(const QString &name) const
{
    const QList<Authority> found = select(QStringLiteral("lower(name) = lower(?)"), name.trimmed());
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<Authority> AuthorityStore::byCode(const QString &onsCode) const
{
    // A code ONS has since replaced still finds its authority.
    const QList<Authority> found = select(
        QStringLiteral("? IN (SELECT ons_code UNION ALL SELECT code FROM authority_former_code f "
                       "WHERE f.authority_id = authority.id)"),
        onsCode.trimmed().toUpper());
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<Authority> AuthorityStore::country(bool synthetic) const
{
    // The first by name, as a walk through all() would meet them.
    const QList<Authority> found =
        select(QStringLiteral("kind = 'country' AND synthetic = ?"), synthetic ? 1 : 0);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<Authority> AuthorityStore::byLaNumber(int laNumber) const
{
    const QList<Authority> found = select(QStringLiteral("la_number = ?"), laNumber);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<qint64> AuthorityStore::successors(qint64 authorityId) const
{
    return m_db.ids(QStringLiteral("SELECT successor_id FROM authority_successor WHERE "
                                   "authority_id = ? ORDER BY successor_id"),
                    {authorityId});
}
