#include "indicators/indicatorstore.h"

#include "store/database.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace {
// A period stored as kind, first day, last day and label, from four columns at `first`.
Period readPeriod(const QSqlQuery &q, int first)
{
    Period p;
    p.kind = q.value(first).toString() == QLatin1String("in") ? Period::Kind::In : Period::Kind::At;
    p.start = dateFromSql(q.value(first + 1));
    p.end = dateFromSql(q.value(first + 2)).value_or(QDate());
    p.label = q.value(first + 3).toString();
    return p;
}

IndicatorValue readValue(const QSqlQuery &q)
{
    IndicatorValue v;
    v.id = q.value(0).toLongLong();
    v.authorityId = q.value(1).toLongLong();
    v.indicatorId = q.value(2).toLongLong();
    v.period = readPeriod(q, 3);
    if (!q.value(7).isNull())
        v.value = q.value(7).toDouble();
    if (!q.value(8).isNull())
        v.suppression = SuppressionCodes::fromCode(q.value(8).toString());
    v.sourceId = idFromSql(q.value(9));
    if (!q.value(10).isNull())
        v.sourceLine = q.value(10).toInt();
    v.version = RowVersion::read(q, 11);
    return v;
}

// The columns readValue() reads, in its order.
QString valueColumns()
{
    return QStringLiteral("id, authority_id, indicator_id, period_kind, period_start, "
                          "period_end, period_label, value, suppression, source_id, "
                          "source_line, ") +
           RowVersion::columns();
}
} // namespace

IndicatorStore::IndicatorStore(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

QList<Indicator> IndicatorStore::selectIndicators(const QString &where, const QVariant &value) const
{
    QString sql =
        QStringLiteral("SELECT id, key, name, unit, polarity, definition, source, measured "
                       "FROM indicator");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY id");
    const Database::Kept kept = m_db.keep(sql);
    QSqlQuery &q = kept.query();
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
        i.measured =
            q.value(7).toString() == QLatin1String("at") ? Period::Kind::At : Period::Kind::In;
        result.append(i);
    }
    return result;
}

QList<Indicator> IndicatorStore::indicators() const
{
    if (m_catalogue.isEmpty())
        m_catalogue = selectIndicators({}, {});
    return m_catalogue;
}

std::optional<Indicator> IndicatorStore::indicator(qint64 id) const
{
    for (const Indicator &i : indicators()) {
        if (i.id == id)
            return i;
    }
    return std::nullopt;
}

std::optional<Indicator> IndicatorStore::indicator(const QString &key) const
{
    for (const Indicator &i : indicators()) {
        if (i.key == key)
            return i;
    }
    return std::nullopt;
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
            "period_end, period_label, value, suppression, source_id, source_line) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {v.authorityId, v.indicatorId,
         v.period.kind == Period::Kind::At ? QStringLiteral("at") : QStringLiteral("in"),
         toSql(v.period.start), toSql(v.period.end), v.period.displayLabel(), toSql(v.value),
         v.suppression ? QVariant(SuppressionCodes::code(*v.suppression))
                       : QVariant(QMetaType(QMetaType::QString)),
         toSql(v.sourceId),
         v.sourceLine ? QVariant(*v.sourceLine) : QVariant(QMetaType(QMetaType::Int))});
    if (id.ok())
        emit valuesChanged(v.authorityId, v.indicatorId);
    return id;
}

QList<IndicatorValue> IndicatorStore::values(qint64 authorityId, qint64 indicatorId) const
{
    const Database::Kept kept = m_db.keep(QStringLiteral("SELECT %1 FROM indicator_value WHERE "
                                                         "authority_id = ? AND indicator_id = ? "
                                                         "ORDER BY period_end, period_start")
                                              .arg(valueColumns()));
    QSqlQuery &q = kept.query();
    q.addBindValue(authorityId);
    q.addBindValue(indicatorId);
    QList<IndicatorValue> result;
    if (q.exec()) {
        while (q.next())
            result.append(readValue(q));
    }
    return result;
}

