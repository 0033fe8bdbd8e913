// The demo database: the real figures from the seed documents, with their sources, and
// synthetic authorities that say so.
#include "support/tempdatabase.h"

#include "actions/actionplanstore.h"
#include "actions/measureprogressmodel.h"
#include "authorities/authoritystore.h"
#include "demo/demodatabase.h"
#include "demo/syntheticdemo.h"
#include "indicators/indicatorstore.h"
#include "judgements/judgementstore.h"
#include "judgements/recommendationlife.h"
#include "meetings/meetingstore.h"
#include "sources/sourcestore.h"

#include <QtTest>

class TestDemoData : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void leicester2017Judgements();
    void leicester2015MovesToRequiresImprovement();
    void leicesterRecommendationsWithSources();
    void leicesterFiguresWithSources_data();
    void leicesterFiguresWithSources();
    void leicestershireAsTheSeedsStateIt();
    void leicestershire2019SupersededBy2024();
    void realAuthoritiesHoldNoSyntheticData();
    void syntheticAuthoritiesSaySo();
    void syntheticPlanHasHistory();
    void syntheticMeasuresOnAndOffTrack();
    void isDeterministic();

private:
    qint64 idOf(const QString &name) const { return m_store->authorities().byName(name)->id; }
    TempDatabase *m_temp = nullptr;
    std::unique_ptr<Store> m_store;
};

void TestDemoData::initTestCase()
{
    m_temp = new TempDatabase;
    m_store = m_temp->open();
    QVERIFY(m_store);
    const Status filled = DemoDatabase::populate(*m_store);
    QVERIFY2(filled.ok(), qPrintable(filled.error()));
}

void TestDemoData::cleanupTestCase()
{
    m_store.reset();
    delete m_temp;
}

void TestDemoData::leicester2017Judgements()
{
    const std::optional<Authority> leicester =
        m_store->authorities().byName(QStringLiteral("Leicester"));
    QVERIFY(leicester);
    QCOMPARE(leicester->onsCode, QStringLiteral("E06000016"));
    QCOMPARE(leicester->laNumber, std::optional<int>(856));
    QVERIFY(!leicester->synthetic);

    // 2015 (as the 2017 report records it), 2017, and the 2021 and 2024 reports themselves.
    const QList<Inspection> inspections = m_store->judgements().inspections(leicester->id);
    QCOMPARE(inspections.size(), 4);
    const Inspection &sif = inspections.at(1);
    QCOMPARE(sif.framework, Framework::Sif);
    QCOMPARE(sif.startDate, std::optional(QDate(2017, 6, 19)));
    QCOMPARE(sif.endDate, std::optional(QDate(2017, 7, 13)));
    QCOMPARE(sif.publishedOn, std::optional(QDate(2017, 9, 4)));

    QMap<JudgementArea, Grade> grades;
    for (const Judgement &j : m_store->judgements().judgements(sif.id)) {
        grades.insert(j.area, j.grade);
        QVERIFY(j.sourceId);
        const SourceReference s = *m_store->sources().source(*j.sourceId);
        QVERIFY(s.documentTitle.startsWith(QLatin1String("Leicester City Council")));
        QVERIFY2(s.excerpt.contains(j.areaTitle), qPrintable(j.areaTitle));
    }
    QCOMPARE(grades.size(), 6);
    QCOMPARE(grades.value(JudgementArea::Overall), Grade::RequiresImprovement);
    QCOMPARE(grades.value(JudgementArea::HelpAndProtection), Grade::RequiresImprovement);
    QCOMPARE(grades.value(JudgementArea::LookedAfterAndPermanence), Grade::RequiresImprovement);
    QCOMPARE(grades.value(JudgementArea::Adoption), Grade::Good);
    QCOMPARE(grades.value(JudgementArea::CareLeavers), Grade::RequiresImprovement);
    QCOMPARE(grades.value(JudgementArea::Leadership), Grade::Good);
}

void TestDemoData::leicester2015MovesToRequiresImprovement()
{
    const QList<Inspection> inspections =
        m_store->judgements().inspections(idOf(QStringLiteral("Leicester")));
    const Inspection &earlier = inspections.first();
    QCOMPARE(earlier.publishedOn, std::optional(QDate(2015, 3, 20)));
    QVERIFY(!earlier.startDate); // the 2017 report gives only the publication date
    const QList<Judgement> judgements = m_store->judgements().judgements(earlier.id);
    QCOMPARE(judgements.size(), 6);
    QCOMPARE(judgements.first().area, JudgementArea::Overall);
    QCOMPARE(judgements.first().grade, Grade::Inadequate);
}

