#include "actions/actionplanstore.h"

#include "store/database.h"

#include <QSqlQuery>

ActionPlanStore::ActionPlanStore(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

Result<qint64> ActionPlanStore::addPlan(const Plan &p)
{
    if (p.name.trimmed().isEmpty())
        return Result<qint64>::failure(tr("A plan needs a name."));
    if (p.startsOn && p.endsOn && *p.endsOn < *p.startsOn)
        return Result<qint64>::failure(tr("The plan ends before it starts."));
    const Result<qint64> id = m_db.insert(
        QStringLiteral(
            "INSERT INTO plan (authority_id, name, starts_on, ends_on, reports_to, source_id) "
            "VALUES (?, ?, ?, ?, ?, ?)"),
        {p.authorityId, p.name.trimmed(), toSql(p.startsOn), toSql(p.endsOn),
         toSqlText(p.reportsTo), toSql(p.sourceId)});
    if (id.ok())
        emit plansChanged(p.authorityId);
    return id;
}

Result<qint64> ActionPlanStore::addAction(const Action &a)
{
    if (a.title.trimmed().isEmpty())
        return Result<qint64>::failure(tr("An action needs a title."));
    if (a.startDate && a.dueDate && *a.dueDate < *a.startDate)
        return Result<qint64>::failure(tr("The action is due before it starts."));
    qint64 newId = 0;
    const Status saved = m_db.transaction([&]() -> Status {
        const Result<qint64> id = m_db.insert(
            QStringLiteral(
                "INSERT INTO action (plan_id, title, description, lead_officer, service_area, "
                "start_date, due_date, status, success_measure, evidence) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {a.planId, a.title.trimmed(), toSqlText(a.description), toSqlText(a.leadOfficer),
             toSqlText(a.serviceArea), toSql(a.startDate), toSql(a.dueDate),
             ActionStatuses::code(a.status), toSqlText(a.successMeasure), toSqlText(a.evidence)});
        if (!id.ok())
            return Status::of(id);
        newId = id.value();
        for (qint64 rec : a.recommendationIds) {
            const Result<qint64> link =
                m_db.insert(QStringLiteral("INSERT INTO action_recommendation (action_id, "
                                           "recommendation_id) VALUES (?, ?)"),
                            {newId, rec});
            if (!link.ok())
                return Status::of(link);
        }
        return {};
    });
    if (!saved.ok())
        return Result<qint64>::failure(saved.error());
    emit actionsChanged(a.planId);
    return newId;
}

Result<qint64> ActionPlanStore::addUpdate(const ActionUpdate &u)
{
    if (!u.reportedOn.isValid())
        return Result<qint64>::failure(tr("An update needs the date it reports on."));
    if (u.percentComplete < 0 || u.percentComplete > 100)
        return Result<qint64>::failure(
            tr("Percent complete must be between 0 and 100, not %1.").arg(u.percentComplete));
    const Result<qint64> id =
        m_db.insert(QStringLiteral("INSERT INTO action_update (action_id, reported_on, author, "
                                   "note, rag, percent_complete) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"),
                    {u.actionId, toSql(u.reportedOn), toSqlText(u.author), toSqlText(u.note),
                     Rags::code(u.rag), u.percentComplete});
    return id;
}

QList<Plan> ActionPlanStore::plans(qint64 authorityId) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT id, authority_id, name, starts_on, ends_on, reports_to, "
                       "source_id FROM plan WHERE authority_id = ? ORDER BY starts_on, id"));
    q.addBindValue(authorityId);
    QList<Plan> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        Plan p;
        p.id = q.value(0).toLongLong();
        p.authorityId = q.value(1).toLongLong();
        p.name = q.value(2).toString();
        p.startsOn = dateFromSql(q.value(3));
        p.endsOn = dateFromSql(q.value(4));
        p.reportsTo = q.value(5).toString();
        p.sourceId = idFromSql(q.value(6));
        result.append(p);
    }
    return result;
}

QList<Action> ActionPlanStore::actions(qint64 planId) const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT a.id, a.plan_id, a.title, a.description, "
                                    "a.lead_officer, a.service_area, a.start_date, "
                                    "a.due_date, a.status, a.success_measure, a.evidence, "
                                    "(SELECT group_concat(recommendation_id) FROM "
                                    "action_recommendation WHERE action_id = a.id) "
                                    "FROM action a WHERE a.plan_id = ? ORDER BY a.id"));
    q.addBindValue(planId);
    QList<Action> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        Action a;
        a.id = q.value(0).toLongLong();
        a.planId = q.value(1).toLongLong();
        a.title = q.value(2).toString();
        a.description = q.value(3).toString();
        a.leadOfficer = q.value(4).toString();
        a.serviceArea = q.value(5).toString();
        a.startDate = dateFromSql(q.value(6));
        a.dueDate = dateFromSql(q.value(7));
        a.status =
            ActionStatuses::fromCode(q.value(8).toString()).value_or(ActionStatus::NotStarted);
        a.successMeasure = q.value(9).toString();
        a.evidence = q.value(10).toString();
        const QStringList recs = q.value(11).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &r : recs)
            a.recommendationIds.append(r.toLongLong());
        result.append(a);
    }
    return result;
}

QList<ActionUpdate> ActionPlanStore::updates(qint64 actionId) const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT id, action_id, reported_on, author, note, rag, "
                                    "percent_complete FROM action_update WHERE action_id = ? "
                                    "ORDER BY reported_on, id"));
    q.addBindValue(actionId);
    QList<ActionUpdate> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        ActionUpdate u;
        u.id = q.value(0).toLongLong();
        u.actionId = q.value(1).toLongLong();
        u.reportedOn = dateFromSql(q.value(2)).value_or(QDate());
        u.author = q.value(3).toString();
        u.note = q.value(4).toString();
        u.rag = Rags::fromCode(q.value(5).toString()).value_or(Rag::Green);
        u.percentComplete = q.value(6).toInt();
        result.append(u);
    }
    return result;
}
