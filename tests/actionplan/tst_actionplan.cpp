// The action plan store, its models, commands and CSV, on the demo database.
#include "support/tempdatabase.h"

#include "actions/actionfilterproxy.h"
#include "actions/actionplancsv.h"
#include "actions/actionplanstore.h"
#include "actions/actiontablemodel.h"
#include "actions/addactionscommand.h"
#include "actions/addactionupdatecommand.h"
#include "actions/coveragemodel.h"
#include "actions/editactioncommand.h"
#include "actions/removeactioncommand.h"
#include "actions/updatehistorymodel.h"
#include "authorities/authoritystore.h"
#include "demo/demodatabase.h"
#include "demo/syntheticdemo.h"
#include "indicators/indicatorstore.h"
#include "judgements/judgementstore.h"
#include "judgements/recommendationlife.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QUndoStack>
#include <QtTest>

namespace {
const QDate fixedToday(2026, 11, 22);
}

class TestActionPlan : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void tableModelFromHistory();
    void historyIsNeverOverwritten();
    void progressMarksAgreeWithTheHistory();
    void proxyFilters();
    void inPlaceEditIsUndoable();
    void commandsUndoRedo();
    void ragByMonthFromHistory();
    void coverageShowsUncovered();
    void csvRoundTripWithAwkwardFields();
    void csvCarriesMeasures();
    void csvFormulasDoNotRunButReadBack();
    void csvRejectsBadRows_data();
    void csvRejectsBadRows();

private:
    qint64 m_borough = 0;
    qint64 m_plan = 0;
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<Store> m_store;
};

void TestActionPlan::init()
{
    m_temp = std::make_unique<TempDatabase>();
    m_store = m_temp->open();
    QVERIFY(DemoDatabase::populate(*m_store).ok());
    m_borough = m_store->authorities().byName(SyntheticDemo::boroughName())->id;
    m_plan = m_store->actionPlans().plans(m_borough).first().id;
}

void TestActionPlan::cleanup()
{
    m_store.reset();
    m_temp.reset();
}

