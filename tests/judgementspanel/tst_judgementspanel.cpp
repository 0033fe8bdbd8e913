// The judgements panel and the inspection dialog, driven through their widgets offscreen.
#include "support/colleaguesave.h"
#include "support/showpages.h"
#include "support/tempdatabase.h"

#include "authorities/authoritylistmodel.h"
#include "authorities/authoritystore.h"
#include "charts/chartcatalog.h"
#include "charts/charttable.h"
#include "demo/demodatabase.h"
#include "indicators/indicatorstore.h"
#include "judgements/gradecelldelegate.h"
#include "judgements/gradecomparisonmodel.h"
#include "judgements/gradecomparisonview.h"
#include "judgements/inspectiondialog.h"
#include "judgements/judgementgridmodel.h"
#include "judgements/judgementspanel.h"
#include "judgements/judgementstore.h"

#include <QAbstractAxis>
#include <QAction>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineSeries>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

namespace {

InspectionRecord ilacs2019(qint64 authority)
{
    InspectionRecord r;
    r.inspection.authorityId = authority;
    r.inspection.framework = Framework::IlacsStandard;
    r.inspection.startDate = QDate(2019, 9, 9);
    r.inspection.endDate = QDate(2019, 9, 20);
    r.inspection.publishedOn = QDate(2019, 11, 1);
    return r;
}

void clickAdd(const InspectionDialog &dialog)
{
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text() == QLatin1String("&Add")) {
            b->click();
            return;
        }
    }
    QFAIL("no Add button");
}

bool okEnabled(const InspectionDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
}

} // namespace

class TestJudgementsPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsLeicesterMovement();
    void gradesTooWideAreShortenedNotCut();
    void chartDrawsEveryArea();
    void chartFollowsEachAuthorityInPlace();
    void dialogRejectsBadInput_data();
    void dialogRejectsBadInput();
    void dialogOffersAreasOfTheFramework();
    void addEditDeleteAreUndoable();
    void compareSeveralAuthorities();
    void editOverAColleaguesSaveIsRefusedAndOffersReload();

private:
    qint64 idOf(const QString &name) const { return m_store->authorities().byName(name)->id; }
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<AuthorityListModel> m_authorities;
    std::unique_ptr<JudgementsPanel> m_panel;
};

void TestJudgementsPanel::init()
{
    m_temp = std::make_unique<TempDatabase>();
    m_store = m_temp->open();
    QVERIFY(DemoDatabase::populate(*m_store).ok());
    m_undo = std::make_unique<QUndoStack>();
    m_authorities = std::make_unique<AuthorityListModel>(m_store->authorities());
    m_panel = std::make_unique<JudgementsPanel>(*m_store, *m_undo, *m_authorities);
    m_panel->resize(1200, 800);
    m_panel->show();
}

void TestJudgementsPanel::cleanup()
{
    m_panel.reset();
    m_authorities.reset();
    m_undo.reset();
    m_store.reset();
    m_temp.reset();
}

void TestJudgementsPanel::showsLeicesterMovement()
{
    m_panel->setAuthority(idOf(QStringLiteral("Leicester")));
    QAbstractItemModel *grid = m_panel->gridView()->model();
    QCOMPARE(grid->columnCount(), 4);
    QCOMPARE(grid->headerData(0, Qt::Vertical).toString(), QStringLiteral("Overall effectiveness"));
    QCOMPARE(grid->index(0, 0).data().toString(), QStringLiteral("Inadequate"));
    QCOMPARE(grid->index(0, 1).data().toString(), QStringLiteral("Requires improvement"));
    QCOMPARE(grid->index(0, 2).data().toString(), QStringLiteral("Good"));
    QCOMPARE(grid->index(0, 3).data().toString(), QStringLiteral("Requires improvement"));
    // The latest inspection (its report, read) is selected and described, with its source.
    QCOMPARE(m_panel->inspectionTable()->model()->rowCount(), 4);
    const QString details = m_panel->details()->toPlainText();
    QVERIFY2(details.contains(QLatin1String("23 to 27 September 2024")), qPrintable(details));
    QVERIFY(details.contains(QLatin1String("Recommendations")));
    QVERIFY2(details.contains(QLatin1String("Source: ")), qPrintable(details));
    // Each grade says where in the report it was read.
    QVERIFY2(details.contains(QLatin1String("Overall effectiveness\nRequires improvement\npage 1")),
             qPrintable(details));
}

