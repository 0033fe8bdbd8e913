#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

class Database;

// One change to a row, as a team's server recorded it in its audit trail.
struct Change
{
    qint64 id = 0;
    QDateTime at;
    QString who;
    QString table;     // the table changed: "action", "indicator_value"...
    qint64 rowId = 0;  // 0 for a row without an id of its own (a link between two rows)
    QString operation; // "insert", "update" or "delete"
    QJsonObject before;
    QJsonObject after;
};

// Reads the audit trail a team's server keeps (see resources/schema/postgresql/server.sql).
// An SQLite file keeps none, and says so.
class ChangeHistory
{
public:
    explicit ChangeHistory(Database &db);

    // Whether this database keeps an audit trail at all.
    bool isKept() const;

    // The changes to one authority's inspections, plans, actions, updates, figures and
    // targets, newest first, at most `limit`.
    QList<Change> forAuthority(qint64 authorityId, int limit = 2000) const;
    // The changes to one item, newest first: an action with its progress updates and the
    // recommendations it answers; an inspection with its grades and recommendations; any
    // other row (a figure, a plan) alone.
    QList<Change> forItem(const QString &table, qint64 rowId, int limit = 2000) const;

    // "Action", "Figure", "Inspection"... for a table's rows.
    static QString itemKind(const QString &table);
    // What the item is, from its values: an action's title, a figure's period...
    static QString itemName(const Change &change);
    // What changed, in words: "lead officer: (none) to “Head of service”; due date: ..."
    static QString describe(const Change &change);

private:
    QList<Change> read(const QString &where, const QVariantList &values, int limit,
                       bool newestFirst) const;
    Database &m_db;
};
