// The indicators panel and the DfE import dialog, through their widgets, offscreen.
#include "support/tempdatabase.h"

#include "actions/actionplanstore.h"
#include "authorities/authoritystore.h"
#include "demo/demodatabase.h"
#include "demo/syntheticdemo.h"
#include "help/whattodo.h"
#include "indicators/dfeimportdialog.h"
#include "indicators/indicatorcard.h"
#include "indicators/indicatorspanel.h"
#include "indicators/indicatorstore.h"
#include "indicators/indicatorsummarymodel.h"
#include "indicators/indicatorvaluemodel.h"
#include "indicators/valuedialog.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QXYSeries>
#include <QtTest>

class TestIndicatorsPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void cardsAndChart();
    void clickingACardSelectsIt();
    void switchingAuthorityShowsItsFiguresOnTheSameCards();
    void switchingAuthorityKeepsTheIndicatorInView();
    void suppressedFigureIsAGapNotZero();
    void chartDrawsTheActionsAimedAtIt();
    void valueDialogValidates();
    void importThroughTheDialog();
    void badFileIsExplained();
    void publishedFileNeedsNoMapping();
    void knownFileWithNothingItSeeksIsSaidSo();

private:
    qint64 idOf(const QString &name) const { return m_store->authorities().byName(name)->id; }
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<IndicatorsPanel> m_panel;
};

void TestIndicatorsPanel::init()
{
    m_temp = std::make_unique<TempDatabase>();
    m_store = m_temp->open();
    QVERIFY(DemoDatabase::populate(*m_store).ok());
    m_undo = std::make_unique<QUndoStack>();
    m_panel = std::make_unique<IndicatorsPanel>(*m_store, *m_undo);
    m_panel->resize(1280, 800);
    m_panel->show();
}

void TestIndicatorsPanel::cleanup()
{
    m_panel.reset();
    m_undo.reset();
    m_store.reset();
    m_temp.reset();
}

void TestIndicatorsPanel::cardsAndChart()
{
    m_panel->setAuthority(idOf(QStringLiteral("Leicester")));
    QCOMPARE(m_panel->cards().size(),
             m_store->indicators().indicatorsWithValues(idOf(QStringLiteral("Leicester"))).size());
    bool found = false;
    for (IndicatorCard *card : m_panel->cards()) {
        if (card->summary().startsWith(QLatin1String("Children looked after, rate per 10,000"))) {
            found = true;
            // The DfE's latest figure, after the inspection report's of 2017.
            QVERIFY2(card->summary().contains(QLatin1String("72 per 10,000; at 31 March 2023")),
                     qPrintable(card->summary()));
        }
    }
    QVERIFY(found);
    QVERIFY(m_panel->chartView()->chart()->title().startsWith(QLatin1String("Leicester: ")));
}

void TestIndicatorsPanel::clickingACardSelectsIt()
{
    m_panel->setAuthority(idOf(SyntheticDemo::boroughName()));
    IndicatorCard *card = m_panel->cards().at(2);
    QTest::mouseClick(card, Qt::LeftButton);
    QCOMPARE(m_panel->currentIndicator(), card->indicatorId());
    QVERIFY(m_panel->chartView()->chart()->title().contains(
        m_store->indicators().indicator(card->indicatorId())->name));
    IndicatorCard *other = m_panel->cards().at(3);
    other->setFocus();
    QTest::keyClick(other, Qt::Key_Space);
    QCOMPARE(m_panel->currentIndicator(), other->indicatorId());
}