void TestJudgementsPanel::chartDrawsEveryArea()
{
    m_panel->setAuthority(idOf(QStringLiteral("Example Borough (synthetic)")));
    QChart *chart = m_panel->chartView()->chart();
    QVERIFY(chart);
    QVERIFY(chart->title().contains(QLatin1String("Example Borough")));
    int lines = 0;
    int visits = 0;
    for (QAbstractSeries *s : chart->series()) {
        if (qobject_cast<QLineSeries *>(s) && s->type() == QAbstractSeries::SeriesTypeLine)
            ++lines;
        else
            visits = int(static_cast<QXYSeries *>(s)->count());
    }
    QCOMPARE(lines, m_panel->gridView()->model()->rowCount());
    QCOMPARE(visits, 3); // two monitoring visits and a focused visit
}

// Switching authority fills the shown chart in place: it must then say exactly what a chart
// drawn afresh for that authority says, whichever authority it showed before (more areas,
// fewer, visits or none, no inspection at all).
void TestJudgementsPanel::chartFollowsEachAuthorityInPlace()
{
    const QStringList names = {QStringLiteral("Leicester"),
                               QStringLiteral("Example Borough (synthetic)"),
                               QStringLiteral("Leicester"),
                               QStringLiteral("Rutland"),
                               QStringLiteral("Example Borough (synthetic)"),
                               QStringLiteral("Leicestershire"),
                               QStringLiteral("Leicester")};
    QChart *previous = nullptr;
    for (const QString &name : names) {
        m_panel->setAuthority(idOf(name));
        QChart *shown = m_panel->chartView()->chart();
        const std::unique_ptr<QChart> fresh(ChartCatalog::grades(*m_store, idOf(name)));
        QCOMPARE(shown->title(), fresh->title());
        const ChartTable::Table a = ChartTable::of(shown);
        const ChartTable::Table b = ChartTable::of(fresh.get());
        QCOMPARE(a.headers, b.headers);
        QCOMPARE(a.rows, b.rows);
        QCOMPARE(ChartTable::alternativeText(shown, a),
                 ChartTable::alternativeText(fresh.get(), b));
        QCOMPARE(shown->series().size(), fresh->series().size());
        for (int s = 0; s < shown->series().size(); ++s) {
            QCOMPARE(shown->series().at(s)->name(), fresh->series().at(s)->name());
            QCOMPARE(shown->series().at(s)->type(), fresh->series().at(s)->type());
            auto *line = static_cast<QXYSeries *>(shown->series().at(s));
            QCOMPARE(line->points(), static_cast<QXYSeries *>(fresh->series().at(s))->points());
            QCOMPARE(line->attachedAxes().size(), 2);
        }
        const QList<QAbstractAxis *> axes = shown->axes();
        QCOMPARE(axes.size(), fresh->axes().size());
        for (int x = 0; x < axes.size(); ++x) {
            auto *grade = qobject_cast<QCategoryAxis *>(axes.at(x));
            if (grade) {
                auto *again = qobject_cast<QCategoryAxis *>(fresh->axes().at(x));
                QVERIFY(again);
                QCOMPARE(grade->categoriesLabels(), again->categoriesLabels());
                QCOMPARE(grade->min(), again->min());
            }
            if (auto *dates = qobject_cast<QDateTimeAxis *>(axes.at(x))) {
                auto *again = qobject_cast<QDateTimeAxis *>(fresh->axes().at(x));
                QVERIFY(again);
                QCOMPARE(dates->min(), again->min());
                QCOMPARE(dates->max(), again->max());
                QCOMPARE(dates->tickCount(), again->tickCount());
            }
        }
        // The panel drew into the chart it already showed, where there was one to fill.
        const bool graded = !shown->axes().isEmpty();
        if (previous && graded && !previous->axes().isEmpty())
            QCOMPARE(shown, previous);
        previous = graded ? shown : nullptr;
    }
}

