#pragma once

#include "store/result.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

class Database;
class QSqlQuery;

// A row's version, and who saved it last and when: what a save checks so that an edit made
// to an older version (a colleague saved the same row since it was read) is refused instead
// of overwriting theirs. Actions, inspections and figures carry one.
struct RowVersion
{
    int number = 0; // 0: not read from the database; a save then goes over any version
    QString changedBy;
    QDateTime changedAt; // UTC

    // The three columns, in the order read() reads them.
    static QString columns(const QString &prefix = QString());
    static RowVersion read(const QSqlQuery &q, int first);

    // For an UPDATE: "row_version = row_version + 1, changed_by = ?, changed_at = ?" and,
    // after "WHERE id = ?", " AND (? = 0 OR row_version = ?)"; with the values for both.
    static QString setClause();
    static QVariantList setValues(const Database &db);
    static QString whereClause();
    QVariantList whereValues() const { return {number, number}; }

    // "Changed by <who> at <when> since you opened it, so your change was not saved. It now
    // has <nowHolds>. Reload to see it, then make your change again."
    QString conflictMessage(const QString &nowHolds) const;

    // What a version-checked UPDATE or DELETE of one row came to: done when it touched the
    // row. Otherwise refused: a conflict when `conflictNow` finds the row (it reads the row
    // and says what it now holds, through conflictMessage()), else `gone`.
    static Status outcome(const Result<QSqlQuery> &written,
                          const std::function<std::optional<QString>()> &conflictNow,
                          const QString &gone);
};

// The versions a store itself last saved, by row id: what its undo and redo save over, so
// that one user's successive edits of a row do not refuse each other, while a colleague's
// save in between still does.
class SavedVersions
{
public:
    int of(qint64 id) const { return m_versions.value(id); } // 0: not saved here
    void note(qint64 id, int version) { m_versions.insert(id, version); }
    // Notes the version `table` holds for row `id` now.
    void noteCurrent(const Database &db, const QString &table, qint64 id);

private:
    QHash<qint64, int> m_versions;
};