void TestDemoData::leicesterRecommendationsWithSources()
{
    const QList<Inspection> inspections =
        m_store->judgements().inspections(idOf(QStringLiteral("Leicester")));
    const QList<Recommendation> recs = m_store->judgements().recommendations(inspections.at(1).id);
    QCOMPARE(recs.size(), 11);
    for (int i = 0; i < recs.size(); ++i) {
        QCOMPARE(recs.at(i).number, i + 1);
        QVERIFY(recs.at(i).sourceId);
        const SourceReference s = *m_store->sources().source(*recs.at(i).sourceId);
        QCOMPARE(s.locator, QStringLiteral("Recommendations, %1").arg(i + 1));
        QCOMPARE(s.publisher, QStringLiteral("Ofsted"));
    }
    QVERIFY(recs.first().text.startsWith(
        QLatin1String("Improve the quality of social work assessments")));
    QVERIFY(recs.last().text.startsWith(
        QLatin1String("Develop a commissioning and sufficiency strategy")));
}

void TestDemoData::leicesterFiguresWithSources_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("locator");
    QTest::newRow("CLA 2016") << QStringLiteral("cla_count") << QDate(2016, 3, 31) << 645.0
                              << QStringLiteral("Children looked after in this area");
    QTest::newRow("CLA rate 2017") << QStringLiteral("cla_rate") << QDate(2017, 7, 1) << 80.0
                                   << QStringLiteral("Children looked after in this area");
    QTest::newRow("CPP 2016") << QStringLiteral("cpp_count") << QDate(2016, 3, 31) << 518.0
                              << QStringLiteral("Child protection in this area");
    QTest::newRow("CPP rate 2017") << QStringLiteral("cpp_rate") << QDate(2017, 7, 1) << 58.0
                                   << QStringLiteral("Child protection in this area");
    QTest::newRow("CIN 2017") << QStringLiteral("cin_count") << QDate(2017, 7, 1) << 2403.0
                              << QStringLiteral("Child protection in this area");
    QTest::newRow("reviews in time")
        << QStringLiteral("cla_reviews_in_time_pct") << QDate(2017, 7, 13) << 96.0
        << QStringLiteral("Paragraph 44");
    QTest::newRow("PEPs") << QStringLiteral("pep_completed_pct") << QDate(2017, 5, 31) << 90.0
                          << QStringLiteral("Paragraph 49");
}

void TestDemoData::leicesterFiguresWithSources()
{
    QFETCH(QString, key);
    QFETCH(QDate, end);
    QFETCH(double, value);
    QFETCH(QString, locator);
    const Indicator indicator = *m_store->indicators().indicator(key);
    const QList<IndicatorValue> values =
        m_store->indicators().values(idOf(QStringLiteral("Leicester")), indicator.id);
    auto it = std::find_if(values.begin(), values.end(),
                           [&](const IndicatorValue &v) { return v.period.end == end; });
    QVERIFY(it != values.end());
    QCOMPARE(it->value, std::optional(value));
    QVERIFY(it->sourceId);
    const SourceReference s = *m_store->sources().source(*it->sourceId);
    QVERIFY2(s.locator.contains(locator), qPrintable(s.locator));
    QVERIFY2(s.excerpt.contains(QLocale(QLocale::English).toString(qint64(value))),
             qPrintable(s.excerpt));
}

