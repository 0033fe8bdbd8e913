// Round trips through the store, the rules it enforces, and the database's own constraints.
#include "support/tempdatabase.h"

#include "actions/actionplanstore.h"
#include "actions/editactioncommand.h"
#include "actions/editplancommand.h"
#include "actions/removeactioncommand.h"
#include "authorities/authoritystore.h"
#include "indicators/editindicatorvaluecommand.h"
#include "indicators/indicatorstore.h"
#include "indicators/removeindicatorvaluecommand.h"
#include "judgements/editinspectioncommand.h"
#include "judgements/judgementstore.h"
#include "judgements/recommendationlife.h"
#include "judgements/removeinspectioncommand.h"
#include "sources/sourcestore.h"
#include "store/database.h"
#include "store/storecommand.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

Q_DECLARE_METATYPE(InspectionRecord)

namespace {

qint64 addBorough(Store &store, const QString &name = QStringLiteral("Test Borough (synthetic)"))
{
    Authority a;
    a.name = name;
    a.synthetic = true;
    const Result<qint64> id = store.authorities().add(a);
    return id.ok() ? id.value() : 0;
}

// One of each versioned row for `authority`: an action (in a new plan), an inspection and a
// figure, as saved (version 1).
struct OneOfEach
{
    qint64 action = 0;
    qint64 inspection = 0;
    qint64 figure = 0;
};
OneOfEach addOneOfEach(Store &store, qint64 authority)
{
    Plan plan;
    plan.authorityId = authority;
    plan.name = QStringLiteral("Improvement plan");
    Action action;
    action.planId = store.actionPlans().addPlan(plan).value();
    action.title = QStringLiteral("Audit pathway plans");
    InspectionRecord record;
    record.inspection.authorityId = authority;
    record.inspection.framework = Framework::IlacsStandard;
    record.inspection.startDate = QDate(2023, 5, 8);
    record.inspection.endDate = QDate(2023, 5, 19);
    IndicatorValue v;
    v.authorityId = authority;
    v.indicatorId = store.indicators().indicator(QStringLiteral("cla_rate"))->id;
    v.period = Period::at(QDate(2023, 3, 31));
    v.value = 72;
    return {store.actionPlans().addAction(action).value(),
            store.judgements().addInspection(record).value(), store.indicators().addValue(v).value()};
}

InspectionRecord sif2017(qint64 authority)
{
    InspectionRecord r;
    r.inspection.authorityId = authority;
    r.inspection.framework = Framework::Sif;
    r.inspection.startDate = QDate(2017, 6, 19);
    r.inspection.endDate = QDate(2017, 7, 13);
    r.inspection.publishedOn = QDate(2017, 9, 4);
    r.judgements.append({0, 0, JudgementArea::Overall, QStringLiteral("Overall effectiveness"),
                         Grade::RequiresImprovement, std::nullopt});
    r.judgements.append({0, 0, JudgementArea::Adoption, QString(), Grade::Good, std::nullopt});
    Recommendation rec;
    rec.number = 1;
    rec.text = QStringLiteral("Improve the quality of assessments.");
    r.recommendations.append(rec);
    return r;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void baseCommandSavesOnceThenReplays();
    void authorityRoundTrip();
    void inspectionRoundTrip();
    void inspectionValidation_data();
    void inspectionValidation();
    void databaseConstraints_data();
    void databaseConstraints();
    void updateKeepsRecommendationIds();
    void laterInspectionSupersedesInAnyOrder();
    void removeAnnouncesAuthority();
    void transactionIsAllOrNothing();
    void actionUpdatesAreHistory();
    void measuresFollowTheirAction();
    void aWholePlanHasMeasuresOfItsOwn();
    void evidenceFollowsItsAction();
    void twoEditorsOfOneInspection();
    void twoEditorsOfOneFigure();
    void deletingOverAColleaguesSaveIsRefused();
    void savingWhatAColleagueDeletedSaysItIsGone();
    void indicatorValues_data();
    void indicatorValues();
    void suppressedValueRoundTrip();
    void sourcesRoundTrip();
    void keptStatementsAreReusedNotShared();
};

namespace {
// A command that only counts what the base asks of it.
class CountingCommand final : public StoreCommand
{
public:
    CountingCommand(int *applied, int *reverted, bool failReplays)
        : StoreCommand(QStringLiteral("Counted change"))
        , m_applied(applied)
        , m_reverted(reverted)
        , m_fail(failReplays)
    {
        saved({}); // the first save, made here
    }
    void failFromNowOn() { m_fail = true; }

protected:
    Status revert() override
    {
        ++*m_reverted;
        return m_fail ? Status::failure(QStringLiteral("the disk is full")) : Status();
    }
    Status apply() override
    {
        ++*m_applied;
        return m_fail ? Status::failure(QStringLiteral("the disk is full")) : Status();
    }

private:
    int *m_applied;
    int *m_reverted;
    bool m_fail;
};
} // namespace

void TestStore::baseCommandSavesOnceThenReplays()
{
    int applied = 0;
    int reverted = 0;
    QUndoStack stack;
    stack.push(new CountingCommand(&applied, &reverted, false));
    QCOMPARE(applied, 0); // pushing does not save a second time
    stack.undo();
    QCOMPARE(reverted, 1);
    stack.redo();
    QCOMPARE(applied, 1);

    // A failed undo is told, naming the change; stepping back puts the stack where the
    // database is (the change still made) without replaying anything, so Undo offers the
    // same change again.
    QList<StoreCommand::Failure> told;
    StoreCommand::setReporter([&told](const StoreCommand::Failure &f) { told << f; });
    auto *failing = new CountingCommand(&applied, &reverted, true);
    stack.push(failing);
    const int pushedAt = stack.index();
    stack.undo();
    QCOMPARE(told.size(), 1);
    QVERIFY(told.at(0).message.contains(QLatin1String("\"Counted change\" could not be undone")));
    QVERIFY(told.at(0).message.contains(QLatin1String("the disk is full")));
    QVERIFY(told.at(0).inUndo);
    QCOMPARE(told.at(0).command, failing);
    QCOMPARE(stack.index(), pushedAt - 1); // QUndoStack has moved on regardless
    const int appliedBefore = applied;
    StoreCommand::stepBack(stack, told.at(0));
    QCOMPARE(stack.index(), pushedAt);
    QCOMPARE(applied, appliedBefore); // nothing replayed
    QVERIFY(stack.canUndo());
    QCOMPARE(stack.undoText(), QStringLiteral("Counted change"));
    StoreCommand::stepBack(stack, told.at(0)); // once back, a second step does nothing
    QCOMPARE(stack.index(), pushedAt);

    // A failed redo likewise: back to the change taken back, Redo offered again.
    auto *second = new CountingCommand(&applied, &reverted, false);
    stack.push(second);
    stack.undo();
    QCOMPARE(told.size(), 1);
    const int beforeRedo = stack.index();
    second->failFromNowOn();
    stack.redo();
    QCOMPARE(told.size(), 2);
    QVERIFY(told.at(1).message.contains(QLatin1String("could not be redone")));
    QVERIFY(!told.at(1).inUndo);
    QCOMPARE(stack.index(), beforeRedo + 1);
    const int revertedBefore = reverted;
    StoreCommand::stepBack(stack, told.at(1));
    QCOMPARE(stack.index(), beforeRedo);
    QCOMPARE(reverted, revertedBefore);
    QVERIFY(stack.canRedo());
    StoreCommand::setReporter({});
}

void TestStore::authorityRoundTrip()
{
    TempDatabase temp;
    auto store = temp.open();
    QVERIFY(store);
    QVERIFY(store->isEmpty());
    QSignalSpy changed(&store->authorities(), &AuthorityStore::authoritiesChanged);
    Authority a;
    a.name = QStringLiteral("Example Unitary (synthetic)");
    a.onsCode = QStringLiteral("E06999901");
    a.laNumber = 991;
    a.synthetic = true;
    const Result<qint64> id = store->authorities().add(a);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(changed.count(), 1);
    const std::optional<Authority> back = store->authorities().byCode(QStringLiteral("E06999901"));
    QVERIFY(back);
    QCOMPARE(back->name, a.name);
    QCOMPARE(back->laNumber, std::optional<int>(991));
    QCOMPARE(back->kind, AuthorityKind::LocalAuthority);
    QVERIFY(back->synthetic);
    QVERIFY(store->isEmpty()); // an authority alone is no user data
    const Result<qint64> again = store->authorities().add(a);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QLatin1String("already exists")), qPrintable(again.error()));
}

