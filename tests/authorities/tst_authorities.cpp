// The built-in list of English authorities: every one there from the first start, with its
// codes, region, statistical neighbours and reorganisations.
#include "support/tempdatabase.h"

#include "authorities/authoritylistmodel.h"
#include "authorities/authoritystore.h"
#include "indicators/indicatorstore.h"

#include <QAbstractItemModelTester>
#include <QtTest>

class TestAuthorities : public QObject
{
    Q_OBJECT
private slots:
    void everyAuthorityIsBuiltIn();
    void codes_data();
    void codes();
    void reorganisations();
    void neighboursAreDfEs();
    void listShowsEndedAuthorities();
};

void TestAuthorities::everyAuthorityIsBuiltIn()
{
    TempDatabase temp;
    auto store = temp.open();
    QVERIFY(store);
    QVERIFY(store->isEmpty()); // built-in lists are not user data
    int current = 0, ended = 0, regions = 0, countries = 0;
    for (const Authority &a : store->authorities().all()) {
        QVERIFY2(!a.synthetic, qPrintable(a.name));
        QVERIFY2(!a.onsCode.isEmpty(), qPrintable(a.name));
        switch (a.kind) {
        case AuthorityKind::LocalAuthority:
            (a.endedOn ? ended : current) += 1;
            QVERIFY2(a.regionId, qPrintable(a.name));
            QVERIFY2(a.laNumber, qPrintable(a.name));
            break;
        case AuthorityKind::Region:
            ++regions;
            break;
        case AuthorityKind::Country:
            ++countries;
            break;
        }
    }
    QCOMPARE(current, 153);
    QCOMPARE(ended, 5);
    QCOMPARE(regions, 9);
    QCOMPARE(countries, 1);
}

void TestAuthorities::codes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("laNumber");
    QTest::addColumn<QString>("region");

    QTest::newRow("unitary") << "E06000016"
                             << "Leicester" << 856 << "East Midlands";
    QTest::newRow("county") << "E10000018"
                            << "Leicestershire" << 855 << "East Midlands";
    QTest::newRow("name with a comma")
        << "E06000010"
        << "Kingston Upon Hull, City of" << 810 << "Yorkshire and The Humber";
    // The reference list gives this county a wrong region code; its region name is right.
    QTest::newRow("region by name") << "E10000013"
                                    << "Gloucestershire" << 916 << "South West";
    QTest::newRow("former ONS code") << "E08000016"
                                     << "Barnsley" << 370 << "Yorkshire and The Humber";
    QTest::newRow("new Dorset") << "E06000059"
                                << "Dorset" << 838 << "South West";
    QTest::newRow("old Dorset") << "E10000009"
                                << "Dorset (until 2019)" << 835 << "South West";
}

void TestAuthorities::codes()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(int, laNumber);
    QFETCH(QString, region);
    TempDatabase temp;
    auto store = temp.open();
    const std::optional<Authority> a = store->authorities().byCode(code);
    QVERIFY(a);
    QCOMPARE(a->name, name);
    QCOMPARE(a->laNumber, std::optional(laNumber));
    QCOMPARE(store->authorities().byId(*a->regionId)->name, region);
    QCOMPARE(store->authorities().byLaNumber(laNumber)->id, a->id);
}

void TestAuthorities::reorganisations()
{
    TempDatabase temp;
    auto store = temp.open();
    const std::optional<Authority> northants =
        store->authorities().byCode(QStringLiteral("E10000021"));
    QVERIFY(northants);
    QCOMPARE(northants->endedOn, std::optional(QDate(2021, 4, 1)));
    QCOMPARE(northants->label(), QStringLiteral("Northamptonshire, until March 2021"));
    QVERIFY(northants->existedOn(QDate(2021, 3, 31)));
    QVERIFY(!northants->existedOn(QDate(2021, 4, 1)));
    QList<QString> successors;
    for (qint64 id : store->authorities().successors(northants->id))
        successors << store->authorities().byId(id)->onsCode;
    std::sort(successors.begin(), successors.end());
    QCOMPARE(successors,
             (QList<QString>{QStringLiteral("E06000061"), QStringLiteral("E06000062")}));
    const std::optional<Authority> leicester =
        store->authorities().byCode(QStringLiteral("E06000016"));
    QCOMPARE(leicester->label(), QStringLiteral("Leicester"));
    QVERIFY(store->authorities().successors(leicester->id).isEmpty());
}

void TestAuthorities::neighboursAreDfEs()
{
    TempDatabase temp;
    auto store = temp.open();
    const qint64 leicester = store->authorities().byCode(QStringLiteral("E06000016"))->id;
    QList<QString> codes;
    for (qint64 id : store->indicators().neighbours(leicester))
        codes << store->authorities().byId(id)->onsCode;
    QCOMPARE(codes.size(), 10);
    QCOMPARE(codes.first(), QStringLiteral("E06000032")); // Luton, the closest
    QVERIFY(codes.contains(QStringLiteral("E08000032"))); // Bradford
    // A neighbour listed under the code ONS has since replaced (Sheffield) is found.
    const qint64 derby = store->authorities().byCode(QStringLiteral("E06000015"))->id;
    QCOMPARE(store->indicators().neighbours(derby).size(), 10);
}

void TestAuthorities::listShowsEndedAuthorities()
{
    TempDatabase temp;
    auto store = temp.open();
    AuthorityListModel model(store->authorities());
    QAbstractItemModelTester tester(&model);
    const qint64 northants = store->authorities().byCode(QStringLiteral("E10000021"))->id;
    const QModelIndex index = model.index(model.rowOf(northants));
    QCOMPARE(index.data().toString(), QStringLiteral("Northamptonshire, until March 2021"));
    QCOMPARE(index.data(Qt::EditRole).toString(), QStringLiteral("Northamptonshire"));
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QLatin1String("ended on")));
}

QTEST_GUILESS_MAIN(TestAuthorities)
#include "tst_authorities.moc"
