// Indicator rules, comparisons and models on the demo database.
#include "support/tempdatabase.h"

#include "authorities/authoritystore.h"
#include "demo/demodatabase.h"
#include "demo/syntheticdemo.h"
#include "indicators/indicatorbenchmarkmodel.h"
#include "indicators/indicatorcomparison.h"
#include "indicators/indicatorrules.h"
#include "indicators/indicatorstore.h"
#include "indicators/indicatorsummarymodel.h"
#include "indicators/indicatorvaluemodel.h"
#include "indicators/setneighbourscommand.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>
#include <QtTest>

Q_DECLARE_METATYPE(Polarity)

class TestIndicators : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void improvement_data();
    void improvement();
    void againstTarget_data();
    void againstTarget();
    void periodsPlaceFiguresInTime();
    void comparatorsForRealAndSynthetic();
    void neighbourMeanIsComputed();
    void summaryModel();
    void valueModelShowsSuppressionAndEdits();
    void neighboursAreUndoable();
    void neighboursSavedOverAColleaguesAreRefused();
    void rankAndQuartile_data();
    void rankAndQuartile();
    void ranksFollowEveryChange();

private:
    qint64 idOf(const QString &name) const { return m_store->authorities().byName(name)->id; }
    qint64 indicatorId(const char *key) const
    {
        return m_store->indicators().indicator(QLatin1String(key))->id;
    }
    TempDatabase *m_temp = nullptr;
    std::unique_ptr<Store> m_store;
};

void TestIndicators::initTestCase()
{
    m_temp = new TempDatabase;
    m_store = m_temp->open();
    QVERIFY(DemoDatabase::populate(*m_store).ok());
}

void TestIndicators::cleanupTestCase()
{
    m_store.reset();
    delete m_temp;
}

void TestIndicators::improvement_data()
{
    QTest::addColumn<Polarity>("polarity");
    QTest::addColumn<double>("previous");
    QTest::addColumn<double>("latest");
    QTest::addColumn<int>("expected"); // 2: no reading
    QTest::newRow("higher better, up") << Polarity::HigherIsBetter << 60.0 << 65.0 << 1;
    QTest::newRow("higher better, down") << Polarity::HigherIsBetter << 60.0 << 55.0 << -1;
    QTest::newRow("lower better, down") << Polarity::LowerIsBetter << 24.0 << 20.0 << 1;
    QTest::newRow("lower better, up") << Polarity::LowerIsBetter << 24.0 << 26.0 << -1;
    QTest::newRow("no change") << Polarity::LowerIsBetter << 24.0 << 24.0 << 0;
    QTest::newRow("rate of children looked after: neither")
        << Polarity::Neither << 79.0 << 80.0 << 2;
}

void TestIndicators::improvement()
{
    QFETCH(Polarity, polarity);
    QFETCH(double, previous);
    QFETCH(double, latest);
    QFETCH(int, expected);
    const std::optional<int> got = IndicatorRules::improvement(polarity, previous, latest);
    if (expected == 2)
        QVERIFY(!got);
    else
        QCOMPARE(got, std::optional(expected));
}

void TestIndicators::againstTarget_data()
{
    QTest::addColumn<Polarity>("polarity");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("target");
    QTest::addColumn<int>("rag"); // -1: none
    QTest::newRow("met, higher") << Polarity::HigherIsBetter << 96.0 << 95.0 << int(Rag::Green);
    QTest::newRow("close, higher") << Polarity::HigherIsBetter << 92.0 << 95.0 << int(Rag::Amber);
    QTest::newRow("missed, higher") << Polarity::HigherIsBetter << 80.0 << 95.0 << int(Rag::Red);
    QTest::newRow("met, lower") << Polarity::LowerIsBetter << 18.0 << 20.0 << int(Rag::Green);
    QTest::newRow("close, lower") << Polarity::LowerIsBetter << 20.5 << 20.0 << int(Rag::Amber);
    QTest::newRow("missed, lower") << Polarity::LowerIsBetter << 25.0 << 20.0 << int(Rag::Red);
    QTest::newRow("no better direction") << Polarity::Neither << 80.0 << 70.0 << -1;
}

void TestIndicators::againstTarget()
{
    QFETCH(Polarity, polarity);
    QFETCH(double, value);
    QFETCH(double, target);
    QFETCH(int, rag);
    const std::optional<Rag> got = IndicatorRules::againstTarget(polarity, value, target);
    if (rag < 0)
        QVERIFY(!got);
    else
        QCOMPARE(got, std::optional(Rag(rag)));
}