void TestStore::inspectionRoundTrip()
{
    TempDatabase temp;
    auto store = temp.open();
    const qint64 authority = addBorough(*store);
    QSignalSpy changed(&store->judgements(), &JudgementStore::inspectionsChanged);
    const Result<qint64> id = store->judgements().addInspection(sif2017(authority));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toLongLong(), authority);

    const std::optional<InspectionRecord> back = store->judgements().record(id.value());
    QVERIFY(back);
    QCOMPARE(back->inspection.framework, Framework::Sif);
    QCOMPARE(back->inspection.startDate, std::optional<QDate>(QDate(2017, 6, 19)));
    QCOMPARE(back->inspection.endDate, std::optional<QDate>(QDate(2017, 7, 13)));
    QCOMPARE(back->inspection.publishedOn, std::optional<QDate>(QDate(2017, 9, 4)));
    QCOMPARE(back->inspection.datesText(), QStringLiteral("19 June to 13 July 2017"));
    QCOMPARE(back->judgements.size(), 2);
    QCOMPARE(back->judgements.at(0).grade, Grade::RequiresImprovement);
    QCOMPARE(back->judgements.at(1).area, JudgementArea::Adoption);
    QCOMPARE(back->judgements.at(1).areaTitle,
             QStringLiteral("Adoption performance")); // filled from the framework
    QCOMPARE(back->recommendations.size(), 1);
    QCOMPARE(back->recommendations.at(0).number, 1);

    const QList<JudgementStore::OpenRecommendation> open =
        store->judgements().openRecommendations(authority);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().actions, 0);
}

void TestStore::laterInspectionSupersedesInAnyOrder()
{
    TempDatabase temp;
    auto store = temp.open();
    const qint64 authority = addBorough(*store);
    auto stateOf = [&](const QString &text) {
        for (const ActionPlanStore::Coverage &c : store->actionPlans().coverage(authority)) {
            if (c.recommendation.text == text)
                return std::make_pair(c.state, c.supersededBy);
        }
        return std::make_pair(RecommendationState::Open, QStringLiteral("missing"));
    };
    auto openTexts = [&]() {
        QStringList texts;
        for (const JudgementStore::OpenRecommendation &o :
             store->judgements().openRecommendations(authority))
            texts << o.recommendation.text;
        return texts;
    };
    const QString sifText = QStringLiteral("Improve the quality of assessments.");
    // The 2021 ILACS is recorded first, the 2017 SIF after it, then a 2023 visit.
    InspectionRecord ilacs;
    ilacs.inspection.authorityId = authority;
    ilacs.inspection.framework = Framework::IlacsStandard;
    ilacs.inspection.startDate = QDate(2021, 3, 1);
    ilacs.inspection.endDate = QDate(2021, 3, 12);
    ilacs.judgements.append({0, 0, JudgementArea::Overall, QString(), Grade::Good, std::nullopt});
    Recommendation later;
    later.number = 1;
    later.text = QStringLiteral("Strengthen management oversight.");
    ilacs.recommendations.append(later);
    const Result<qint64> ilacsId = store->judgements().addInspection(ilacs);
    QVERIFY2(ilacsId.ok(), qPrintable(ilacsId.error()));
    QVERIFY(store->judgements().addInspection(sif2017(authority)).ok());
    QCOMPARE(stateOf(sifText),
             std::make_pair(RecommendationState::Superseded, QStringLiteral("ILACS Mar 2021")));
    QCOMPARE(stateOf(later.text), std::make_pair(RecommendationState::Open, QString()));
    QCOMPARE(openTexts(), QStringList{later.text});

    // A visit supersedes nothing; its priority actions are recommendations like any other.
    InspectionRecord visit;
    visit.inspection.authorityId = authority;
    visit.inspection.framework = Framework::FocusedVisit;
    visit.inspection.startDate = QDate(2023, 5, 9);
    Recommendation priority;
    priority.number = 1;
    priority.kind = RecommendationKind::PriorityAction;
    priority.text = QStringLiteral("The response to children at risk of exploitation.");
    visit.recommendations.append(priority);
    QVERIFY(store->judgements().addInspection(visit).ok());
    QCOMPARE(stateOf(later.text).first, RecommendationState::Open);
    QCOMPARE(openTexts(), (QStringList{later.text, priority.text}));

    // Carried forward, the SIF's recommendation is open again; closed, it leaves the list.
    InspectionRecord sif =
        *store->judgements().record(store->judgements().inspections(authority).first().id);
    sif.recommendations.first().carriedForward = true;
    QVERIFY(store->judgements().updateInspection(sif).ok());
    QCOMPARE(stateOf(sifText).first, RecommendationState::Open);
    QCOMPARE(openTexts(), (QStringList{sifText, later.text, priority.text}));
    sif = *store->judgements().record(sif.inspection.id);
    sif.recommendations.first().closedOn = QDate(2022, 1, 31);
    sif.recommendations.first().closedNote = QStringLiteral("Audit of 40 assessments");
    Evidence audit;
    audit.title = QStringLiteral("Audit of 40 assessments");
    audit.kind = QStringLiteral("audit");
    audit.datedOn = QDate(2022, 1, 20);
    audit.location = QStringLiteral("https://example.org/synthetic/audit-40");
    sif.recommendations.first().closedEvidence = audit;
    QVERIFY(store->judgements().updateInspection(sif).ok());
    const Recommendation back =
        store->judgements().record(sif.inspection.id)->recommendations.first();
    QCOMPARE(back.closedOn, std::optional<QDate>(QDate(2022, 1, 31)));
    QCOMPARE(back.closedNote, QStringLiteral("Audit of 40 assessments"));
    QVERIFY(back.closedEvidence);
    QCOMPARE(*back.closedEvidence, audit);
    QVERIFY(back.carriedForward);
    QCOMPARE(stateOf(sifText).first, RecommendationState::Closed);
    QCOMPARE(openTexts(), (QStringList{later.text, priority.text}));
    const Recommendation kept = store->judgements()
                                    .record(store->judgements().inspections(authority).last().id)
                                    ->recommendations.first();
    QCOMPARE(kept.kind, RecommendationKind::PriorityAction);

    // Removing the later inspection brings the earlier recommendation's supersession to an end.
    QVERIFY(store->judgements().removeInspection(ilacsId.value()).ok());
    sif = *store->judgements().record(sif.inspection.id);
    sif.recommendations.first().closedOn.reset();
    sif.recommendations.first().carriedForward = false;
    // Evidence of closing without the closing is refused, and says so.
    QVERIFY(store->judgements().updateInspection(sif).error().contains(
        QLatin1String("not closed, so it has no evidence")));
    sif.recommendations.first().closedEvidence.reset();
    QVERIFY(store->judgements().updateInspection(sif).ok());
    QVERIFY(!store->judgements().record(sif.inspection.id)->recommendations.first().closedEvidence);
    QCOMPARE(stateOf(sifText), std::make_pair(RecommendationState::Open, QString()));

    // A closing date before the inspection or in the future is refused, and says which.
    const QDate from(2017, 6, 19);
    QVERIFY(RecommendationLife::validateClosing(QDate(2017, 6, 19), from, QDate(2026, 1, 1)).ok());
    QVERIFY(RecommendationLife::validateClosing(QDate(2017, 5, 1), from, QDate(2026, 1, 1))
                .error()
                .contains(QLatin1String("before the inspection")));
    QVERIFY(RecommendationLife::validateClosing(QDate(2026, 2, 1), from, QDate(2026, 1, 1))
                .error()
                .contains(QLatin1String("in the future")));
}

