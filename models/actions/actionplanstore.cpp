#include "actions/actionplanstore.h"

#include "judgements/judgementstore.h"

#include "judgements/framework.h"
#include "store/database.h"
#include "store/rowversion.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <QLocale>

#include <algorithm>
#include <map>

namespace {

// The columns readAction() reads, in its order (the list of recommendations joined in the
// database's own words).
QString actionColumns(const Database &db)
{
    return QStringLiteral(
               "a.id, a.plan_id, a.title, a.description, a.lead_officer, a.service_area, "
               "a.start_date, a.due_date, a.status, a.success_measure, a.evidence, "
               "(SELECT %1 FROM action_recommendation WHERE action_id = a.id), "
               "%2")
        .arg(db.joinedList(QStringLiteral("recommendation_id")),
             RowVersion::columns(QStringLiteral("a.")));
}
constexpr int actionColumnCount = 15;

Action readAction(const QSqlQuery &q)
{
    Action a;
    a.id = q.value(0).toLongLong();
    a.planId = q.value(1).toLongLong();
    a.title = q.value(2).toString();
    a.description = q.value(3).toString();
    a.leadOfficer = q.value(4).toString();
    a.serviceArea = q.value(5).toString();
    a.startDate = dateFromSql(q.value(6));
    a.dueDate = dateFromSql(q.value(7));
    a.status = ActionStatuses::fromCode(q.value(8).toString()).value_or(ActionStatus::NotStarted);
    a.successMeasure = q.value(9).toString();
    a.evidence = q.value(10).toString();
    const QStringList recs = q.value(11).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &r : recs)
        a.recommendationIds.append(r.toLongLong());
    std::sort(a.recommendationIds.begin(), a.recommendationIds.end());
    a.version = RowVersion::read(q, 12);
    return a;
}

ActionUpdate readUpdate(const QSqlQuery &q, int first)
{
    ActionUpdate u;
    u.id = q.value(first).toLongLong();
    u.actionId = q.value(first + 1).toLongLong();
    u.reportedOn = dateFromSql(q.value(first + 2)).value_or(QDate());
    u.author = q.value(first + 3).toString();
    u.note = q.value(first + 4).toString();
    u.rag = Rags::fromCode(q.value(first + 5).toString()).value_or(Rag::Green);
    u.percentComplete = q.value(first + 6).toInt();
    return u;
}

} // namespace