void TestIndicatorsPanel::switchingAuthorityShowsItsFiguresOnTheSameCards()
{
    // What each card should say, from a model of the authority's own.
    const auto expected = [this](qint64 authorityId) {
        IndicatorSummaryModel model(*m_store);
        model.setAuthority(authorityId);
        QStringList said;
        for (int row = 0; row < model.rowCount(); ++row)
            said << IndicatorCard(QPersistentModelIndex(model.index(row))).summary();
        return said;
    };
    const auto shown = [this]() {
        QStringList said;
        for (IndicatorCard *card : m_panel->cards())
            said << card->summary();
        return said;
    };
    const qint64 leicester = idOf(QStringLiteral("Leicester"));
    const qint64 borough = idOf(SyntheticDemo::boroughName());
    m_panel->setAuthority(leicester);
    QList<QPointer<IndicatorCard>> before;
    for (IndicatorCard *card : m_panel->cards())
        before << card;
    QCOMPARE(shown(), expected(leicester));

    m_panel->setAuthority(borough);
    QCOMPARE(shown(), expected(borough));
    QVERIFY(shown() != expected(leicester));
    const QList<IndicatorCard *> after = m_panel->cards();
    for (int i = 0; i < std::min(before.size(), after.size()); ++i)
        QCOMPARE(after.at(i), before.at(i).data()); // the same cards, showing other figures
    // The chosen indicator's card is marked, and Tab goes from the last card to the
    // indicator list beside them.
    const auto tabLeavesLastCardFor = [this]() -> QWidget * {
        m_panel->activateWindow();
        if (!QTest::qWaitForWindowActive(m_panel.get()))
            return nullptr;
        IndicatorCard *last = m_panel->cards().constLast();
        if (!QTest::qWaitFor([last]() { return last->isVisible(); })) // new cards show soon
            return nullptr;
        last->setFocus();
        QTest::keyClick(last, Qt::Key_Tab);
        return QApplication::focusWidget();
    };
    auto *indicatorList = m_panel->findChild<QComboBox *>();
    QCOMPARE(tabLeavesLastCardFor(), indicatorList);
    for (int i = 1; i < after.size(); ++i)
        QVERIFY(after.at(i)->geometry().top() > after.at(i - 1)->geometry().bottom());

    // An authority with no figures: no cards, and a note that says so.
    // (Every real authority has published figures now: one is added without any.)
    Authority empty;
    empty.name = QStringLiteral("Nofigures Borough (synthetic)");
    empty.synthetic = true;
    const Result<qint64> added = m_store->authorities().add(empty);
    QVERIFY(added.ok());
    const std::optional<Authority> none = m_store->authorities().byId(added.value());
    QVERIFY(none);
    m_panel->setAuthority(none->id);
    QVERIFY(m_panel->cards().isEmpty());
    const QList<QLabel *> labels = m_panel->findChildren<QLabel *>();
    const QString name = none->name;
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&name](const QLabel *l) {
        return l->isVisible() &&
               l->text().startsWith(QStringLiteral("No figures are recorded for %1").arg(name));
    }));
    m_panel->setAuthority(leicester);
    QCOMPARE(shown(), expected(leicester));
    QCOMPARE(tabLeavesLastCardFor(), indicatorList);
}

// A director compares authorities one after another on the same measure: the indicator
// chosen stays when the next authority has figures for it, and otherwise the next
// authority's first indicator with figures is shown, its card selected.
void TestIndicatorsPanel::switchingAuthorityKeepsTheIndicatorInView()
{
    const qint64 leicester = idOf(QStringLiteral("Leicester"));
    const qint64 borough = idOf(SyntheticDemo::boroughName());
    m_panel->setAuthority(leicester);
    QComboBox *chooser = nullptr;
    for (QComboBox *combo : m_panel->findChildren<QComboBox *>()) {
        if (combo->accessibleName() == QLatin1String("Indicator"))
            chooser = combo;
    }
    QVERIFY(chooser);
    const QString claName = QStringLiteral("Children looked after, rate per 10,000");
    chooser->setCurrentIndex(chooser->findText(claName));
    const qint64 cla = m_store->indicators().indicator(QStringLiteral("cla_rate"))->id;
    QCOMPARE(m_panel->currentIndicator(), cla);

    m_panel->setAuthority(borough);
    QCOMPARE(m_panel->currentIndicator(), cla);
    QCOMPARE(chooser->currentText(), claName);
    QCOMPARE(m_panel->chartView()->chart()->title(),
             SyntheticDemo::boroughName() + QStringLiteral(": ") + claName);

    // An indicator the borough has and Leicester has not.
    QSet<qint64> leicesters;
    for (const Indicator &i : m_store->indicators().indicatorsWithValues(leicester))
        leicesters.insert(i.id);
    qint64 only = 0;
    for (IndicatorCard *card : m_panel->cards()) {
        if (!leicesters.contains(card->indicatorId()))
            only = card->indicatorId();
    }
    QVERIFY(only);
    m_panel->selectIndicator(only);
    m_panel->setAuthority(leicester);
    QCOMPARE(m_panel->currentIndicator(), m_panel->cards().first()->indicatorId());
    QVERIFY(m_panel->chartView()->chart()->title().startsWith(QLatin1String("Leicester: ")));

    // Chosen from the list, the last card comes into view, selected.
    m_panel->setAuthority(borough);
    QApplication::processEvents();
    IndicatorCard *last = m_panel->cards().last();
    QVERIFY(last->visibleRegion().isEmpty()); // below the fold to begin with
    chooser->setCurrentIndex(chooser->findData(last->indicatorId()));
    QApplication::processEvents();
    QVERIFY(!last->visibleRegion().isEmpty());
}

