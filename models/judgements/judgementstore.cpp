#include "judgements/judgementstore.h"

#include "authorities/authority.h"

#include "store/database.h"
#include "store/rowversion.h"

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>

namespace {

// The columns readInspection() reads, then the version's.
QString inspectionColumns()
{
    return QStringLiteral("id, authority_id, framework, start_date, end_date, date_precision, "
                          "published_on, theme, summary, source_id, ") +
           RowVersion::columns();
}
constexpr int inspectionVersionAt = 10;

Inspection readInspection(const QSqlQuery &q)
{
    Inspection i;
    i.id = q.value(0).toLongLong();
    i.authorityId = q.value(1).toLongLong();
    i.framework = Frameworks::fromCode(q.value(2).toString()).value_or(Framework::Sif);
    i.startDate = dateFromSql(q.value(3));
    i.endDate = dateFromSql(q.value(4));
    i.precision = DatePrecisions::fromCode(q.value(5).toString());
    i.publishedOn = dateFromSql(q.value(6));
    i.theme = q.value(7).toString();
    i.summary = q.value(8).toString();
    i.sourceId = idFromSql(q.value(9));
    return i;
}

} // namespace

// The columns of a recommendation's closing evidence, as readClosingEvidence reads them.
QString JudgementStore::closingEvidenceColumns(const QString &prefix)
{
    QStringList columns;
    for (const char *column :
         {"closed_evidence_title", "closed_evidence_kind", "closed_evidence_dated_on",
          "closed_evidence_location", "closed_evidence_sha256"})
        columns << prefix + QLatin1String(column);
    return columns.join(QStringLiteral(", "));
}

std::optional<Evidence> JudgementStore::readClosingEvidence(const QSqlQuery &q, int first)
{
    if (q.value(first).isNull())
        return std::nullopt;
    Evidence e;
    e.title = q.value(first).toString();
    e.kind = q.value(first + 1).toString();
    e.datedOn = dateFromSql(q.value(first + 2));
    e.location = q.value(first + 3).toString();
    e.sha256 = q.value(first + 4).toString();
    return e;
}

QVariantList JudgementStore::closingEvidenceValues(const Recommendation &r)
{
    const QVariant none{QMetaType(QMetaType::QString)};
    if (!r.closedEvidence)
        return {none, none, none, none, none};
    const Evidence &e = *r.closedEvidence;
    return {e.title.trimmed(), e.kind, toSql(e.datedOn), e.location.trimmed(),
            e.sha256.isEmpty() ? none : QVariant(e.sha256)};
}

namespace {

Recommendation readRecommendation(const QSqlQuery &q, int first)
{
    Recommendation r;
    r.id = q.value(first).toLongLong();
    r.inspectionId = q.value(first + 1).toLongLong();
    r.number = q.value(first + 2).toInt();
    r.kind = Recommendation::kindFromCode(q.value(first + 3).toString());
    r.text = q.value(first + 4).toString();
    r.sourceId = idFromSql(q.value(first + 5));
    r.closedOn = dateFromSql(q.value(first + 6));
    r.closedNote = q.value(first + 7).toString();
    r.carriedForward = q.value(first + 8).toInt() != 0;
    r.closedEvidence = JudgementStore::readClosingEvidence(q, first + 9);
    return r;
}

} // namespace