ActionPlanStore::ActionPlanStore(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

void ActionPlanStore::announce(qint64 planId)
{
    if (const std::optional<qint64> authority = authorityOfPlan(planId))
        emit actionsChanged(*authority);
}

std::optional<qint64> ActionPlanStore::authorityOfPlan(qint64 planId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT authority_id FROM plan WHERE id = ?"));
    q.addBindValue(planId);
    return q.exec() && q.next() ? std::optional(q.value(0).toLongLong()) : std::nullopt;
}

std::optional<qint64> ActionPlanStore::planOfAction(qint64 actionId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT plan_id FROM action WHERE id = ?"));
    q.addBindValue(actionId);
    return q.exec() && q.next() ? std::optional(q.value(0).toLongLong()) : std::nullopt;
}

Result<qint64> ActionPlanStore::addPlan(const Plan &p)
{
    if (p.name.trimmed().isEmpty())
        return Result<qint64>::failure(tr("A plan needs a name."));
    if (p.startsOn && p.endsOn && *p.endsOn < *p.startsOn)
        return Result<qint64>::failure(tr("The plan ends before it starts."));
    const Result<qint64> id = m_db.insert(
        QStringLiteral(
            "INSERT INTO plan (id, authority_id, name, starts_on, ends_on, reports_to, source_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {p.id > 0 ? QVariant(p.id) : QVariant(QMetaType(QMetaType::LongLong)), p.authorityId,
         p.name.trimmed(), toSql(p.startsOn), toSql(p.endsOn), toSqlText(p.reportsTo),
         toSql(p.sourceId)});
    if (id.ok())
        emit plansChanged(p.authorityId);
    return id;
}

Status ActionPlanStore::removePlan(qint64 planId)
{
    const std::optional<qint64> authority = authorityOfPlan(planId);
    if (!authority)
        return Status::failure(tr("That plan no longer exists."));
    if (!actions(planId).isEmpty())
        return Status::failure(tr("The plan still has actions; delete them first."));
    if (!planMeasures(planId).isEmpty())
        return Status::failure(tr("The plan still has measures; remove them first."));
    const Status removed = m_db.transaction([&]() -> Status {
        return Status::of(m_db.run(QStringLiteral("DELETE FROM plan WHERE id = ?"), {planId}));
    });
    if (removed.ok())
        emit plansChanged(*authority);
    return removed;
}

std::optional<Plan> ActionPlanStore::plan(qint64 planId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT authority_id FROM plan WHERE id = ?"));
    q.addBindValue(planId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    for (Plan p : plans(q.value(0).toLongLong())) {
        if (p.id == planId) {
            p.measures = planMeasures(planId);
            return p;
        }
    }
    return std::nullopt;
}

QList<Plan> ActionPlanStore::plans(qint64 authorityId) const
{
    const Database::Kept kept = m_db.keep(
        QStringLiteral("SELECT id, authority_id, name, starts_on, ends_on, reports_to, "
                       "source_id, %1 FROM plan WHERE authority_id = ? ORDER BY starts_on, id")
            .arg(RowVersion::columns()));
    QSqlQuery &q = kept.query();
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
        p.version = RowVersion::read(q, 7);
        result.append(p);
    }
    return result;
}

Status ActionPlanStore::validate(const Plan &p)
{
    if (p.name.trimmed().isEmpty())
        return Status::failure(tr("A plan needs a name."));
    if (p.startsOn && p.endsOn && *p.endsOn < *p.startsOn)
        return Status::failure(tr("The plan ends before it starts."));
    if (p.measures) {
        QSet<qint64> indicators;
        for (const ImpactMeasure &m : *p.measures) {
            const Status valid = ImpactMeasures::validate(m);
            if (!valid.ok())
                return valid;
            if (indicators.contains(m.indicatorId))
                return Status::failure(tr("A plan measures each indicator once."));
            indicators.insert(m.indicatorId);
        }
    }
    return {};
}

Status ActionPlanStore::updatePlan(const Plan &p)
{
    const Status valid = validate(p);
    if (!valid.ok())
        return valid;
    const Status saved = m_db.transaction([&]() -> Status {
        // Only over the version that was read (0: any); the version then moves on by one.
        const Result<QSqlQuery> q = m_db.run(
            QStringLiteral("UPDATE plan SET name = ?, starts_on = ?, ends_on = ?, reports_to = ?, "
                           "%1 WHERE id = ?%2")
                .arg(RowVersion::setClause(), RowVersion::whereClause()),
            QVariantList{p.name.trimmed(), toSql(p.startsOn), toSql(p.endsOn),
                         toSqlText(p.reportsTo)} +
                RowVersion::setValues(m_db) + QVariantList{p.id} + p.version.whereValues());
        const Status written = RowVersion::outcome(
            q, [&]() { return planConflictOver(p.id); }, tr("That plan no longer exists."));
        if (!written.ok() || !p.measures)
            return written;
        return writeMeasures(MeasureOwner::Plan, p.id, *p.measures);
    });
    if (saved.ok()) {
        m_savedPlans.noteCurrent(m_db, QStringLiteral("plan"), p.id);
        if (const std::optional<qint64> authority = authorityOfPlan(p.id)) {
            emit plansChanged(*authority);
            emit actionsChanged(*authority);
        }
    }
    return saved;
}

QString ActionPlanStore::changedSince(const Plan &now)
{
    const int measured = int(now.measures.value_or(QList<ImpactMeasure>()).size());
    return now.version.conflictMessage(
        tr("the name \u201C%1\u201D and %n measure(s) of the whole plan", nullptr, measured)
            .arg(now.name));
}

std::optional<QString> ActionPlanStore::planConflictOver(qint64 planId) const
{
    const std::optional<Plan> now = plan(planId);
    return now ? std::optional(changedSince(*now)) : std::nullopt;
}

Status ActionPlanStore::validate(const Action &a)
{
    if (a.title.trimmed().isEmpty())
        return Status::failure(tr("An action needs a title."));
    if (a.startDate && a.dueDate && *a.dueDate < *a.startDate)
        return Status::failure(
            tr("The action is due (%1) before it starts (%2).")
                .arg(a.dueDate->toString(Qt::ISODate), a.startDate->toString(Qt::ISODate)));
    if (a.measures) {
        for (const ImpactMeasure &m : *a.measures) {
            const Status valid = ImpactMeasures::validate(m);
            if (!valid.ok())
                return valid;
        }
    }
    if (a.evidenceDocuments) {
        for (const Evidence &e : *a.evidenceDocuments) {
            const Status valid = Evidences::validate(e);
            if (!valid.ok())
                return valid;
        }
    }
    return {};
}

Status ActionPlanStore::writeLinks(qint64 actionId, const QList<qint64> &recommendationIds)
{
    // Only the links that changed: a save that leaves them as they were writes none, so the
    // audit trail and the History tab show no change nobody made.
    const QList<qint64> held = m_db.ids(
        QStringLiteral("SELECT recommendation_id FROM action_recommendation WHERE action_id = ?"),
        {actionId});
    for (qint64 rec : held) {
        if (recommendationIds.contains(rec))
            continue;
        const Result<QSqlQuery> q = m_db.run(
            QStringLiteral(
                "DELETE FROM action_recommendation WHERE action_id = ? AND recommendation_id = ?"),
            {actionId, rec});
        if (!q.ok())
            return Status::of(q);
    }
    for (qint64 rec : recommendationIds) {
        if (held.contains(rec))
            continue;
        const Result<QSqlQuery> q = m_db.run(
            QStringLiteral("INSERT INTO action_recommendation (action_id, recommendation_id) "
                           "VALUES (?, ?) ON CONFLICT DO NOTHING"),
            {actionId, rec});
        if (!q.ok())
            return Status::of(q);
    }
    return {};
}

Result<qint64> ActionPlanStore::insertAction(const Action &a)
{
    const Status valid = validate(a);
    if (!valid.ok())
        return Result<qint64>::failure(valid.error());
    const Result<qint64> id = m_db.insert(
        QStringLiteral(
            "INSERT INTO action (id, plan_id, title, description, lead_officer, service_area, "
            "start_date, due_date, status, success_measure, evidence) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {a.id > 0 ? QVariant(a.id) : QVariant(QMetaType(QMetaType::LongLong)), a.planId,
         a.title.trimmed(), toSqlText(a.description), toSqlText(a.leadOfficer),
         toSqlText(a.serviceArea), toSql(a.startDate), toSql(a.dueDate),
         ActionStatuses::code(a.status), toSqlText(a.successMeasure), toSqlText(a.evidence)});
    if (!id.ok())
        return id;
    Status links = writeLinks(id.value(), a.recommendationIds);
    if (links.ok())
        links = writeParts(id.value(), a);
    return links.ok() ? id : Result<qint64>::failure(links.error());
}

Result<qint64> ActionPlanStore::insertUpdate(const ActionUpdate &u)
{
    if (!u.reportedOn.isValid())
        return Result<qint64>::failure(tr("An update needs the date it reports on."));
    if (u.percentComplete < 0 || u.percentComplete > 100)
        return Result<qint64>::failure(
            tr("Percent complete must be between 0 and 100, not %1.").arg(u.percentComplete));
    return m_db.insert(QStringLiteral("INSERT INTO action_update (id, action_id, reported_on, "
                                      "author, note, rag, percent_complete) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {u.id > 0 ? QVariant(u.id) : QVariant(QMetaType(QMetaType::LongLong)),
                        u.actionId, toSql(u.reportedOn), toSqlText(u.author), toSqlText(u.note),
                        Rags::code(u.rag), u.percentComplete});
}

Result<qint64> ActionPlanStore::addAction(const Action &a)
{
    const Result<QList<qint64>> ids = addActions({{a, std::nullopt}});
    return ids.ok() ? Result<qint64>(ids.value().first()) : Result<qint64>::failure(ids.error());
}

Result<QList<qint64>> ActionPlanStore::addActions(const QList<NewAction> &actions)
{
    QList<qint64> ids;
    QSet<qint64> plans;
    const Status saved = m_db.transaction([&]() -> Status {
        for (const NewAction &n : actions) {
            const Result<qint64> id = insertAction(n.action);
            if (!id.ok())
                return Status::failure(tr("%1: %2").arg(n.action.title, id.error()));
            ids.append(id.value());
            plans.insert(n.action.planId);
            if (n.firstUpdate) {
                ActionUpdate u = *n.firstUpdate;
                u.actionId = id.value();
                const Result<qint64> uid = insertUpdate(u);
                if (!uid.ok())
                    return Status::failure(tr("%1: %2").arg(n.action.title, uid.error()));
            }
        }
        return {};
    });
    if (!saved.ok())
        return Result<QList<qint64>>::failure(saved.error());
    for (qint64 plan : std::as_const(plans))
        announce(plan);
    return ids;
}

Status ActionPlanStore::updateAction(const Action &a)
{
    const Status valid = validate(a);
    if (!valid.ok())
        return valid;
    const Status saved = m_db.transaction([&]() -> Status {
        // Only over the version that was read (0: any); the version then moves on by one.
        const Result<QSqlQuery> q = m_db.run(
            QStringLiteral(
                "UPDATE action SET plan_id = ?, title = ?, description = ?, lead_officer = ?, "
                "service_area = ?, start_date = ?, due_date = ?, status = ?, success_measure = ?, "
                "evidence = ?, %1 WHERE id = ?%2")
                .arg(RowVersion::setClause(), RowVersion::whereClause()),
            QVariantList{a.planId, a.title.trimmed(), toSqlText(a.description),
                         toSqlText(a.leadOfficer), toSqlText(a.serviceArea), toSql(a.startDate),
                         toSql(a.dueDate), ActionStatuses::code(a.status),
                         toSqlText(a.successMeasure), toSqlText(a.evidence)} +
                RowVersion::setValues(m_db) + QVariantList{a.id} + a.version.whereValues());
        const Status written = RowVersion::outcome(
            q, [&]() { return conflictOver(a.id); }, tr("That action no longer exists."));
        if (!written.ok())
            return written;
        const Status links = writeLinks(a.id, a.recommendationIds);
        if (!links.ok())
            return links;
        return writeParts(a.id, a);
    });
    if (saved.ok()) {
        m_saved.noteCurrent(m_db, QStringLiteral("action"), a.id);
        announce(a.planId);
    }
    return saved;
}

QString ActionPlanStore::changedSince(const Action &now)
{
    QStringList values;
    values << tr("title \u201C%1\u201D").arg(now.title);
    values << tr("lead officer %1")
                  .arg(now.leadOfficer.isEmpty()
                           ? tr("none")
                           : QStringLiteral("\u201C%1\u201D").arg(now.leadOfficer));
    values << tr("due %1").arg(now.dueDate
                                   ? QLocale().toString(*now.dueDate, QStringLiteral("d MMMM yyyy"))
                                   : tr("no date"));
    values << tr("status %1").arg(ActionStatuses::title(now.status).toLower());
    return now.version.conflictMessage(
        values.join(QStringLiteral(", ")));
}

std::optional<QString> ActionPlanStore::conflictOver(qint64 actionId) const
{
    const std::optional<Action> now = action(actionId);
    return now ? std::optional(changedSince(*now)) : std::nullopt;
}

std::optional<Action> ActionPlanStore::action(qint64 actionId) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM action a WHERE a.id = ?").arg(actionColumns(m_db)));
    q.addBindValue(actionId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Action a = readAction(q);
    a.measures = measures(actionId);
    a.evidenceDocuments = evidence(actionId);
    return a;
}

namespace {
constexpr const char *measureColumns =
    "m.id, m.action_id, m.indicator_id, m.baseline_value, m.baseline_on, m.baseline_source, "
    "m.target_value, m.target_on, m.plan_id";
constexpr int measureColumnCount = 9;

ImpactMeasure readMeasure(const QSqlQuery &q, int first)
{
    ImpactMeasure m;
    m.id = q.value(first).toLongLong();
    m.actionId = q.value(first + 1).toLongLong();
    m.indicatorId = q.value(first + 2).toLongLong();
    m.baselineValue = q.value(first + 3).toDouble();
    m.baselineOn = dateFromSql(q.value(first + 4)).value_or(QDate());
    m.baselineSource = q.value(first + 5).toString();
    m.targetValue = q.value(first + 6).toDouble();
    m.targetOn = dateFromSql(q.value(first + 7)).value_or(QDate());
    m.planId = q.value(first + 8).toLongLong();
    return m;
}

// Each measure's milestones, in date order, read in one statement for all of them.
void attachMilestones(const Database &db, QList<ImpactMeasure *> measures)
{
    if (measures.isEmpty())
        return;
    QHash<qint64, ImpactMeasure *> byId;
    QStringList ids;
    for (ImpactMeasure *m : measures) {
        byId.insert(m->id, m);
        ids << QString::number(m->id);
    }
    QSqlQuery q = db.prepare(QStringLiteral("SELECT measure_id, due_on, value FROM impact_milestone "
                                            "WHERE measure_id IN (%1) ORDER BY measure_id, due_on")
                                 .arg(ids.join(QLatin1Char(','))));
    if (!q.exec())
        return;
    while (q.next()) {
        if (ImpactMeasure *m = byId.value(q.value(0).toLongLong()))
            m->milestones.append(
                {dateFromSql(q.value(1)).value_or(QDate()), q.value(2).toDouble()});
    }
}
} // namespace

QList<ImpactMeasure> ActionPlanStore::measures(qint64 actionId) const
{
    return measuresOf(MeasureOwner::Action, actionId);
}

QList<ImpactMeasure> ActionPlanStore::planMeasures(qint64 planId) const
{
    return measuresOf(MeasureOwner::Plan, planId);
}

QList<ImpactMeasure> ActionPlanStore::measuresOf(MeasureOwner owner, qint64 ownerId) const
{
    const Database::Kept kept =
        m_db.keep(QStringLiteral("SELECT %1 FROM impact_measure m WHERE m.%2 = ? ORDER BY m.id")
                      .arg(QLatin1String(measureColumns), owner == MeasureOwner::Plan
                                                              ? QLatin1String("plan_id")
                                                              : QLatin1String("action_id")));
    QSqlQuery &q = kept.query();
    q.addBindValue(ownerId);
    QList<ImpactMeasure> result;
    if (q.exec()) {
        while (q.next())
            result.append(readMeasure(q, 0));
    }
    QList<ImpactMeasure *> all;
    for (ImpactMeasure &m : result)
        all.append(&m);
    attachMilestones(m_db, all);
    return result;
}

namespace {
// The measures `sql` selects (measureColumns, one authority's id bound), with their
// milestones, by their action's id or, `byPlan`, by their plan's: from two statements.
QHash<qint64, QList<ImpactMeasure>> measuresByOwner(const Database &db, const QString &sql,
                                                    qint64 authorityId, bool byPlan)
{
    const Database::Kept kept = db.keep(sql.arg(QLatin1String(measureColumns)));
    QSqlQuery &q = kept.query();
    q.addBindValue(authorityId);
    QHash<qint64, QList<ImpactMeasure>> result;
    if (q.exec()) {
        while (q.next()) {
            const ImpactMeasure m = readMeasure(q, 0);
            result[byPlan ? m.planId : m.actionId].append(m);
        }
    }
    QList<ImpactMeasure *> all;
    for (QList<ImpactMeasure> &list : result) {
        for (ImpactMeasure &m : list)
            all.append(&m);
    }
    attachMilestones(db, all);
    return result;
}
} // namespace

QHash<qint64, QList<ImpactMeasure>> ActionPlanStore::measuresByAction(qint64 authorityId) const
{
    return measuresByOwner(
        m_db,
        QStringLiteral("SELECT %1 FROM impact_measure m JOIN action a ON a.id = m.action_id "
                       "JOIN plan p ON p.id = a.plan_id WHERE p.authority_id = ? ORDER BY m.id"),
        authorityId, false);
}

QHash<qint64, QList<ImpactMeasure>> ActionPlanStore::measuresByPlan(qint64 authorityId) const
{
    return measuresByOwner(
        m_db,
        QStringLiteral("SELECT %1 FROM impact_measure m JOIN plan p ON p.id = m.plan_id "
                       "WHERE p.authority_id = ? ORDER BY m.id"),
        authorityId, true);
}

QString ActionPlanStore::MeasureAim::aimedBy() const
{
    return action ? QStringLiteral("\u201C%1\u201D").arg(action->title)
                  : tr("the plan \u201C%1\u201D").arg(planName);
}

QList<ActionPlanStore::MeasureAim> ActionPlanStore::measuresOn(qint64 authorityId,
                                                               qint64 indicatorId) const
{
    QList<MeasureAim> result;
    const Database::Kept kept = m_db.keep(
        QStringLiteral("SELECT %1, %2, p.name FROM impact_measure m "
                       "JOIN action a ON a.id = m.action_id JOIN plan p ON p.id = a.plan_id "
                       "WHERE p.authority_id = ? AND m.indicator_id = ?")
            .arg(actionColumns(m_db), QLatin1String(measureColumns)));
    QSqlQuery &q = kept.query();
    q.addBindValue(authorityId);
    q.addBindValue(indicatorId);
    if (q.exec()) {
        while (q.next())
            result.append({readMeasure(q, actionColumnCount), readAction(q),
                           q.value(actionColumnCount + measureColumnCount).toString()});
    }
    const Database::Kept keptWhole = m_db.keep(
        QStringLiteral("SELECT %1, p.name FROM impact_measure m JOIN plan p ON p.id = m.plan_id "
                       "WHERE p.authority_id = ? AND m.indicator_id = ?")
            .arg(QLatin1String(measureColumns)));
    QSqlQuery &whole = keptWhole.query();
    whole.addBindValue(authorityId);
    whole.addBindValue(indicatorId);
    if (whole.exec()) {
        while (whole.next())
            result.append(
                {readMeasure(whole, 0), std::nullopt, whole.value(measureColumnCount).toString()});
    }
    // By target date; a plan's own before its actions' on the same date.
    std::stable_sort(result.begin(), result.end(), [](const MeasureAim &a, const MeasureAim &b) {
        if (a.measure.targetOn != b.measure.targetOn)
            return a.measure.targetOn < b.measure.targetOn;
        if (a.action.has_value() != b.action.has_value())
            return !a.action.has_value();
        return a.measure.id < b.measure.id;
    });
    QList<ImpactMeasure *> all;
    for (MeasureAim &aim : result)
        all.append(&aim.measure);
    attachMilestones(m_db, all);
    return result;
}

namespace {
constexpr const char *evidenceColumns =
    "e.id, e.action_id, e.update_id, e.title, e.kind, e.dated_on, e.location, e.sha256";

Evidence readEvidence(const QSqlQuery &q)
{
    Evidence e;
    e.id = q.value(0).toLongLong();
    e.actionId = q.value(1).toLongLong();
    e.updateId = idFromSql(q.value(2));
    e.title = q.value(3).toString();
    e.kind = q.value(4).toString();
    e.datedOn = dateFromSql(q.value(5));
    e.location = q.value(6).toString();
    e.sha256 = q.value(7).toString();
    return e;
}
} // namespace

QList<Evidence> ActionPlanStore::evidence(qint64 actionId) const
{
    const Database::Kept kept =
        m_db.keep(QStringLiteral("SELECT %1 FROM evidence e WHERE e.action_id = ? ORDER BY e.id")
                      .arg(QLatin1String(evidenceColumns)));
    QSqlQuery &q = kept.query();
    q.addBindValue(actionId);
    QList<Evidence> result;
    if (q.exec()) {
        while (q.next())
            result.append(readEvidence(q));
    }
    return result;
}

QHash<qint64, QStringList> ActionPlanStore::aimedBy(qint64 authorityId) const
{
    // By target date, a plan's own before its actions' on the same date.
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT m.indicator_id, 1, a.title, m.target_on, m.id FROM impact_measure m "
        "JOIN action a ON a.id = m.action_id JOIN plan p ON p.id = a.plan_id "
        "WHERE p.authority_id = ? "
        "UNION ALL SELECT m.indicator_id, 0, p.name, m.target_on, m.id FROM impact_measure m "
        "JOIN plan p ON p.id = m.plan_id WHERE p.authority_id = ? ORDER BY 4, 2, 5"));
    q.addBindValue(authorityId);
    q.addBindValue(authorityId);
    QHash<qint64, QStringList> result;
    if (q.exec()) {
        while (q.next()) {
            MeasureAim aim;
            if (q.value(1).toInt()) {
                aim.action = Action();
                aim.action->title = q.value(2).toString();
            } else {
                aim.planName = q.value(2).toString();
            }
            result[q.value(0).toLongLong()].append(aim.aimedBy());
        }
    }
    return result;
}