void TestJudgementsPanel::dialogRejectsBadInput_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("last day before first") << 0 << QStringLiteral("before the first day");
    QTest::newRow("published before the end") << 1 << QStringLiteral("publication date");
    QTest::newRow("no dates") << 2 << QStringLiteral("first day on site");
    QTest::newRow("graded visit") << 3 << QStringLiteral("not graded");
    QTest::newRow("recommendation without text") << 4 << QStringLiteral("has no text");
    QTest::newRow("recommendation numbered twice") << 5 << QStringLiteral("appears twice");
    QTest::newRow("recommendation number not a number") << 6 << QStringLiteral("numbered from 1");
}

void TestJudgementsPanel::dialogRejectsBadInput()
{
    QFETCH(int, kind);
    QFETCH(QString, message);
    InspectionRecord r = ilacs2019(idOf(QStringLiteral("Rutland")));
    r.judgements.append({0, 0, JudgementArea::Overall, QString(), Grade::Good, std::nullopt});
    InspectionDialog dialog(r);
    QVERIFY(dialog.problem().isEmpty());
    QVERIFY(okEnabled(dialog));
    QTableWidget *recs = dialog.recommendationTable();
    switch (kind) {
    case 0:
        dialog.endEdit()->setDate(QDate(2019, 9, 1));
        break;
    case 1:
        dialog.publishedEdit()->setDate(QDate(2019, 9, 10));
        break;
    case 2:
        dialog.startEdit()->setDate(dialog.startEdit()->minimumDate());
        dialog.endEdit()->setDate(dialog.endEdit()->minimumDate());
        dialog.publishedEdit()->setDate(dialog.publishedEdit()->minimumDate());
        break;
    case 3:
        // A focused visit offers no grades, but the chosen one must not slip through:
        // the dialog drops areas the framework does not grade.
        dialog.frameworkBox()->setCurrentIndex(
            dialog.frameworkBox()->findData(int(Framework::FocusedVisit)));
        QVERIFY(dialog.gradedAreasOffered().isEmpty());
        QVERIFY(dialog.record().judgements.isEmpty());
        QVERIFY(okEnabled(dialog));
        {
            InspectionRecord graded = dialog.record();
            graded.judgements.append(
                {0, 0, JudgementArea::Overall, QString(), Grade::Good, std::nullopt});
            QVERIFY(graded.validate().error().contains(message));
        }
        return;
    case 4:
        clickAdd(dialog);
        break;
    case 5:
        clickAdd(dialog);
        recs->item(0, 1)->setText(QStringLiteral("One"));
        clickAdd(dialog);
        recs->item(1, 1)->setText(QStringLiteral("Two"));
        recs->item(1, 0)->setText(QStringLiteral("1"));
        break;
    case 6:
        clickAdd(dialog);
        recs->item(0, 1)->setText(QStringLiteral("One"));
        recs->item(0, 0)->setText(QStringLiteral("first"));
        break;
    }
    QVERIFY2(dialog.problem().contains(message), qPrintable(dialog.problem()));
    QVERIFY(!okEnabled(dialog));
}

void TestJudgementsPanel::dialogOffersAreasOfTheFramework()
{
    InspectionDialog dialog(ilacs2019(idOf(QStringLiteral("Rutland"))));
    QVERIFY(dialog.gradedAreasOffered().contains(JudgementArea::ChildrenInCareAndCareLeavers));
    QVERIFY(!dialog.gradedAreasOffered().contains(JudgementArea::CareLeavers));
    dialog.startEdit()->setDate(QDate(2024, 2, 5));
    dialog.endEdit()->setDate(QDate(2024, 2, 16));
    dialog.publishedEdit()->setDate(QDate(2024, 3, 28));
    QVERIFY(dialog.gradedAreasOffered().contains(JudgementArea::CareLeavers));
    dialog.frameworkBox()->setCurrentIndex(dialog.frameworkBox()->findData(int(Framework::Sif)));
    QVERIFY(dialog.gradedAreasOffered().contains(JudgementArea::Lscb));
    QVERIFY(dialog.setGrade(JudgementArea::Adoption, Grade::Outstanding));
    const InspectionRecord r = dialog.record();
    QCOMPARE(r.judgements.size(), 1);
    QCOMPARE(r.judgements.first().area, JudgementArea::Adoption);
    QCOMPARE(r.judgements.first().areaTitle, QStringLiteral("Adoption performance"));
}

