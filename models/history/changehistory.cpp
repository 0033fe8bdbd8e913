#include "history/changehistory.h"

#include "store/database.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QSqlQuery>

namespace {

QString shown(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("(none)");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 12);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    const QString text =
        v.isString()
            ? v.toString()
            : QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return QStringLiteral("\u201C%1\u201D")
        .arg(text.size() > 80 ? text.left(77) + QStringLiteral("...") : text);
}

// A column's name as words: "lead_officer" is "lead officer", "rag" is "RAG".
QString fieldName(const QString &column)
{
    if (column == QLatin1String("rag"))
        return QStringLiteral("RAG");
    QString words = column;
    if (words.endsWith(QLatin1String("_id")))
        words.chop(3);
    return words.replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace

ChangeHistory::ChangeHistory(Database &db)
    : m_db(db)
{
}

bool ChangeHistory::isKept() const
{
    if (m_db.dialect() != Database::Dialect::Postgres)
        return false;
    Result<QSqlQuery> q = m_db.run(QStringLiteral("SELECT to_regclass('audit_log') IS NOT NULL"));
    return q.ok() && q.value().next() && q.value().value(0).toBool();
}

QList<Change> ChangeHistory::read(const QString &where, const QVariantList &values, int limit,
                                  bool newestFirst) const
{
    QList<Change> result;
    if (!isKept())
        return result;
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT l.id, l.changed_at, l.changed_by, l.table_name, l.row_id, "
                       "l.operation, l.old_values::text, l.new_values::text "
                       "FROM audit_log l WHERE %1 ORDER BY l.id %2 LIMIT %3")
            .arg(where, newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC"))
            .arg(limit));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return result;
    while (q.next()) {
        Change c;
        c.id = q.value(0).toLongLong();
        c.at = q.value(1).toDateTime();
        c.who = q.value(2).toString();
        c.table = q.value(3).toString();
        c.rowId = q.value(4).toLongLong();
        c.operation = q.value(5).toString();
        c.before = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        c.after = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        result.append(c);
    }
    return result;
}

QList<Change> ChangeHistory::forAuthority(qint64 authorityId, int limit) const
{
    // Each row names its authority, or its plan, action or inspection, which does.
    const QString row = QStringLiteral("coalesce(l.new_values, l.old_values)");
    return read(
        QStringLiteral("(l.table_name IN ('inspection', 'plan', 'indicator_value', 'target', "
                       "'meeting') AND (%1 ->> 'authority_id')::bigint = ?)"
                       " OR (l.table_name IN ('action', 'impact_measure')"
                       "   AND (%1 ->> 'plan_id')::bigint IN"
                       "   (SELECT id FROM plan WHERE authority_id = ?))"
                       " OR (l.table_name IN ('action_update', 'action_recommendation', "
                       "'impact_measure', 'evidence')"
                       "   AND (%1 ->> 'action_id')::bigint IN (SELECT a.id FROM action a"
                       "     JOIN plan p ON p.id = a.plan_id WHERE p.authority_id = ?))"
                       " OR (l.table_name = 'impact_milestone'"
                       "   AND (%1 ->> 'measure_id')::bigint IN (SELECT m.id FROM impact_measure m"
                       "     LEFT JOIN action a ON a.id = m.action_id"
                       "     JOIN plan p ON p.id = coalesce(m.plan_id, a.plan_id)"
                       "     WHERE p.authority_id = ?))"
                       " OR (l.table_name IN ('judgement', 'recommendation')"
                       "   AND (%1 ->> 'inspection_id')::bigint IN"
                       "   (SELECT id FROM inspection WHERE authority_id = ?))")
            .arg(row),
        {authorityId, authorityId, authorityId, authorityId, authorityId}, limit, true);
}

QList<Change> ChangeHistory::forItem(const QString &table, qint64 rowId, int limit) const
{
    const QString row = QStringLiteral("coalesce(l.new_values, l.old_values)");
    QString parts;
    if (table == QLatin1String("action"))
        parts = QStringLiteral(" OR (l.table_name IN ('action_update', 'action_recommendation', "
                               "'impact_measure', 'evidence')"
                               " AND (%1 ->> 'action_id')::bigint = ?)")
                    .arg(row);
    else if (table == QLatin1String("plan"))
        parts = QStringLiteral(" OR (l.table_name = 'impact_measure'"
                               " AND (%1 ->> 'plan_id')::bigint = ?)")
                    .arg(row);
    else if (table == QLatin1String("inspection"))
        parts = QStringLiteral(" OR (l.table_name IN ('judgement', 'recommendation')"
                               " AND (%1 ->> 'inspection_id')::bigint = ?)")
                    .arg(row);
    QVariantList values{table, rowId};
    if (!parts.isEmpty())
        values << rowId;
    return read(QStringLiteral("(l.table_name = ? AND l.row_id = ?)") + parts, values, limit, true);
}

QString ChangeHistory::itemKind(const QString &table)
{
    static const QHash<QString, QString> kinds = {
        {QStringLiteral("inspection"), QStringLiteral("Inspection")},
        {QStringLiteral("judgement"), QStringLiteral("Judgement")},
        {QStringLiteral("recommendation"), QStringLiteral("Recommendation")},
        {QStringLiteral("plan"), QStringLiteral("Plan")},
        {QStringLiteral("action"), QStringLiteral("Action")},
        {QStringLiteral("action_update"), QStringLiteral("Progress update")},
        {QStringLiteral("action_recommendation"), QStringLiteral("Action's recommendation")},
        {QStringLiteral("indicator_value"), QStringLiteral("Figure")},
        {QStringLiteral("target"), QStringLiteral("Target")},
        {QStringLiteral("impact_measure"), QStringLiteral("Impact measure")},
        {QStringLiteral("impact_milestone"), QStringLiteral("Milestone")},
        {QStringLiteral("evidence"), QStringLiteral("Evidence")},
        {QStringLiteral("meeting"), QStringLiteral("Meeting")},
    };
    return kinds.value(table, table);
}

QString ChangeHistory::itemName(const Change &change)
{
    const QJsonObject &row = change.after.isEmpty() ? change.before : change.after;
    for (const char *field : {"title", "name", "period_label", "area_title", "text", "note"}) {
        const QString value = row.value(QLatin1String(field)).toString();
        if (!value.isEmpty())
            return value.size() > 60 ? value.left(57) + QStringLiteral("...") : value;
    }
    for (const char *day : {"reported_on", "held_on", "due_on", "target_on"}) {
        if (row.contains(QLatin1String(day)))
            return row.value(QLatin1String(day)).toString();
    }
    return change.rowId ? QStringLiteral("#%1").arg(change.rowId) : QString();
}

QString ChangeHistory::describe(const Change &change)
{
    if (change.operation == QLatin1String("insert"))
        return QStringLiteral("Added");
    if (change.operation == QLatin1String("delete"))
        return QStringLiteral("Removed");
    QStringList parts;
    for (auto it = change.after.constBegin(); it != change.after.constEnd(); ++it) {
        // Who and when are columns of their own; the version is bookkeeping.
        if (it.key() == QLatin1String("row_version") || it.key() == QLatin1String("changed_by") ||
            it.key() == QLatin1String("changed_at"))
            continue;
        const QJsonValue old = change.before.value(it.key());
        if (old != it.value())
            parts << QStringLiteral("%1: %2 to %3")
                         .arg(fieldName(it.key()), shown(old), shown(it.value()));
    }
    return parts.isEmpty() ? QStringLiteral("Saved unchanged") : parts.join(QStringLiteral("; "));
}