void TestStore::inspectionValidation_data()
{
    QTest::addColumn<InspectionRecord>("record");
    QTest::addColumn<QString>("message");

    InspectionRecord r = sif2017(1);
    r.inspection.endDate = QDate(2017, 6, 1);
    QTest::newRow("end before start") << r << QStringLiteral("before the first day");

    r = sif2017(1);
    r.inspection.publishedOn = QDate(2017, 7, 1);
    QTest::newRow("published before it ended") << r << QStringLiteral("publication date");

    r = sif2017(1);
    r.inspection.startDate.reset();
    r.inspection.endDate.reset();
    r.inspection.publishedOn.reset();
    QTest::newRow("no date at all") << r << QStringLiteral("first day on site");

    r = sif2017(1);
    r.judgements.append({0, 0, JudgementArea::Overall, QString(), Grade::Good, std::nullopt});
    QTest::newRow("two grades for one area") << r << QStringLiteral("graded twice");

    r = sif2017(1);
    r.judgements.append(
        {0, 0, JudgementArea::ChildrenInCare, QString(), Grade::Good, std::nullopt});
    QTest::newRow("area not in the framework") << r << QStringLiteral("is not an area");

    r = sif2017(1);
    r.inspection.framework = Framework::IlacsStandard;
    r.inspection.startDate = QDate(2019, 9, 9);
    r.inspection.endDate = QDate(2019, 9, 20);
    r.inspection.publishedOn.reset();
    r.judgements = {{0, 0, JudgementArea::CareLeavers, QString(), Grade::Good, std::nullopt}};
    QTest::newRow("care leavers graded apart before 2023") << r << QStringLiteral("from 2023");

    r = sif2017(1);
    r.inspection.framework = Framework::FocusedVisit;
    QTest::newRow("graded visit") << r << QStringLiteral("not graded");

    r = sif2017(1);
    r.recommendations.append(r.recommendations.first());
    QTest::newRow("recommendation numbered twice") << r << QStringLiteral("appears twice");

    r = sif2017(1);
    r.recommendations.first().text = QStringLiteral("  ");
    QTest::newRow("recommendation without text") << r << QStringLiteral("has no text");
}

void TestStore::inspectionValidation()
{
    QFETCH(InspectionRecord, record);
    QFETCH(QString, message);
    TempDatabase temp;
    auto store = temp.open();
    record.inspection.authorityId = addBorough(*store);
    const Result<qint64> id = store->judgements().addInspection(record);
    QVERIFY(!id.ok());
    QVERIFY2(id.error().contains(message), qPrintable(id.error()));
    QVERIFY(store->judgements().inspections(record.inspection.authorityId).isEmpty());
}

void TestStore::databaseConstraints_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad grade")
        << QStringLiteral("INSERT INTO judgement (inspection_id, area, area_title, grade) "
                          "VALUES (1, 'adoption', 'Adoption', 'excellent')")
        << QStringLiteral("out of range");
    QTest::newRow("grade as a number")
        << QStringLiteral("INSERT INTO judgement (inspection_id, area, area_title, grade) "
                          "VALUES (1, 'adoption', 'Adoption', '2')")
        << QStringLiteral("out of range");
    QTest::newRow("duplicate judgement for one area")
        << QStringLiteral("INSERT INTO judgement (inspection_id, area, area_title, grade) "
                          "VALUES (1, 'overall', 'Overall', 'good')")
        << QStringLiteral("already has a grade for that area");
    QTest::newRow("end before start")
        << QStringLiteral("UPDATE inspection SET end_date = '2017-01-01' WHERE id = 1")
        << QStringLiteral("out of range");
    QTest::newRow("date not ISO")
        << QStringLiteral("UPDATE inspection SET start_date = '19/06/2017' WHERE id = 1")
        << QStringLiteral("out of range");
    QTest::newRow("impossible date")
        << QStringLiteral("UPDATE inspection SET published_on = '2017-02-30' WHERE id = 1")
        << QStringLiteral("out of range");
    QTest::newRow("unknown authority")
        << QStringLiteral("INSERT INTO inspection (id, authority_id, framework, start_date) "
                          "VALUES (2, 999, 'sif', '2017-01-01')")
        << QStringLiteral("does not exist");
    QTest::newRow("percent over 100")
        << QStringLiteral("INSERT INTO action_update (action_id, reported_on, rag, "
                          "percent_complete) VALUES (1, '2017-01-01', 'green', 120)")
        << QStringLiteral("out of range");
    QTest::newRow("value and suppression")
        << QStringLiteral("INSERT INTO indicator_value (authority_id, indicator_id, "
                          "period_kind, period_end, period_label, value, suppression) "
                          "VALUES (1, 1, 'at', '2017-03-31', 'x', 4, 'c')")
        << QStringLiteral("out of range");
}