void TestJudgementsPanel::addEditDeleteAreUndoable()
{
    const qint64 rutland = idOf(QStringLiteral("Rutland"));
    m_panel->setAuthority(rutland);
    QAbstractItemModel *table = m_panel->inspectionTable()->model();
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!m_panel->editAction()->isEnabled());

    InspectionRecord r = ilacs2019(rutland);
    r.judgements.append({0, 0, JudgementArea::Overall, QString(), Grade::Good, std::nullopt});
    QCOMPARE(m_panel->save(r), QString());
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(m_panel->gridView()->model()->index(0, 0).data().toString(), QStringLiteral("Good"));
    QVERIFY(m_panel->editAction()->isEnabled());
    QCOMPARE(m_undo->undoText(), QStringLiteral("Add ILACS"));

    InspectionRecord edited = *m_store->judgements().record(m_panel->selectedInspection());
    edited.judgements.first().grade = Grade::Outstanding;
    QCOMPARE(m_panel->save(edited), QString());
    QCOMPARE(m_panel->gridView()->model()->index(0, 0).data().toString(),
             QStringLiteral("Outstanding"));

    m_undo->undo();
    QCOMPARE(m_panel->gridView()->model()->index(0, 0).data().toString(), QStringLiteral("Good"));
    m_undo->redo();
    QCOMPARE(m_panel->gridView()->model()->index(0, 0).data().toString(),
             QStringLiteral("Outstanding"));

    m_panel->inspectionTable()->selectRow(0);
    m_panel->deleteAction()->trigger();
    QCOMPARE(table->rowCount(), 0);
    QCOMPARE(m_store->judgements().inspections(rutland).size(), 0);
    m_undo->undo();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(m_store->judgements().gradePoints(rutland).first().grade, Grade::Outstanding);

    // A record the store refuses is reported and nothing is pushed.
    const int before = m_undo->count();
    InspectionRecord bad = ilacs2019(rutland);
    bad.inspection.endDate = QDate(2019, 1, 1);
    QVERIFY(m_panel->save(bad).contains(QLatin1String("before the first day")));
    QCOMPARE(m_undo->count(), before);
}

void TestJudgementsPanel::compareSeveralAuthorities()
{
    m_panel->setAuthority(idOf(QStringLiteral("Leicester")));
    GradeComparisonView *compare = m_panel->comparison();
    ShowPages::showPageOf(compare);
    // Starts with the authority and three of its statistical neighbours.
    QCOMPARE(compare->model()->authorities().size(), 4);
    const QList<qint64> neighbours =
        m_store->indicators().neighbours(idOf(QStringLiteral("Leicester")));
    for (qint64 id : compare->model()->authorities())
        QVERIFY(id == idOf(QStringLiteral("Leicester")) || neighbours.contains(id));
    compare->setCompared({idOf(QStringLiteral("Leicester")), idOf(QStringLiteral("Leicestershire")),
                          idOf(QStringLiteral("Example Borough (synthetic)"))});
    QCOMPARE(compare->model()->rowCount(), 4 + 3 + 4);
    QCOMPARE(compare->chartView()->chart()->series().size(), 3);
    compare->areaBox()->setCurrentIndex(compare->areaBox()->findData(int(AreaRow::Leadership)));
    QCOMPARE(compare->model()->areaRow(), AreaRow::Leadership);
    QVERIFY(compare->chartView()->chart()->title().startsWith(QLatin1String("Leadership")));
    // Selecting in the list changes what is compared.
    compare->authorityList()->selectionModel()->clearSelection();
    QCOMPARE(compare->model()->authorities().size(), 0);
    QCOMPARE(compare->model()->rowCount(), 0);
}