void TestActionPlan::tableModelFromHistory()
{
    QUndoStack stack;
    ActionTableModel model(m_store->actionPlans(), &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(fixedToday);
    model.setAuthority(m_borough);
    QCOMPARE(model.rowCount(), 28);
    for (int row = 0; row < model.rowCount(); ++row) {
        const ActionRow &r = model.rowAt(row);
        const QList<ActionUpdate> history = m_store->actionPlans().updates(r.action.id);
        QVERIFY(r.latest);
        QCOMPARE(r.latest->id, history.last().id); // current RAG comes from the latest update
        QCOMPARE(r.updateCount, history.size());
        const QModelIndex due = model.index(row, ActionTableModel::DueColumn);
        QCOMPARE(due.data(ActionTableModel::OverdueRole).toBool(),
                 ActionRules::isOverdue(r, fixedToday));
        if (ActionRules::isOverdue(r, fixedToday))
            QVERIFY(due.data().toString().contains(QLatin1String("overdue")));
    }
}

// "Since the last meeting" reads three updates an action, not its history: they must be the
// ones the whole history gives, at dates before, within and after the demo's updates.
void TestActionPlan::progressMarksAgreeWithTheHistory()
{
    ActionPlanStore &plans = m_store->actionPlans();
    const QList<ActionRow> rows = plans.actionRows(m_borough);
    QVERIFY(rows.size() > 5);
    int marked = 0, finished = 0;
    for (const QDate &since : {QDate(2020, 1, 1), QDate(2025, 6, 30), QDate(2026, 9, 17)}) {
        const QDate until = since.addMonths(4);
        const QHash<qint64, ActionPlanStore::ProgressMarks> marks =
            plans.progressMarks(m_borough, since, until);
        QCOMPARE(marks.size(), rows.size());
        for (const ActionRow &row : rows) {
            const QList<ActionUpdate> history = plans.updates(row.action.id); // oldest first
            const ActionUpdate *atSince = nullptr;
            const ActionUpdate *atUntil = nullptr;
            std::optional<QDate> finishedOn;
            for (const ActionUpdate &u : history) {
                if (u.reportedOn <= since)
                    atSince = &u;
                if (u.reportedOn <= until)
                    atUntil = &u;
                if (!finishedOn && (u.rag == Rag::Blue || u.percentComplete >= 100))
                    finishedOn = u.reportedOn;
            }
            const ActionPlanStore::ProgressMarks mark = marks.value(row.action.id);
            const auto same = [](const std::optional<ActionPlanStore::ProgressMark> &got,
                                 const ActionUpdate *want) {
                return got ? want && got->updateId == want->id &&
                                 got->reportedOn == want->reportedOn && got->rag == want->rag
                           : !want;
            };
            QVERIFY2(same(mark.atSince, atSince), qPrintable(row.action.title));
            QVERIFY2(same(mark.atUntil, atUntil), qPrintable(row.action.title));
            QCOMPARE(mark.finishedOn, finishedOn);
            marked += mark.atUntil ? 1 : 0;
            finished += finishedOn ? 1 : 0;
        }
    }
    QVERIFY(marked > 0);
    QVERIFY(finished > 0);
}

void TestActionPlan::historyIsNeverOverwritten()
{
    const Action action = m_store->actionPlans().actions(m_plan).first();
    const QList<ActionUpdate> before = m_store->actionPlans().updates(action.id);
    ActionUpdate u;
    u.actionId = action.id;
    u.reportedOn = before.first().reportedOn; // the same date as an old update
    u.rag = Rag::Red;
    u.percentComplete = 1;
    QVERIFY(m_store->actionPlans().addUpdate(u).ok());
    const QList<ActionUpdate> after = m_store->actionPlans().updates(action.id);
    QCOMPARE(after.size(), before.size() + 1);
    for (const ActionUpdate &old : before) {
        auto it = std::find_if(after.begin(), after.end(),
                               [&](const ActionUpdate &x) { return x.id == old.id; });
        QVERIFY(it != after.end());
        QCOMPARE(it->rag, old.rag);
        QCOMPARE(it->percentComplete, old.percentComplete);
        QCOMPARE(it->note, old.note);
    }
    // Editing an action leaves its history alone.
    Action changed = action;
    changed.title = QStringLiteral("Renamed");
    QVERIFY(m_store->actionPlans().updateAction(changed).ok());
    QCOMPARE(m_store->actionPlans().updates(action.id).size(), after.size());
}

void TestActionPlan::proxyFilters()
{
    ActionTableModel model(m_store->actionPlans(), nullptr);
    model.setToday(fixedToday);
    model.setAuthority(m_borough);
    ActionFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto countIf = [&](auto pred) {
        int n = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            n += pred(model.rowAt(row));
        return n;
    };
    QCOMPARE(proxy.rowCount(), 28);

    proxy.setOverdueOnly(true);
    const int overdue =
        countIf([](const ActionRow &r) { return ActionRules::isOverdue(r, fixedToday); });
    QVERIFY(overdue > 0);
    QCOMPARE(proxy.rowCount(), overdue);
    proxy.setOverdueOnly(false);

    proxy.setStatus(ActionStatus::Complete);
    QCOMPARE(proxy.rowCount(),
             countIf([](const ActionRow &r) { return r.action.status == ActionStatus::Complete; }));
    proxy.setStatus(std::nullopt);

    proxy.setRag(Rag::Red);
    QCOMPARE(proxy.rowCount(),
             countIf([](const ActionRow &r) { return ActionRules::currentRag(r) == Rag::Red; }));
    proxy.setRag(std::nullopt);

    const QString officer = model.rowAt(0).action.leadOfficer;
    proxy.setLeadOfficer(officer);
    QCOMPARE(proxy.rowCount(),
             countIf([&](const ActionRow &r) { return r.action.leadOfficer == officer; }));
    proxy.setLeadOfficer({});

    const qint64 rec = model.rowAt(0).action.recommendationIds.value(0, 0);
    QVERIFY(rec);
    proxy.setRecommendation(rec);
    QCOMPARE(proxy.rowCount(),
             countIf([&](const ActionRow &r) { return r.action.recommendationIds.contains(rec); }));
    proxy.setRecommendation(0);

    proxy.setSearchText(QStringLiteral("PATHWAY"));
    QCOMPARE(proxy.rowCount(), countIf([](const ActionRow &r) {
                 return r.action.title.contains(QLatin1String("pathway"), Qt::CaseInsensitive);
             }));
    proxy.setSearchText({});
    proxy.setPlan(m_plan + 999);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setPlan(0);

    // Sorting by due date uses dates, not their text.
    proxy.sort(ActionTableModel::DueColumn, Qt::AscendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.index(row - 1, ActionTableModel::DueColumn)
                    .data(ActionTableModel::SortRole)
                    .toDate() <= proxy.index(row, ActionTableModel::DueColumn)
                                     .data(ActionTableModel::SortRole)
                                     .toDate());
}

void TestActionPlan::inPlaceEditIsUndoable()
{
    QUndoStack stack;
    ActionTableModel model(m_store->actionPlans(), &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAuthority(m_borough);
    const qint64 id = model.rowAt(0).action.id;
    const QString before = model.rowAt(0).action.leadOfficer;
    QVERIFY(model.setData(model.index(0, ActionTableModel::LeadOfficerColumn),
                          QStringLiteral("Director (synthetic)")));
    QCOMPARE(m_store->actionPlans().action(id)->leadOfficer,
             QStringLiteral("Director (synthetic)"));
    QCOMPARE(model.index(0, ActionTableModel::LeadOfficerColumn).data().toString(),
             QStringLiteral("Director (synthetic)"));
    stack.undo();
    QCOMPARE(m_store->actionPlans().action(id)->leadOfficer, before);
    QVERIFY(
        model.setData(model.index(0, ActionTableModel::StatusColumn), QStringLiteral("closed")));
    QCOMPARE(m_store->actionPlans().action(id)->status, ActionStatus::Closed);
    QSignalSpy refused(&model, &ActionTableModel::editRefused);
    QVERIFY(!model.setData(model.index(0, ActionTableModel::TitleColumn), QStringLiteral("  ")));
    QCOMPARE(refused.count(), 1);
    QVERIFY(
        !model.setData(model.index(0, ActionTableModel::DueColumn), QStringLiteral("31/02/2026")));
    QCOMPARE(stack.count(), 1);
}

void TestActionPlan::commandsUndoRedo()
{
    QUndoStack stack;
    Action a;
    a.planId = m_plan;
    a.title = QStringLiteral("New action");
    a.dueDate = QDate(2027, 1, 31);
    auto *add =
        new AddActionsCommand(m_store->actionPlans(), {{a, std::nullopt}}, QStringLiteral("add"));
    QVERIFY(add->status().ok());
    const qint64 id = add->actionIds().first();
    stack.push(add);

    ActionUpdate u;
    u.actionId = id;
    u.reportedOn = QDate(2026, 11, 30);
    u.rag = Rag::Amber;
    u.percentComplete = 10;
    auto *update = new AddActionUpdateCommand(m_store->actionPlans(), u);
    QVERIFY(update->status().ok());
    stack.push(update);
    QCOMPARE(m_store->actionPlans().updates(id).size(), 1);

    Action changed = *m_store->actionPlans().action(id);
    changed.title = QStringLiteral("Renamed action");
    stack.push(new EditActionCommand(m_store->actionPlans(), changed));
    stack.push(new RemoveActionCommand(m_store->actionPlans(), id));
    QVERIFY(!m_store->actionPlans().action(id));

    stack.undo(); // delete
    QCOMPARE(m_store->actionPlans().action(id)->title, QStringLiteral("Renamed action"));
    QCOMPARE(m_store->actionPlans().updates(id).size(), 1);
    stack.undo(); // edit
    QCOMPARE(m_store->actionPlans().action(id)->title, QStringLiteral("New action"));
    stack.undo(); // update
    QVERIFY(m_store->actionPlans().updates(id).isEmpty());
    stack.undo(); // add
    QVERIFY(!m_store->actionPlans().action(id));
    for (int i = 0; i < 4; ++i)
        stack.redo();
    QVERIFY(!m_store->actionPlans().action(id));
    stack.undo();
    QCOMPARE(m_store->actionPlans().action(id)->title, QStringLiteral("Renamed action"));
    QCOMPARE(m_store->actionPlans().updates(id).first().rag, Rag::Amber);
}

void TestActionPlan::ragByMonthFromHistory()
{
    const QList<ActionPlanStore::MonthRag> months = m_store->actionPlans().ragByMonth(m_plan);
    QVERIFY(months.size() >= 24);
    // At the last month every action that has reported appears once.
    const ActionPlanStore::MonthRag &last = months.last();
    QCOMPARE(last.red + last.amber + last.green + last.blue + last.noUpdate, 28);
    QVERIFY(last.blue > 0);
    for (int i = 1; i < months.size(); ++i)
        QVERIFY(months.at(i - 1).monthEnd < months.at(i).monthEnd);
}

void TestActionPlan::coverageShowsUncovered()
{
    CoverageModel model(m_store->actionPlans());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAuthority(m_borough);
    QHash<RecommendationState, int> states;
    QSet<QString> supersededBy;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto state =
            RecommendationState(model.index(row, 0).data(CoverageModel::StateRole).toInt());
        ++states[state];
        const bool none = model.index(row, 0).data(CoverageModel::UncoveredRole).toBool();
        QCOMPARE(none, state == RecommendationState::Open);
        const QString stands = model.index(row, CoverageModel::StateColumn).data().toString();
        switch (state) {
        case RecommendationState::Open:
            // Carried forward past the 2024 inspection, and no action answers them yet.
            QCOMPARE(stands, QStringLiteral("Open: carried forward, no action yet"));
            QCOMPARE(model.index(row, CoverageModel::ActionsColumn).data().toString(),
                     QStringLiteral("None"));
            break;
        case RecommendationState::Superseded:
            // By the next graded inspection after its own, not by the latest.
            QVERIFY(stands.startsWith(QLatin1String("Superseded by ")));
            supersededBy.insert(stands.mid(14));
            break;
        case RecommendationState::Closed:
            QCOMPARE(stands, QStringLiteral("Closed 29 Sep 2023"));
            QVERIFY(model.index(row, CoverageModel::StateColumn)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(QLatin1String("quality assurance report")));
            break;
        case RecommendationState::Answered:
            QCOMPARE(stands, QStringLiteral("Answered"));
            break;
        }
    }
    QCOMPARE(states.value(RecommendationState::Answered), 4); // the 2024 inspection's four
    QCOMPARE(states.value(RecommendationState::Open), 2);
    QCOMPARE(states.value(RecommendationState::Closed), 1);
    // The 2015 SIF's three, the 2017 SIF's first and the 2021 visit's first.
    QCOMPARE(states.value(RecommendationState::Superseded), 5);
    QCOMPARE(supersededBy,
             (QSet<QString>{QStringLiteral("SIF Mar 2017"), QStringLiteral("ILACS Oct 2019"),
                            QStringLiteral("ILACS Feb 2024")}));
}

void TestActionPlan::csvRoundTripWithAwkwardFields()
{
    QList<ActionRow> rows;
    ActionRow r;
    r.action.title = QStringLiteral("Audit plans, \"properly\"");
    r.action.description = QStringLiteral("Line one\nLine two, with a comma");
    r.action.leadOfficer = QStringLiteral("Head of Service (synthetic)");
    r.action.startDate = QDate(2025, 4, 1);
    r.action.dueDate = QDate(2026, 3, 31);
    r.action.status = ActionStatus::InProgress;
    r.action.successMeasure = QStringLiteral("80% good, or better");
    r.recommendationNumbers = {1, 3};
    ActionUpdate u;
    u.reportedOn = QDate(2026, 10, 31);
    u.rag = Rag::Amber;
    u.percentComplete = 45;
    r.latest = u;
    rows << r;
    const QByteArray bytes = ActionPlanCsv::write(rows);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));

    const QList<Recommendation> recs = m_store->judgements().recommendations(
        m_store->judgements().inspections(m_borough).last().id);
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    const ActionPlanCsv::Parsed parsed = ActionPlanCsv::read(&buffer, recs, fixedToday);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.problems.first().message()));
    QCOMPARE(parsed.actions.size(), 1);
    const Action &back = parsed.actions.first().action;
    QCOMPARE(back.title, r.action.title);
    QCOMPARE(back.description, r.action.description);
    QCOMPARE(back.dueDate, r.action.dueDate);
    QCOMPARE(back.status, ActionStatus::InProgress);
    QCOMPARE(back.successMeasure, r.action.successMeasure);
    QCOMPARE(back.recommendationIds.size(), 2);
    QCOMPARE(parsed.actions.first().progress->rag, Rag::Amber);
    QCOMPARE(parsed.actions.first().progress->percentComplete, 45);
    QCOMPARE(parsed.actions.first().progress->reportedOn, QDate(2026, 10, 31));
}