void TestStore::databaseConstraints()
{
    QFETCH(QString, sql);
    QFETCH(QString, message);
    TempDatabase temp;
    OpenError error;
    std::unique_ptr<Database> db = Database::open(temp.address(), &error);
    QVERIFY(db);
    QVERIFY(db->run(QStringLiteral("INSERT INTO authority (id, name, kind) VALUES (100001, 'A "
                                   "(synthetic)', 'local_authority')"))
                .ok());
    QVERIFY(
        db->run(QStringLiteral(
                    "INSERT INTO inspection (id, authority_id, framework, start_date, end_date) "
                    "VALUES (1, 1, 'sif', '2017-06-19', '2017-07-13')"))
            .ok());
    QVERIFY(db->run(QStringLiteral("INSERT INTO judgement (inspection_id, area, area_title, grade) "
                                   "VALUES (1, 'overall', 'Overall', 'good')"))
                .ok());
    QVERIFY(
        db->run(QStringLiteral("INSERT INTO plan (id, authority_id, name) VALUES (1, 1, 'Plan')"))
            .ok());
    QVERIFY(db->run(QStringLiteral("INSERT INTO action (id, plan_id, title) VALUES (1, 1, 'Act')"))
                .ok());
    const Result<QSqlQuery> q = db->run(sql);
    QVERIFY(!q.ok());
    QVERIFY2(q.error().contains(message), qPrintable(q.error()));
}

void TestStore::updateKeepsRecommendationIds()
{
    TempDatabase temp;
    auto store = temp.open();
    const qint64 authority = addBorough(*store);
    const qint64 id = store->judgements().addInspection(sif2017(authority)).value();
    InspectionRecord r = *store->judgements().record(id);
    const qint64 recId = r.recommendations.first().id;
    r.recommendations.first().text = QStringLiteral("Improve assessments, reworded.");
    Recommendation extra;
    extra.number = 2;
    extra.text = QStringLiteral("Second one.");
    r.recommendations.append(extra);
    r.judgements.first().grade = Grade::Good;
    const Status updated = store->judgements().updateInspection(r);
    QVERIFY2(updated.ok(), qPrintable(updated.error()));
    const InspectionRecord back = *store->judgements().record(id);
    QCOMPARE(back.recommendations.size(), 2);
    QCOMPARE(back.recommendations.first().id, recId);
    QCOMPARE(back.recommendations.first().text, QStringLiteral("Improve assessments, reworded."));
    QCOMPARE(back.judgements.first().grade, Grade::Good);
}

void TestStore::removeAnnouncesAuthority()
{
    TempDatabase temp;
    auto store = temp.open();
    const qint64 authority = addBorough(*store);
    const qint64 id = store->judgements().addInspection(sif2017(authority)).value();
    QSignalSpy changed(&store->judgements(), &JudgementStore::inspectionsChanged);
    QVERIFY(store->judgements().removeInspection(id).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toLongLong(), authority);
    QVERIFY(store->judgements().inspections(authority).isEmpty());
    QVERIFY(store->judgements().recommendations(id).isEmpty()); // cascaded
    QVERIFY(!store->judgements().removeInspection(id).ok());
}

void TestStore::transactionIsAllOrNothing()
{
    TempDatabase temp;
    auto store = temp.open();
    const qsizetype before = store->authorities().all().size();
    const Status failed = store->transaction([&]() -> Status {
        addBorough(*store, QStringLiteral("First (synthetic)"));
        addBorough(*store, QStringLiteral("Second (synthetic)"));
        return Status::failure(QStringLiteral("row 3 is bad"));
    });
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error(), QStringLiteral("row 3 is bad"));
    QCOMPARE(store->authorities().all().size(), before);
}

void TestStore::actionUpdatesAreHistory()
{
    TempDatabase temp;
    auto store = temp.open();
    Plan plan;
    plan.authorityId = addBorough(*store);
    plan.name = QStringLiteral("Plan");
    const qint64 planId = store->actionPlans().addPlan(plan).value();
    Action action;
    action.planId = planId;
    action.title = QStringLiteral("Audit plans");
    const qint64 actionId = store->actionPlans().addAction(action).value();
    ActionUpdate u;
    u.actionId = actionId;
    u.reportedOn = QDate(2024, 5, 31);
    u.rag = Rag::Amber;
    u.percentComplete = 20;
    QVERIFY(store->actionPlans().addUpdate(u).ok());
    u.percentComplete = 140;
    QVERIFY(!store->actionPlans().addUpdate(u).ok());

    OpenError error;
    std::unique_ptr<Database> raw = Database::open(temp.address(), &error);
    QVERIFY(raw);
    const Result<QSqlQuery> q = raw->run(QStringLiteral("UPDATE action_update SET rag = 'green'"));
    QVERIFY(!q.ok());
    QVERIFY2(q.error().contains(QLatin1String("history")), qPrintable(q.error()));
    QCOMPARE(store->actionPlans().updates(actionId).first().rag, Rag::Amber);
}

void TestStore::measuresFollowTheirAction()
{
    TempDatabase temp;
    auto store = temp.open();
    Plan plan;
    plan.authorityId = addBorough(*store);
    plan.name = QStringLiteral("Plan");
    const qint64 planId = store->actionPlans().addPlan(plan).value();
    const qint64 rate = store->indicators().indicator(QStringLiteral("cla_rate"))->id;
    const qint64 eet = store->indicators().indicator(QStringLiteral("care_leavers_eet_pct"))->id;
    ImpactMeasure m;
    m.indicatorId = rate;
    m.baselineValue = 80;
    m.baselineOn = QDate(2024, 3, 31);
    m.baselineSource = QStringLiteral("Children looked after return, 2023-24");
    m.targetValue = 72;
    m.targetOn = QDate(2026, 3, 31);
    Action action;
    action.planId = planId;
    action.title = QStringLiteral("Reunify children safely");
    action.measures = QList<ImpactMeasure>{m};
    const Result<qint64> id = store->actionPlans().addAction(action);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    std::optional<Action> back = store->actionPlans().action(id.value());
    QCOMPARE(back->measures->size(), 1);
    QCOMPARE(back->measures->first().targetValue, 72.0);
    QCOMPARE(back->measures->first().baselineSource, m.baselineSource);
    QCOMPARE(store->actionPlans().measuresOn(plan.authorityId, rate).size(), 1);
    QCOMPARE(store->actionPlans().measuresOn(plan.authorityId, rate).first().action->title,
             action.title);

    // A save of the action as a list reads it (no measures read) leaves them alone.
    Action listed = store->actionPlans().actions(planId).first();
    QVERIFY(!listed.measures);
    listed.title = QStringLiteral("Reunify children safely and quickly");
    QVERIFY(store->actionPlans().updateAction(listed).ok());
    QCOMPARE(store->actionPlans().measures(id.value()).size(), 1);

    // An edit that changes one measure and adds another is undone exactly.
    QUndoStack undo;
    Action edited = *store->actionPlans().action(id.value());
    (*edited.measures)[0].targetValue = 70;
    ImpactMeasure more = m;
    more.indicatorId = eet;
    more.baselineValue = 52;
    more.targetValue = 60;
    more.milestones = {{QDate(2025, 3, 31), 55}};
    edited.measures->append(more);
    undo.push(new EditActionCommand(store->actionPlans(), edited));
    QCOMPARE(store->actionPlans().measures(id.value()).size(), 2);
    QCOMPARE(store->actionPlans().measures(id.value()).first().targetValue, 70.0);
    QCOMPARE(store->actionPlans().measures(id.value()).last().milestones,
             (QList<std::pair<QDate, double>>{{QDate(2025, 3, 31), 55}}));
    QCOMPARE(store->actionPlans().measuresByAction(plan.authorityId).value(id.value()).last()
                 .milestones.size(),
             1);
    const qint64 firstId = store->actionPlans().measures(id.value()).first().id;
    undo.undo();
    QCOMPARE(store->actionPlans().measures(id.value()).size(), 1);
    QCOMPARE(store->actionPlans().measures(id.value()).first().targetValue, 72.0);
    QCOMPARE(store->actionPlans().measures(id.value()).first().id, firstId);
    undo.redo();
    QCOMPARE(store->actionPlans().measures(id.value()).size(), 2);

    // Deleting the action takes its measures; undo brings them back with it.
    undo.push(new RemoveActionCommand(store->actionPlans(), id.value()));
    QCOMPARE(store->actionPlans().measuresOn(plan.authorityId, eet).size(), 0);
    undo.undo();
    QCOMPARE(store->actionPlans().measures(id.value()).size(), 2);
    QCOMPARE(
        store->actionPlans().measuresOn(plan.authorityId, eet).first().measure.milestones.size(),
        1);

    // A target date before the baseline, or one indicator measured twice, is refused.
    edited = *store->actionPlans().action(id.value());
    (*edited.measures)[1].targetOn = QDate(2023, 1, 1);
    QVERIFY(store->actionPlans().updateAction(edited).error().contains(
        QLatin1String("not after the baseline")));
    edited = *store->actionPlans().action(id.value());
    (*edited.measures)[1].indicatorId = rate;
    QVERIFY(store->actionPlans().updateAction(edited).error().contains(QLatin1String("once")));
    QCOMPARE(store->actionPlans().measures(id.value()).size(), 2);
}