void TestIndicators::periodsPlaceFiguresInTime()
{
    QCOMPARE(Period::at(QDate(2017, 3, 31)).chartDate(), QDate(2017, 3, 31));
    const Period year = Period::financialYear(2016);
    QCOMPARE(year.label, QStringLiteral("2016-17"));
    QCOMPARE(year.chartDate(), QDate(2016, 9, 30)); // the middle of the year
    QVERIFY(!Period::in(QDate(2017, 1, 1), QDate(2016, 1, 1)).validate().isEmpty());
    QCOMPARE(Period::at(QDate(2017, 7, 1)).displayLabel(), QStringLiteral("at 1 July 2017"));
}

void TestIndicators::comparatorsForRealAndSynthetic()
{
    const QList<ComparisonSeries> real = IndicatorComparison::build(
        *m_store, idOf(QStringLiteral("Leicester")), indicatorId("cla_rate"));
    QCOMPARE(real.first().kind, ComparisonSeries::Kind::Authority);
    // Two figures from the 2017 report, five from the DfE's file (2019 to 2023).
    QCOMPARE(real.first().points.size(), 7);
    for (const ComparisonSeries &s : real) {
        if (s.kind == ComparisonSeries::Kind::National)
            QCOMPARE(s.name,
                     QStringLiteral("England")); // real England, never the synthetic stand-in
        if (s.kind == ComparisonSeries::Kind::Region)
            QCOMPARE(s.name, QStringLiteral("East Midlands"));
    }
    const QList<ComparisonSeries> synthetic = IndicatorComparison::build(
        *m_store, idOf(SyntheticDemo::boroughName()), indicatorId("cla_rate"));
    QStringList kinds;
    for (const ComparisonSeries &s : synthetic) {
        kinds << s.name;
        if (s.kind == ComparisonSeries::Kind::National)
            QVERIFY(s.name.contains(QLatin1String("synthetic")));
    }
    // The authority, nation, region and neighbours (no target for a rate), and the aim the
    // borough's plan as a whole set for it.
    QCOMPARE(synthetic.size(), 5);
    QCOMPARE(synthetic.last().kind, ComparisonSeries::Kind::Measure);
    QVERIFY2(synthetic.last().name.startsWith(QLatin1String("Aim of the plan")),
             qPrintable(synthetic.last().name));
}

void TestIndicators::neighbourMeanIsComputed()
{
    const qint64 borough = idOf(SyntheticDemo::boroughName());
    const qint64 ind = indicatorId("cpp_repeat_pct");
    const QList<IndicatorStore::NeighbourMean> means =
        m_store->indicators().neighbourMeans(borough, ind);
    QCOMPARE(means.size(), 10);
    for (const IndicatorStore::NeighbourMean &m : means) {
        double sum = 0;
        int n = 0;
        int withheld = 0;
        for (qint64 neighbour : m_store->indicators().neighbours(borough)) {
            for (const IndicatorValue &v : m_store->indicators().values(neighbour, ind)) {
                if (v.period.end != m.period.end)
                    continue;
                if (v.value) {
                    sum += *v.value;
                    ++n;
                } else {
                    ++withheld;
                }
            }
        }
        QCOMPARE(m.reporting, n);
        QCOMPARE(m.withheld, withheld);
        QVERIFY(m.mean);
        // Withheld figures are left out, not counted as 0; the mean is given to one decimal.
        QCOMPARE(*m.mean, std::round(sum / n * 10.0) / 10.0);
    }
    QVERIFY(std::any_of(means.begin(), means.end(), [](const auto &m) { return m.withheld > 0; }));
}