void TestIndicatorsPanel::suppressedFigureIsAGapNotZero()
{
    m_panel->setAuthority(idOf(SyntheticDemo::boroughName()));
    m_panel->selectIndicator(m_store->indicators().indicator(QStringLiteral("sw_caseload"))->id);
    QChart *chart = m_panel->chartView()->chart();
    int boroughSegments = 0;
    bool marked = false;
    for (QAbstractSeries *s : chart->series()) {
        auto *xy = static_cast<QXYSeries *>(s);
        if (s->name() == SyntheticDemo::boroughName()) {
            ++boroughSegments;
            for (const QPointF &p : xy->points())
                QVERIFY(p.y() > 0); // no zero stands in for the withheld year
        }
        marked |= s->name().startsWith(QLatin1String("Withheld (x"));
    }
    QCOMPARE(boroughSegments, 2); // the line breaks at 2021
    QVERIFY(marked);
}

void TestIndicatorsPanel::chartDrawsTheActionsAimedAtIt()
{
    // The demo's action on pathway plans aims at care leavers in education or work: the
    // chart draws its line from baseline to target, named after the action.
    const qint64 borough = idOf(SyntheticDemo::boroughName());
    const qint64 eet = m_store->indicators().indicator(QStringLiteral("care_leavers_eet_pct"))->id;
    const QList<ActionPlanStore::MeasureAim> aimed =
        m_store->actionPlans().measuresOn(borough, eet);
    QCOMPARE(aimed.size(), 1);
    m_panel->setAuthority(borough);
    m_panel->selectIndicator(eet);
    bool drawn = false;
    for (QAbstractSeries *s : m_panel->chartView()->chart()->series()) {
        if (!s->name().contains(aimed.first().action->title))
            continue;
        const QList<QPointF> points = static_cast<QXYSeries *>(s)->points();
        QCOMPARE(points.size(), 2 + aimed.first().measure.milestones.size());
        QCOMPARE(points.first().y(), aimed.first().measure.baselineValue);
        QCOMPARE(points.last().y(), aimed.first().measure.targetValue);
        drawn = true;
    }
    QVERIFY(drawn);
    // An indicator nothing aims at has no such line.
    const qint64 cin = m_store->indicators().indicator(QStringLiteral("cin_rate"))->id;
    const qint64 cla = m_store->indicators().indicator(QStringLiteral("cla_rate"))->id;
    m_panel->selectIndicator(cin);
    for (QAbstractSeries *s : m_panel->chartView()->chart()->series())
        QVERIFY2(!s->name().startsWith(QStringLiteral("Aim of")), qPrintable(s->name()));
    // The cards say which actions aim at them, for the eye and for a screen reader.
    bool carded = false;
    for (IndicatorCard *card : m_panel->cards()) {
        if (card->indicatorId() == eet) {
            QCOMPARE(card->aimedText(),
                     QStringLiteral("aimed at by “%1”").arg(aimed.first().action->title));
            QVERIFY(card->summary().contains(card->aimedText()));
            QVERIFY(card->toolTip().contains(aimed.first().action->title));
            carded = true;
        }
        if (card->indicatorId() == cin)
            QCOMPARE(card->aimedText(), QString());
    }
    QVERIFY(carded);

    // The borough's plan as a whole aims at children looked after: its measure draws its own
    // line, named after the plan, and the card says so.
    const Plan plan = m_store->actionPlans().plans(borough).first();
    m_panel->setAuthority(borough);
    m_panel->selectIndicator(cla);
    const QString planLine = QStringLiteral("Aim of the plan \u201C%1\u201D").arg(plan.name);
    bool planDrawn = false;
    for (QAbstractSeries *s : m_panel->chartView()->chart()->series()) {
        if (s->name() == planLine) {
            QCOMPARE(static_cast<QXYSeries *>(s)->points().size(), 2);
            planDrawn = true;
        }
    }
    QVERIFY(planDrawn);
    for (IndicatorCard *card : m_panel->cards()) {
        if (card->indicatorId() == cla)
            QCOMPARE(card->aimedText(),
                     QStringLiteral("aimed at by the plan \u201C%1\u201D").arg(plan.name));
    }
}