// Evidence is saved, undone and removed with its action; a file is known by its SHA-256, so
// one moved or changed since it was attached is told, with the SHA-256 it had.
void TestStore::evidenceFollowsItsAction()
{
    TempDatabase temp;
    auto store = temp.open();
    Plan plan;
    plan.authorityId = addBorough(*store);
    plan.name = QStringLiteral("Plan");
    const qint64 planId = store->actionPlans().addPlan(plan).value();
    Action action;
    action.planId = planId;
    action.title = QStringLiteral("Audit pathway plans");
    const qint64 id = store->actionPlans().addAction(action).value();
    ActionUpdate update;
    update.actionId = id;
    update.reportedOn = QDate(2026, 10, 31);
    update.rag = Rag::Amber;
    update.percentComplete = 40;
    const qint64 updateId = store->actionPlans().addUpdate(update).value();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Twelve of fifteen pathway plans good or better.");
    }
    Evidence file;
    file.title = QStringLiteral("Pathway plan audit, October");
    file.kind = QStringLiteral("case_file_audit");
    file.datedOn = QDate(2026, 10, 30);
    file.location = path;
    file.sha256 = Evidences::fingerprint(path).value();
    file.updateId = updateId;
    QCOMPARE(file.sha256.size(), 64);
    Evidence web;
    web.title = QStringLiteral("Board minutes");
    web.kind = QStringLiteral("minutes");
    web.location = QStringLiteral("https://example.org/minutes/october");

    QUndoStack undo;
    Action edited = *store->actionPlans().action(id);
    QCOMPARE(edited.evidenceDocuments->size(), 0);
    edited.evidenceDocuments = QList<Evidence>{file, web};
    undo.push(new EditActionCommand(store->actionPlans(), edited));
    QList<Evidence> held = store->actionPlans().evidence(id);
    QCOMPARE(held.size(), 2);
    QCOMPARE(held.first().sha256, file.sha256);
    QCOMPARE(held.first().updateId, std::optional(updateId));
    QCOMPARE(held.first().datedOn, file.datedOn);
    QVERIFY(held.last().sha256.isEmpty());
    QCOMPARE(store->actionPlans().evidenceByAction(plan.authorityId).value(id).size(), 2);
    QCOMPARE(Evidences::check(held.first()), Evidences::FileState::Same);
    QCOMPARE(Evidences::check(held.last()), Evidences::FileState::WebAddress);
    undo.undo();
    QCOMPARE(store->actionPlans().evidence(id).size(), 0);
    undo.redo();
    QCOMPARE(store->actionPlans().evidence(id).size(), 2);

    // Removing the action takes its evidence; undo brings it back, still backing its update.
    undo.push(new RemoveActionCommand(store->actionPlans(), id));
    QCOMPARE(store->actionPlans().evidenceByAction(plan.authorityId).size(), 0);
    undo.undo();
    held = store->actionPlans().evidence(id);
    QCOMPARE(held.size(), 2);
    QCOMPARE(held.first().updateId, std::optional(updateId));

    // A changed file, then a moved one: each said, with the SHA-256 it had when attached.
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write(" Amended.");
    }
    QCOMPARE(Evidences::check(held.first()), Evidences::FileState::Changed);
    QString said = Evidences::problem(held.first());
    QVERIFY2(said.contains(file.sha256) && said.contains(QLatin1String("has changed")),
             qPrintable(said));
    QVERIFY(QFile::rename(path, dir.filePath(QStringLiteral("moved.txt"))));
    QCOMPARE(Evidences::check(held.first()), Evidences::FileState::Missing);
    said = Evidences::problem(held.first());
    QVERIFY2(said.contains(file.sha256) && said.contains(QLatin1String("no longer at")),
             qPrintable(said));

    // Bad evidence is refused, and the action keeps what it had.
    edited = *store->actionPlans().action(id);
    (*edited.evidenceDocuments)[1].title.clear();
    QVERIFY(store->actionPlans().updateAction(edited).error().contains(QLatin1String("title")));
    edited = *store->actionPlans().action(id);
    (*edited.evidenceDocuments)[0].sha256.clear();
    QVERIFY(store->actionPlans().updateAction(edited).error().contains(QLatin1String("SHA-256")));
    edited = *store->actionPlans().action(id);
    (*edited.evidenceDocuments)[1].datedOn = QDate::currentDate().addDays(3);
    QVERIFY(store->actionPlans().updateAction(edited).error().contains(QLatin1String("future")));
    QCOMPARE(store->actionPlans().evidence(id).size(), 2);
    // A web address colleagues can all reach is never warned of; a local path is.
    QVERIFY(Evidences::localDiskWarning(web.location).isEmpty());
    QVERIFY(Evidences::localDiskWarning(QStringLiteral("\\\\fileserver\\audits\\a.pdf")).isEmpty());
    QVERIFY(Evidences::localDiskWarning(dir.filePath(QStringLiteral("moved.txt")))
                .contains(QLatin1String("own disk")));
}

