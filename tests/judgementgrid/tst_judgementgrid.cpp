// The judgements grid and the comparison of authorities, on the demo database.
#include "support/tempdatabase.h"

#include "authorities/authoritystore.h"
#include "demo/demodatabase.h"
#include "judgements/gradecomparisonmodel.h"
#include "judgements/judgementgridmodel.h"
#include "judgements/judgementstore.h"

#include <QAbstractItemModelTester>
#include <QtTest>

class TestJudgementGrid : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void leicesterMovesFromInadequate();
    void jointIlacsAreaFillsTwoRows();
    void visitsAreNotColumns();
    void tooltipNamesAreaAndSource();
    void compareAuthorities();
    void gridFollowsStore();

private:
    qint64 idOf(const QString &name) const { return m_store->authorities().byName(name)->id; }
    int rowOf(const JudgementGridModel &model, AreaRow row) const
    {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.areaRow(r) == row)
                return r;
        }
        return -1;
    }
    TempDatabase *m_temp = nullptr;
    std::unique_ptr<Store> m_store;
};

void TestJudgementGrid::initTestCase()
{
    m_temp = new TempDatabase;
    m_store = m_temp->open();
    QVERIFY(DemoDatabase::populate(*m_store).ok());
}

void TestJudgementGrid::cleanupTestCase()
{
    m_store.reset();
    delete m_temp;
}

void TestJudgementGrid::leicesterMovesFromInadequate()
{
    JudgementGridModel model(m_store->judgements(), m_store->sources());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // SIF 2015 and 2017 (from the seeds), ILACS 2021 and the short ILACS of 2024 (their reports).
    model.setAuthority(idOf(QStringLiteral("Leicester")));
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(),
             QStringLiteral("ILACS short\nSep 2024"));
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Overall effectiveness"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("SIF\nJun 2017"));
    const int overall = rowOf(model, AreaRow::Overall);
    QCOMPARE(model.index(overall, 0).data().toString(), QStringLiteral("Inadequate"));
    QCOMPARE(model.index(overall, 1).data().toString(), QStringLiteral("Requires improvement"));
    const int leadership = rowOf(model, AreaRow::Leadership);
    QCOMPARE(model.index(leadership, 0).data(JudgementGridModel::GradeRole).toString(),
             QStringLiteral("inadequate"));
    QCOMPARE(model.index(leadership, 1).data(JudgementGridModel::GradeRole).toString(),
             QStringLiteral("good"));
    // SIF's "children looked after and achieving permanence" sits in the children in care row.
    const int care = rowOf(model, AreaRow::ChildrenInCare);
    QCOMPARE(model.index(care, 1).data(JudgementGridModel::AreaTitleRole).toString(),
             QStringLiteral("2. Children looked after and achieving permanence"));
    QCOMPARE(model.index(overall, 1).data(Qt::BackgroundRole).value<QColor>(),
             Grades::colour(Grade::RequiresImprovement));
}

void TestJudgementGrid::jointIlacsAreaFillsTwoRows()
{
    JudgementGridModel model(m_store->judgements(), m_store->sources());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAuthority(idOf(QStringLiteral("Leicestershire")));
    QCOMPARE(model.columnCount(), 3); // SIF 2016, ILACS 2019, ILACS 2024
    const int care = rowOf(model, AreaRow::ChildrenInCare);
    const int leavers = rowOf(model, AreaRow::CareLeavers);
    QCOMPARE(model.index(care, 0).data().toString(), QStringLiteral("Requires improvement"));
    QCOMPARE(model.index(care, 1).data().toString(), QStringLiteral("Good (joint)"));
    QCOMPARE(model.index(leavers, 1).data().toString(), QStringLiteral("Good (joint)"));
    const int adoption = rowOf(model, AreaRow::Adoption);
    QCOMPARE(model.index(adoption, 1).data().toString(), QStringLiteral("not graded"));
    QVERIFY(model.index(adoption, 1).data(JudgementGridModel::GradeRole).toString().isEmpty());
}

void TestJudgementGrid::visitsAreNotColumns()
{
    JudgementGridModel model(m_store->judgements(), m_store->sources());
    model.setAuthority(idOf(QStringLiteral("Example Borough (synthetic)")));
    QCOMPARE(model.columnCount(), 4); // 2 SIF, 2 ILACS; monitoring and focused visits left out
    QCOMPARE(model.rowCount(), 7);
}

void TestJudgementGrid::tooltipNamesAreaAndSource()
{
    JudgementGridModel model(m_store->judgements(), m_store->sources());
    model.setAuthority(idOf(QStringLiteral("Leicester")));
    const QString tip = model.index(0, 1).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(
                 QLatin1String("Children's services in Leicester require improvement to be good")),
             qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("Source: Leicester City Council")), qPrintable(tip));
}

void TestJudgementGrid::compareAuthorities()
{
    GradeComparisonModel model(m_store->judgements(), m_store->authorities());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAuthorities({idOf(QStringLiteral("Leicester")), idOf(QStringLiteral("Leicestershire")),
                          idOf(QStringLiteral("Example Borough (synthetic)"))});
    QCOMPARE(model.rowCount(), 4 + 3 + 4);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.index(row - 1, 0).data(GradeComparisonModel::DateRole).toDate() <=
                model.index(row, 0).data(GradeComparisonModel::DateRole).toDate());
    model.setAreaRow(AreaRow::CareLeavers);
    // Leicestershire's joint 2019 grade counts for care leavers too.
    bool joint = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        joint |= model.index(row, GradeComparisonModel::AuthorityColumn).data().toString() ==
                     QLatin1String("Leicestershire") &&
                 model.index(row, GradeComparisonModel::GradeColumn).data().toString() ==
                     QLatin1String("Good");
    }
    QVERIFY(joint);
}

void TestJudgementGrid::gridFollowsStore()
{
    JudgementGridModel model(m_store->judgements(), m_store->sources());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 rutland = idOf(QStringLiteral("Rutland"));
    model.setAuthority(rutland);
    QCOMPARE(model.columnCount(), 0);
    InspectionRecord r;
    r.inspection.authorityId = rutland;
    r.inspection.framework = Framework::IlacsShort;
    r.inspection.startDate = QDate(2030, 1, 7);
    r.judgements.append({0, 0, JudgementArea::Overall, QString(), Grade::Good, std::nullopt});
    const Result<qint64> id = m_store->judgements().addInspection(r);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(model.columnCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Good"));
    QVERIFY(m_store->judgements().removeInspection(id.value()).ok());
    QCOMPARE(model.columnCount(), 0);
}

QTEST_GUILESS_MAIN(TestJudgementGrid)
#include "tst_judgementgrid.moc"
