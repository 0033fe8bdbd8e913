// The rules a board reads actions by, with a fixed "today".
#include "actions/actionrules.h"

#include <QtTest>

Q_DECLARE_METATYPE(ActionStatus)

class TestActionRules : public QObject
{
    Q_OBJECT
private slots:
    void overdue_data();
    void overdue();
    void currentRagComesFromLatestUpdate();
};

void TestActionRules::overdue_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<ActionStatus>("status");
    QTest::addColumn<int>("rag"); // -1: no update
    QTest::addColumn<bool>("overdue");
    const QDate today(2026, 11, 22);
    Q_UNUSED(today);
    QTest::newRow("due yesterday, in progress, green")
        << QDate(2026, 11, 21) << ActionStatus::InProgress << int(Rag::Green) << true;
    QTest::newRow("due today is not late")
        << QDate(2026, 11, 22) << ActionStatus::InProgress << int(Rag::Green) << false;
    QTest::newRow("due tomorrow") << QDate(2026, 11, 23) << ActionStatus::NotStarted << -1 << false;
    QTest::newRow("past due but complete")
        << QDate(2025, 1, 1) << ActionStatus::Complete << int(Rag::Blue) << false;
    QTest::newRow("past due but closed")
        << QDate(2025, 1, 1) << ActionStatus::Closed << int(Rag::Amber) << false;
    QTest::newRow("past due, blue but not marked complete")
        << QDate(2025, 1, 1) << ActionStatus::InProgress << int(Rag::Blue) << true;
    QTest::newRow("past due, never updated")
        << QDate(2025, 1, 1) << ActionStatus::NotStarted << -1 << true;
    QTest::newRow("no due date") << QDate() << ActionStatus::InProgress << int(Rag::Red) << false;
}

void TestActionRules::overdue()
{
    QFETCH(QDate, due);
    QFETCH(ActionStatus, status);
    QFETCH(int, rag);
    QFETCH(bool, overdue);
    ActionRow row;
    if (due.isValid())
        row.action.dueDate = due;
    row.action.status = status;
    if (rag >= 0) {
        ActionUpdate u;
        u.reportedOn = QDate(2026, 10, 31);
        u.rag = Rag(rag);
        row.latest = u;
    }
    QCOMPARE(ActionRules::isOverdue(row, QDate(2026, 11, 22)), overdue);
}

void TestActionRules::currentRagComesFromLatestUpdate()
{
    ActionRow row;
    QVERIFY(!ActionRules::currentRag(row));
    QCOMPARE(ActionRules::percentComplete(row), 0);
    ActionUpdate u;
    u.rag = Rag::Amber;
    u.percentComplete = 40;
    row.latest = u;
    QCOMPARE(ActionRules::currentRag(row), std::optional(Rag::Amber));
    QCOMPARE(ActionRules::percentComplete(row), 40);
    row.action.status = ActionStatus::Complete;
    QCOMPARE(ActionRules::currentRag(row), std::optional(Rag::Blue));
    QCOMPARE(ActionRules::percentComplete(row), 100);
}

QTEST_GUILESS_MAIN(TestActionRules)
#include "tst_actionrules.moc"