// Two people with one inspection open: the second save is refused, says who saved since,
// and overwrites nothing; an undo over the colleague's save is refused too.
void TestStore::twoEditorsOfOneInspection()
{
    TempDatabase temp;
    auto mine = temp.open();
    auto theirs = temp.open();
    QVERIFY(mine && theirs);
    InspectionRecord record;
    record.inspection.authorityId = addBorough(*mine);
    record.inspection.framework = Framework::IlacsStandard;
    record.inspection.startDate = QDate(2023, 5, 8);
    record.inspection.endDate = QDate(2023, 5, 19);
    record.judgements.append(
        {0, 0, JudgementArea::Overall, QStringLiteral("Overall"), Grade::Good, std::nullopt});
    const qint64 id = mine->judgements().addInspection(record).value();

    InspectionRecord opened = *mine->judgements().record(id);
    QCOMPARE(opened.inspection.version.number, 1);
    InspectionRecord colleague = *theirs->judgements().record(id);
    colleague.inspection.summary = QStringLiteral("Their summary");
    QVERIFY(theirs->judgements().updateInspection(colleague).ok());

    opened.inspection.summary = QStringLiteral("My summary");
    EditInspectionCommand refused(mine->judgements(), opened);
    QVERIFY(refused.status().isConflict());
    QVERIFY2(refused.status().error().contains(QLatin1String("since you opened it")),
             qPrintable(refused.status().error()));
    QCOMPARE(mine->judgements().record(id)->inspection.summary, QStringLiteral("Their summary"));
    QCOMPARE(mine->judgements().record(id)->inspection.version.number, 2);

    // Saved over the version read, then undone: fine until a colleague saves in between.
    QUndoStack stack;
    InspectionRecord fresh = *mine->judgements().record(id);
    fresh.inspection.summary = QStringLiteral("My summary");
    auto *edit = new EditInspectionCommand(mine->judgements(), fresh);
    QVERIFY(edit->status().ok());
    stack.push(edit);
    stack.undo();
    QCOMPARE(mine->judgements().record(id)->inspection.summary, QStringLiteral("Their summary"));
    stack.redo();
    QCOMPARE(mine->judgements().record(id)->inspection.summary, QStringLiteral("My summary"));
    colleague = *theirs->judgements().record(id);
    colleague.inspection.summary = QStringLiteral("Theirs again");
    QVERIFY(theirs->judgements().updateInspection(colleague).ok());
    QString said;
    StoreCommand::setReporter(
        [&said](const StoreCommand::Failure &failure) { said = failure.message; });
    stack.undo();
    StoreCommand::setReporter(nullptr);
    QVERIFY2(said.contains(QLatin1String("since you opened it")), qPrintable(said));
    QCOMPARE(mine->judgements().record(id)->inspection.summary, QStringLiteral("Theirs again"));
}

// A plan as a whole names the figures it is meant to move: saved, undone and
// conflict-checked with the plan, and offered to every reader beside the actions' own.
void TestStore::aWholePlanHasMeasuresOfItsOwn()
{
    TempDatabase temp;
    auto mine = temp.open();
    auto theirs = temp.open();
    QVERIFY(mine && theirs);
    Plan plan;
    plan.authorityId = addBorough(*mine);
    plan.name = QStringLiteral("Improvement plan");
    const qint64 planId = mine->actionPlans().addPlan(plan).value();
    const qint64 rate = mine->indicators().indicator(QStringLiteral("cla_rate"))->id;
    Action action;
    action.planId = planId;
    action.title = QStringLiteral("Reunify children safely");
    ImpactMeasure m;
    m.indicatorId = rate;
    m.baselineValue = 80;
    m.baselineOn = QDate(2024, 3, 31);
    m.baselineSource = QStringLiteral("Children looked after return, 2023-24");
    m.targetValue = 75;
    m.targetOn = QDate(2027, 3, 31);
    action.measures = QList<ImpactMeasure>{m};
    QVERIFY(mine->actionPlans().addAction(action).ok());

    Plan opened = *mine->actionPlans().plan(planId);
    QCOMPARE(opened.version.number, 1);
    QVERIFY(opened.measures && opened.measures->isEmpty());
    m.targetValue = 72;
    m.targetOn = QDate(2026, 3, 31);
    m.milestones = {{QDate(2025, 3, 31), 76.0}};
    opened.measures = QList<ImpactMeasure>{m};
    opened.name = QStringLiteral("Improvement plan 2024 to 2027");
    QUndoStack stack;
    auto *edit = new EditPlanCommand(mine->actionPlans(), opened);
    QVERIFY2(edit->status().ok(), qPrintable(edit->status().error()));
    stack.push(edit);

    const Plan saved = *mine->actionPlans().plan(planId);
    QCOMPARE(saved.name, opened.name);
    QCOMPARE(saved.version.number, 2);
    QCOMPARE(saved.measures->size(), 1);
    QCOMPARE(saved.measures->first().planId, planId);
    QCOMPARE(saved.measures->first().actionId, 0);
    QCOMPARE(saved.measures->first().milestones, m.milestones);
    QCOMPARE(mine->actionPlans().measuresByPlan(plan.authorityId).value(planId).size(), 1);
    // The action's measure stays its own; readers see both, the plan's first.
    QCOMPARE(mine->actionPlans().measuresByAction(plan.authorityId).size(), 1);
    const QList<ActionPlanStore::MeasureAim> aims =
        mine->actionPlans().measuresOn(plan.authorityId, rate);
    QCOMPARE(aims.size(), 2);
    QVERIFY(!aims.first().action);
    QCOMPARE(aims.first().aimedBy(), QStringLiteral("the plan \u201C%1\u201D").arg(opened.name));
    QCOMPARE(aims.first().measure.milestones.size(), 1);
    QCOMPARE(aims.last().action->title, action.title);
    QCOMPARE(mine->actionPlans().aimedBy(plan.authorityId).value(rate),
             QStringList({QStringLiteral("the plan \u201C%1\u201D").arg(opened.name),
                          QStringLiteral("\u201C%1\u201D").arg(action.title)}));
    // A plan with measures is not removed as if it were empty.
    QVERIFY(!mine->actionPlans().removePlan(planId).ok());

    // Refused: the same indicator twice, a target before the baseline.
    Plan twice = saved;
    twice.measures->append(saved.measures->first());
    twice.measures->last().id = 0;
    QVERIFY(!mine->actionPlans().updatePlan(twice).ok());
    Plan backwards = saved;
    (*backwards.measures)[0].targetOn = QDate(2023, 3, 31);
    QVERIFY(!mine->actionPlans().updatePlan(backwards).ok());
    QCOMPARE(mine->actionPlans().planMeasures(planId).first().targetValue, 72.0);

    // Undone and redone, measure and milestones alike.
    stack.undo();
    QVERIFY(mine->actionPlans().planMeasures(planId).isEmpty());
    QCOMPARE(mine->actionPlans().plan(planId)->name, plan.name);
    stack.redo();
    QCOMPARE(mine->actionPlans().planMeasures(planId).size(), 1);
    QCOMPARE(mine->actionPlans().planMeasures(planId).first().milestones, m.milestones);

    // A colleague's save since the plan was read is not overwritten, and says who and what.
    Plan colleague = *theirs->actionPlans().plan(planId);
    colleague.measures->clear();
    QVERIFY(theirs->actionPlans().updatePlan(colleague).ok());
    Plan stale = saved;
    stale.name = QStringLiteral("My name");
    EditPlanCommand refused(mine->actionPlans(), stale);
    QVERIFY(refused.status().isConflict());
    QVERIFY2(refused.status().error().contains(QLatin1String("since you opened it")) &&
                 refused.status().error().contains(QLatin1String("0 measure")),
             qPrintable(refused.status().error()));
    QVERIFY(mine->actionPlans().planMeasures(planId).isEmpty());
    QString said;
    StoreCommand::setReporter(
        [&said](const StoreCommand::Failure &failure) { said = failure.message; });
    stack.undo();
    StoreCommand::setReporter(nullptr);
    QVERIFY2(said.contains(QLatin1String("since you opened it")), qPrintable(said));
    QCOMPARE(mine->actionPlans().plan(planId)->name, saved.name);
}

