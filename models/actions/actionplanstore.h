#pragma once

#include "store/rowversion.h"

#include "actions/actionplan.h"
#include "actions/actionrules.h"
#include "store/result.h"

#include "judgements/recommendationlife.h"

#include <QObject>

class Database;

// Action plans, their actions and the append-only history of progress updates.
class ActionPlanStore : public QObject
{
    Q_OBJECT
public:
    explicit ActionPlanStore(Database &db, QObject *parent = nullptr);

    Result<qint64> addPlan(const Plan &plan);
    // Only an empty plan can be removed (undo of adding it).
    Status removePlan(qint64 planId);
    std::optional<Plan> plan(qint64 planId) const; // with its measures
    QList<Plan> plans(qint64 authorityId) const;
    // A name, dates in order, and measures that pass ImpactMeasures::validate, one an indicator.
    static Status validate(const Plan &plan);
    // Saves the plan's name, dates, board and (when read) measures over the version it was
    // read at (Plan::version; 0 for any), refused as a conflict as an action's save is.
    Status updatePlan(const Plan &plan);
    // "Changed by ... since you opened it ... It now has ..."
    static QString changedSince(const Plan &now);
    // The measures of the plan as a whole (not its actions').
    QList<ImpactMeasure> planMeasures(qint64 planId) const;
    // Every whole-plan measure of an authority's plans, by plan, from one query.
    QHash<qint64, QList<ImpactMeasure>> measuresByPlan(qint64 authorityId) const;

    // Checks the action (title, dates in order) before saving it.
    static Status validate(const Action &action);
    Result<qint64> addAction(const Action &action);
    // Several new actions, each with an optional first update, all or nothing.
    struct NewAction
    {
        Action action;
        std::optional<ActionUpdate> firstUpdate;
    };
    Result<QList<qint64>> addActions(const QList<NewAction> &actions);
    // Saves over the version the action was read at (Action::version; 0 for any):
    // refused, as a conflict saying who changed it and what it holds now, when someone else
    // has saved it since.
    Status updateAction(const Action &action);
    // "Changed by ... at ... since you opened it ... It now has ..."
    static QString changedSince(const Action &now);
    std::optional<Action> action(qint64 actionId) const; // with its measures
    QList<ImpactMeasure> measures(qint64 actionId) const;
    QList<Evidence> evidence(qint64 actionId) const;
    // What aims at each indicator of the authority, by indicator, as MeasureAim::aimedBy()
    // says it: "“title”" for an action, "the plan “name”" for a plan's own measure.
    QHash<qint64, QStringList> aimedBy(qint64 authorityId) const;
    // Every piece of evidence of an authority's actions, by action.
    QHash<qint64, QList<Evidence>> evidenceByAction(qint64 authorityId) const;
    // Every measure of an authority's actions, by action, from one query.
    QHash<qint64, QList<ImpactMeasure>> measuresByAction(qint64 authorityId) const;
    // A measure aimed at an indicator, with what set it: an action, or a plan as a whole.
    struct MeasureAim
    {
        ImpactMeasure measure;
        std::optional<Action> action; // none for a whole plan's measure
        QString planName;
        // "“Pathway plans for every care leaver”", or "the plan “Improvement plan 2024”"
        QString aimedBy() const;
    };
    // Every measure of an authority's actions and plans aimed at one indicator, by target date.
    QList<MeasureAim> measuresOn(qint64 authorityId, qint64 indicatorId) const;
    QList<Action> actions(qint64 planId) const;

    // An action with its whole history, so that deleting it can be undone exactly.
    struct ActionSnapshot
    {
        Action action;
        QList<ActionUpdate> updates;
    };
    std::optional<ActionSnapshot> snapshot(qint64 actionId) const;
    // Over `overVersion` (0: any): an action a colleague saved since is left, and the
    // refusal says who changed it.
    Status removeAction(qint64 actionId, int overVersion = 0);
    Status restoreAction(const ActionSnapshot &snapshot);

