#pragma once

#include "store/result.h"

#include <QDate>
#include <QStringList>

#include <optional>

class Database;

// The meetings board packs were written for, by authority and meeting name, so the next pack
// knows where "since the last meeting" starts. Kept in the database for everyone who uses
// it; a reader who cannot write there (a read-only copy, a server's reader) keeps them in
// their own settings instead, and both are read.
class MeetingStore
{
public:
    explicit MeetingStore(const Database &db);

    // The latest meeting of that name for the authority strictly before `before`.
    std::optional<QDate> previous(qint64 authorityId, const QString &name,
                                  const QDate &before) const;
    // The latest meeting of any name for the authority strictly before `before`.
    std::optional<QDate> previousOfAny(qint64 authorityId, const QDate &before) const;
    // Notes that the meeting is held on that day; remembering it twice is harmless.
    Status remember(qint64 authorityId, const QString &name, const QDate &heldOn);
    // The names of the authority's meetings, most recent first, to offer when typing one.
    QStringList names(qint64 authorityId) const;

private:
    struct Held
    {
        QString name;
        QDate on;
    };
    QList<Held> held(qint64 authorityId) const;
    QString settingsKey(qint64 authorityId) const;
    const Database &m_db;
};