void TestActionPlan::csvCarriesMeasures()
{
    // The demo's actions with measures go out and come back with them, one a line.
    QList<ActionRow> rows = m_store->actionPlans().actionRows(m_borough);
    ActionPlanCsv::Measures measures;
    measures.byAction = m_store->actionPlans().measuresByAction(m_borough);
    QHash<QString, qint64> ids;
    for (const Indicator &i : m_store->indicators().indicators()) {
        measures.keys.insert(i.id, i.key);
        ids.insert(i.key, i.id);
    }
    QVERIFY(measures.byAction.size() >= 4);
    ImpactMeasure second;
    second.indicatorId = m_store->indicators().indicator(QStringLiteral("cla_rate"))->id;
    second.baselineValue = 61.5;
    second.baselineOn = QDate(2024, 3, 31);
    second.baselineSource = QStringLiteral("Board report (synthetic), p. 4");
    second.targetValue = 58;
    second.targetOn = QDate(2026, 3, 31);
    second.milestones = {{QDate(2025, 3, 31), 60.5}, {QDate(2025, 9, 30), 59}};
    const qint64 twice = measures.byAction.keys().first();
    measures.byAction[twice].append(second);
    // The plan's own measure goes on a row of its own, ahead of the actions.
    measures.wholePlans.append({QStringLiteral("Improvement plan (synthetic)"), {second}});
    QByteArray bytes = ActionPlanCsv::write(rows, measures);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const QList<Recommendation> recs = m_store->judgements().recommendations(
        m_store->judgements().inspections(m_borough).last().id);
    const ActionPlanCsv::Parsed parsed = ActionPlanCsv::read(&buffer, recs, fixedToday, ids);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.problems.first().message()));
    QCOMPARE(parsed.actions.size(), rows.size());
    QVERIFY(parsed.planMeasures);
    QCOMPARE(parsed.planMeasures->size(), 1);
    QCOMPARE(parsed.planMeasures->first().targetValue, second.targetValue);
    QCOMPARE(parsed.planMeasures->first().milestones, second.milestones);
    for (int i = 0; i < rows.size(); ++i) {
        const QList<ImpactMeasure> sent = measures.byAction.value(rows.at(i).action.id);
        const QList<ImpactMeasure> back = *parsed.actions.at(i).action.measures;
        QCOMPARE(back.size(), sent.size());
        for (int m = 0; m < sent.size(); ++m) {
            QCOMPARE(back.at(m).indicatorId, sent.at(m).indicatorId);
            QCOMPARE(back.at(m).baselineValue, sent.at(m).baselineValue);
            QCOMPARE(back.at(m).baselineOn, sent.at(m).baselineOn);
            QCOMPARE(back.at(m).baselineSource, sent.at(m).baselineSource);
            QCOMPARE(back.at(m).targetValue, sent.at(m).targetValue);
            QCOMPARE(back.at(m).targetOn, sent.at(m).targetOn);
            QCOMPARE(back.at(m).milestones, sent.at(m).milestones);
        }
    }
    QCOMPARE(ActionPlanCsv::measureText(second, QStringLiteral("cla_rate")),
             QStringLiteral("cla_rate: 61.5 at 2024-03-31 via 60.5 by 2025-03-31, 59 by "
                            "2025-09-30 to 58 by 2026-03-31 (source: Board report (synthetic), "
                            "p. 4)"));
    // A milestone that is not one is refused, saying what to write.
    QString problem;
    QVERIFY(!ActionPlanCsv::measureFrom(QStringLiteral("cla_rate: 61.5 at 2024-03-31 via 60 in "
                                                       "spring to 58 by 2026-03-31 (source: x)"),
                                        ids, &problem));
    QVERIFY2(problem.contains(QLatin1String("is not a milestone")), qPrintable(problem));

    // A whole-plan row holding an action's fields, the same indicator twice for the plan, and
    // a kind of row that is neither: each said, by row and column, and nothing read.
    QByteArray wrong = QByteArrayLiteral(
        "Title,Status,Impact measures,Kind\n"
        "Improvement plan,in progress,\"cla_rate: 61.5 at 2024-03-31 to 58 by 2026-03-31 "
        "(source: x)\",Whole plan\n"
        "Improvement plan,,\"cla_rate: 61.5 at 2024-03-31 to 58 by 2026-03-31 (source: x)\n"
        "cla_rate: 61.5 at 2024-03-31 to 57 by 2026-03-31 (source: x)\",whole plan\n"
        "An action,,,Task\n");
    QBuffer wrongBuffer(&wrong);
    wrongBuffer.open(QIODevice::ReadOnly);
    const ActionPlanCsv::Parsed refused = ActionPlanCsv::read(&wrongBuffer, recs, fixedToday, ids);
    QStringList said;
    for (const ActionPlanCsv::RowProblem &p : refused.problems)
        said << p.message();
    QCOMPARE(said.size(), 3);
    QVERIFY2(said.at(0).startsWith(QLatin1String("Row 2, column \"Status\": a whole-plan row")),
             qPrintable(said.at(0)));
    QVERIFY2(said.at(1).contains(QLatin1String("Row 3")) &&
                 said.at(1).contains(QLatin1String("the plan measures each indicator once")),
             qPrintable(said.at(1)));
    QVERIFY2(said.at(2).contains(QLatin1String("\"Task\" is not a kind of row")),
             qPrintable(said.at(2)));
    QVERIFY(refused.actions.isEmpty());
}