void TestDemoData::leicestershireAsTheSeedsStateIt()
{
    const qint64 id = idOf(QStringLiteral("Leicestershire"));
    const QList<Inspection> inspections = m_store->judgements().inspections(id);
    QCOMPARE(inspections.size(), 5);
    QCOMPARE(inspections.at(0).framework, Framework::Sif);
    QCOMPARE(inspections.at(0).startDate, std::optional(QDate(2016, 11, 14)));
    QCOMPARE(m_store->judgements().judgements(inspections.at(0).id).size(), 6);
    for (const Judgement &j : m_store->judgements().judgements(inspections.at(0).id))
        QCOMPARE(j.grade, Grade::RequiresImprovement);
    // The board report's summary of the SIF's areas for improvement, labelled as the
    // council's, each pointing to its paragraph with the document's own words.
    const QList<Recommendation> summary =
        m_store->judgements().recommendations(inspections.at(0).id);
    QCOMPARE(summary.size(), 11);
    for (const Recommendation &r : summary) {
        QVERIFY(r.text.startsWith(QLatin1String("Council's summary: ")));
        QCOMPARE(r.kind, RecommendationKind::AreaForImprovement);
        const SourceReference s = *m_store->sources().source(*r.sourceId);
        QCOMPARE(s.publisher, QStringLiteral("Leicestershire County Council"));
        QVERIFY(s.locator.contains(QLatin1String("paragraph")));
        QVERIFY(r.text.endsWith(s.excerpt));
    }
    // The 2019 ILACS, from its own report: dates, grades and recommendations with pages.
    const Inspection &ilacs2019 = inspections.at(1);
    QCOMPARE(ilacs2019.framework, Framework::IlacsStandard);
    QCOMPARE(ilacs2019.datesText(), QStringLiteral("23 September to 4 October 2019"));
    const QList<Recommendation> recs2019 = m_store->judgements().recommendations(ilacs2019.id);
    QCOMPARE(recs2019.size(), 6);
    QVERIFY(m_store->sources().source(*recs2019.first().sourceId)->documentTitle.size() > 0);
    QCOMPARE(inspections.at(2).framework, Framework::FocusedVisit);
    QCOMPARE(m_store->judgements().recommendations(inspections.at(2).id).size(), 2);
    QCOMPARE(m_store->judgements().recommendations(inspections.at(2).id).first().kind,
             RecommendationKind::AreaForImprovement);
    QCOMPARE(inspections.at(3).framework, Framework::FocusedVisit);
    QCOMPARE(inspections.at(3).datesText(), QStringLiteral("11 and 12 May 2023"));
    QVERIFY(m_store->judgements().judgements(inspections.at(3).id).isEmpty());
    QCOMPARE(inspections.at(4).framework, Framework::IlacsStandard);
    QCOMPARE(inspections.at(4).datesText(), QStringLiteral("22 April to 3 May 2024"));
}

void TestDemoData::leicestershire2019SupersededBy2024()
{
    // Real items only: the 2024 inspection supersedes every earlier recommendation; its own
    // two stand open, and no action is invented to answer them.
    int superseded = 0;
    int open = 0;
    for (const ActionPlanStore::Coverage &c :
         m_store->actionPlans().coverage(idOf(QStringLiteral("Leicestershire")))) {
        QCOMPARE(c.actions, 0);
        if (c.inspectedOn.year() == 2024) {
            QCOMPARE(c.state, RecommendationState::Open);
            ++open;
        } else {
            QCOMPARE(c.state, RecommendationState::Superseded);
            QVERIFY2(c.supersededBy == QLatin1String("ILACS Apr 2024") ||
                         c.supersededBy == QLatin1String("ILACS Sep 2019"),
                     qPrintable(c.supersededBy));
            ++superseded;
        }
    }
    QCOMPARE(open, 2);
    QCOMPARE(superseded, 11 + 6 + 2);
    // Leicester's latest is its 2024 short inspection, not the 2017 SIF.
    const QList<Inspection> leicester =
        m_store->judgements().inspections(idOf(QStringLiteral("Leicester")));
    QCOMPARE(leicester.last().framework, Framework::IlacsShort);
    QCOMPARE(leicester.last().startDate, std::optional(QDate(2024, 9, 23)));
}

void TestDemoData::realAuthoritiesHoldNoSyntheticData()
{
    for (const Authority &a : m_store->authorities().all()) {
        QCOMPARE(a.synthetic, a.name.contains(QLatin1String("synthetic")));
        if (a.synthetic)
            continue;
        for (const SourceStore::DocumentUse &use : m_store->sources().documentsFor(a.id))
            QVERIFY2(use.document.kind != QLatin1String("synthetic"), qPrintable(a.name));
        QVERIFY(m_store->actionPlans().plans(a.id).isEmpty());
    }
}

void TestDemoData::syntheticAuthoritiesSaySo()
{
    const std::optional<Authority> borough =
        m_store->authorities().byName(SyntheticDemo::boroughName());
    QVERIFY(borough);
    QVERIFY(borough->synthetic);
    QVERIFY(m_store->judgements().inspections(borough->id).size() >= 6);
    QCOMPARE(m_store->indicators().neighbours(borough->id).size(), 10);
    QVERIFY(m_store->indicators().valueCount(borough->id) >= 100);
}

void TestDemoData::syntheticPlanHasHistory()
{
    const qint64 borough = idOf(SyntheticDemo::boroughName());
    const QList<Plan> plans = m_store->actionPlans().plans(borough);
    QCOMPARE(plans.size(), 1);
    const QList<Action> actions = m_store->actionPlans().actions(plans.first().id);
    QVERIFY(actions.size() >= 20);
    int complete = 0;
    int overdue = 0;
    int linked = 0;
    for (const Action &a : actions) {
        const QList<ActionUpdate> history = m_store->actionPlans().updates(a.id);
        QVERIFY(!history.isEmpty());
        for (int i = 1; i < history.size(); ++i)
            QVERIFY(history.at(i - 1).reportedOn < history.at(i).reportedOn);
        complete += a.status == ActionStatus::Complete;
        overdue +=
            a.status != ActionStatus::Complete && a.dueDate && *a.dueDate < QDate(2026, 10, 31);
        linked += !a.recommendationIds.isEmpty();
    }
    QVERIFY(complete > 0);
    QVERIFY(overdue > 0);
    QVERIFY(linked > 0);
}