QHash<qint64, QList<Evidence>> ActionPlanStore::evidenceByAction(qint64 authorityId) const
{
    const Database::Kept kept = m_db.keep(
        QStringLiteral("SELECT %1 FROM evidence e JOIN action a ON a.id = e.action_id "
                       "JOIN plan p ON p.id = a.plan_id WHERE p.authority_id = ? ORDER BY e.id")
            .arg(QLatin1String(evidenceColumns)));
    QSqlQuery &q = kept.query();
    q.addBindValue(authorityId);
    QHash<qint64, QList<Evidence>> result;
    if (q.exec()) {
        while (q.next()) {
            const Evidence e = readEvidence(q);
            result[e.actionId].append(e);
        }
    }
    return result;
}

Status ActionPlanStore::writeParts(qint64 actionId, const Action &a)
{
    if (a.measures) {
        const Status measured = writeMeasures(MeasureOwner::Action, actionId, *a.measures);
        if (!measured.ok())
            return measured;
    }
    if (a.evidenceDocuments)
        return writeEvidence(actionId, *a.evidenceDocuments);
    return {};
}

Status ActionPlanStore::writeEvidence(qint64 actionId, const QList<Evidence> &wanted)
{
    for (const Evidence &e : wanted) {
        const Status valid = Evidences::validate(e);
        if (!valid.ok())
            return valid;
    }
    const QList<Evidence> held = evidence(actionId);
    for (const Evidence &h : held) {
        const bool kept = std::any_of(wanted.cbegin(), wanted.cend(),
                                      [&h](const Evidence &e) { return e.id == h.id; });
        if (kept)
            continue;
        const Result<QSqlQuery> q =
            m_db.run(QStringLiteral("DELETE FROM evidence WHERE id = ?"), {h.id});
        if (!q.ok())
            return Status::of(q);
    }
    for (Evidence e : wanted) {
        e.actionId = actionId;
        const auto h = std::find_if(held.cbegin(), held.cend(),
                                    [&e](const Evidence &x) { return e.id > 0 && x.id == e.id; });
        if (h != held.cend() && *h == e)
            continue;
        // An update of another action, or one no longer held, is not this evidence's to back.
        const QVariant update =
            e.updateId ? QVariant(*e.updateId) : QVariant(QMetaType(QMetaType::LongLong));
        const QVariantList values = {update,
                                     e.title.trimmed(),
                                     e.kind,
                                     toSql(e.datedOn),
                                     e.location.trimmed(),
                                     e.sha256.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                        : QVariant(e.sha256)};
        if (h != held.cend()) {
            const Result<QSqlQuery> q = m_db.run(
                QStringLiteral("UPDATE evidence SET update_id = (SELECT id FROM action_update "
                               "WHERE id = ? AND action_id = %1), title = ?, kind = ?, "
                               "dated_on = ?, location = ?, sha256 = ? WHERE id = ?")
                    .arg(actionId),
                values + QVariantList{e.id});
            if (!q.ok())
                return Status::of(q);
            continue;
        }
        const Result<QSqlQuery> q = m_db.run(
            QStringLiteral("INSERT INTO evidence (id, action_id, update_id, title, kind, dated_on, "
                           "location, sha256) VALUES (?, ?, (SELECT id FROM action_update "
                           "WHERE id = ? AND action_id = ?), ?, ?, ?, ?, ?)"),
            QVariantList{e.id > 0 ? QVariant(e.id) : QVariant(QMetaType(QMetaType::LongLong)),
                         actionId, update, actionId} +
                values.mid(1));
        if (!q.ok())
            return Status::of(q);
    }
    return {};
}