QList<IndicatorStore::RecordedFigure>
IndicatorStore::recordedBetween(qint64 authorityId, const QDate &after, const QDate &upTo) const
{
    QStringList columns;
    for (const QString &c : valueColumns().split(QStringLiteral(", ")))
        columns << QStringLiteral("v.") + c.trimmed();
    const Database::Kept kept =
        m_db.keep(QStringLiteral(
                      "SELECT %1, d.title, d.recorded_on, d.issued_on FROM indicator_value v "
                      "JOIN source s ON s.id = v.source_id JOIN document d ON d.id = s.document_id "
                      "WHERE v.authority_id = ? AND d.recorded_on > ? AND d.recorded_on <= ? "
                      "ORDER BY v.indicator_id, v.period_end, v.period_start")
                      .arg(columns.join(QStringLiteral(", "))));
    QSqlQuery &q = kept.query();
    q.addBindValue(authorityId);
    q.addBindValue(toSql(after));
    q.addBindValue(toSql(upTo));
    QList<RecordedFigure> result;
    if (q.exec()) {
        const int first = int(columns.size());
        while (q.next()) {
            RecordedFigure f;
            f.value = readValue(q);
            f.document = q.value(first).toString();
            f.recordedOn = dateFromSql(q.value(first + 1)).value_or(QDate());
            f.issuedOn = dateFromSql(q.value(first + 2));
            result.append(f);
        }
    }
    return result;
}