void TestActionPlan::csvFormulasDoNotRunButReadBack()
{
    QList<ActionRow> rows;
    ActionRow r;
    r.action.title = QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"click\")");
    r.action.leadOfficer = QStringLiteral("@SUM(A1:A9)");
    r.action.description = QStringLiteral("-1+2");
    r.action.successMeasure = QStringLiteral("'quoted already");
    r.action.evidence = QStringLiteral("+44 116 000 0000");
    rows << r;
    const QByteArray bytes = ActionPlanCsv::write(rows);
    // Every such cell begins with an apostrophe, so a spreadsheet shows it as text.
    for (const char *guarded : {"\"'=HYPERLINK(", ",'@SUM(A1:A9),", ",'-1+2,", ",''quoted already,",
                                ",'+44 116 000 0000"}) {
        QVERIFY2(bytes.contains(guarded), guarded);
    }
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    const ActionPlanCsv::Parsed parsed = ActionPlanCsv::read(&buffer, {}, fixedToday);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.problems.first().message()));
    const Action &back = parsed.actions.first().action;
    QCOMPARE(back.title, r.action.title);
    QCOMPARE(back.leadOfficer, r.action.leadOfficer);
    QCOMPARE(back.description, r.action.description);
    QCOMPARE(back.successMeasure, r.action.successMeasure);
    QCOMPARE(back.evidence, r.action.evidence);
}