Status ActionPlanStore::writeMeasures(MeasureOwner owner, qint64 ownerId,
                                      const QList<ImpactMeasure> &wanted)
{
    const bool ofPlan = owner == MeasureOwner::Plan;
    QSet<qint64> indicators;
    for (const ImpactMeasure &m : wanted) {
        const Status valid = ImpactMeasures::validate(m);
        if (!valid.ok())
            return valid;
        if (indicators.contains(m.indicatorId))
            return Status::failure(ofPlan ? tr("A plan measures each indicator once.")
                                          : tr("An action measures each indicator once."));
        indicators.insert(m.indicatorId);
    }
    const QList<ImpactMeasure> held = measuresOf(owner, ownerId);
    auto heldWith = [&held](qint64 id) -> const ImpactMeasure * {
        for (const ImpactMeasure &h : held) {
            if (h.id == id)
                return &h;
        }
        return nullptr;
    };
    for (const ImpactMeasure &h : held) {
        const bool kept = std::any_of(wanted.cbegin(), wanted.cend(),
                                      [&h](const ImpactMeasure &m) { return m.id == h.id; });
        if (kept)
            continue;
        const Result<QSqlQuery> q =
            m_db.run(QStringLiteral("DELETE FROM impact_measure WHERE id = ?"), {h.id});
        if (!q.ok())
            return Status::of(q);
    }
    for (ImpactMeasure m : wanted) {
        m.actionId = ofPlan ? 0 : ownerId;
        m.planId = ofPlan ? ownerId : 0;
        const ImpactMeasure *h = m.id > 0 ? heldWith(m.id) : nullptr;
        if (h && *h == m)
            continue;
        const QVariantList values = {m.indicatorId,       m.baselineValue,
                                     toSql(m.baselineOn), m.baselineSource.trimmed(),
                                     m.targetValue,       toSql(m.targetOn)};
        if (h) {
            const Result<QSqlQuery> q = m_db.run(
                QStringLiteral("UPDATE impact_measure SET indicator_id = ?, baseline_value = ?, "
                               "baseline_on = ?, baseline_source = ?, target_value = ?, "
                               "target_on = ? WHERE id = ?"),
                values + QVariantList{m.id});
            if (!q.ok())
                return Status::of(q);
            const Status milestones = writeMilestones(m.id, m.milestones);
            if (!milestones.ok())
                return milestones;
            continue;
        }
        const Result<qint64> id = m_db.insert(
            QStringLiteral("INSERT INTO impact_measure (id, %1, indicator_id, "
                           "baseline_value, baseline_on, baseline_source, target_value, "
                           "target_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(ofPlan ? QLatin1String("plan_id") : QLatin1String("action_id")),
            {m.id > 0 ? QVariant(m.id) : QVariant(QMetaType(QMetaType::LongLong)), ownerId,
             m.indicatorId, m.baselineValue, toSql(m.baselineOn), m.baselineSource.trimmed(),
             m.targetValue, toSql(m.targetOn)});
        if (!id.ok())
            return Status::of(id);
        const Status milestones = writeMilestones(id.value(), m.milestones);
        if (!milestones.ok())
            return milestones;
    }
    return {};
}

Status ActionPlanStore::writeMilestones(qint64 measureId,
                                        const QList<std::pair<QDate, double>> &milestones)
{
    const Result<QSqlQuery> cleared = m_db.run(
        QStringLiteral("DELETE FROM impact_milestone WHERE measure_id = ?"), {measureId});
    if (!cleared.ok())
        return Status::of(cleared);
    for (const auto &[on, value] : milestones) {
        const Result<QSqlQuery> q = m_db.run(
            QStringLiteral("INSERT INTO impact_milestone (measure_id, due_on, value) "
                           "VALUES (?, ?, ?)"),
            {measureId, toSql(on), value});
        if (!q.ok())
            return Status::of(q);
    }
    return {};
}

QList<Action> ActionPlanStore::actions(qint64 planId) const
{
    const Database::Kept kept =
        m_db.keep(QStringLiteral("SELECT %1 FROM action a WHERE a.plan_id = ? ORDER BY a.id")
                      .arg(actionColumns(m_db)));
    QSqlQuery &q = kept.query();
    q.addBindValue(planId);
    QList<Action> result;
    if (q.exec()) {
        while (q.next())
            result.append(readAction(q));
    }
    return result;
}

std::optional<ActionPlanStore::ActionSnapshot> ActionPlanStore::snapshot(qint64 actionId) const
{
    const std::optional<Action> a = action(actionId);
    if (!a)
        return std::nullopt;
    return ActionSnapshot{*a, updates(actionId)};
}

Status ActionPlanStore::removeAction(qint64 actionId, int overVersion)
{
    const std::optional<qint64> planId = planOfAction(actionId);
    if (!planId)
        return Status::failure(tr("That action no longer exists."));
    const Status removed = m_db.transaction([&]() -> Status {
        const Result<QSqlQuery> q =
            m_db.run(QStringLiteral("DELETE FROM action WHERE id = ?") + RowVersion::whereClause(),
                     {actionId, overVersion, overVersion});
        return RowVersion::outcome(
            q, [&]() { return conflictOver(actionId); }, tr("That action no longer exists."));
    });
    if (removed.ok())
        announce(*planId);
    return removed;
}

Status ActionPlanStore::restoreAction(const ActionSnapshot &s)
{
    const Status restored = m_db.transaction([&]() -> Status {
        Result<QSqlQuery> q =
            m_db.run(QStringLiteral("DELETE FROM action WHERE id = ?"), {s.action.id});
        if (!q.ok())
            return Status::of(q);
        const Result<qint64> id = m_db.insert(
            QStringLiteral(
                "INSERT INTO action (id, plan_id, title, description, lead_officer, service_area, "
                "start_date, due_date, status, success_measure, evidence, row_version, "
                "changed_by, changed_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {s.action.id, s.action.planId, s.action.title, toSqlText(s.action.description),
             toSqlText(s.action.leadOfficer), toSqlText(s.action.serviceArea),
             toSql(s.action.startDate), toSql(s.action.dueDate),
             ActionStatuses::code(s.action.status), toSqlText(s.action.successMeasure),
             toSqlText(s.action.evidence), std::max(1, s.action.version.number),
             toSqlText(s.action.version.changedBy),
             s.action.version.changedAt.isValid()
                 ? QVariant(s.action.version.changedAt.toUTC().toString(Qt::ISODate))
                 : QVariant(QMetaType(QMetaType::QString))});
        if (!id.ok())
            return Status::of(id);
        // Recommendations deleted since are skipped rather than failing the restore.
        for (qint64 rec : s.action.recommendationIds) {
            q = m_db.run(
                QStringLiteral(
                    "INSERT INTO action_recommendation (action_id, recommendation_id) "
                    "SELECT ?, ? WHERE EXISTS (SELECT 1 FROM recommendation WHERE id = ?)"),
                {s.action.id, rec, rec});
            if (!q.ok())
                return Status::of(q);
        }
        if (s.action.measures) {
            const Status measured =
                writeMeasures(MeasureOwner::Action, s.action.id, *s.action.measures);
            if (!measured.ok())
                return measured;
        }
        // Evidence after the updates it may back.
        for (const ActionUpdate &u : s.updates) {
            const Result<qint64> uid = m_db.insert(
                QStringLiteral(
                    "INSERT INTO action_update (id, action_id, reported_on, author, note, rag, "
                    "percent_complete) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {u.id, s.action.id, toSql(u.reportedOn), toSqlText(u.author), toSqlText(u.note),
                 Rags::code(u.rag), u.percentComplete});
            if (!uid.ok())
                return Status::of(uid);
        }
        if (s.action.evidenceDocuments)
            return writeEvidence(s.action.id, *s.action.evidenceDocuments);
        return {};
    });
    if (restored.ok()) {
        m_saved.noteCurrent(m_db, QStringLiteral("action"), s.action.id);
        announce(s.action.planId);
    }
    return restored;
}

Result<qint64> ActionPlanStore::addUpdate(const ActionUpdate &u)
{
    const std::optional<qint64> planId = planOfAction(u.actionId);
    if (!planId)
        return Result<qint64>::failure(m_db.isConnectionLost()
                                           ? m_db.lostConnectionMessage()
                                           : tr("That action no longer exists."));
    const Result<qint64> id = insertUpdate(u);
    if (id.ok())
        announce(*planId);
    return id;
}

Status ActionPlanStore::removeUpdate(qint64 updateId)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT a.plan_id FROM action_update u JOIN action a ON a.id = u.action_id "
                       "WHERE u.id = ?"));
    q.addBindValue(updateId);
    if (!q.exec() || !q.next())
        return Status::failure(tr("That update no longer exists."));
    const qint64 planId = q.value(0).toLongLong();
    const Status removed = m_db.transaction([&]() -> Status {
        return Status::of(
            m_db.run(QStringLiteral("DELETE FROM action_update WHERE id = ?"), {updateId}));
    });
    if (removed.ok())
        announce(planId);
    return removed;
}