JudgementStore::JudgementStore(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

Result<qint64> JudgementStore::addInspection(const InspectionRecord &record, bool keepIds)
{
    const Status valid = record.validate();
    if (!valid.ok())
        return Result<qint64>::failure(valid.error());
    const Inspection &i = record.inspection;
    qint64 newId = 0;
    const Status saved = m_db.transaction([&]() -> Status {
        const Result<qint64> id = m_db.insert(
            QStringLiteral(
                "INSERT INTO inspection (id, authority_id, framework, start_date, end_date, "
                "date_precision, published_on, theme, summary, source_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {keepIds && i.id > 0 ? QVariant(i.id) : QVariant(QMetaType(QMetaType::LongLong)),
             i.authorityId, Frameworks::code(i.framework), toSql(i.startDate), toSql(i.endDate),
             DatePrecisions::code(i.precision), toSql(i.publishedOn), toSqlText(i.theme),
             toSqlText(i.summary), toSql(i.sourceId)});
        if (!id.ok())
            return Status::of(id);
        newId = id.value();
        return insertChildren(newId, record, keepIds);
    });
    if (!saved.ok())
        return Result<qint64>::failure(saved.error());
    emit inspectionsChanged(i.authorityId);
    return newId;
}

Status JudgementStore::insertChildren(qint64 inspectionId, const InspectionRecord &record,
                                      bool keepIds)
{
    for (const Judgement &j : record.judgements) {
        const QString title = j.areaTitle.trimmed().isEmpty()
                                  ? JudgementAreas::title(j.area, record.inspection.framework)
                                  : j.areaTitle;
        const Result<qint64> id = m_db.insert(
            QStringLiteral(
                "INSERT INTO judgement (inspection_id, area, area_title, grade, source_id) "
                "VALUES (?, ?, ?, ?, ?)"),
            {inspectionId, JudgementAreas::code(j.area), title, Grades::code(j.grade),
             toSql(j.sourceId)});
        if (!id.ok())
            return Status::of(id);
    }
    for (const Recommendation &r : record.recommendations) {
        const Result<qint64> id = m_db.insert(
            QStringLiteral(
                "INSERT INTO recommendation (id, inspection_id, number, kind, text, source_id, "
                "closed_on, closed_note, carried_forward, %1) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(closingEvidenceColumns()),
            QVariantList{keepIds && r.id > 0 ? QVariant(r.id)
                                             : QVariant(QMetaType(QMetaType::LongLong)),
                         inspectionId, r.number, Recommendation::kindCode(r.kind), r.text.trimmed(),
                         toSql(r.sourceId), toSql(r.closedOn), toSqlText(r.closedNote.trimmed()),
                         r.carriedForward ? 1 : 0} +
                closingEvidenceValues(r));
        if (!id.ok())
            return Status::of(id);
    }
    return {};
}

Status JudgementStore::updateInspection(const InspectionRecord &record)
{
    const Status valid = record.validate();
    if (!valid.ok())
        return valid;
    const Inspection &i = record.inspection;
    const Status saved = m_db.transaction([&]() -> Status {
        // Only over the version that was read (0: any); the version then moves on by one.
        Result<QSqlQuery> q = m_db.run(
            QStringLiteral(
                "UPDATE inspection SET framework = ?, start_date = ?, end_date = ?, "
                "date_precision = ?, published_on = ?, theme = ?, summary = ?, source_id = ?, "
                "%1 WHERE id = ?%2")
                .arg(RowVersion::setClause(), RowVersion::whereClause()),
            QVariantList{Frameworks::code(i.framework), toSql(i.startDate), toSql(i.endDate),
                         DatePrecisions::code(i.precision), toSql(i.publishedOn),
                         toSqlText(i.theme), toSqlText(i.summary), toSql(i.sourceId)} +
                RowVersion::setValues(m_db) + QVariantList{i.id} + i.version.whereValues());
        const Status written = RowVersion::outcome(
            q, [&]() { return conflictOver(i.id); }, tr("That inspection no longer exists."));
        if (!written.ok())
            return written;
        // Grades: only those that changed are written, so a save that leaves them as they
        // were adds nothing to the audit trail.
        const std::optional<InspectionRecord> before = this->record(i.id);
        auto sameGrade = [&i](const Judgement &held, const Judgement &j) {
            const QString title = j.areaTitle.trimmed().isEmpty()
                                      ? JudgementAreas::title(j.area, i.framework)
                                      : j.areaTitle;
            return held.area == j.area && held.grade == j.grade && held.areaTitle == title &&
                   held.sourceId == j.sourceId;
        };
        auto heldAlike = [&](const Judgement &j) {
            return before && std::any_of(before->judgements.cbegin(), before->judgements.cend(),
                                         [&](const Judgement &h) { return sameGrade(h, j); });
        };
        QList<Judgement> toAdd;
        for (const Judgement &j : record.judgements) {
            if (!heldAlike(j))
                toAdd.append(j);
        }
        if (before) {
            for (const Judgement &h : before->judgements) {
                const bool kept =
                    std::any_of(record.judgements.cbegin(), record.judgements.cend(),
                                [&](const Judgement &j) { return sameGrade(h, j); });
                if (kept)
                    continue;
                q = m_db.run(
                    QStringLiteral("DELETE FROM judgement WHERE inspection_id = ? AND area = ?"),
                    {i.id, JudgementAreas::code(h.area)});
                if (!q.ok())
                    return Status::of(q);
            }
        }
        // Recommendations keep their ids, so the actions answering them stay linked.
        QSet<qint64> kept;
        for (const Recommendation &r : record.recommendations) {
            if (r.id > 0)
                kept.insert(r.id);
        }
        for (const Recommendation &old : recommendations(i.id)) {
            if (!kept.contains(old.id)) {
                q = m_db.run(QStringLiteral("DELETE FROM recommendation WHERE id = ?"), {old.id});
                if (!q.ok())
                    return Status::of(q);
            }
        }
        InspectionRecord fresh;
        fresh.inspection = i;
        fresh.judgements = toAdd;
        for (const Recommendation &r : record.recommendations) {
            const bool unchanged =
                before && std::any_of(before->recommendations.cbegin(),
                                      before->recommendations.cend(), [&](const Recommendation &h) {
                                          return h.id == r.id && h.number == r.number &&
                                                 h.kind == r.kind && h.text == r.text.trimmed() &&
                                                 h.sourceId == r.sourceId &&
                                                 h.closedOn == r.closedOn &&
                                                 h.closedNote == r.closedNote.trimmed() &&
                                                 h.closedEvidence == r.closedEvidence &&
                                                 h.carriedForward == r.carriedForward;
                                      });
            if (r.id > 0 && unchanged)
                continue;
            if (r.id > 0) {
                q = m_db.run(
                    QStringLiteral("UPDATE recommendation SET number = ?, kind = ?, text = ?, "
                                   "source_id = ?, closed_on = ?, closed_note = ?, "
                                   "carried_forward = ?, closed_evidence_title = ?, "
                                   "closed_evidence_kind = ?, closed_evidence_dated_on = ?, "
                                   "closed_evidence_location = ?, closed_evidence_sha256 = ? "
                                   "WHERE id = ? AND inspection_id = ?"),
                    QVariantList{r.number, Recommendation::kindCode(r.kind), r.text.trimmed(),
                                 toSql(r.sourceId), toSql(r.closedOn),
                                 toSqlText(r.closedNote.trimmed()), r.carriedForward ? 1 : 0} +
                        closingEvidenceValues(r) + QVariantList{r.id, i.id});
                if (!q.ok())
                    return Status::of(q);
            } else {
                fresh.recommendations.append(r);
            }
        }
        return insertChildren(i.id, fresh, false);
    });
    if (saved.ok()) {
        m_saved.noteCurrent(m_db, QStringLiteral("inspection"), i.id);
        emit inspectionsChanged(i.authorityId);
    }
    return saved;
}

std::optional<QString> JudgementStore::conflictOver(qint64 inspectionId) const
{
    const std::optional<InspectionRecord> now = record(inspectionId);
    return now ? std::optional(changedSince(*now)) : std::nullopt;
}

Status JudgementStore::removeInspection(qint64 inspectionId, int overVersion)
{
    const std::optional<qint64> authority = authorityOf(inspectionId);
    if (!authority)
        return Status::failure(tr("That inspection no longer exists."));
    const Status removed = m_db.transaction([&]() -> Status {
        const Result<QSqlQuery> q = m_db.run(
            QStringLiteral("DELETE FROM inspection WHERE id = ?") + RowVersion::whereClause(),
            {inspectionId, overVersion, overVersion});
        return RowVersion::outcome(q, [&]() { return conflictOver(inspectionId); },
                                   tr("That inspection no longer exists."));
    });
    if (removed.ok())
        emit inspectionsChanged(*authority);
    return removed;
}

std::optional<qint64> JudgementStore::authorityOf(qint64 inspectionId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT authority_id FROM inspection WHERE id = ?"));
    q.addBindValue(inspectionId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

std::optional<InspectionRecord> JudgementStore::record(qint64 inspectionId) const
{
    const Database::Kept kept = m_db.keep(
        QStringLiteral("SELECT %1 FROM inspection WHERE id = ?").arg(inspectionColumns()));
    QSqlQuery &q = kept.query();
    q.addBindValue(inspectionId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    InspectionRecord r;
    r.inspection = readInspection(q);
    r.inspection.version = RowVersion::read(q, inspectionVersionAt);
    r.judgements = judgements(inspectionId);
    r.recommendations = recommendations(inspectionId);
    return r;
}

QList<Inspection> JudgementStore::inspections(qint64 authorityId) const
{
    const Database::Kept kept =
        m_db.keep(QStringLiteral("SELECT %1 FROM inspection WHERE authority_id = ? "
                                 "ORDER BY coalesce(start_date, published_on), id")
                      .arg(inspectionColumns()));
    QSqlQuery &q = kept.query();
    q.addBindValue(authorityId);
    QList<Inspection> result;
    if (q.exec()) {
        while (q.next()) {
            result.append(readInspection(q));
            result.last().version = RowVersion::read(q, inspectionVersionAt);
        }
    }
    return result;
}

QList<Judgement> JudgementStore::judgements(qint64 inspectionId) const
{
    const Database::Kept kept =
        m_db.keep(QStringLiteral("SELECT id, inspection_id, area, area_title, grade, source_id "
                                 "FROM judgement WHERE inspection_id = ? ORDER BY id"));
    QSqlQuery &q = kept.query();
    q.addBindValue(inspectionId);
    QList<Judgement> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        const std::optional<JudgementArea> area = JudgementAreas::fromCode(q.value(2).toString());
        const std::optional<Grade> grade = Grades::fromCode(q.value(4).toString());
        if (!area || !grade)
            continue; // the schema's CHECKs make this unreachable
        Judgement j;
        j.id = q.value(0).toLongLong();
        j.inspectionId = q.value(1).toLongLong();
        j.area = *area;
        j.areaTitle = q.value(3).toString();
        j.grade = *grade;
        j.sourceId = idFromSql(q.value(5));
        result.append(j);
    }
    return result;
}

QList<Recommendation> JudgementStore::recommendations(qint64 inspectionId) const
{
    const Database::Kept kept =
        m_db.keep(QStringLiteral("SELECT id, inspection_id, number, kind, text, source_id, "
                                 "closed_on, closed_note, carried_forward, %1 "
                                 "FROM recommendation WHERE inspection_id = ? ORDER BY number")
                      .arg(closingEvidenceColumns()));
    QSqlQuery &q = kept.query();
    q.addBindValue(inspectionId);
    QList<Recommendation> result;
    if (!q.exec())
        return result;
    while (q.next())
        result.append(readRecommendation(q, 0));
    return result;
}

QList<GradedInspection> JudgementStore::gradedInspections(const Database &db,
                                                          qint64 authorityId)
{
    const Database::Kept kept = db.keep(
        QStringLiteral("SELECT id, framework, coalesce(start_date, published_on) FROM inspection "
                       "WHERE authority_id = ? ORDER BY coalesce(start_date, published_on), id"));
    QSqlQuery &q = kept.query();
    q.addBindValue(authorityId);
    QList<GradedInspection> graded;
    if (!q.exec())
        return graded;
    while (q.next()) {
        const std::optional<Framework> f = Frameworks::fromCode(q.value(1).toString());
        if (!f || !Frameworks::isGraded(*f))
            continue;
        const QDate held = dateFromSql(q.value(2)).value_or(QDate());
        graded.append({q.value(0).toLongLong(), held,
                       QStringLiteral("%1 %2").arg(Frameworks::shortTitle(*f),
                                                   held.toString(QStringLiteral("MMM yyyy")))});
    }
    return graded;
}

QList<JudgementStore::OpenRecommendation>
JudgementStore::openRecommendations(qint64 authorityId) const
{
    // Neither closed nor superseded by a later graded inspection (unless carried forward),
    // and with no action yet or actions still to complete.
    const Database::Kept kept = m_db.keep(QStringLiteral(R"(
        SELECT i.id, i.authority_id, i.framework, i.start_date, i.end_date, i.date_precision,
               i.published_on, i.theme, i.summary, i.source_id,
               r.id, r.inspection_id, r.number, r.kind, r.text, r.source_id, r.closed_on,
               r.closed_note, r.carried_forward, %1,
               (SELECT count(*) FROM action_recommendation ar WHERE ar.recommendation_id = r.id)
        FROM recommendation r
        JOIN inspection i ON i.id = r.inspection_id
        WHERE i.authority_id = :a
          AND r.closed_on IS NULL
          AND (NOT EXISTS (SELECT 1 FROM action_recommendation ar WHERE ar.recommendation_id = r.id)
               OR EXISTS (SELECT 1 FROM action_recommendation ar JOIN action ac ON ac.id = ar.action_id
                          WHERE ar.recommendation_id = r.id
                            AND ac.status NOT IN ('complete', 'closed')))
        ORDER BY coalesce(i.start_date, i.published_on), r.number)")
                                              .arg(closingEvidenceColumns(QStringLiteral("r."))));
    QSqlQuery &q = kept.query();
    q.bindValue(QStringLiteral(":a"), authorityId);
    QList<OpenRecommendation> result;
    if (!q.exec())
        return result;
    // Not superseded by a later graded inspection, unless carried forward.
    const QList<GradedInspection> graded = gradedInspections(m_db, authorityId);
    while (q.next()) {
        OpenRecommendation open;
        open.inspection = readInspection(q);
        open.recommendation = readRecommendation(q, 10);
        open.actions = q.value(24).toInt();
        if (!open.recommendation.carriedForward &&
            RecommendationLife::supersededBy(graded, open.inspection.timelineDate()))
            continue;
        result.append(open);
    }
    return result;
}

QList<JudgementStore::GradePoint> JudgementStore::gradePoints(qint64 authorityId) const
{
    const Database::Kept kept = m_db.keep(QStringLiteral(
        "SELECT i.id, i.framework, coalesce(i.start_date, i.published_on), i.date_precision, "
        "j.area, "
        "j.area_title, j.grade, j.source_id FROM judgement j JOIN inspection i ON i.id = "
        "j.inspection_id "
        "WHERE i.authority_id = ? ORDER BY coalesce(i.start_date, i.published_on), i.id, j.id"));
    QSqlQuery &q = kept.query();
    q.addBindValue(authorityId);
    QList<GradePoint> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        const std::optional<JudgementArea> area = JudgementAreas::fromCode(q.value(4).toString());
        const std::optional<Grade> grade = Grades::fromCode(q.value(6).toString());
        if (!area || !grade)
            continue;
        GradePoint p;
        p.inspectionId = q.value(0).toLongLong();
        p.framework = Frameworks::fromCode(q.value(1).toString()).value_or(Framework::Sif);
        p.date = dateFromSql(q.value(2)).value_or(QDate());
        p.precision = DatePrecisions::fromCode(q.value(3).toString());
        p.area = *area;
        p.areaTitle = q.value(5).toString();
        p.grade = *grade;
        p.sourceId = idFromSql(q.value(7));
        result.append(p);
    }
    return result;
}

QList<JudgementStore::LatestGrades> JudgementStore::latestGrades() const
{
    Result<QSqlQuery> run = m_db.run(QStringLiteral(
        "WITH latest AS ("
        "  SELECT authority_id, id, framework, coalesce(start_date, published_on) AS day,"
        "         row_number() OVER (PARTITION BY authority_id"
        "                            ORDER BY coalesce(start_date, published_on) DESC, id DESC) AS "
        "n"
        "  FROM inspection WHERE framework IN ('sif', 'ilacs_standard', 'ilacs_short',"
        "                                      'safeguarding_looked_after')) "
        "SELECT a.id, a.name, a.ended_on, r.name, l.id, l.framework, l.day, j.area, j.grade "
        "FROM authority a LEFT JOIN authority r ON r.id = a.region_id "
        "LEFT JOIN latest l ON l.authority_id = a.id AND l.n = 1 "
        "LEFT JOIN judgement j ON j.inspection_id = l.id "
        "WHERE a.kind = 'local_authority' AND a.synthetic = 0 "
        "  AND (a.ended_on IS NULL OR l.id IS NOT NULL) "
        "ORDER BY lower(a.name), a.id"));
    QList<LatestGrades> result;
    if (!run.ok())
        return result;
    QSqlQuery q = run.takeValue();
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (result.isEmpty() || result.last().authorityId != id) {
            LatestGrades row;
            row.authorityId = id;
            Authority a;
            a.name = q.value(1).toString();
            a.endedOn = dateFromSql(q.value(2));
            row.authority = a.label();
            row.region = q.value(3).toString();
            row.inspectionId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
            row.framework = Frameworks::fromCode(q.value(5).toString()).value_or(Framework::Sif);
            row.date = dateFromSql(q.value(6)).value_or(QDate());
            result.append(row);
        }
        const std::optional<JudgementArea> area = JudgementAreas::fromCode(q.value(7).toString());
        const std::optional<Grade> grade = Grades::fromCode(q.value(8).toString());
        if (!area || !grade)
            continue;
        for (AreaRow r : JudgementAreas::rowsFor(*area)) {
            // SIF's "looked after and achieving permanence" and ILACS's children in care
            // share a row; the SIF's care leavers' own grade wins over a joint one.
            if (!result.last().grades.contains(int(r)) ||
                *area != JudgementArea::ChildrenInCareAndCareLeavers)
                result.last().grades.insert(int(r), *grade);
        }
    }
    return result;
}

std::optional<JudgementStore::Snapshot> JudgementStore::snapshot(qint64 inspectionId) const
{
    std::optional<InspectionRecord> r = record(inspectionId);
    if (!r)
        return std::nullopt;
    Snapshot s{*r, {}};
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT ar.action_id, ar.recommendation_id FROM action_recommendation ar "
        "JOIN recommendation r ON r.id = ar.recommendation_id WHERE r.inspection_id = ?"));
    q.addBindValue(inspectionId);
    if (q.exec()) {
        while (q.next())
            s.actionLinks.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    return s;
}

QString JudgementStore::changedSince(const InspectionRecord &now)
{
    QStringList values;
    values << now.inspection.datesText();
    for (const Judgement &j : now.judgements) {
        if (j.area == JudgementArea::Overall)
            values << tr("overall %1").arg(Grades::title(j.grade).toLower());
    }
    values << tr("%n recommendation(s)", nullptr, int(now.recommendations.size()));
    return now.inspection.version.conflictMessage(values.join(QStringLiteral(", ")));
}

Status JudgementStore::restore(const Snapshot &snapshot, int overVersion)
{
    const Inspection &i = snapshot.record.inspection;
    RowVersion version = i.version;
    if (overVersion > 0) {
        version.number = overVersion + 1;
        version.changedBy = m_db.userName();
        version.changedAt = QDateTime::currentDateTimeUtc();
    }
    const Status restored = m_db.transaction([&]() -> Status {
        if (overVersion > 0) {
            const std::optional<InspectionRecord> now = record(i.id);
            if (!now)
                return Status::failure(tr("That inspection no longer exists."));
            if (now->inspection.version.number != overVersion)
                return Status::conflict(changedSince(*now));
        }
        Result<QSqlQuery> q =
            m_db.run(QStringLiteral("DELETE FROM inspection WHERE id = ?"), {i.id});
        if (!q.ok())
            return Status::of(q);
        const Result<qint64> id = m_db.insert(
            QStringLiteral(
                "INSERT INTO inspection (id, authority_id, framework, start_date, end_date, "
                "date_precision, published_on, theme, summary, source_id, %1) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(RowVersion::columns()),
            {i.id, i.authorityId, Frameworks::code(i.framework), toSql(i.startDate),
             toSql(i.endDate), DatePrecisions::code(i.precision), toSql(i.publishedOn),
             toSqlText(i.theme), toSqlText(i.summary), toSql(i.sourceId),
             std::max(1, version.number), toSqlText(version.changedBy),
             version.changedAt.isValid() ? QVariant(version.changedAt.toUTC().toString(Qt::ISODate))
                                         : QVariant(QMetaType(QMetaType::QString))});
        if (!id.ok())
            return Status::of(id);
        const Status children = insertChildren(i.id, snapshot.record, true);
        if (!children.ok())
            return children;
        for (const auto &[action, recommendation] : snapshot.actionLinks) {
            // An action deleted since is not brought back by this.
            q = m_db.run(
                QStringLiteral("INSERT INTO action_recommendation (action_id, recommendation_id) "
                               "SELECT ?, ? WHERE EXISTS (SELECT 1 FROM action WHERE id = ?)"),
                {action, recommendation, action});
            if (!q.ok())
                return Status::of(q);
        }
        return {};
    });
    if (restored.ok()) {
        m_saved.noteCurrent(m_db, QStringLiteral("inspection"), i.id);
        emit inspectionsChanged(i.authorityId);
    }
    return restored;
}