void TestIndicatorsPanel::valueDialogValidates()
{
    const Indicator pct =
        *m_store->indicators().indicator(QStringLiteral("cla_reviews_in_time_pct"));
    ValueDialog dialog(pct, idOf(QStringLiteral("Rutland")));
    dialog.valueEdit()->setText(QStringLiteral("104"));
    QVERIFY2(dialog.problem().contains(QLatin1String("between 0 and 100")),
             qPrintable(dialog.problem()));
    dialog.valueEdit()->setText(QStringLiteral("c"));
    QVERIFY(dialog.problem().contains(QLatin1String("Say where")));
    dialog.findChildren<QLineEdit *>().last()->setText(QStringLiteral("Board report, p. 4"));
    QVERIFY(dialog.problem().isEmpty());
    QCOMPARE(dialog.value().suppression, std::optional(SuppressionCode::Confidential));
    dialog.kindBox()->setCurrentIndex(1);
    dialog.startEdit()->setDate(QDate(2018, 1, 1));
    dialog.endEdit()->setDate(QDate(2017, 1, 1));
    QVERIFY(dialog.problem().contains(QLatin1String("starts")));
}

void TestIndicatorsPanel::importThroughTheDialog()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cla_2023.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("time_period,time_identifier,geographic_level,country_code,country_name,region_code,"
            "region_name,"
            "new_la_code,old_la_code,la_name,gender,number\r\n"
            "2023,Reporting year,Local authority,E92000001,England,E12000004,East "
            "Midlands,E06000016,856,Leicester,Total,700\r\n"
            "2023,Reporting year,Local authority,E92000001,England,E12000004,East "
            "Midlands,E06000016,856,Leicester,Boys,380\r\n"
            "2023,Reporting year,Local authority,E92000001,England,E12000004,East "
            "Midlands,E06000017,857,Rutland,Total,c\r\n");
    f.close();
    DfeImportDialog dialog(*m_store, path);
    QVERIFY(dialog.headerProblem().isEmpty());
    QVERIFY(dialog.mapMeasure(QStringLiteral("number"), QStringLiteral("cla_count")));
    const DfeImport::Summary checked = dialog.check(false);
    QCOMPARE(checked.rejected, 0);
    QCOMPARE(checked.values, 2); // "Total" chosen for gender by default
    QVERIFY(dialog.importButton()->isEnabled());
    m_panel->setAuthority(idOf(QStringLiteral("Leicester")));
    const int before = int(m_panel->cards().size());
    const DfeImport::Summary done = dialog.import(false);
    QVERIFY(done.written);
    // The window sees the new figure at once, though another connection wrote it.
    const qint64 cla = m_store->indicators().indicator(QStringLiteral("cla_count"))->id;
    QCOMPARE(m_store->indicators().values(idOf(QStringLiteral("Leicester")), cla).last().value,
             std::optional(700.0));
    QCOMPARE(int(m_panel->cards().size()), before);
    QCOMPARE(m_store->indicators().mappedIndicator(QStringLiteral("number")), std::optional(cla));
    // The mapping is offered again next time.
    DfeImportDialog again(*m_store, path);
    QCOMPARE(again.check(false).values, 2);
}