QHash<qint64, ActionPlanStore::ProgressMarks>
ActionPlanStore::progressMarks(qint64 authorityId, const QDate &since, const QDate &until) const
{
    // Each mark is the newest update by (reported_on, id) up to its date, found through the
    // index on (action_id, reported_on).
    const QString lastUpTo = QStringLiteral(
        "(SELECT u.id FROM action_update u WHERE u.action_id = a.id AND u.reported_on <= ? "
        "ORDER BY u.reported_on DESC, u.id DESC LIMIT 1)");
    const Database::Kept kept = m_db.keep(
        QStringLiteral(
            "SELECT m.action_id, s.id, s.reported_on, s.rag, t.id, t.reported_on, t.rag, "
            "m.finished_on FROM (SELECT a.id AS action_id, %1 AS since_id, %1 AS until_id, "
            "  (SELECT min(u.reported_on) FROM action_update u WHERE u.action_id = a.id "
            "   AND (u.rag = ? OR u.percent_complete >= 100)) AS finished_on "
            "  FROM action a JOIN plan p ON p.id = a.plan_id WHERE p.authority_id = ?) m "
            "LEFT JOIN action_update s ON s.id = m.since_id "
            "LEFT JOIN action_update t ON t.id = m.until_id")
            .arg(lastUpTo));
    QSqlQuery &q = kept.query();
    q.addBindValue(toSql(since));
    q.addBindValue(toSql(until));
    q.addBindValue(Rags::code(Rag::Blue));
    q.addBindValue(authorityId);
    const auto markAt = [&q](int first) -> std::optional<ProgressMark> {
        if (q.value(first).isNull())
            return std::nullopt;
        return ProgressMark{q.value(first).toLongLong(),
                            dateFromSql(q.value(first + 1)).value_or(QDate()),
                            Rags::fromCode(q.value(first + 2).toString()).value_or(Rag::Green)};
    };
    QHash<qint64, ProgressMarks> result;
    if (q.exec()) {
        while (q.next())
            result.insert(q.value(0).toLongLong(),
                          ProgressMarks{markAt(1), markAt(4), dateFromSql(q.value(7))});
    }
    return result;
}

