#include "meetings/meetingstore.h"

#include "store/database.h"

#include <QSettings>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>

MeetingStore::MeetingStore(const Database &db)
    : m_db(db)
{
}

QString MeetingStore::settingsKey(qint64 authorityId) const
{
    // By authority name, not id: a reader's settings outlive any one copy of the database.
    QString name;
    const Database::Kept kept =
        m_db.keep(QStringLiteral("SELECT name FROM authority WHERE id = ?"));
    QSqlQuery &q = kept.query();
    q.addBindValue(authorityId);
    if (q.exec() && q.next())
        name = q.value(0).toString();
    return QStringLiteral("meetings/") + QString::fromLatin1(QUrl::toPercentEncoding(
                                             name.isEmpty() ? QString::number(authorityId) : name));
}

QList<MeetingStore::Held> MeetingStore::held(qint64 authorityId) const
{
    QList<Held> result;
    const Database::Kept kept =
        m_db.keep(QStringLiteral("SELECT name, held_on FROM meeting WHERE authority_id = ?"));
    QSqlQuery &q = kept.query();
    q.addBindValue(authorityId);
    if (q.exec()) {
        while (q.next())
            result.append({q.value(0).toString(), dateFromSql(q.value(1)).value_or(QDate())});
    }
    // Each remembered meeting is "YYYY-MM-DD name".
    const QStringList remembered = QSettings().value(settingsKey(authorityId)).toStringList();
    for (const QString &entry : remembered) {
        const QDate on = QDate::fromString(entry.left(10), Qt::ISODate);
        if (on.isValid() && entry.size() > 11)
            result.append({entry.mid(11), on});
    }
    std::sort(result.begin(), result.end(),
              [](const Held &a, const Held &b) { return a.on > b.on; });
    return result;
}

std::optional<QDate> MeetingStore::previous(qint64 authorityId, const QString &name,
                                            const QDate &before) const
{
    for (const Held &h : held(authorityId)) {
        if (h.on < before && h.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return h.on;
    }
    return std::nullopt;
}

std::optional<QDate> MeetingStore::previousOfAny(qint64 authorityId, const QDate &before) const
{
    for (const Held &h : held(authorityId)) {
        if (h.on < before)
            return h.on;
    }
    return std::nullopt;
}

QStringList MeetingStore::names(qint64 authorityId) const
{
    QStringList result;
    for (const Held &h : held(authorityId)) {
        if (!result.contains(h.name, Qt::CaseInsensitive))
            result.append(h.name);
    }
    return result;
}

Status MeetingStore::remember(qint64 authorityId, const QString &name, const QDate &heldOn)
{
    const QString meeting = name.trimmed();
    if (meeting.isEmpty())
        return Status::failure(QObject::tr("A meeting needs a name."));
    if (!heldOn.isValid())
        return Status::failure(QObject::tr("A meeting needs a date."));
    if (!m_db.isReadOnly()) {
        Result<QSqlQuery> written = m_db.run(
            QStringLiteral("INSERT INTO meeting (authority_id, name, held_on) VALUES (?, ?, ?) "
                           "ON CONFLICT (authority_id, name, held_on) DO NOTHING"),
            {authorityId, meeting, toSql(heldOn)});
        if (written.ok())
            return {};
    }
    // Not ours to write (or refused): the reader's own settings keep it.
    QSettings settings;
    const QString key = settingsKey(authorityId);
    QStringList kept = settings.value(key).toStringList();
    const QString entry = heldOn.toString(Qt::ISODate) + QLatin1Char(' ') + meeting;
    if (!kept.contains(entry))
        kept.append(entry);
    settings.setValue(key, kept);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Status::failure(
            QObject::tr("The meeting of %1 could not be remembered: your settings file cannot "
                        "be written.")
                .arg(heldOn.toString(QStringLiteral("d MMMM yyyy"))));
    return {};
}
