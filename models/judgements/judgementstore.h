#pragma once

#include "store/rowversion.h"

#include "judgements/inspectionrecord.h"
#include "judgements/recommendationlife.h"
#include "store/result.h"

#include <QHash>
#include <QList>
#include <QObject>

class Database;

// Inspections, their judgements and recommendations. Every change is one transaction and
// is announced with the authority it belongs to, so views refresh only what changed.
class JudgementStore : public QObject
{
    Q_OBJECT
public:
    explicit JudgementStore(Database &db, QObject *parent = nullptr);

    // Saves the whole record; ids in it are ignored unless `keepIds` (used by undo to put
    // back exactly what was removed, so actions keep pointing at their recommendations).
    Result<qint64> addInspection(const InspectionRecord &record, bool keepIds = false);
    Status updateInspection(const InspectionRecord &record);
    // Over `overVersion` (0: any): an inspection a colleague saved since is left, and the
    // refusal says who changed it.
    Status removeInspection(qint64 inspectionId, int overVersion = 0);

    std::optional<InspectionRecord> record(qint64 inspectionId) const;
    QList<Inspection> inspections(qint64 authorityId) const; // in time order
    QList<Judgement> judgements(qint64 inspectionId) const;
    QList<Recommendation> recommendations(qint64 inspectionId) const;

    // One grade at one point in time: what the grid and the grade chart draw.
    struct GradePoint
    {
        qint64 inspectionId = 0;
        Framework framework = Framework::Sif;
        QDate date; // first day on site, or publication
        DatePrecision precision = DatePrecision::Day;
        JudgementArea area = JudgementArea::Overall;
        QString areaTitle;
        Grade grade = Grade::Good;
        std::optional<qint64> sourceId;
    };
    // Every grade of one authority, in time order, from one query.
    QList<GradePoint> gradePoints(qint64 authorityId) const;

    // One authority's latest graded inspection, for the England view.
    struct LatestGrades
    {
        qint64 authorityId = 0;
        QString authority; // with "until ..." for one that has ended
        QString region;
        qint64 inspectionId = 0; // 0: none recorded
        Framework framework = Framework::Sif;
        QDate date;
        QHash<int, Grade> grades; // by AreaRow
    };
    // Every real local authority that exists (and any ended one with an inspection), in
    // name order, from one query.
    QList<LatestGrades> latestGrades() const;

    // Everything needed to put an inspection back exactly as it was, links from actions
    // to its recommendations included: what undo keeps.
    struct Snapshot
    {
        InspectionRecord record;
        QList<std::pair<qint64, qint64>> actionLinks; // (action id, recommendation id)
    };
    std::optional<Snapshot> snapshot(qint64 inspectionId) const;
    // Replaces the inspection with the snapshot's id by the snapshot, in one transaction.
    // With `overVersion`, only if the inspection is still at that version (else a conflict
    // saying who changed it), and the version then moves on by one; without, the snapshot's
    // version is put back (a deleted inspection brought back).
    Status restore(const Snapshot &snapshot, int overVersion = 0);
    // "Changed by <who> at <when> since you opened it..." with what the inspection holds now.
    static QString changedSince(const InspectionRecord &now);

    // A recommendation with no action yet, or with actions still to complete.
    struct OpenRecommendation
    {
        Recommendation recommendation;
        Inspection inspection;
        int actions = 0;
    };
    // Recommendations still to act on: not closed, not superseded (see RecommendationLife)
    // unless carried forward, and with no action yet or actions still to complete.
    QList<OpenRecommendation> openRecommendations(qint64 authorityId) const;
    // The authority's graded inspections in time order, each as it supersedes earlier
    // recommendations (see RecommendationLife::supersededBy); for other stores too.
    static QList<GradedInspection> gradedInspections(const Database &db, qint64 authorityId);
    // A recommendation's closing evidence: its five columns for a SELECT or INSERT, each
    // after `prefix` ("r." for a joined recommendation), read from a row at `first` (none
    // when the title is null), and its values to bind.
    static QString closingEvidenceColumns(const QString &prefix = QString());
    static std::optional<Evidence> readClosingEvidence(const QSqlQuery &q, int first);
    static QVariantList closingEvidenceValues(const Recommendation &r);

signals:
    void inspectionsChanged(qint64 authorityId);

public:
    // The version of row `id` this store last saved (0: none): what undo and redo save over.
    int savedVersion(qint64 id) const { return m_saved.of(id); }

private:
    // The refusal of a save over an older version of the inspection: what it holds now, or
    // nothing when it is gone.
    std::optional<QString> conflictOver(qint64 id) const;
    Status insertChildren(qint64 inspectionId, const InspectionRecord &record, bool keepIds);
    std::optional<qint64> authorityOf(qint64 inspectionId) const;
    Database &m_db;
    SavedVersions m_saved;
};