QList<ActionUpdate> ActionPlanStore::updates(qint64 actionId) const
{
    const Database::Kept kept =
        m_db.keep(QStringLiteral("SELECT id, action_id, reported_on, author, note, rag, "
                                 "percent_complete FROM action_update WHERE action_id = ? "
                                 "ORDER BY reported_on, id"));
    QSqlQuery &q = kept.query();
    q.addBindValue(actionId);
    QList<ActionUpdate> result;
    if (q.exec()) {
        while (q.next())
            result.append(readUpdate(q, 0));
    }
    return result;
}

QList<ActionRow> ActionPlanStore::actionRows(qint64 authorityId) const
{
    const Database::Kept kept = m_db.keep(
        QStringLiteral(
            "SELECT %1, p.name, "
            "  (SELECT %2 FROM action_recommendation ar "
            "   JOIN recommendation r ON r.id = ar.recommendation_id WHERE ar.action_id = a.id), "
            "  (SELECT count(*) FROM action_update WHERE action_id = a.id), "
            "  u.id, u.action_id, u.reported_on, u.author, u.note, u.rag, u.percent_complete "
            "FROM action a JOIN plan p ON p.id = a.plan_id "
            "LEFT JOIN action_update u ON u.id = (SELECT id FROM action_update WHERE action_id = "
            "a.id "
            "                                     ORDER BY reported_on DESC, id DESC LIMIT 1) "
            "WHERE p.authority_id = ? ORDER BY p.id, a.id")
            .arg(actionColumns(m_db), m_db.joinedList(QStringLiteral("r.number"))));
    QSqlQuery &q = kept.query();
    q.addBindValue(authorityId);
    QList<ActionRow> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        ActionRow row;
        row.action = readAction(q);
        const int n = actionColumnCount;
        row.planName = q.value(n).toString();
        const QStringList numbers =
            q.value(n + 1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &number : numbers)
            row.recommendationNumbers.append(number.toInt());
        std::sort(row.recommendationNumbers.begin(), row.recommendationNumbers.end());
        row.updateCount = q.value(n + 2).toInt();
        if (!q.value(n + 3).isNull())
            row.latest = readUpdate(q, n + 3);
        result.append(row);
    }
    return result;
}