    // Appends to the history; updates are never changed afterwards.
    Result<qint64> addUpdate(const ActionUpdate &update);
    // Only undo takes an update back, straight after adding it.
    Status removeUpdate(qint64 updateId);
    QList<ActionUpdate> updates(qint64 actionId) const; // oldest first
    // Where each action of the authority's plans stood at two dates, and when it was first
    // reported finished (blue, or 100% complete): what "since the last meeting" reads,
    // from one query that reads three updates an action at most, not its whole history.
    struct ProgressMark
    {
        qint64 updateId = 0; // the update the mark is, to tell two marks apart
        QDate reportedOn;
        Rag rag = Rag::Green;
    };
    struct ProgressMarks
    {
        std::optional<ProgressMark> atSince; // the last update on or before `since`
        std::optional<ProgressMark> atUntil; // the last update on or before `until`
        std::optional<QDate> finishedOn;
    };
    QHash<qint64, ProgressMarks> progressMarks(qint64 authorityId, const QDate &since,
                                               const QDate &until) const;

    // Every action of an authority's plans with its latest update, from one query.
    QList<ActionRow> actionRows(qint64 authorityId) const;

    // How many actions stood at each RAG at the end of each month, from the history.
    struct MonthRag
    {
        QDate monthEnd;
        int red = 0;
        int amber = 0;
        int green = 0;
        int blue = 0;
        int noUpdate = 0; // started but not yet reported on
    };
    QList<MonthRag> ragByMonth(qint64 planId) const;

    // For each recommendation of the authority: how many actions answer it, how many are done.
    struct Coverage
    {
        Recommendation recommendation;
        QString inspection; // "ILACS Jul 2024"
        QDate inspectedOn;  // first day on site, or publication
        int actions = 0;
        int finished = 0;
        RecommendationState state = RecommendationState::Open;
        QString supersededBy; // the later graded inspection, as `inspection`, while one is held
        QDate supersededOn;   // and the day it began (or was published)
        bool isLive() const { return RecommendationLife::isLive(state); }
    };
    // Every recommendation of the authority, newest inspection first, with where it stands.
    QList<Coverage> coverage(qint64 authorityId) const;

signals:
    void plansChanged(qint64 authorityId);
    // Actions or their updates changed somewhere in this authority's plans.
    void actionsChanged(qint64 authorityId);

public:
    // The version of row `id` this store last saved (0: none): what undo and redo save over.
    int savedVersion(qint64 id) const { return m_saved.of(id); }
    // Likewise for plans.
    int savedPlanVersion(qint64 id) const { return m_savedPlans.of(id); }

private:
    // The refusal of a save over an older version of the action: what it holds now, or
    // nothing when it is gone.
    std::optional<QString> conflictOver(qint64 id) const;
    std::optional<QString> planConflictOver(qint64 id) const;
    Result<qint64> insertAction(const Action &action);
    Result<qint64> insertUpdate(const ActionUpdate &update);
    Status writeLinks(qint64 actionId, const QList<qint64> &recommendationIds);
    // Whose measures are written: an action's, or a plan's as a whole.
    enum class MeasureOwner
    {
        Action,
        Plan
    };
    // Only the measures that changed; one with an id no longer held is put back with it.
    Status writeMeasures(MeasureOwner owner, qint64 ownerId, const QList<ImpactMeasure> &measures);
    QList<ImpactMeasure> measuresOf(MeasureOwner owner, qint64 ownerId) const;
    // A measure's milestones, replacing those it had.
    Status writeMilestones(qint64 measureId, const QList<std::pair<QDate, double>> &milestones);
    // Likewise for evidence.
    Status writeEvidence(qint64 actionId, const QList<Evidence> &evidence);
    // Measures and evidence, when read, after the action's own row.
    Status writeParts(qint64 actionId, const Action &action);
    std::optional<qint64> authorityOfPlan(qint64 planId) const;
    std::optional<qint64> planOfAction(qint64 actionId) const;
    void announce(qint64 planId);
    Database &m_db;
    SavedVersions m_saved;
    SavedVersions m_savedPlans;
};