void TestIndicators::summaryModel()
{
    IndicatorSummaryModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAuthority(idOf(QStringLiteral("Leicester")));
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r).data(IndicatorSummaryModel::IndicatorIdRole).toLongLong() ==
            indicatorId("cla_rate"))
            row = r;
    }
    QVERIFY(row >= 0);
    const QModelIndex i = model.index(row);
    // The latest figure is the DfE's, with its file and line as the source.
    QCOMPARE(i.data(IndicatorSummaryModel::LatestTextRole).toString(),
             QStringLiteral("72 per 10,000"));
    QCOMPARE(i.data(IndicatorSummaryModel::PeriodRole).toString(),
             QStringLiteral("at 31 March 2023"));
    QCOMPARE(i.data(IndicatorSummaryModel::ChangeTextRole).toString(),
             QStringLiteral("up from 71 per 10,000 (at 31 March 2022)"));
    QVERIFY(!i.data(IndicatorSummaryModel::ImprovementRole)
                 .isValid()); // a rate with no better direction
    QVERIFY(i.data(IndicatorSummaryModel::StandingTextRole).toString().isEmpty()); // nor a rank
    QVERIFY2(i.data(IndicatorSummaryModel::SourceRole)
                 .toString()
                 .contains(QLatin1String("cla_number_and_rate_per_10k_children.csv")),
             qPrintable(i.data(IndicatorSummaryModel::SourceRole).toString()));

    model.setAuthority(idOf(SyntheticDemo::boroughName()));
    bool sawTarget = false;
    for (int r = 0; r < model.rowCount(); ++r)
        sawTarget |=
            !model.index(r).data(IndicatorSummaryModel::TargetRagRole).toString().isEmpty();
    QVERIFY(sawTarget);
}

void TestIndicators::valueModelShowsSuppressionAndEdits()
{
    QUndoStack stack;
    IndicatorValueModel model(*m_store, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 borough = idOf(SyntheticDemo::boroughName());
    const qint64 ind = indicatorId("sw_caseload"); // withheld ("x") for the borough in 2021
    model.setSelection(borough, ind);
    int withheld = -1;
    int first = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(IndicatorValueModel::SeriesKindRole).toInt() !=
            int(ComparisonSeries::Kind::Authority))
            continue;
        if (first < 0)
            first = r;
        if (!model.index(r, 0).data(IndicatorValueModel::SuppressionRole).toString().isEmpty())
            withheld = r;
    }
    QVERIFY(withheld >= 0);
    QCOMPARE(model.index(withheld, 0).data(IndicatorValueModel::SuppressionRole).toString(),
             QStringLiteral("x"));
    QVERIFY(model.index(withheld, IndicatorValueModel::ValueColumn)
                .data()
                .toString()
                .startsWith(QLatin1String("withheld")));
    QVERIFY(!model.index(withheld, IndicatorValueModel::ValueColumn)
                 .data(IndicatorValueModel::NumberRole)
                 .isValid());

    const QModelIndex cell = model.index(first, IndicatorValueModel::ValueColumn);
    QVERIFY(cell.flags() & Qt::ItemIsEditable);
    const QString before = cell.data(Qt::EditRole).toString();
    QVERIFY(model.setData(cell, QStringLiteral("17")));
    QCOMPARE(model.index(first, IndicatorValueModel::ValueColumn)
                 .data(IndicatorValueModel::NumberRole)
                 .toDouble(),
             17.0);
    QVERIFY(
        model.setData(model.index(first, IndicatorValueModel::ValueColumn), QStringLiteral("c")));
    QCOMPARE(model.index(first, 0).data(IndicatorValueModel::SuppressionRole).toString(),
             QStringLiteral("c"));
    // The caseload is an average: a decimal is taken, a negative is not.
    QVERIFY(model.setData(model.index(first, IndicatorValueModel::ValueColumn),
                          QStringLiteral("16.6")));
    QCOMPARE(model.index(first, IndicatorValueModel::ValueColumn).data().toString(),
             QStringLiteral("16.6"));
    QSignalSpy refused(&model, &IndicatorValueModel::editRefused);
    QVERIFY(!model.setData(model.index(first, IndicatorValueModel::ValueColumn),
                           QStringLiteral("-2")));
    QVERIFY(!model.setData(model.index(first, IndicatorValueModel::ValueColumn),
                           QStringLiteral("lots")));
    QCOMPARE(refused.count(), 2);
    stack.undo();
    stack.undo();
    stack.undo();
    QCOMPARE(model.index(first, IndicatorValueModel::ValueColumn).data(Qt::EditRole).toString(),
             before);
    // Comparators are not editable here.
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(IndicatorValueModel::SeriesKindRole).toInt() ==
            int(ComparisonSeries::Kind::Neighbours))
            QVERIFY(
                !(model.index(r, IndicatorValueModel::ValueColumn).flags() & Qt::ItemIsEditable));
    }
}