QList<ActionPlanStore::MonthRag> ActionPlanStore::ragByMonth(qint64 planId) const
{
    const Database::Kept kept =
        m_db.keep(QStringLiteral("SELECT a.id, a.start_date, u.reported_on, u.rag FROM action a "
                                 "LEFT JOIN action_update u ON u.action_id = a.id WHERE "
                                 "a.plan_id = ? ORDER BY u.reported_on, u.id"));
    QSqlQuery &q = kept.query();
    q.addBindValue(planId);
    struct Event
    {
        qint64 action;
        QDate date;
        Rag rag;
    };
    QList<Event> events;
    QHash<qint64, QDate> starts;
    QDate first;
    QDate last;
    if (!q.exec())
        return {};
    while (q.next()) {
        const qint64 action = q.value(0).toLongLong();
        const std::optional<QDate> start = dateFromSql(q.value(1));
        if (start)
            starts.insert(action, *start);
        const std::optional<QDate> reported = dateFromSql(q.value(2));
        if (!reported)
            continue;
        events.append(
            {action, *reported, Rags::fromCode(q.value(3).toString()).value_or(Rag::Green)});
        first = first.isValid() ? std::min(first, *reported) : *reported;
        last = last.isValid() ? std::max(last, *reported) : *reported;
    }
    QList<MonthRag> months;
    if (!first.isValid())
        return months;
    // Sweep the months once, carrying each action's latest RAG forward.
    QHash<qint64, Rag> current;
    int next = 0;
    for (QDate m(first.year(), first.month(), 1); m <= last; m = m.addMonths(1)) {
        const QDate end(m.year(), m.month(), m.daysInMonth());
        while (next < events.size() && events.at(next).date <= end) {
            current.insert(events.at(next).action, events.at(next).rag);
            ++next;
        }
        MonthRag month;
        month.monthEnd = end;
        for (auto it = current.constBegin(); it != current.constEnd(); ++it) {
            switch (it.value()) {
            case Rag::Red:
                ++month.red;
                break;
            case Rag::Amber:
                ++month.amber;
                break;
            case Rag::Green:
                ++month.green;
                break;
            case Rag::Blue:
                ++month.blue;
                break;
            }
        }
        for (auto it = starts.constBegin(); it != starts.constEnd(); ++it) {
            if (it.value() <= end && !current.contains(it.key()))
                ++month.noUpdate;
        }
        months.append(month);
    }
    return months;
}