// A colleague saves the same inspection while this user has it open in the dialog: saving
// is refused, saying who changed it and what it holds, nothing of theirs is overwritten, and
// Reload shows their version with the inspection still chosen.
void TestJudgementsPanel::editOverAColleaguesSaveIsRefusedAndOffersReload()
{
    m_panel->setAuthority(idOf(QStringLiteral("Leicester")));
    const qint64 id = m_panel->selectedInspection();
    QVERIFY(id);
    const int undoBefore = m_undo->count();
    QString said;
    bool colleagueSaved = false;
    // When the dialog is open: the colleague saves, then this user presses OK and Reload.
    whenTheDialogOpensAColleagueSaves(
        this,
        [&]() {
            OpenError error;
            std::unique_ptr<Store> colleague = Store::open(m_temp->address(), &error);
            std::optional<InspectionRecord> theirs = colleague->judgements().record(id);
            theirs->inspection.summary = QStringLiteral("Summary by a colleague");
            colleagueSaved = colleague->judgements().updateInspection(*theirs).ok();
        },
        &said, QStringLiteral("Reload"));
    m_panel->editAction()->trigger();
    QVERIFY(colleagueSaved);
    QVERIFY2(said.startsWith(QLatin1String("Changed by ")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("since you opened it")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("overall")), qPrintable(said));
    QCOMPARE(m_store->judgements().record(id)->inspection.summary,
             QStringLiteral("Summary by a colleague"));
    QCOMPARE(m_undo->count(), undoBefore);
    QCOMPARE(m_panel->selectedInspection(), id);
    QVERIFY(m_panel->details()->toPlainText().contains(QLatin1String("Summary by a colleague")));
}

void TestJudgementsPanel::gradesTooWideAreShortenedNotCut()
{
    const QFontMetrics metrics(QApplication::font());
    const QString ri = QStringLiteral("Requires improvement");
    const QString code = QStringLiteral("requires_improvement");
    const int full = metrics.horizontalAdvance(ri);
    QCOMPARE(GradeCellDelegate::fitted(ri, code, metrics, full), ri);
    QCOMPARE(GradeCellDelegate::fitted(ri, code, metrics, full - 1),
             QStringLiteral("Req. improvement"));
    QCOMPARE(GradeCellDelegate::fitted(ri, code, metrics, metrics.horizontalAdvance(
                                                               QStringLiteral("RI")) + 2),
             QStringLiteral("RI"));
    QCOMPARE(GradeCellDelegate::fitted(ri, code, metrics, 1), QStringLiteral("RI")); // never cut
    const QString joint = QStringLiteral("Requires improvement (joint)");
    QCOMPARE(GradeCellDelegate::fitted(joint, code, metrics,
                                       metrics.horizontalAdvance(QStringLiteral("RI (joint)"))),
             QStringLiteral("RI (joint)"));
    QCOMPARE(GradeCellDelegate::fitted(QStringLiteral("not graded"), QString(), metrics, 5),
             QStringLiteral("not graded")); // not a grade: left to the view

    // In the panel: the grid uses it, and scrolls a whole column at a time, so the column at
    // the left edge is never shown from the middle of its words.
    m_panel->setAuthority(m_store->authorities().byName(QStringLiteral("Leicester"))->id);
    QTableView *grid = m_panel->gridView();
    QVERIFY(qobject_cast<GradeCellDelegate *>(grid->itemDelegate()));
    QCOMPARE(grid->horizontalScrollMode(), QAbstractItemView::ScrollPerItem);
    // Narrowed below the widest grade, a cell says "Req. improvement" or "RI".
    grid->setColumnWidth(1, metrics.horizontalAdvance(QStringLiteral("Req. improvement")) + 12);
    QStyleOptionViewItem option;
    option.initFrom(grid);
    option.rect = grid->visualRect(grid->model()->index(0, 1));
    option.widget = grid;
    QVERIFY(option.rect.width() < full);
    auto *delegate = static_cast<GradeCellDelegate *>(grid->itemDelegate());
    QSize hint = delegate->sizeHint(option, grid->model()->index(0, 1));
    QVERIFY(hint.isValid());
    const QString shown = GradeCellDelegate::fitted(
        grid->model()->index(0, 1).data().toString(),
        grid->model()->index(0, 1).data(JudgementGridModel::GradeRole).toString(),
        grid->fontMetrics(), option.rect.width() - 4);
    QVERIFY2(shown == QLatin1String("Req. improvement") || shown == QLatin1String("RI"),
             qPrintable(shown));
}

QTEST_MAIN(TestJudgementsPanel)
#include "tst_judgementspanel.moc"