void TestIndicators::neighboursAreUndoable()
{
    QUndoStack stack;
    const qint64 leicester = idOf(QStringLiteral("Leicester"));
    const QList<qint64> dfeNeighbours = m_store->indicators().neighbours(leicester);
    QCOMPARE(dfeNeighbours.size(), 10); // DfE's statistical neighbours, built in
    const QList<qint64> chosen = {idOf(QStringLiteral("Leicestershire")),
                                  idOf(QStringLiteral("Rutland"))};
    auto *command =
        new SetNeighboursCommand(m_store->indicators(), leicester, dfeNeighbours, chosen);
    QVERIFY(command->status().ok());
    stack.push(command);
    QCOMPARE(m_store->indicators().neighbours(leicester).size(), 2);
    stack.undo();
    QCOMPARE(m_store->indicators().neighbours(leicester), dfeNeighbours);
    SetNeighboursCommand self(m_store->indicators(), leicester, dfeNeighbours, {leicester});
    QVERIFY(!self.status().ok());
}

// Two administrators with the neighbours dialog open on one authority: the second to save
// is refused, told who changed the list, when, and what it holds now; nothing of the first
// is overwritten. Undo saves over the list the command left, so it too is refused after a
// colleague's change.
void TestIndicators::neighboursSavedOverAColleaguesAreRefused()
{
    const qint64 leicester = idOf(QStringLiteral("Leicester"));
    const QList<qint64> shown = m_store->indicators().neighbours(leicester);
    std::unique_ptr<Store> colleague = m_temp->open();
    QVERIFY(colleague);
    const QList<qint64> theirs = {idOf(QStringLiteral("Rutland")), idOf(QStringLiteral("Derby"))};
    SetNeighboursCommand their(colleague->indicators(), leicester, shown, theirs);
    QVERIFY2(their.status().ok(), qPrintable(their.status().error()));

    SetNeighboursCommand mine(m_store->indicators(), leicester, shown,
                              {idOf(QStringLiteral("Leicestershire"))});
    QVERIFY(!mine.status().ok());
    const QString said = mine.status().error();
    QVERIFY2(said.contains(QLatin1String("since you opened it")), qPrintable(said));
    QVERIFY2(said.startsWith(QLatin1String("Changed by ")) &&
                 !said.contains(QLatin1String("someone else")),
             qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("Rutland, Derby")), qPrintable(said)); // in order
    QCOMPARE(m_store->indicators().neighbours(leicester), theirs);

    // Their undo puts back the list they replaced; after mine in between it would not.
    QUndoStack stack;
    stack.push(new SetNeighboursCommand(colleague->indicators(), leicester, theirs, shown));
    QCOMPARE(m_store->indicators().neighbours(leicester), shown);
    QVERIFY(SetNeighboursCommand(m_store->indicators(), leicester, shown, theirs).status().ok());
    stack.undo();
    QCOMPARE(m_store->indicators().neighbours(leicester), theirs); // refused, left as it is
    QVERIFY(m_store->indicators().setNeighbours(leicester, shown).ok());
}

void TestIndicators::rankAndQuartile_data()
{
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<QList<int>>("ranks"); // of each authority below, 0 for none
    QTest::addColumn<QString>("bands");
    // Eight synthetic authorities; the sixth's figure is withheld, so seven are ranked.
    QTest::newRow("lower is better, ties share the better rank")
        << "cpp_repeat_pct" << QList<int>{1, 2, 2, 4, 5, 0, 6, 7} << "AAABC CD";
    QTest::newRow("higher is better")
        << "care_leavers_eet_pct" << QList<int>{7, 5, 5, 4, 3, 0, 2, 1} << "DCCBB AA";
    QTest::newRow("no better direction: no rank")
        << "cla_rate" << QList<int>{0, 0, 0, 0, 0, 0, 0, 0} << "        ";
}