QList<ActionPlanStore::Coverage> ActionPlanStore::coverage(qint64 authorityId) const
{
    auto label = [](const QVariant &framework, const QVariant &date) {
        const std::optional<Framework> f = Frameworks::fromCode(framework.toString());
        return QStringLiteral("%1 %2").arg(
            f ? Frameworks::shortTitle(*f) : QString(),
            dateFromSql(date).value_or(QDate()).toString(QStringLiteral("MMM yyyy")));
    };
    const QList<GradedInspection> graded = JudgementStore::gradedInspections(m_db, authorityId);
    const Database::Kept kept = m_db.keep(
        QStringLiteral(
            "SELECT r.id, r.inspection_id, r.number, r.kind, r.text, r.source_id, r.closed_on, "
            "       r.closed_note, r.carried_forward, i.framework, %1, "
            "       coalesce(i.start_date, i.published_on), "
            "       count(a.id), sum(CASE WHEN a.status IN ('complete', 'closed') THEN 1 ELSE 0 "
            "END) "
            "FROM recommendation r JOIN inspection i ON i.id = r.inspection_id "
            "LEFT JOIN action_recommendation ar ON ar.recommendation_id = r.id "
            "LEFT JOIN action a ON a.id = ar.action_id "
            "WHERE i.authority_id = ? GROUP BY r.id, i.id "
            "ORDER BY coalesce(i.start_date, i.published_on) DESC, r.number")
            .arg(JudgementStore::closingEvidenceColumns(QStringLiteral("r."))));
    QSqlQuery &q = kept.query();
    q.addBindValue(authorityId);
    QList<Coverage> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        Coverage c;
        c.recommendation.id = q.value(0).toLongLong();
        c.recommendation.inspectionId = q.value(1).toLongLong();
        c.recommendation.number = q.value(2).toInt();
        c.recommendation.kind = Recommendation::kindFromCode(q.value(3).toString());
        c.recommendation.text = q.value(4).toString();
        c.recommendation.sourceId = idFromSql(q.value(5));
        c.recommendation.closedOn = dateFromSql(q.value(6));
        c.recommendation.closedNote = q.value(7).toString();
        c.recommendation.carriedForward = q.value(8).toInt() != 0;
        c.recommendation.closedEvidence = JudgementStore::readClosingEvidence(q, 10);
        c.inspection = label(q.value(9), q.value(15));
        c.inspectedOn = dateFromSql(q.value(15)).value_or(QDate());
        c.actions = q.value(16).toInt();
        c.finished = q.value(17).toInt();
        if (const GradedInspection *later =
                RecommendationLife::supersededBy(graded, c.inspectedOn)) {
            c.supersededBy = later->label;
            c.supersededOn = later->heldOn;
        }
        c.state = RecommendationLife::state(c.recommendation, c.actions, !c.supersededBy.isEmpty());
        result.append(c);
    }
    return result;
}