// The same for one published figure.
void TestStore::twoEditorsOfOneFigure()
{
    TempDatabase temp;
    auto mine = temp.open();
    auto theirs = temp.open();
    QVERIFY(mine && theirs);
    IndicatorValue v;
    v.authorityId = addBorough(*mine);
    v.indicatorId = mine->indicators().indicator(QStringLiteral("cla_rate"))->id;
    v.period = Period::at(QDate(2023, 3, 31));
    v.value = 72;
    const Result<qint64> added = mine->indicators().addValue(v);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    const qint64 id = added.value();

    IndicatorValue opened = *mine->indicators().value(id);
    QCOMPARE(opened.version.number, 1);
    IndicatorValue colleague = *theirs->indicators().value(id);
    colleague.value = 75;
    QVERIFY(theirs->indicators().updateValue(colleague).ok());

    opened.value = 70;
    EditIndicatorValueCommand refused(mine->indicators(), opened);
    QVERIFY(refused.status().isConflict());
    QVERIFY2(refused.status().error().contains(QLatin1String("since you opened it")),
             qPrintable(refused.status().error()));
    QCOMPARE(mine->indicators().value(id)->value, std::optional(75.0));
    QVERIFY(!mine->indicators().value(id)->version.changedBy.isEmpty());
}

// Deleting what a colleague saved since it was shown is refused as an edit is, for an
// action, an inspection and a figure; deleting the version shown goes ahead, and its undo
// and redo work over the version the undo put back.
void TestStore::deletingOverAColleaguesSaveIsRefused()
{
    TempDatabase temp;
    auto mine = temp.open();
    auto theirs = temp.open();
    QVERIFY(mine && theirs);
    const OneOfEach made = addOneOfEach(*mine, addBorough(*mine));
    const qint64 actionId = made.action;
    const int shownAction = mine->actionPlans().action(actionId)->version.number;
    Action theirAction = *theirs->actionPlans().action(actionId);
    theirAction.leadOfficer = QStringLiteral("Head of service");
    QVERIFY(theirs->actionPlans().updateAction(theirAction).ok());
    RemoveActionCommand removeAction(mine->actionPlans(), actionId, shownAction);
    QVERIFY(removeAction.status().isConflict());
    QVERIFY2(removeAction.status().error().contains(QLatin1String("Head of service")),
             qPrintable(removeAction.status().error()));
    QVERIFY(mine->actionPlans().action(actionId));

    const qint64 inspection = made.inspection;
    const int shownInspection = mine->judgements().record(inspection)->inspection.version.number;
    InspectionRecord theirRecord = *theirs->judgements().record(inspection);
    theirRecord.inspection.summary = QStringLiteral("Their summary");
    QVERIFY(theirs->judgements().updateInspection(theirRecord).ok());
    RemoveInspectionCommand removeInspection(mine->judgements(), inspection, shownInspection);
    QVERIFY(removeInspection.status().isConflict());
    QVERIFY(mine->judgements().record(inspection));

    const qint64 figure = made.figure;
    IndicatorValue theirFigure = *theirs->indicators().value(figure);
    theirFigure.value = 75;
    QVERIFY(theirs->indicators().updateValue(theirFigure).ok());
    RemoveIndicatorValueCommand removeFigure(mine->indicators(), figure, 1);
    QVERIFY(removeFigure.status().isConflict());
    QVERIFY2(removeFigure.status().error().contains(QLatin1String("75")),
             qPrintable(removeFigure.status().error()));
    QCOMPARE(mine->indicators().value(figure)->value, std::optional(75.0));

    // The version now shown is deleted; undo brings it back, redo deletes it again.
    QUndoStack stack;
    stack.push(new RemoveIndicatorValueCommand(mine->indicators(), figure, 2));
    QVERIFY(!mine->indicators().value(figure));
    stack.undo();
    QCOMPARE(mine->indicators().value(figure)->value, std::optional(75.0));
    stack.redo();
    QVERIFY(!mine->indicators().value(figure));
    stack.push(new RemoveActionCommand(mine->actionPlans(), actionId,
                                       mine->actionPlans().action(actionId)->version.number));
    QVERIFY(!mine->actionPlans().action(actionId));
    stack.undo();
    QCOMPARE(mine->actionPlans().action(actionId)->leadOfficer, QStringLiteral("Head of service"));
    stack.redo();
    QVERIFY(!mine->actionPlans().action(actionId));
}

// Saving an edit of an action, an inspection or a figure that a colleague deleted since it
// was shown says it is gone: a failure, not a conflict to reload, and nothing comes back.
void TestStore::savingWhatAColleagueDeletedSaysItIsGone()
{
    TempDatabase temp;
    auto mine = temp.open();
    auto theirs = temp.open();
    QVERIFY(mine && theirs);
    const OneOfEach made = addOneOfEach(*mine, addBorough(*mine));
    const auto gone = [](const Status &s, const char *what) {
        return !s.ok() && !s.isConflict() &&
               s.error() == QStringLiteral("That %1 no longer exists.").arg(QLatin1String(what));
    };

    Action shownAction = *mine->actionPlans().action(made.action);
    QVERIFY(theirs->actionPlans().removeAction(made.action, shownAction.version.number).ok());
    shownAction.leadOfficer = QStringLiteral("Head of service");
    const Status actionSaved = mine->actionPlans().updateAction(shownAction);
    QVERIFY2(gone(actionSaved, "action"), qPrintable(actionSaved.error()));
    QVERIFY(!mine->actionPlans().action(made.action));

    InspectionRecord shownRecord = *mine->judgements().record(made.inspection);
    QVERIFY(theirs->judgements()
                .removeInspection(made.inspection, shownRecord.inspection.version.number)
                .ok());
    shownRecord.inspection.summary = QStringLiteral("My summary");
    const Status inspectionSaved = mine->judgements().updateInspection(shownRecord);
    QVERIFY2(gone(inspectionSaved, "inspection"), qPrintable(inspectionSaved.error()));
    QVERIFY(!mine->judgements().record(made.inspection));

    IndicatorValue shownFigure = *mine->indicators().value(made.figure);
    QVERIFY(theirs->indicators().removeValue(made.figure, shownFigure.version.number).ok());
    shownFigure.value = 70;
    const Status figureSaved = mine->indicators().updateValue(shownFigure);
    QVERIFY2(gone(figureSaved, "figure"), qPrintable(figureSaved.error()));
    QVERIFY(!mine->indicators().value(made.figure));
}

