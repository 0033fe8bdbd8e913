#include "indicators/indicatorstore.h"

#include "store/database.h"

#include <QSqlQuery>

IndicatorStore::IndicatorStore(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

QList<Indicator> IndicatorStore::selectIndicators(const QString &where, const QVariant &value) const
{
    QString sql =
        QStringLiteral("SELECT id, key, name, unit, polarity, definition, source FROM indicator");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY id");
    QSqlQuery q = m_db.prepare(sql);
    if (!where.isEmpty())
        q.addBindValue(value);
    QList<Indicator> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        Indicator i;
        i.id = q.value(0).toLongLong();
        i.key = q.value(1).toString();
        i.name = q.value(2).toString();
        i.unit = Indicator::unitFromCode(q.value(3).toString()).value_or(IndicatorUnit::Count);
        i.polarity = Indicator::polarityFromCode(q.value(4).toString()).value_or(Polarity::Neither);
        i.definition = q.value(5).toString();
        i.source = q.value(6).toString();
        result.append(i);
    }
    return result;
}

QList<Indicator> IndicatorStore::indicators() const
{
    return selectIndicators({}, {});
}

std::optional<Indicator> IndicatorStore::indicator(qint64 id) const
{
    const QList<Indicator> found = selectIndicators(QStringLiteral("id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<Indicator> IndicatorStore::indicator(const QString &key) const
{
    const QList<Indicator> found = selectIndicators(QStringLiteral("key = ?"), key);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

Result<qint64> IndicatorStore::addValue(const IndicatorValue &v)
{
    const std::optional<Indicator> ind = indicator(v.indicatorId);
    if (!ind)
        return Result<qint64>::failure(tr("There is no indicator with id %1.").arg(v.indicatorId));
    const QString periodProblem = v.period.validate();
    if (!periodProblem.isEmpty())
        return Result<qint64>::failure(periodProblem);
    if (v.value.has_value() == v.suppression.has_value())
        return Result<qint64>::failure(
            tr("Give either a value or a suppression code, not both or neither."));
    if (v.value) {
        const QString problem = ind->checkValue(*v.value);
        if (!problem.isEmpty())
            return Result<qint64>::failure(problem);
    }
    const Result<qint64> id = m_db.insert(
        QStringLiteral(
            "INSERT INTO indicator_value (authority_id, indicator_id, period_kind, period_start, "
            "period_end, period_label, value, suppression, source_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {v.authorityId, v.indicatorId,
         v.period.kind == Period::Kind::At ? QStringLiteral("at") : QStringLiteral("in"),
         toSql(v.period.start), toSql(v.period.end), v.period.displayLabel(), toSql(v.value),
         v.suppression ? QVariant(SuppressionCodes::code(*v.suppression))
                       : QVariant(QMetaType(QMetaType::QString)),
         toSql(v.sourceId)});
    if (id.ok())
        emit valuesChanged(v.authorityId, v.indicatorId);
    return id;
}

QList<IndicatorValue> IndicatorStore::values(qint64 authorityId, qint64 indicatorId) const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT id, period_kind, period_start, period_end, "
                                    "period_label, value, suppression, source_id "
                                    "FROM indicator_value WHERE authority_id = ? AND indicator_id "
                                    "= ? ORDER BY period_end, period_start"));
    q.addBindValue(authorityId);
    q.addBindValue(indicatorId);
    QList<IndicatorValue> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        IndicatorValue v;
        v.id = q.value(0).toLongLong();
        v.authorityId = authorityId;
        v.indicatorId = indicatorId;
        v.period.kind =
            q.value(1).toString() == QLatin1String("in") ? Period::Kind::In : Period::Kind::At;
        v.period.start = dateFromSql(q.value(2));
        v.period.end = dateFromSql(q.value(3)).value_or(QDate());
        v.period.label = q.value(4).toString();
        if (!q.value(5).isNull())
            v.value = q.value(5).toDouble();
        if (!q.value(6).isNull())
            v.suppression = SuppressionCodes::fromCode(q.value(6).toString());
        v.sourceId = idFromSql(q.value(7));
        result.append(v);
    }
    return result;
}

int IndicatorStore::valueCount(qint64 authorityId) const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM indicator_value WHERE authority_id = ?"));
    q.addBindValue(authorityId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

Result<qint64> IndicatorStore::addTarget(qint64 authorityId, qint64 indicatorId,
                                         const QDate &periodEnd, const QString &label, double value)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO target (authority_id, indicator_id, period_end, period_label, "
                       "value) VALUES (?, ?, ?, ?, ?)"),
        {authorityId, indicatorId, toSql(periodEnd), label, value});
}

Status IndicatorStore::setNeighbours(qint64 authorityId, const QList<qint64> &neighbourIds)
{
    const Status saved = m_db.transaction([&]() -> Status {
        Result<QSqlQuery> q =
            m_db.run(QStringLiteral("DELETE FROM statistical_neighbour WHERE authority_id = ?"),
                     {authorityId});
        if (!q.ok())
            return Status::of(q);
        for (qint64 n : neighbourIds) {
            q = m_db.run(
                QStringLiteral("INSERT INTO statistical_neighbour (authority_id, neighbour_id) "
                               "VALUES (?, ?)"),
                {authorityId, n});
            if (!q.ok())
                return Status::of(q);
        }
        return {};
    });
    if (saved.ok())
        emit neighboursChanged(authorityId);
    return saved;
}

QList<qint64> IndicatorStore::neighbours(qint64 authorityId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT neighbour_id FROM statistical_neighbour "
                                              "WHERE authority_id = ? ORDER BY neighbour_id"));
    q.addBindValue(authorityId);
    QList<qint64> result;
    if (q.exec()) {
        while (q.next())
            result.append(q.value(0).toLongLong());
    }
    return result;
}