QHash<qint64, QList<IndicatorValue>> IndicatorStore::series(qint64 authorityId) const
{
    // 720 rows on a full database: the version's three columns (a time parsed from text
    // for each) were a third of reading them.
    const Database::Kept kept = m_db.keep(QStringLiteral(
        "SELECT id, indicator_id, period_kind, period_start, period_end, period_label, value, "
        "suppression, source_id FROM indicator_value WHERE authority_id = ? "
        "ORDER BY indicator_id, period_end, period_start"));
    QSqlQuery &q = kept.query();
    q.addBindValue(authorityId);
    QHash<qint64, QList<IndicatorValue>> result;
    if (q.exec()) {
        while (q.next()) {
            IndicatorValue v;
            v.id = q.value(0).toLongLong();
            v.authorityId = authorityId;
            v.indicatorId = q.value(1).toLongLong();
            v.period = readPeriod(q, 2);
            if (!q.isNull(6))
                v.value = q.value(6).toDouble();
            if (!q.isNull(7))
                v.suppression = SuppressionCodes::fromCode(q.value(7).toString());
            v.sourceId = idFromSql(q.value(8));
            result[v.indicatorId].append(std::move(v));
        }
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

Status IndicatorStore::setNeighbours(qint64 authorityId, const QList<qint64> &neighbourIds,
                                     const std::optional<QList<qint64>> &over)
{
    const Status saved = m_db.transaction([&]() -> Status {
        // One list saved at a time on a server, so two saves cannot both pass the check.
        // (LOCK cannot be a prepared statement.)
        if (m_db.dialect() == Database::Dialect::Postgres) {
            QSqlQuery lock(m_db.connection());
            if (!lock.exec(QStringLiteral(
                    "LOCK TABLE statistical_neighbour IN SHARE ROW EXCLUSIVE MODE")))
                return Status::failure(m_db.explain(lock.lastError()));
        }
        if (over) {
            const QList<qint64> now = neighbours(authorityId);
            if (now != *over) {
                RowVersion last;
                Result<QSqlQuery> q = m_db.run(
                    QStringLiteral("SELECT changed_by, changed_at FROM statistical_neighbour "
                                   "WHERE authority_id = ? ORDER BY changed_at DESC"),
                    {authorityId});
                if (q.ok() && q.value().next()) {
                    last.changedBy = q.value().value(0).toString();
                    last.changedAt =
                        QDateTime::fromString(q.value().value(1).toString(), Qt::ISODate);
                }
                QStringList names;
                for (const qint64 id : now) {
                    Result<QSqlQuery> n =
                        m_db.run(QStringLiteral("SELECT name FROM authority WHERE id = ?"), {id});
                    if (n.ok() && n.value().next())
                        names << n.value().value(0).toString();
                }
                return Status::failure(last.conflictMessage(
                    names.isEmpty() ? tr("no statistical neighbours")
                                    : tr("these neighbours: %1").arg(names.join(QStringLiteral(", ")))));
            }
        }
        Result<QSqlQuery> q =
            m_db.run(QStringLiteral("DELETE FROM statistical_neighbour WHERE authority_id = ?"),
                     {authorityId});
        if (!q.ok())
            return Status::of(q);
        const QVariantList saver = RowVersion::setValues(m_db);
        for (qsizetype i = 0; i < neighbourIds.size(); ++i) {
            q = m_db.run(QStringLiteral("INSERT INTO statistical_neighbour (authority_id, "
                                        "neighbour_id, position, changed_by, changed_at) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                         {authorityId, neighbourIds.at(i), i, saver.at(0), saver.at(1)});
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
    return m_db.ids(QStringLiteral("SELECT neighbour_id FROM statistical_neighbour "
                                   "WHERE authority_id = ? ORDER BY position"),
                    {authorityId});
}

std::optional<IndicatorValue> IndicatorStore::value(qint64 valueId) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM indicator_value WHERE id = ?").arg(valueColumns()));
    q.addBindValue(valueId);
    return q.exec() && q.next() ? std::optional(readValue(q)) : std::nullopt;
}

Status IndicatorStore::updateValue(const IndicatorValue &v)
{
    const std::optional<Indicator> ind = indicator(v.indicatorId);
    if (!ind)
        return Status::failure(tr("There is no indicator with id %1.").arg(v.indicatorId));
    const QString periodProblem = v.period.validate();
    if (!periodProblem.isEmpty())
        return Status::failure(periodProblem);
    if (v.value.has_value() == v.suppression.has_value())
        return Status::failure(
            tr("Give either a value or a suppression code, not both or neither."));
    if (v.value) {
        const QString problem = ind->checkValue(*v.value);
        if (!problem.isEmpty())
            return Status::failure(problem);
    }
    const Status saved = m_db.transaction([&]() -> Status {
        // Only over the version that was read (0: any); the version then moves on by one.
        const Result<QSqlQuery> q = m_db.run(
            QStringLiteral(
                "UPDATE indicator_value SET period_kind = ?, period_start = ?, period_end = ?, "
                "period_label = ?, value = ?, suppression = ?, source_id = ?, source_line = ?, "
                "%1 WHERE id = ?%2")
                .arg(RowVersion::setClause(), RowVersion::whereClause()),
            QVariantList{
                v.period.kind == Period::Kind::At ? QStringLiteral("at") : QStringLiteral("in"),
                toSql(v.period.start), toSql(v.period.end), v.period.displayLabel(), toSql(v.value),
                v.suppression ? QVariant(SuppressionCodes::code(*v.suppression))
                              : QVariant(QMetaType(QMetaType::QString)),
                toSql(v.sourceId),
                v.sourceLine ? QVariant(*v.sourceLine) : QVariant(QMetaType(QMetaType::Int))} +
                RowVersion::setValues(m_db) + QVariantList{v.id} + v.version.whereValues());
        return RowVersion::outcome(
            q, [&]() { return conflictOver(v.id); }, tr("That figure no longer exists."));
    });
    if (saved.ok()) {
        m_saved.noteCurrent(m_db, QStringLiteral("indicator_value"), v.id);
        emit valuesChanged(v.authorityId, v.indicatorId);
    }
    return saved;
}

QString IndicatorStore::changedSince(const IndicatorValue &now)
{
    return now.version.conflictMessage(
        tr("the figure %1 for %2")
            .arg(now.value ? QLocale().toString(*now.value) : SuppressionCodes::code(*now.suppression),
                 now.period.displayLabel()));
}

std::optional<QString> IndicatorStore::conflictOver(qint64 valueId) const
{
    const std::optional<IndicatorValue> now = value(valueId);
    return now ? std::optional(changedSince(*now)) : std::nullopt;
}

Status IndicatorStore::removeValue(qint64 valueId, int overVersion)
{
    const std::optional<IndicatorValue> v = value(valueId);
    if (!v)
        return Status::failure(tr("That value no longer exists."));
    const Status removed = m_db.transaction([&]() -> Status {
        const Result<QSqlQuery> q = m_db.run(
            QStringLiteral("DELETE FROM indicator_value WHERE id = ?") + RowVersion::whereClause(),
            {valueId, overVersion, overVersion});
        return RowVersion::outcome(
            q, [&]() { return conflictOver(valueId); }, tr("That figure no longer exists."));
    });
    if (removed.ok())
        emit valuesChanged(v->authorityId, v->indicatorId);
    return removed;
}

Status IndicatorStore::restoreValue(const IndicatorValue &v)
{
    const Result<qint64> id = m_db.insert(
        QStringLiteral("INSERT INTO indicator_value (%1) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(valueColumns()),
        {v.id, v.authorityId, v.indicatorId,
         v.period.kind == Period::Kind::At ? QStringLiteral("at") : QStringLiteral("in"),
         toSql(v.period.start), toSql(v.period.end), v.period.displayLabel(), toSql(v.value),
         v.suppression ? QVariant(SuppressionCodes::code(*v.suppression))
                       : QVariant(QMetaType(QMetaType::QString)),
         toSql(v.sourceId),
         v.sourceLine ? QVariant(*v.sourceLine) : QVariant(QMetaType(QMetaType::Int)),
         std::max(1, v.version.number), toSqlText(v.version.changedBy),
         v.version.changedAt.isValid() ? QVariant(v.version.changedAt.toUTC().toString(Qt::ISODate))
                                       : QVariant(QMetaType(QMetaType::QString))});
    if (id.ok()) {
        m_saved.noteCurrent(m_db, QStringLiteral("indicator_value"), v.id);
        emit valuesChanged(v.authorityId, v.indicatorId);
    }
    return Status::of(id);
}

QList<IndicatorStore::NeighbourMean> IndicatorStore::neighbourMeans(qint64 authorityId,
                                                                    qint64 indicatorId) const
{
    const Database::Kept kept = m_db.keep(QStringLiteral(
        "SELECT v.period_kind, v.period_start, v.period_end, max(v.period_label), avg(v.value), "
        "count(v.value), "
        "       count(v.suppression) "
        "FROM indicator_value v JOIN statistical_neighbour n ON n.neighbour_id = v.authority_id "
        "WHERE n.authority_id = ? AND v.indicator_id = ? "
        "GROUP BY v.period_kind, v.period_start, v.period_end ORDER BY v.period_end"));
    QSqlQuery &q = kept.query();
    q.addBindValue(authorityId);
    q.addBindValue(indicatorId);
    QList<NeighbourMean> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        NeighbourMean m;
        m.period = readPeriod(q, 0);
        // To the precision of the published figures, one decimal, as LAIT gives it.
        if (!q.value(4).isNull())
            m.mean = std::round(q.value(4).toDouble() * 10.0) / 10.0;
        m.reporting = q.value(5).toInt();
        m.withheld = q.value(6).toInt();
        result.append(m);
    }
    return result;
}

QChar IndicatorStore::quartileBand(int rank, int of)
{
    if (rank < 1 || of < 1 || rank > of)
        return {};
    return QChar(QLatin1Char('A').unicode() + char16_t((rank - 1) * 4 / of));
}

QList<IndicatorStore::Standing> IndicatorStore::standings(qint64 authorityId, qint64 indicatorId,
                                                          std::optional<QDate> periodEnd) const
{
    QList<Standing> result;
    const std::optional<Indicator> i = indicator(indicatorId);
    if (!i || i->polarity == Polarity::Neither)
        return result;
    // The comparison is chosen from the polarity, not from the user: one of two fixed texts.
    const QString better =
        i->polarity == Polarity::HigherIsBetter ? QStringLiteral(">") : QStringLiteral("<");
    // For each of the authority's own periods, its rank is one more than the authorities
    // with a better figure for that period (so ties share the better rank, as LAIT's do),
    // counted through the index on (indicator, period): the figures of the authority's
    // own periods are read, not every authority's twenty years ranked to keep one row.
    const QString samePeriod = QStringLiteral(
        "FROM indicator_value w JOIN authority b ON b.id = w.authority_id "
        "WHERE w.indicator_id = v.indicator_id AND w.period_end = v.period_end "
        "AND w.period_kind = v.period_kind AND (w.period_start = v.period_start OR "
        "(w.period_start IS NULL AND v.period_start IS NULL)) AND w.value IS NOT NULL "
        "AND b.kind = 'local_authority' AND b.synthetic = a.synthetic");
    const Database::Kept kept = m_db.keep(
        QStringLiteral("SELECT v.period_kind, v.period_start, v.period_end, v.period_label, "
                       "1 + (SELECT count(*) %1 AND w.value %2 v.value), (SELECT count(*) %1) "
                       "FROM indicator_value v JOIN authority a ON a.id = v.authority_id "
                       "WHERE v.indicator_id = ? AND v.authority_id = ? AND v.value IS NOT NULL "
                       "AND a.kind = 'local_authority' %3 ORDER BY v.period_end")
            .arg(samePeriod, better,
                 periodEnd ? QStringLiteral("AND v.period_end = ?") : QString()));
    QSqlQuery &q = kept.query();
    q.addBindValue(indicatorId);
    q.addBindValue(authorityId);
    if (periodEnd)
        q.addBindValue(periodEnd->toString(Qt::ISODate));
    if (!q.exec())
        return result;
    while (q.next()) {
        Standing st;
        st.period = readPeriod(q, 0);
        st.rank = q.value(4).toInt();
        st.of = q.value(5).toInt();
        st.band = quartileBand(st.rank, st.of);
        result.append(st);
    }
    return result;
}

QString IndicatorStore::changeStamp() const
{
    // Connection names are never used twice in a run.
    const QString connection = m_db.connection().connectionName() + QLatin1Char('|');
    if (m_db.dialect() == Database::Dialect::Postgres) {
        // The server's current snapshot changes whenever a transaction that writes starts
        // or ends, anyone's: committed changes always give a new stamp. (Other databases
        // on the server change it too; results are then worked out again, no harm.)
        const Database::Kept kept = m_db.keep(QStringLiteral("SELECT pg_current_snapshot()::text"));
        QSqlQuery &q = kept.query();
        return q.exec() && q.next() ? connection + q.value(0).toString() : QString();
    }
    const Database::Kept kept = m_db.keep(QStringLiteral("SELECT total_changes()"));
    QSqlQuery &q = kept.query();
    if (!q.exec() || !q.next())
        return QString();
    QString stamp = connection + q.value(0).toString();
    q.finish();
    const Database::Kept keptOther = m_db.keep(QStringLiteral("PRAGMA data_version"));
    QSqlQuery &other = keptOther.query();
    if (!other.exec() || !other.next())
        return QString();
    return stamp + QLatin1Char(':') + other.value(0).toString();
}

QHash<qint64, IndicatorStore::Standing>
IndicatorStore::rankAll(const Indicator &indicator, const QDate &periodEnd, bool synthetic) const
{
    QHash<qint64, Standing> result;
    if (indicator.polarity == Polarity::Neither)
        return result;
    // The order is chosen from the polarity, not from the user: one of two fixed texts.
    const QString order = indicator.polarity == Polarity::HigherIsBetter ? QStringLiteral("DESC")
                                                                         : QStringLiteral("ASC");
    const Database::Kept kept = m_db.keep(
        QStringLiteral(
            "SELECT v.authority_id, v.period_kind, v.period_start, v.period_end, v.period_label,"
            "       rank() OVER w,"
            "       count(*) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) "
            "FROM indicator_value v JOIN authority a ON a.id = v.authority_id "
            "WHERE v.indicator_id = ? AND v.period_end = ? AND v.value IS NOT NULL"
            "  AND a.kind = 'local_authority' AND a.synthetic = ? "
            "WINDOW w AS (PARTITION BY v.period_kind, v.period_start ORDER BY v.value %1)")
            .arg(order));
    QSqlQuery &q = kept.query();
    q.addBindValue(indicator.id);
    q.addBindValue(periodEnd.toString(Qt::ISODate));
    q.addBindValue(synthetic ? 1 : 0);
    if (!q.exec())
        return result;
    while (q.next()) {
        Standing st;
        st.period = readPeriod(q, 1);
        st.rank = q.value(5).toInt();
        st.of = q.value(6).toInt();
        st.band = quartileBand(st.rank, st.of);
        result.insert(q.value(0).toLongLong(), st);
    }
    return result;
}

QHash<qint64, IndicatorStore::Standing>
IndicatorStore::standingsAt(qint64 authorityId, const QHash<qint64, QDate> &periodEnds) const
{
    QHash<qint64, Standing> result;
    const QString stamp = changeStamp();
    if (stamp.isEmpty() || stamp != m_rankingsStamp) {
        m_rankings.clear();
        m_rankingsStamp = stamp;
    }
    const Database::Kept kept =
        m_db.keep(QStringLiteral("SELECT synthetic FROM authority WHERE id = ?"));
    QSqlQuery &q = kept.query();
    q.addBindValue(authorityId);
    if (!q.exec() || !q.next())
        return result;
    const bool synthetic = q.value(0).toBool();
    q.finish();
    for (auto i = periodEnds.cbegin(); i != periodEnds.cend(); ++i) {
        const RankingKey key{i.key(), i.value(), synthetic};
        auto ranking = m_rankings.find(key);
        if (ranking == m_rankings.end()) {
            const std::optional<Indicator> ind = indicator(i.key());
            if (!ind)
                continue;
            ranking = m_rankings.insert(key, rankAll(*ind, i.value(), synthetic));
        }
        const auto mine = ranking->constFind(authorityId);
        if (mine != ranking->cend())
            result.insert(i.key(), *mine);
    }
    return result;
}

QList<IndicatorStore::Target> IndicatorStore::targets(qint64 authorityId, qint64 indicatorId) const
{
    const Database::Kept kept = m_db.keep(
        QStringLiteral("SELECT period_end, period_label, value FROM target "
                       "WHERE authority_id = ? AND indicator_id = ? ORDER BY period_end"));
    QSqlQuery &q = kept.query();
    q.addBindValue(authorityId);
    q.addBindValue(indicatorId);
    QList<Target> result;
    if (q.exec()) {
        while (q.next())
            result.append({dateFromSql(q.value(0)).value_or(QDate()), q.value(1).toString(),
                           q.value(2).toDouble()});
    }
    return result;
}

QHash<qint64, QList<IndicatorStore::Target>> IndicatorStore::targets(qint64 authorityId) const
{
    const Database::Kept kept =
        m_db.keep(QStringLiteral("SELECT indicator_id, period_end, period_label, value FROM target "
                                 "WHERE authority_id = ? ORDER BY indicator_id, period_end"));
    QSqlQuery &q = kept.query();
    q.addBindValue(authorityId);
    QHash<qint64, QList<Target>> result;
    if (q.exec()) {
        while (q.next())
            result[q.value(0).toLongLong()].append({dateFromSql(q.value(1)).value_or(QDate()),
                                                    q.value(2).toString(),
                                                    q.value(3).toDouble()});
    }
    return result;
}

QList<Indicator> IndicatorStore::indicatorsWithValues(qint64 authorityId) const
{
    return selectIndicators(
        QStringLiteral(
            "id IN (SELECT DISTINCT indicator_id FROM indicator_value WHERE authority_id = ?)"),
        authorityId);
}

std::optional<qint64> IndicatorStore::mappedIndicator(const QString &measure) const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT indicator_id FROM import_mapping WHERE measure = ?"));
    q.addBindValue(measure);
    return q.exec() && q.next() ? std::optional(q.value(0).toLongLong()) : std::nullopt;
}

Status IndicatorStore::setMapping(const QString &measure, std::optional<qint64> indicatorId)
{
    if (!indicatorId)
        return Status::of(
            m_db.run(QStringLiteral("DELETE FROM import_mapping WHERE measure = ?"), {measure}));
    return Status::of(m_db.run(
        QStringLiteral("INSERT INTO import_mapping (measure, indicator_id) VALUES (?, ?) "
                       "ON CONFLICT (measure) DO UPDATE SET indicator_id = excluded.indicator_id"),
        {measure, *indicatorId}));
}

void IndicatorStore::announceBulkChange()
{
    emit bulkChanged();
}