void TestIndicatorsPanel::badFileIsExplained()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("minutes.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("item,owner\r\n1,Director\r\n");
    f.close();
    DfeImportDialog dialog(*m_store, path);
    QVERIFY(dialog.headerProblem().contains(QLatin1String("minutes.csv")));
    QVERIFY(dialog.headerProblem().contains(QLatin1String("time_period")));
    DfeImportDialog missing(*m_store, dir.filePath(QStringLiteral("nothere.csv")));
    QVERIFY(missing.headerProblem().contains(QLatin1String("cannot be read")));
}

void TestIndicatorsPanel::knownFileWithNothingItSeeksIsSaidSo()
{
    // A release of a known family whose filter values were all reworded: recognised, but
    // no row gives a figure. The window says so, with what was sought and what the file
    // has; Import stays off; nothing is written.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("la_cla_placement_stability.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("time_period,time_identifier,geographic_level,country_code,country_name,region_code,"
            "region_name,old_la_code,la_name,new_la_code,cla_group,placement_stability,number,"
            "percentage\r\n"
            "2023,Reporting year,Local authority,E92000001,England,E12000004,East Midlands,856,"
            "Leicester,E06000016,Looked-after group A,Moves: 3+,34,5\r\n");
    f.close();
    DfeImportDialog dialog(*m_store, path);
    QVERIFY(dialog.recognised());
    const DfeImport::Summary checked = dialog.check(false);
    QCOMPARE(checked.values, 0);
    QVERIFY2(dialog.summaryLabel()->text().contains(QLatin1String("no figure in them matched")),
             qPrintable(dialog.summaryLabel()->text()));
    QVERIFY(!dialog.importButton()->isEnabled());
    // And links to the handbook's section on what to do.
    QCOMPARE(WhatToDo::linkOf(dialog.whatToDoLabel()),
             QStringLiteral("importing-statistics.html#refused"));
    bool saidWhat = false;
    for (int i = 0; i < dialog.problemList()->count(); ++i) {
        const QString line = dialog.problemList()->item(i)->text();
        saidWhat |= line.startsWith(QLatin1String("No figure for cla_three_placements_pct")) &&
                    line.contains(QLatin1String("\"Looked-after group A\""));
    }
    QVERIFY(saidWhat);
}

void TestIndicatorsPanel::publishedFileNeedsNoMapping()
{
    // The DfE's own file, as downloaded: recognised, shown with the rules it follows,
    // checked and imported without a mapping step; then ranked in the panel.
    const QString path =
        QStringLiteral(":/demo/dfe-statistics/cla_number_and_rate_per_10k_children.csv");
    DfeImportDialog dialog(*m_store, path);
    QVERIFY(dialog.headerProblem().isEmpty());
    QVERIFY(dialog.recognised());
    QCOMPARE(dialog.mappingTable()->rowCount(), 5);
    const DfeImport::Summary checked = dialog.check(false);
    QCOMPARE(checked.rejected, 0);
    QVERIFY(dialog.importButton()->isEnabled());
    QVERIFY(WhatToDo::linkOf(dialog.whatToDoLabel()).isEmpty()); // nothing wrong to explain
    const DfeImport::Summary done = dialog.import(false);
    QVERIFY(done.written);
    QVERIFY(done.notApplicable > 0); // the old Dorset county

    const qint64 leicester = m_store->authorities().byCode(QStringLiteral("E06000016"))->id;
    m_panel->setAuthority(leicester);
    m_panel->selectIndicator(m_store->indicators().indicator(QStringLiteral("cla_rate"))->id);
    QAbstractItemModel *table = m_panel->benchmarkTable()->model();
    QVERIFY(table->rowCount() >= 5);
    const int last = table->rowCount() - 1;
    QCOMPARE(table->index(last, 0).data().toString(), QStringLiteral("at 31 March 2023"));
    QCOMPARE(table->index(last, 1).data().toString(), QStringLiteral("72 per 10,000"));
    QCOMPARE(table->index(last, 2).data().toString(), QStringLiteral("71 per 10,000")); // England
    QVERIFY(table->index(last, 5).data().toString().isEmpty()); // no better direction, no rank
    // Starting to be looked after has no better direction either; the number is a count.
    QVERIFY(m_store->indicators().indicator(QStringLiteral("cla_started_rate")));
}

QTEST_MAIN(TestIndicatorsPanel)
#include "tst_indicatorspanel.moc"