void TestIndicators::rankAndQuartile()
{
    QFETCH(QString, indicator);
    QFETCH(QList<int>, ranks);
    QFETCH(QString, bands);
    const qint64 id = m_store->indicators().indicator(indicator)->id;
    const QList<std::optional<double>> figures = {10, 20, 20, 30, 40, std::nullopt, 50, 60};
    QList<qint64> places;
    for (int n = 0; n < figures.size(); ++n) {
        Authority a;
        a.name = QStringLiteral("Ranked %1 on %2 (synthetic)").arg(n).arg(indicator);
        a.synthetic = true;
        places << m_store->authorities().add(a).value();
        IndicatorValue v;
        v.authorityId = places.last();
        v.indicatorId = id;
        v.period = Period::at(QDate(2023, 3, 31), QStringLiteral("at 31 March 2023"));
        v.value = figures.at(n);
        if (!v.value)
            v.suppression = SuppressionCode::Confidential;
        QVERIFY(m_store->indicators().addValue(v).ok());
        // A year earlier the order was the other way round; the cards rank the latest year.
        v.period = Period::at(QDate(2022, 3, 31), QStringLiteral("at 31 March 2022"));
        v.value = 100 - figures.at(n).value_or(100);
        v.suppression.reset();
        QVERIFY(m_store->indicators().addValue(v).ok());
    }
    for (int n = 0; n < places.size(); ++n) {
        const QList<IndicatorStore::Standing> st =
            m_store->indicators().standings(places.at(n), id, QDate(2023, 3, 31));
        const QHash<qint64, IndicatorStore::Standing> latest =
            m_store->indicators().standingsAt(places.at(n), {{id, QDate(2023, 3, 31)}});
        if (ranks.at(n) == 0) {
            QVERIFY(st.isEmpty());
            QVERIFY(!latest.contains(id));
            continue;
        }
        QCOMPARE(st.size(), 1);
        QCOMPARE(st.first().rank, ranks.at(n));
        QCOMPARE(st.first().of, 7);
        QCOMPARE(st.first().band, bands.at(n));
        QVERIFY(latest.contains(id));
        QCOMPARE(latest.value(id).period.end, QDate(2023, 3, 31));
        QCOMPARE(latest.value(id).rank, ranks.at(n));
        QCOMPARE(latest.value(id).of, 7);
        QCOMPARE(latest.value(id).band, bands.at(n));
    }
    // The table behind the chart shows the same standing.
    IndicatorBenchmarkModel table(*m_store);
    QAbstractItemModelTester tester(&table);
    table.setSelection(places.first(), id);
    QCOMPARE(table.rowCount(), 2);
    const QString rank = table.index(1, IndicatorBenchmarkModel::RankColumn).data().toString();
    QCOMPARE(rank, ranks.first() ? QStringLiteral("%1 of 7").arg(ranks.first()) : QString());
    QCOMPARE(table.index(1, IndicatorBenchmarkModel::QuartileColumn).data().toString(),
             bands.left(1).trimmed());
}

void TestIndicators::ranksFollowEveryChange()
{
    // Ranks are kept between switches; any change to a figure, here or by another
    // connection (an import, another window), must show in the next ones read.
    const qint64 id = indicatorId("cpp_repeat_pct");
    const QDate end(2024, 3, 31);
    QList<qint64> places;
    QList<qint64> figures;
    for (int n = 0; n < 3; ++n) {
        Authority a;
        a.name = QStringLiteral("Kept rank %1 (synthetic)").arg(n);
        a.synthetic = true;
        places << m_store->authorities().add(a).value();
        IndicatorValue v;
        v.authorityId = places.last();
        v.indicatorId = id;
        v.period = Period::at(end, QStringLiteral("at 31 March 2024"));
        v.value = 10.0 * (n + 1);
        figures << m_store->indicators().addValue(v).value();
    }
    const auto rankOf = [&](int n) {
        return m_store->indicators().standingsAt(places.at(n), {{id, end}}).value(id).rank;
    };
    QCOMPARE(rankOf(2), 3);
    // A change made here.
    IndicatorValue best = *m_store->indicators().value(figures.at(2));
    best.value = 1;
    QVERIFY(m_store->indicators().updateValue(best).ok());
    QCOMPARE(rankOf(2), 1);
    QCOMPARE(rankOf(0), 2);
    // A change made by another connection to the same database.
    {
        OpenError error;
        std::unique_ptr<Database> other = Database::open(m_temp->address(), &error);
        QVERIFY2(other, qPrintable(error.message));
        QVERIFY(other
                    ->run(QStringLiteral("UPDATE indicator_value SET value = 99 WHERE id = ?"),
                          {figures.at(0)})
                    .ok());
    }
    QCOMPARE(rankOf(0), 3);
    QCOMPARE(rankOf(1), 2);
}

QTEST_GUILESS_MAIN(TestIndicators)
#include "tst_indicators.moc"