void TestDemoData::isDeterministic()
{
    TempDatabase other;
    auto second = other.open();
    QVERIFY(DemoDatabase::populate(*second).ok());
    const qint64 a = idOf(SyntheticDemo::boroughName());
    const qint64 b = second->authorities().byName(SyntheticDemo::boroughName())->id;
    const Indicator caseload = *m_store->indicators().indicator(QStringLiteral("sw_caseload"));
    const QList<IndicatorValue> first = m_store->indicators().values(a, caseload.id);
    const QList<IndicatorValue> again = second->indicators().values(b, caseload.id);
    QCOMPARE(first.size(), again.size());
    for (int i = 0; i < first.size(); ++i)
        QCOMPARE(first.at(i).value, again.at(i).value);
}

void TestDemoData::syntheticMeasuresOnAndOffTrack()
{
    // The improvement loop is shown on the synthetic borough: measures on its own figures,
    // some on track or met and some behind, each baseline a stored figure before its action
    // (or, for the plan's own measure, before the plan began).
    const qint64 borough = idOf(SyntheticDemo::boroughName());
    QHash<MeasureProgress::State, int> states;
    int measures = 0;
    int wholePlan = 0;
    for (const Indicator &indicator : m_store->indicators().indicators()) {
        for (const ActionPlanStore::MeasureAim &aim :
             m_store->actionPlans().measuresOn(borough, indicator.id)) {
            const ImpactMeasure &measure = aim.measure;
            ++measures;
            if (aim.action) {
                QVERIFY(measure.baselineOn <= *aim.action->startDate);
            } else {
                ++wholePlan;
                QVERIFY(measure.baselineOn <=
                        *m_store->actionPlans().plan(measure.planId)->startsOn);
            }
            QVERIFY(measure.baselineSource.contains(QLatin1String("synthetic")));
            ++states[MeasureProgressModel::rowOf(measure, m_store->indicators(), borough)
                         .progress.state];
        }
    }
    QVERIFY(measures >= 4);
    QCOMPARE(wholePlan, 1);
    QVERIFY(states.value(MeasureProgress::State::OffTrack) > 0);
    QVERIFY(states.value(MeasureProgress::State::OnTrack) +
                states.value(MeasureProgress::State::Met) >
            0);
    // Evidence of the borough's work, at example.org addresses, each backing an update.
    const QHash<qint64, QList<Evidence>> evidence =
        m_store->actionPlans().evidenceByAction(borough);
    QVERIFY(evidence.size() >= 4);
    for (const QList<Evidence> &list : evidence) {
        for (const Evidence &e : list) {
            QVERIFY(e.location.startsWith(QLatin1String("https://example.org/")));
            QVERIFY(e.title.contains(QLatin1String("(synthetic)")));
            QVERIFY(e.updateId.has_value());
        }
    }
    // A recommendation closed with the report that shows it met.
    int closedWithEvidence = 0;
    for (const ActionPlanStore::Coverage &c : m_store->actionPlans().coverage(borough)) {
        if (const std::optional<Evidence> &e = c.recommendation.closedEvidence) {
            ++closedWithEvidence;
            QVERIFY(c.recommendation.closedOn);
            QVERIFY(e->location.startsWith(QLatin1String("https://example.org/")));
            QVERIFY(e->title.contains(QLatin1String("(synthetic)")));
        }
    }
    QCOMPARE(closedWithEvidence, 1);
    // Nothing of the kind for a real authority: no measure, evidence (of an action or of a
    // closing) or remembered meeting.
    MeetingStore meetings(m_store->database());
    for (const char *real : {"Leicester", "Leicestershire", "Rutland"}) {
        const qint64 id = idOf(QLatin1String(real));
        for (const Indicator &indicator : m_store->indicators().indicators())
            QVERIFY(m_store->actionPlans().measuresOn(id, indicator.id).isEmpty());
        QVERIFY(m_store->actionPlans().evidenceByAction(id).isEmpty());
        for (const ActionPlanStore::Coverage &c : m_store->actionPlans().coverage(id))
            QVERIFY(!c.recommendation.closedEvidence);
        QVERIFY(meetings.names(id).isEmpty());
    }
    QCOMPARE(meetings.previous(borough, SyntheticDemo::boardName(), QDate(2026, 12, 10)),
             std::optional(QDate(2026, 9, 17)));
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