void TestActionPlan::csvRejectsBadRows_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no title") << QByteArray(",desc,,,,,,,,,,,") << QStringLiteral("Title")
                              << QStringLiteral("needs a title");
    QTest::newRow("bad date") << QByteArray("T,,,,,2025-01-01,31/02/2026,,,,,,")
                              << QStringLiteral("Due date") << QStringLiteral("not a date");
    QTest::newRow("due before start")
        << QByteArray("T,,,,,2025-06-01,2025-01-01,,,,,,") << QStringLiteral("Due date")
        << QStringLiteral("before the start");
    QTest::newRow("unknown recommendation")
        << QByteArray("T,,9,,,,,,,,,,") << QStringLiteral("Recommendations")
        << QStringLiteral("no recommendation numbered");
    QTest::newRow("bad status") << QByteArray("T,,,,,,,Finished-ish,,,,,")
                                << QStringLiteral("Status") << QStringLiteral("not a status");
    QTest::newRow("bad RAG") << QByteArray("T,,,,,,,,purple,10,,,") << QStringLiteral("RAG")
                             << QStringLiteral("not a RAG");
    QTest::newRow("percent out of range")
        << QByteArray("T,,,,,,,,green,140,,,") << QStringLiteral("Percent complete")
        << QStringLiteral("0 to 100");
    QTest::newRow("percent without RAG") << QByteArray("T,,,,,,,,,50,,,") << QStringLiteral("RAG")
                                         << QStringLiteral("without a RAG");
    QTest::newRow("measure not in form")
        << QByteArray("T,,,,,,,,,,,,,cla_rate down to 72") << QStringLiteral("Impact measures")
        << QStringLiteral("is not a measure");
    QTest::newRow("measure of no indicator")
        << QByteArray("T,,,,,,,,,,,,,\"cla_rat: 80 at 2024-03-31 to 72 by 2026-03-31 (source: x)\"")
        << QStringLiteral("Impact measures") << QStringLiteral("no indicator with the key");
    QTest::newRow("measure's target before its baseline")
        << QByteArray(
               "T,,,,,,,,,,,,,\"cla_rate: 80 at 2024-03-31 to 72 by 2023-03-31 (source: x)\"")
        << QStringLiteral("Impact measures") << QStringLiteral("not after the baseline");
    QTest::newRow("measure's date")
        << QByteArray(
               "T,,,,,,,,,,,,,\"cla_rate: 80 at 2024-02-30 to 72 by 2026-03-31 (source: x)\"")
        << QStringLiteral("Impact measures") << QStringLiteral("not a date");
}

