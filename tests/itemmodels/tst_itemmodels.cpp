// The item models over the store, each checked by QAbstractItemModelTester, and how they
// follow the store's change signals.
#include "support/tempdatabase.h"

#include "authorities/authoritylistmodel.h"
#include "authorities/authoritystore.h"
#include "demo/demodatabase.h"
#include "judgements/inspectionlistmodel.h"
#include "judgements/judgementstore.h"
#include "judgements/openrecommendationmodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

class TestItemModels : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void authorityList();
    void authoritySearchByCode();
    void inspectionList();
    void inspectionListFollowsStore();
    void openRecommendations();

private:
    qint64 idOf(const QString &name) const { return m_store->authorities().byName(name)->id; }
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<Store> m_store;
};

void TestItemModels::init()
{
    m_temp = std::make_unique<TempDatabase>();
    m_store = m_temp->open();
    QVERIFY(m_store);
    QVERIFY(DemoDatabase::populate(*m_store).ok());
}

void TestItemModels::cleanup()
{
    m_store.reset();
    m_temp.reset();
}

void TestItemModels::authorityList()
{
    AuthorityListModel model(m_store->authorities());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.rowCount() >= 5);
    // Aggregates first: England, then regions, then authorities by name.
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("England"));
    const int row = model.rowOf(idOf(QStringLiteral("Leicester")));
    QVERIFY(row > 0);
    QCOMPARE(model.index(row, 0).data(AuthorityListModel::IdRole).toLongLong(),
             idOf(QStringLiteral("Leicester")));
    QVERIFY(
        model.index(row, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("E06000016")));

    Authority a;
    a.name = QStringLiteral("Added Borough (synthetic)");
    a.synthetic = true;
    const int before = model.rowCount();
    QVERIFY(m_store->authorities().add(a).ok());
    QCOMPARE(model.rowCount(), before + 1);
}

void TestItemModels::authoritySearchByCode()
{
    AuthorityListModel model(m_store->authorities());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterRole(AuthorityListModel::SearchTextRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterFixedString(QStringLiteral("855"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Leicestershire"));
    proxy.setFilterFixedString(QStringLiteral("leic"));
    QCOMPARE(proxy.rowCount(), 2);
}

void TestItemModels::inspectionList()
{
    InspectionListModel model(m_store->judgements(), m_store->sources());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    // 2015 (as the 2017 report records it), 2017, and the 2021 and 2024 reports.
    model.setAuthority(idOf(QStringLiteral("Leicester")));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(2, InspectionListModel::OverallColumn).data().toString(),
             QStringLiteral("Good"));
    QCOMPARE(model.index(3, InspectionListModel::OverallColumn).data().toString(),
             QStringLiteral("Requires improvement"));
    QCOMPARE(model.index(0, InspectionListModel::OverallColumn).data().toString(),
             QStringLiteral("Inadequate"));
    QCOMPARE(model.index(1, InspectionListModel::OverallColumn).data().toString(),
             QStringLiteral("Requires improvement"));
    QCOMPARE(model.index(1, InspectionListModel::DatesColumn).data().toString(),
             QStringLiteral("19 June to 13 July 2017"));
    QCOMPARE(model.index(1, InspectionListModel::OverallColumn)
                 .data(InspectionListModel::GradeRole)
                 .toString(),
             QStringLiteral("requires_improvement"));
    QVERIFY(model.index(1, InspectionListModel::SourceColumn)
                .data()
                .toString()
                .contains(QLatin1String("Ofsted")));
    QVERIFY(model.index(1, InspectionListModel::SourceColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("Front page")));

    model.setAuthority(idOf(QStringLiteral("Leicestershire")));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(2, InspectionListModel::OverallColumn).data().toString(),
             QStringLiteral("Not graded"));
    QCOMPARE(model.index(4, InspectionListModel::OverallColumn).data().toString(),
             QStringLiteral("Outstanding"));
}

void TestItemModels::inspectionListFollowsStore()
{
    InspectionListModel model(m_store->judgements(), m_store->sources());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 rutland = idOf(QStringLiteral("Rutland"));
    model.setAuthority(rutland);
    QCOMPARE(model.rowCount(), 0);
    InspectionRecord r;
    r.inspection.authorityId = idOf(QStringLiteral("Leicester"));
    r.inspection.framework = Framework::MonitoringVisit;
    r.inspection.startDate = QDate(2024, 1, 9);
    QVERIFY(m_store->judgements().addInspection(r).ok());
    QCOMPARE(model.rowCount(), 0); // another authority's change leaves this one alone
    r.inspection.authorityId = rutland;
    const qint64 id = m_store->judgements().addInspection(r).value();
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(m_store->judgements().removeInspection(id).ok());
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::openRecommendations()
{
    OpenRecommendationModel model(m_store->judgements());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Leicester: the five of its 2024 short inspection; the 2017 and 2021 ones are superseded.
    model.setAuthority(idOf(QStringLiteral("Leicester")));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0, OpenRecommendationModel::NumberColumn).data().toString(),
             QStringLiteral("1"));
    QCOMPARE(model.index(0, OpenRecommendationModel::ActionsColumn).data().toString(),
             QStringLiteral("No action yet"));
    QVERIFY(model.index(0, OpenRecommendationModel::InspectionColumn)
                .data()
                .toString()
                .endsWith(QLatin1String("2024")));
    // Leicestershire: the two of its 2024 inspection; the 2019 inspection's six and the
    // 2022 visit's areas for improvement are superseded by it.
    model.setAuthority(idOf(QStringLiteral("Leicestershire")));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, OpenRecommendationModel::NumberColumn).data().toString(),
             QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
