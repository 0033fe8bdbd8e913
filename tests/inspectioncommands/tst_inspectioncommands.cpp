// Undo and redo of inspection edits, checked through the store.
#include "support/tempdatabase.h"

#include "actions/actionplanstore.h"
#include "authorities/authoritystore.h"
#include "judgements/addinspectioncommand.h"
#include "judgements/editinspectioncommand.h"
#include "judgements/removeinspectioncommand.h"

#include <QUndoStack>
#include <QtTest>

class TestInspectionCommands : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addUndoRedo();
    void invalidAddIsNotPushed();
    void editUndoRedo();
    void removeUndoKeepsRecommendationsAndActionLinks();

private:
    InspectionRecord sample() const;
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<Store> m_store;
    qint64 m_authority = 0;
};

void TestInspectionCommands::init()
{
    m_temp = std::make_unique<TempDatabase>();
    m_store = m_temp->open();
    Authority a;
    a.name = QStringLiteral("Undo Borough (synthetic)");
    a.synthetic = true;
    m_authority = m_store->authorities().add(a).value();
}

void TestInspectionCommands::cleanup()
{
    m_store.reset();
    m_temp.reset();
}

InspectionRecord TestInspectionCommands::sample() const
{
    InspectionRecord r;
    r.inspection.authorityId = m_authority;
    r.inspection.framework = Framework::IlacsStandard;
    r.inspection.startDate = QDate(2019, 9, 9);
    r.inspection.endDate = QDate(2019, 9, 20);
    r.judgements.append(
        {0, 0, JudgementArea::Overall, QString(), Grade::RequiresImprovement, std::nullopt});
    Recommendation rec;
    rec.number = 1;
    rec.text = QStringLiteral("Improve plans.");
    r.recommendations.append(rec);
    return r;
}

void TestInspectionCommands::addUndoRedo()
{
    QUndoStack stack;
    auto *command = new AddInspectionCommand(m_store->judgements(), sample());
    QVERIFY(command->status().ok());
    const qint64 id = command->inspectionId();
    stack.push(command);
    QCOMPARE(m_store->judgements().inspections(m_authority).size(), 1);
    stack.undo();
    QVERIFY(m_store->judgements().inspections(m_authority).isEmpty());
    stack.redo();
    const QList<Inspection> back = m_store->judgements().inspections(m_authority);
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().id, id);
    QCOMPARE(m_store->judgements().judgements(id).first().grade, Grade::RequiresImprovement);
    QCOMPARE(m_store->judgements().recommendations(id).first().text,
             QStringLiteral("Improve plans."));
}

void TestInspectionCommands::invalidAddIsNotPushed()
{
    InspectionRecord r = sample();
    r.inspection.endDate = QDate(2019, 1, 1);
    AddInspectionCommand command(m_store->judgements(), r);
    QVERIFY(!command.status().ok());
    QVERIFY(command.status().error().contains(QLatin1String("before the first day")));
    QVERIFY(m_store->judgements().inspections(m_authority).isEmpty());
}

void TestInspectionCommands::editUndoRedo()
{
    QUndoStack stack;
    auto *add = new AddInspectionCommand(m_store->judgements(), sample());
    stack.push(add);
    InspectionRecord changed = *m_store->judgements().record(add->inspectionId());
    changed.judgements.first().grade = Grade::Good;
    changed.inspection.publishedOn = QDate(2019, 11, 1);
    auto *edit = new EditInspectionCommand(m_store->judgements(), changed);
    QVERIFY2(edit->status().ok(), qPrintable(edit->status().error()));
    stack.push(edit);
    QCOMPARE(m_store->judgements().judgements(add->inspectionId()).first().grade, Grade::Good);
    stack.undo();
    InspectionRecord now = *m_store->judgements().record(add->inspectionId());
    QCOMPARE(now.judgements.first().grade, Grade::RequiresImprovement);
    QVERIFY(!now.inspection.publishedOn);
    stack.redo();
    now = *m_store->judgements().record(add->inspectionId());
    QCOMPARE(now.judgements.first().grade, Grade::Good);
    QCOMPARE(now.inspection.publishedOn, std::optional(QDate(2019, 11, 1)));
}

void TestInspectionCommands::removeUndoKeepsRecommendationsAndActionLinks()
{
    QUndoStack stack;
    auto *add = new AddInspectionCommand(m_store->judgements(), sample());
    stack.push(add);
    const qint64 id = add->inspectionId();
    const qint64 recId = m_store->judgements().recommendations(id).first().id;
    Plan plan;
    plan.authorityId = m_authority;
    plan.name = QStringLiteral("Plan");
    Action action;
    action.planId = m_store->actionPlans().addPlan(plan).value();
    action.title = QStringLiteral("Audit plans");
    action.recommendationIds = {recId};
    const qint64 actionId = m_store->actionPlans().addAction(action).value();

    auto *remove = new RemoveInspectionCommand(m_store->judgements(), id);
    QVERIFY(remove->status().ok());
    stack.push(remove);
    QVERIFY(m_store->judgements().inspections(m_authority).isEmpty());
    QVERIFY(m_store->actionPlans().actions(action.planId).first().recommendationIds.isEmpty());
    stack.undo();
    QCOMPARE(m_store->judgements().recommendations(id).first().id, recId);
    const Action back = m_store->actionPlans().actions(action.planId).first();
    QCOMPARE(back.id, actionId);
    QCOMPARE(back.recommendationIds, QList<qint64>{recId});
    stack.redo();
    QVERIFY(m_store->judgements().inspections(m_authority).isEmpty());
}

QTEST_GUILESS_MAIN(TestInspectionCommands)
#include "tst_inspectioncommands.moc"