void TestStore::indicatorValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("message"); // empty: accepted
    QTest::newRow("percent in range")
        << QStringLiteral("cla_reviews_in_time_pct") << 96.0 << QString();
    QTest::newRow("percent over 100") << QStringLiteral("cla_reviews_in_time_pct") << 104.0
                                      << QStringLiteral("between 0 and 100");
    QTest::newRow("negative rate")
        << QStringLiteral("cla_rate") << -3.0 << QStringLiteral("cannot be negative");
    QTest::newRow("fractional count")
        << QStringLiteral("cla_count") << 662.5 << QStringLiteral("whole number");
    QTest::newRow("whole count") << QStringLiteral("cla_count") << 662.0 << QString();
}

void TestStore::indicatorValues()
{
    QFETCH(QString, key);
    QFETCH(double, value);
    QFETCH(QString, message);
    TempDatabase temp;
    auto store = temp.open();
    const std::optional<Indicator> indicator = store->indicators().indicator(key);
    QVERIFY(indicator);
    IndicatorValue v;
    v.authorityId = addBorough(*store);
    v.indicatorId = indicator->id;
    v.period = Period::at(QDate(2017, 7, 1), QStringLiteral("at 1 July 2017"));
    v.value = value;
    const Result<qint64> id = store->indicators().addValue(v);
    if (message.isEmpty()) {
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const QList<IndicatorValue> back = store->indicators().values(v.authorityId, indicator->id);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().value, std::optional<double>(value));
        QCOMPARE(back.first().period.label, QStringLiteral("at 1 July 2017"));
    } else {
        QVERIFY(!id.ok());
        QVERIFY2(id.error().contains(message), qPrintable(id.error()));
    }
}

void TestStore::suppressedValueRoundTrip()
{
    TempDatabase temp;
    auto store = temp.open();
    const Indicator indicator = *store->indicators().indicator(QStringLiteral("cpp_repeat_pct"));
    IndicatorValue v;
    v.authorityId = addBorough(*store);
    v.indicatorId = indicator.id;
    v.period = Period::financialYear(2016);
    v.suppression = SuppressionCode::Confidential;
    QVERIFY(store->indicators().addValue(v).ok());
    const IndicatorValue back = store->indicators().values(v.authorityId, indicator.id).first();
    QVERIFY(!back.value);
    QCOMPARE(back.suppression, std::optional(SuppressionCode::Confidential));
    QCOMPARE(back.period.kind, Period::Kind::In);
    QCOMPARE(back.period.start, std::optional(QDate(2016, 4, 1)));
    QCOMPARE(back.period.label, QStringLiteral("2016-17"));
    v.value = 3;
    QVERIFY(!store->indicators().addValue(v).ok()); // both a value and a code
}

void TestStore::sourcesRoundTrip()
{
    TempDatabase temp;
    auto store = temp.open();
    Document d;
    d.title = QStringLiteral("A report");
    d.publisher = QStringLiteral("Ofsted");
    d.issuedOn = QDate(2017, 9, 4);
    const qint64 doc = store->sources().addDocument(d).value();
    const qint64 src = store->sources()
                           .addSource(doc, QStringLiteral("paragraph 44"), QStringLiteral("96%"))
                           .value();
    const SourceReference s = *store->sources().source(src);
    QCOMPARE(s.citation(), QStringLiteral("A report, 4 September 2017, paragraph 44"));
    QCOMPARE(s.excerpt, QStringLiteral("96%"));
}

// A kept statement is prepared once and used again; one still held is never handed to a
// second reader; and once let go it holds no read open, so another connection's write is
// seen by the next statement.
void TestStore::keptStatementsAreReusedNotShared()
{
    TempDatabase temp;
    OpenError error;
    std::unique_ptr<Database> db = Database::open(temp.address(), &error);
    QVERIFY(db);
    const auto add = [](Database &on, qint64 id) {
        return on
            .run(QStringLiteral("INSERT INTO authority (id, name, kind) VALUES (?, ?, "
                                "'local_authority')"),
                 {id, QStringLiteral("Kept %1 (synthetic)").arg(id)})
            .ok();
    };
    for (const qint64 id : {100001, 100002, 100003})
        QVERIFY(add(*db, id));
    const QString sql = QStringLiteral("SELECT id FROM authority WHERE id >= ? ORDER BY id");
    const auto read = [&](qint64 from) {
        QList<qint64> ids;
        const Database::Kept kept = db->keep(sql);
        QSqlQuery &q = kept.query();
        q.addBindValue(from);
        if (q.exec()) {
            while (q.next())
                ids << q.value(0).toLongLong();
        }
        return ids;
    };
    const qint64 preparedBefore = db->statementsPrepared();
    const qint64 reusedBefore = db->statementsReused();
    QCOMPARE(read(100001), (QList<qint64>{100001, 100002, 100003}));
    QCOMPARE(read(100002), (QList<qint64>{100002, 100003}));
    // On a server each is prepared anew (a restart's lost connection is found at preparing).
    const bool kept = db->dialect() == Database::Dialect::Sqlite;
    QCOMPARE(db->statementsPrepared() - preparedBefore, kept ? 1 : 2);
    QCOMPARE(db->statementsReused() - reusedBefore, kept ? 1 : 0);

    // Held while the same SQL is asked for again (a read inside another's loop): the second
    // reader gets a statement of its own and the first's rows go on where they were.
    {
        const Database::Kept outer = db->keep(sql);
        QSqlQuery &q = outer.query();
        q.addBindValue(100001);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 100001);
        QCOMPARE(read(100003), QList<qint64>{100003});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 100002);
    }
    QCOMPARE(db->statementsPrepared() - preparedBefore, kept ? 2 : 4);

    // A reader that stopped at its first row: once it is gone, nothing of it keeps a read
    // open, so a colleague's new row is seen by the next statement on this connection.
    {
        const Database::Kept first = db->keep(sql);
        first.query().addBindValue(100001);
        QVERIFY(first.query().exec());
        QVERIFY(first.query().next());
    }
    std::unique_ptr<Database> colleague = Database::open(temp.address(), &error);
    QVERIFY(colleague);
    QVERIFY(add(*colleague, 100004));
    Result<QSqlQuery> counted =
        db->run(QStringLiteral("SELECT count(*) FROM authority WHERE id >= 100001"));
    QVERIFY(counted.ok());
    QSqlQuery &count = counted.value();
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 4);
    QCOMPARE(read(100001), (QList<qint64>{100001, 100002, 100003, 100004}));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