void TestActionPlan::csvRejectsBadRows()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, column);
    QFETCH(QString, reason);
    QByteArray bytes = ActionPlanCsv::header().join(QLatin1Char(',')).toUtf8() + "\r\n";
    bytes += "Good row,,1,,,2025-01-01,2025-12-31,In progress,green,20,,,\r\n";
    bytes += "\"A row\nthat spans lines\",,,,,,,,,,,,\r\n";
    bytes += row + "\r\n";
    const QList<Recommendation> recs = m_store->judgements().recommendations(
        m_store->judgements().inspections(m_borough).last().id);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QHash<QString, qint64> keys;
    for (const Indicator &i : m_store->indicators().indicators())
        keys.insert(i.key, i.id);
    const ActionPlanCsv::Parsed parsed = ActionPlanCsv::read(&buffer, recs, fixedToday, keys);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.problems.size(), 1);
    const ActionPlanCsv::RowProblem &p = parsed.problems.first();
    QCOMPARE(p.row, 4); // header is row 1; the row with a line break counts once
    QCOMPARE(p.column, column);
    QVERIFY2(p.reason.contains(reason), qPrintable(p.reason));
    QVERIFY(p.message().startsWith(QStringLiteral("Row 4, column \"%1\"").arg(column)));
}

QTEST_GUILESS_MAIN(TestActionPlan)
#include "tst_actionplan.moc"
