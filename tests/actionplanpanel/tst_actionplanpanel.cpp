// The action plan panel driven through its widgets, offscreen.
#include "support/colleaguesave.h"
#include "support/showpages.h"
#include "support/tempdatabase.h"

#include "actions/actiondialog.h"
#include "actions/actionfilterproxy.h"
#include "actions/actionplanpanel.h"
#include "actions/actionplanstore.h"
#include "actions/actiontablemodel.h"
#include "actions/actionupdatedialog.h"
#include "actions/closerecommendationdialog.h"
#include "actions/coveragemodel.h"
#include "actions/editactioncommand.h"
#include "actions/evidencedialog.h"
#include "actions/evidencemodel.h"
#include "actions/measuredialog.h"
#include "actions/measureprogressmodel.h"
#include "actions/plandialog.h"
#include "authorities/authoritystore.h"
#include "demo/demodatabase.h"
#include "demo/syntheticdemo.h"
#include "indicators/indicatorstore.h"
#include "judgements/recommendationlife.h"
#include "meetings/changessince.h"

#include <QAbstractButton>
#include <QAbstractSeries>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>
#include <QtTest>

class TestActionPlanPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void filtersThroughTheWidgets();
    void chartsDrawFromTheStore();
    void aChartOnAPageNotShownIsDrawnWhenShown();
    void draftsFromRecommendationsInOneStep();
    void recommendationLifeThroughTheCoverageTab();
    void closingEvidenceThroughTheDialogAndTheCoverageTab();
    void measuresThroughTheDialogsAndTheMeasuresTab();
    void wholePlanMeasuresThroughEditPlan();
    void realFiguresAreOfferedAsBaselines();
    void evidenceThroughTheDialogsAndTheEvidenceTab();
    void updateWithEvidenceThroughTheDialog();
    void csvExportImportThroughThePanel();
    void badCsvWritesNothing();
    void editOverAColleaguesSaveIsRefusedAndOffersReload();

private:
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ActionPlanPanel> m_panel;
    qint64 m_borough = 0;
};

void TestActionPlanPanel::init()
{
    m_temp = std::make_unique<TempDatabase>();
    m_store = m_temp->open();
    QVERIFY(DemoDatabase::populate(*m_store).ok());
    m_undo = std::make_unique<QUndoStack>();
    m_panel = std::make_unique<ActionPlanPanel>(*m_store, *m_undo);
    m_panel->resize(1200, 800);
    m_panel->show();
    m_borough = m_store->authorities().byName(SyntheticDemo::boroughName())->id;
    m_panel->setAuthority(m_borough);
}

void TestActionPlanPanel::cleanup()
{
    m_panel.reset();
    m_undo.reset();
    m_store.reset();
    m_temp.reset();
}

void TestActionPlanPanel::filtersThroughTheWidgets()
{
    QAbstractItemModel *shown = m_panel->actionTable()->model();
    QCOMPARE(shown->rowCount(), 28);
    m_panel->overdueBox()->setChecked(true);
    QVERIFY(shown->rowCount() < 28);
    for (int row = 0; row < shown->rowCount(); ++row)
        QVERIFY(shown->index(row, 0).data(ActionTableModel::OverdueRole).toBool());
    m_panel->overdueBox()->setChecked(false);

    m_panel->ragBox()->setCurrentIndex(m_panel->ragBox()->findData(int(Rag::Blue)));
    for (int row = 0; row < shown->rowCount(); ++row)
        QCOMPARE(shown->index(row, 0).data(ActionTableModel::RagRole).toString(),
                 QStringLiteral("blue"));
    m_panel->ragBox()->setCurrentIndex(0);

    QVERIFY(m_panel->focusFilter());
    QTest::keyClicks(m_panel->searchEdit(), QStringLiteral("pathway"));
    QVERIFY(shown->rowCount() > 0);
    for (int row = 0; row < shown->rowCount(); ++row)
        QVERIFY(shown->index(row, 0)
                    .data(ActionTableModel::SearchTextRole)
                    .toString()
                    .contains(QLatin1String("pathway"), Qt::CaseInsensitive));
    m_panel->searchEdit()->clear();
    QCOMPARE(shown->rowCount(), 28);

    QVERIFY(m_panel->officerBox()->count() > 2);
    m_panel->officerBox()->setCurrentIndex(1);
    const QString officer = m_panel->officerBox()->currentText();
    for (int row = 0; row < shown->rowCount(); ++row)
        QCOMPARE(shown->index(row, ActionTableModel::LeadOfficerColumn).data().toString(), officer);
}

void TestActionPlanPanel::chartsDrawFromTheStore()
{
    ShowPages::showPageOf(m_panel->ragNowView());
    QChart *now = m_panel->ragNowView()->chart();
    QCOMPARE(now->series().size(), 1);
    QVERIFY(now->title().contains(QLatin1String("RAG now")));
    ShowPages::showPageOf(m_panel->ragOverTimeView());
    QChart *overTime = m_panel->ragOverTimeView()->chart();
    QCOMPARE(overTime->series().size(), 4); // red, amber, green, blue bands
    QVERIFY(overTime->title().contains(QLatin1String("Improvement plan")));
}

// Switching authority draws only the charts in sight; one on a page behind another tab is
// drawn when its tab is chosen, for the authority chosen by then.
void TestActionPlanPanel::aChartOnAPageNotShownIsDrawnWhenShown()
{
    QWidget *overTime = m_panel->ragOverTimeView();
    ShowPages::showPageOf(overTime);
    QVERIFY(m_panel->ragOverTimeView()->chart()->title().contains(
        QLatin1String("Improvement plan")));
    QTabWidget *side = nullptr;
    for (QWidget *w = overTime; w && !side; w = w->parentWidget())
        side = qobject_cast<QTabWidget *>(w);
    QVERIFY(side);
    side->setCurrentIndex(0);
    QVERIFY(!overTime->isVisible());

    // Another authority, with no plan, chosen while the chart is out of sight.
    const qint64 other = m_store->authorities().byName(QStringLiteral("Leicester"))->id;
    QVERIFY(m_store->actionPlans().plans(other).isEmpty());
    m_panel->setAuthority(other);
    ShowPages::showPageOf(overTime);
    QVERIFY(!m_panel->ragOverTimeView()->chart()->title().contains(
        QLatin1String("Improvement plan")));

    side->setCurrentIndex(0);
    m_panel->setAuthority(m_borough);
    ShowPages::showPageOf(overTime);
    QVERIFY(m_panel->ragOverTimeView()->chart()->title().contains(
        QLatin1String("Improvement plan")));
}

void TestActionPlanPanel::draftsFromRecommendationsInOneStep()
{
    QList<qint64> uncovered;
    for (int row = 0; row < m_panel->coverage()->rowCount(); ++row) {
        if (m_panel->coverage()->index(row, 0).data(CoverageModel::UncoveredRole).toBool())
            uncovered << m_panel->coverage()
                             ->index(row, 0)
                             .data(CoverageModel::RecommendationIdRole)
                             .toLongLong();
    }
    QVERIFY(uncovered.size() >= 2);
    QCOMPARE(m_panel->createDraftsFor(uncovered), QString());
    QCOMPARE(m_panel->actionModel()->rowCount(), 28 + uncovered.size());
    QCOMPARE(m_undo->count(), 1);
    for (int row = 0; row < m_panel->coverage()->rowCount(); ++row)
        QVERIFY(!m_panel->coverage()->index(row, 0).data(CoverageModel::UncoveredRole).toBool() ||
                !uncovered.contains(m_panel->coverage()
                                        ->index(row, 0)
                                        .data(CoverageModel::RecommendationIdRole)
                                        .toLongLong()));
    m_undo->undo();
    QCOMPARE(m_panel->actionModel()->rowCount(), 28);
}

void TestActionPlanPanel::recommendationLifeThroughTheCoverageTab()
{
    CoverageModel *coverage = m_panel->coverage();
    QTableView *view = m_panel->coverageView();
    auto rowWhere = [&](RecommendationState state) {
        for (int row = 0; row < coverage->rowCount(); ++row) {
            if (RecommendationState(
                    coverage->index(row, 0).data(CoverageModel::StateRole).toInt()) == state)
                return row;
        }
        return -1;
    };
    auto stateOf = [&](qint64 id) {
        for (int row = 0; row < coverage->rowCount(); ++row) {
            if (coverage->index(row, 0).data(CoverageModel::RecommendationIdRole).toLongLong() ==
                id)
                return RecommendationState(
                    coverage->index(row, 0).data(CoverageModel::StateRole).toInt());
        }
        return RecommendationState::Open;
    };
    // Nothing chosen: nothing to do.
    view->setCurrentIndex({});
    QVERIFY(!m_panel->closeRecommendationAction()->isEnabled());
    QVERIFY(!m_panel->carryForwardAction()->isEnabled());

    // A superseded recommendation, carried forward through the toolbar, is open again.
    const int superseded = rowWhere(RecommendationState::Superseded);
    QVERIFY(superseded >= 0);
    const qint64 id =
        coverage->index(superseded, 0).data(CoverageModel::RecommendationIdRole).toLongLong();
    view->setCurrentIndex(coverage->index(superseded, CoverageModel::TextColumn));
    QVERIFY(m_panel->carryForwardAction()->isEnabled());
    QVERIFY(!m_panel->carryForwardAction()->isChecked());
    QVERIFY(!m_panel->reopenRecommendationAction()->isEnabled());
    const int undoSteps = m_undo->count();
    m_panel->carryForwardAction()->trigger();
    QCOMPARE(stateOf(id), RecommendationState::Open);
    QCOMPARE(m_undo->count(), undoSteps + 1);
    QVERIFY(m_undo->undoText().startsWith(QLatin1String("Carry forward recommendation")));
    // It can now be answered: the drafts offer it.
    QCOMPARE(m_panel->createDraftsFor({id}), QString());
    QCOMPARE(stateOf(id), RecommendationState::Answered);
    m_undo->undo();
    m_undo->undo();
    QCOMPARE(stateOf(id), RecommendationState::Superseded);

    // Closed with a date and a note; a date before the inspection is refused and said.
    const QString early = m_panel->closeRecommendation(id, QDate(2000, 1, 1), QString());
    QVERIFY2(early.contains(QLatin1String("before the inspection")), qPrintable(early));
    QCOMPARE(stateOf(id), RecommendationState::Superseded);
    QCOMPARE(m_panel->closeRecommendation(id, QDate(2023, 6, 30),
                                          QStringLiteral("Audit of plans, June 2023")),
             QString());
    QCOMPARE(stateOf(id), RecommendationState::Closed);
    int row = -1;
    for (int r = 0; r < coverage->rowCount(); ++r) {
        if (coverage->index(r, 0).data(CoverageModel::RecommendationIdRole).toLongLong() == id)
            row = r;
    }
    QCOMPARE(coverage->index(row, CoverageModel::StateColumn).data().toString(),
             QStringLiteral("Closed 30 Jun 2023"));
    view->setCurrentIndex(coverage->index(row, CoverageModel::TextColumn));
    QVERIFY(m_panel->reopenRecommendationAction()->isEnabled());
    QVERIFY(!m_panel->closeRecommendationAction()->isEnabled());
    m_panel->reopenRecommendationAction()->trigger();
    QCOMPARE(stateOf(id), RecommendationState::Superseded);
    m_undo->undo();
    QCOMPARE(stateOf(id), RecommendationState::Closed);
    m_undo->undo();
    QCOMPARE(stateOf(id), RecommendationState::Superseded);

    // The board pack lists only open recommendations among its exceptions.
    for (int r = 0; r < coverage->rowCount(); ++r) {
        const auto state =
            RecommendationState(coverage->index(r, 0).data(CoverageModel::StateRole).toInt());
        QCOMPARE(coverage->index(r, 0).data(CoverageModel::UncoveredRole).toBool(),
                 state == RecommendationState::Open);
    }
}

// A recommendation is closed with the document that shows it met: attached in the close
// dialog, kept with the recommendation (undone with its closing), shown in the coverage tab
// and the meeting's changes, and opened from there; a moved file is told and not opened.
void TestActionPlanPanel::closingEvidenceThroughTheDialogAndTheCoverageTab()
{
    CoverageModel *coverage = m_panel->coverage();
    QTableView *view = m_panel->coverageView();
    int row = -1;
    for (int r = 0; r < coverage->rowCount() && row < 0; ++r) {
        if (coverage->coverageAt(r).isLive())
            row = r;
    }
    QVERIFY(row >= 0);
    const ActionPlanStore::Coverage chosen = coverage->coverageAt(row);
    const qint64 id = chosen.recommendation.id;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case file audit.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Case file audit: 19 of 20 plans show the child's voice.");
    }

    // The dialog: no evidence at first; an attached file is shown and can be removed.
    CloseRecommendationDialog dialog(chosen, true);
    QCOMPARE(dialog.evidenceLabel()->text(), QStringLiteral("none"));
    QVERIFY(!dialog.removeButton()->isEnabled());
    QCOMPARE(dialog.attachButton()->text(), QStringLiteral("&Attach..."));
    // Attach... opens the evidence dialog without a progress update to back.
    EvidenceDialog attach(Evidence(), {}, true);
    attach.forClosing();
    QVERIFY(!attach.updateBox()->isVisibleTo(&attach));
    attach.setFile(path);
    attach.kindBox()->setCurrentIndex(
        attach.kindBox()->findData(QStringLiteral("case_file_audit")));
    QCOMPARE(attach.problem(), QString());
    dialog.setEvidence(attach.evidence());
    QVERIFY(dialog.evidenceLabel()->text().startsWith(QLatin1String("case file audit (case file")));
    QVERIFY(dialog.removeButton()->isEnabled());
    dialog.removeButton()->click();
    QVERIFY(!dialog.evidence());
    dialog.setEvidence(attach.evidence());
    dialog.dateEdit()->setDate(QDate::currentDate());
    dialog.noteEdit()->setText(QStringLiteral("Audit shows it met"));
    QCOMPARE(dialog.problem(), QString());

    const int steps = m_undo->count();
    QCOMPARE(m_panel->closeRecommendation(id, dialog.closedOn(), dialog.note(), dialog.evidence()),
             QString());
    QCOMPARE(m_undo->count(), steps + 1);
    int closedRow = -1;
    for (int r = 0; r < coverage->rowCount(); ++r) {
        if (coverage->coverageAt(r).recommendation.id == id)
            closedRow = r;
    }
    const ActionPlanStore::Coverage closed = coverage->coverageAt(closedRow);
    QCOMPARE(closed.state, RecommendationState::Closed);
    QVERIFY(closed.recommendation.closedEvidence);
    QCOMPARE(closed.recommendation.closedEvidence->sha256, Evidences::fingerprint(path).value());
    QCOMPARE(closed.recommendation.closedEvidence->kind, QStringLiteral("case_file_audit"));
    const QString tip =
        coverage->index(closedRow, CoverageModel::StateColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("Evidence: case file audit")), qPrintable(tip));
    // What changed since yesterday names it.
    const QString changes =
        ChangesSince::between(*m_store, m_borough, QDate::currentDate().addDays(-1),
                              QDate::currentDate())
            .html(QString());
    QVERIFY2(changes.contains(QLatin1String("(evidence: case file audit)")), qPrintable(changes));

    // Opened from the coverage tab; once moved, told with its SHA-256 and not opened.
    QList<QUrl> opened;
    m_panel->setUrlOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    view->setCurrentIndex(coverage->index(closedRow, CoverageModel::TextColumn));
    QVERIFY(m_panel->openClosingEvidenceAction()->isEnabled());
    QCOMPARE(m_panel->openClosingEvidence(id), QString());
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(path)});
    QVERIFY(QFile::rename(path, dir.filePath(QStringLiteral("moved.txt"))));
    const QString stopped = m_panel->openClosingEvidence(id);
    QVERIFY2(stopped.contains(closed.recommendation.closedEvidence->sha256), qPrintable(stopped));
    QCOMPARE(opened.size(), 1);

    // Undone with its closing; reopening clears it.
    m_undo->undo();
    for (int r = 0; r < coverage->rowCount(); ++r) {
        if (coverage->coverageAt(r).recommendation.id == id)
            QVERIFY(!coverage->coverageAt(r).recommendation.closedEvidence);
    }
    m_undo->redo();
    QCOMPARE(m_panel->reopenRecommendation(id), QString());
    for (int r = 0; r < coverage->rowCount(); ++r) {
        if (coverage->coverageAt(r).recommendation.id == id)
            QVERIFY(!coverage->coverageAt(r).recommendation.closedEvidence);
    }
    m_undo->undo();
    m_undo->undo();

    // Evidence for a recommendation not closed, or with no title, is refused with a reason.
    Evidence untitled = attach.evidence();
    untitled.title.clear();
    const QString refused =
        m_panel->closeRecommendation(id, QDate::currentDate(), QString(), untitled);
    QVERIFY2(refused.contains(QLatin1String("needs a title")), qPrintable(refused));
}

// Evidence is attached in the action's dialog (a file known by its SHA-256, or a web
// address), listed in the Evidence tab with whether its file is as attached, and opened from
// there; a moved file is told with its old SHA-256 and not opened.
void TestActionPlanPanel::evidenceThroughTheDialogsAndTheEvidenceTab()
{
    QAbstractItemModel *shown = m_panel->actionTable()->model();
    m_panel->actionTable()->setCurrentIndex(shown->index(0, 0));
    const qint64 id = shown->index(0, 0).data(ActionTableModel::ActionIdRole).toLongLong();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("supervision audit.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Supervision audit, November: 18 of 20 records show reflective discussion.");
    }
    const QList<ActionUpdate> updates = m_store->actionPlans().updates(id);
    EvidenceDialog dialog(Evidence(), updates, true);
    QVERIFY(!dialog.problem().isEmpty()); // nothing named yet
    dialog.locationEdit()->setText(dir.filePath(QStringLiteral("nowhere.pdf")));
    emit dialog.locationEdit()->editingFinished();
    dialog.titleEdit()->setText(QStringLiteral("Audit"));
    QVERIFY2(dialog.problem().contains(QLatin1String("There is no file")),
             qPrintable(dialog.problem()));
    dialog.titleEdit()->clear();
    dialog.setFile(path);
    QCOMPARE(dialog.titleEdit()->text(), QStringLiteral("supervision audit"));
    QCOMPARE(dialog.problem(), QString());
    QCOMPARE(dialog.evidence().sha256, Evidences::fingerprint(path).value());
    // On a team's server, a file on this computer's own disk is warned of, not refused.
    QVERIFY2(dialog.warning().contains(QLatin1String("own disk")), qPrintable(dialog.warning()));
    dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(QStringLiteral("audit")));
    dialog.updateBox()->setCurrentIndex(dialog.updateBox()->count() - 1);
    const Evidence attached = dialog.evidence();
    QCOMPARE(attached.updateId, std::optional(updates.last().id));
    // A web address needs no SHA-256, and colleagues can reach it.
    EvidenceDialog web(Evidence(), updates, true);
    web.titleEdit()->setText(QStringLiteral("Board minutes"));
    web.locationEdit()->setText(QStringLiteral("https://example.org/minutes"));
    emit web.locationEdit()->editingFinished();
    QCOMPARE(web.problem(), QString());
    QCOMPARE(web.warning(), QString());

    ActionDialog edit(*m_store->actionPlans().action(id), m_store->actionPlans().plans(m_borough),
                      m_store->actionPlans().coverage(m_borough), m_panel->measureContext());
    const int before = edit.evidenceTable()->rowCount();
    QCOMPARE(edit.setEvidence(-1, attached), QString());
    QCOMPARE(edit.setEvidence(-1, web.evidence()), QString());
    QCOMPARE(edit.evidenceTable()->rowCount(), before + 2);
    m_undo->push(new EditActionCommand(m_store->actionPlans(), edit.action()));
    EvidenceModel *listed = m_panel->evidence();
    QCOMPARE(listed->rowCount(), before + 2);
    const int fileRow = before;
    QCOMPARE(listed->index(fileRow, EvidenceModel::StandsColumn).data().toString(),
             QStringLiteral("File as attached"));
    QVERIFY(listed->index(fileRow, EvidenceModel::BacksColumn)
                .data()
                .toString()
                .startsWith(QLatin1String("update of")));

    // Opened from the tab: the file, and the web address, each by the desktop's program.
    QList<QUrl> opened;
    m_panel->setUrlOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    QCOMPARE(m_panel->openEvidence(fileRow), QString());
    QCOMPARE(m_panel->openEvidence(fileRow + 1), QString());
    QCOMPARE(opened, (QList<QUrl>{QUrl::fromLocalFile(path),
                                  QUrl(QStringLiteral("https://example.org/minutes"))}));
    // Moved: said with the SHA-256 it had, and not opened.
    QVERIFY(QFile::rename(path, dir.filePath(QStringLiteral("elsewhere.txt"))));
    listed->setAction(id);
    QCOMPARE(listed->index(fileRow, EvidenceModel::StandsColumn).data().toString(),
             QStringLiteral("Moved or deleted"));
    const QString stopped = m_panel->openEvidence(fileRow);
    QVERIFY2(stopped.contains(attached.sha256), qPrintable(stopped));
    QCOMPARE(opened.size(), 2);
    m_undo->undo();
    QCOMPARE(listed->rowCount(), before);
}

// A progress update can bring the evidence that backs it: attached in the update's dialog,
// saved with the update as one step to undo, and listed as backing that update.
void TestActionPlanPanel::updateWithEvidenceThroughTheDialog()
{
    QAbstractItemModel *shown = m_panel->actionTable()->model();
    const qint64 id = shown->index(0, 0).data(ActionTableModel::ActionIdRole).toLongLong();
    const int updatesBefore = int(m_store->actionPlans().updates(id).size());
    const int evidenceBefore = int(m_store->actionPlans().evidence(id).size());
    ActionUpdate previous;
    previous.actionId = id;
    previous.author = QStringLiteral("Head of Service");
    ActionUpdateDialog dialog(QStringLiteral("An action"), previous, true);
    QCOMPARE(dialog.evidenceList()->item(0)->text(), QStringLiteral("none"));
    QVERIFY(!dialog.removeEvidenceButton()->isEnabled());
    dialog.noteEdit()->setPlainText(QStringLiteral("Audit of supervision complete."));
    Evidence minutes;
    minutes.title = QStringLiteral("Practice board minutes");
    minutes.kind = QStringLiteral("minutes");
    minutes.location = QStringLiteral("https://example.org/synthetic/minutes-december");
    dialog.addEvidence(minutes);
    QCOMPARE(dialog.evidenceList()->count(), 1);
    QCOMPARE(dialog.evidenceList()->item(0)->text(),
             QStringLiteral("Practice board minutes (minutes)"));
    dialog.removeEvidenceButton()->click();
    QVERIFY(dialog.evidence().isEmpty());
    dialog.addEvidence(minutes);

    const int steps = m_undo->index();
    QCOMPARE(m_panel->saveUpdate(dialog.update(), dialog.evidence()), QString());
    QCOMPARE(m_undo->index(), steps + 1);
    QCOMPARE(m_undo->undoText(), QStringLiteral("Add progress update with evidence"));
    const QList<ActionUpdate> updates = m_store->actionPlans().updates(id);
    QCOMPARE(updates.size(), updatesBefore + 1);
    const QList<Evidence> held = m_store->actionPlans().evidence(id);
    QCOMPARE(held.size(), evidenceBefore + 1);
    QCOMPARE(held.last().title, minutes.title);
    QVERIFY(held.last().updateId);
    const ActionUpdate &added =
        *std::find_if(updates.cbegin(), updates.cend(), [](const ActionUpdate &u) {
            return u.note == QLatin1String("Audit of supervision complete.");
        });
    QCOMPARE(*held.last().updateId, added.id);

    // One step back takes both; one step forward brings both.
    m_undo->undo();
    QCOMPARE(m_store->actionPlans().updates(id).size(), updatesBefore);
    QCOMPARE(m_store->actionPlans().evidence(id).size(), evidenceBefore);
    m_undo->redo();
    QCOMPARE(m_store->actionPlans().updates(id).size(), updatesBefore + 1);
    QCOMPARE(m_store->actionPlans().evidence(id).size(), evidenceBefore + 1);
    m_undo->undo();

    // Evidence refused (no title): the update is not saved either, and the reason is said.
    Evidence untitled = minutes;
    untitled.title.clear();
    const QString refused = m_panel->saveUpdate(dialog.update(), {untitled});
    QVERIFY2(refused.contains(QLatin1String("needs a title")), qPrintable(refused));
    QCOMPARE(m_store->actionPlans().updates(id).size(), updatesBefore);
    QCOMPARE(m_undo->index(), steps);
}

// Leicestershire has no action in the demo (none is invented for a real authority), but its
// published figures stand ready: an action it adds is offered them as baselines, cited.
void TestActionPlanPanel::realFiguresAreOfferedAsBaselines()
{
    const qint64 leicestershire =
        m_store->authorities().byName(QStringLiteral("Leicestershire"))->id;
    QVERIFY(m_store->actionPlans().plans(leicestershire).isEmpty());
    m_panel->setAuthority(leicestershire);
    MeasureContext context = m_panel->measureContext();
    context.actionStart = QDate(2024, 6, 1);
    const qint64 cla = m_store->indicators().indicator(QStringLiteral("cla_rate"))->id;
    MeasureDialog dialog(ImpactMeasure(), context);
    dialog.indicatorBox()->setCurrentIndex(dialog.indicatorBox()->findData(cla));
    QVERIFY2(dialog.baselineBox()->currentText().contains(QLatin1String("stored figure")),
             qPrintable(dialog.baselineBox()->currentText()));
    QCOMPARE(dialog.baselineDateEdit()->date(), QDate(2023, 3, 31));
    QVERIFY2(dialog.baselineSourceEdit()->text().contains(QLatin1String("Published statistics")),
             qPrintable(dialog.baselineSourceEdit()->text()));
    m_panel->setAuthority(m_borough);
}

void TestActionPlanPanel::measuresThroughTheDialogsAndTheMeasuresTab()
{
    // The demo aims an action on pathway plans at care leavers in education or work.
    const qint64 eet = m_store->indicators().indicator(QStringLiteral("care_leavers_eet_pct"))->id;
    const QList<ActionPlanStore::MeasureAim> aimed =
        m_store->actionPlans().measuresOn(m_borough, eet);
    QCOMPARE(aimed.size(), 1);
    QVERIFY(aimed.first().action);
    const qint64 id = aimed.first().action->id;
    QAbstractItemModel *shown = m_panel->actionTable()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, 0).data(ActionTableModel::ActionIdRole).toLongLong() == id)
            m_panel->actionTable()->setCurrentIndex(shown->index(row, 0));
    }
    // The action's measure, then the demo plan's own (on children looked after).
    MeasureProgressModel *measures = m_panel->measures();
    QCOMPARE(measures->rowCount(), 2);
    QCOMPARE(measures->index(0, MeasureProgressModel::IndicatorColumn).data().toString(),
             QStringLiteral("Care leavers aged 19 to 21 in education, employment or training"));
    QCOMPARE(measures->index(1, MeasureProgressModel::ForColumn).data().toString(),
             QStringLiteral("Whole plan"));
    const QString stands = measures->index(0, MeasureProgressModel::StandsColumn).data().toString();
    QVERIFY2(stands.startsWith(QLatin1String("On track")) ||
                 stands.startsWith(QLatin1String("Off track")) ||
                 stands == QLatin1String("Target met"),
             qPrintable(stands));
    // The latest figure is the borough's 2024-25 one, after the baseline.
    QVERIFY(measures->index(0, MeasureProgressModel::LatestColumn)
                .data()
                .toString()
                .endsWith(QLatin1String("31 Mar 2025")));

    // The measure dialog offers the latest stored figure up to the action's start.
    MeasureContext context = m_panel->measureContext();
    context.actionStart = QDate(2024, 6, 1);
    MeasureDialog dialog(ImpactMeasure(), context);
    dialog.indicatorBox()->setCurrentIndex(dialog.indicatorBox()->findData(eet));
    QVERIFY(dialog.baselineBox()->currentText().contains(QLatin1String("stored figure")));
    QCOMPARE(dialog.baselineDateEdit()->date(), QDate(2024, 3, 31));
    QVERIFY(!dialog.baselineValueEdit()->isEnabled());
    QVERIFY(dialog.baselineSourceEdit()->text().startsWith(QLatin1String("Stored figure for")));
    dialog.targetDateEdit()->setDate(QDate(2023, 1, 1));
    QVERIFY2(dialog.problem().contains(QLatin1String("not after the baseline")),
             qPrintable(dialog.problem()));
    dialog.targetDateEdit()->setDate(QDate(2026, 3, 31));
    dialog.targetValueEdit()->setValue(dialog.baselineValueEdit()->value() - 5);
    QCOMPARE(dialog.problem(), QString());
    QVERIFY2(dialog.warning().contains(QLatin1String("higher is better")),
             qPrintable(dialog.warning()));
    // A typed baseline says where it came from.
    dialog.baselineBox()->setCurrentIndex(dialog.baselineBox()->count() - 1);
    QVERIFY(dialog.baselineValueEdit()->isEnabled());
    dialog.baselineSourceEdit()->clear();
    QVERIFY(dialog.problem().contains(QLatin1String("comes from")));
    dialog.baselineSourceEdit()->setText(QStringLiteral("Local performance report, June 2024"));
    QCOMPARE(dialog.problem(), QString());
    // A milestone on the way is listed; one after the target is refused and says so.
    dialog.addMilestone(QDate(2025, 3, 31), dialog.baselineValueEdit()->value() - 2);
    QCOMPARE(dialog.milestoneList()->count(), 1);
    QVERIFY(dialog.milestoneList()->item(0)->text().endsWith(QLatin1String("31 March 2025")));
    dialog.addMilestone(QDate(2027, 1, 31), 50);
    QVERIFY2(dialog.problem().contains(QLatin1String("not between")), qPrintable(dialog.problem()));
    dialog.removeMilestone(1);
    QCOMPARE(dialog.problem(), QString());
    QCOMPARE(dialog.measure().milestones.size(), 1);

    // Through the action's dialog, a second measure is saved with the action, undoably; the
    // same indicator twice is refused.
    ActionDialog edit(*m_store->actionPlans().action(id), m_store->actionPlans().plans(m_borough),
                      m_store->actionPlans().coverage(m_borough), context);
    QCOMPARE(edit.measureTable()->rowCount(), 1);
    QVERIFY(edit.setMeasure(-1, aimed.first().measure).contains(QLatin1String("already")));
    ImpactMeasure more = dialog.measure();
    more.indicatorId =
        m_store->indicators().indicator(QStringLiteral("care_leavers_in_touch_pct"))->id;
    QCOMPARE(edit.setMeasure(-1, more), QString());
    QCOMPARE(edit.measureTable()->rowCount(), 2);
    m_undo->push(new EditActionCommand(m_store->actionPlans(), edit.action()));
    QCOMPARE(measures->rowCount(), 3);
    m_undo->undo();
    QCOMPARE(measures->rowCount(), 2);
    m_undo->redo();
    QCOMPARE(measures->rowCount(), 3);
}

// The plan as a whole aims at a figure: set through Edit Plan, shown in the Measures tab
// beside the chosen action's own (and alone with no action chosen), one step to undo, carried
// by the CSV, and refused over a colleague's save with who and what.
void TestActionPlanPanel::wholePlanMeasuresThroughEditPlan()
{
    const qint64 plan = m_panel->currentPlan();
    QVERIFY(plan);
    QVERIFY(m_panel->editPlanAction()->isEnabled());
    const qint64 eet = m_store->indicators().indicator(QStringLiteral("care_leavers_eet_pct"))->id;
    const qint64 rate = m_store->indicators().indicator(QStringLiteral("cpp_rate"))->id;
    // The demo's plan already aims at children looked after.
    QCOMPARE(m_store->actionPlans().planMeasures(plan).size(), 1);
    ImpactMeasure aim;
    aim.indicatorId = rate;
    aim.baselineValue = 62;
    aim.baselineOn = QDate(2024, 3, 31);
    aim.baselineSource = QStringLiteral("Typed for the test");
    aim.targetValue = 58;
    aim.targetOn = QDate(2027, 3, 31);

    // Through the dialog that Edit Plan opens: a measure of the plan, and the same indicator
    // again refused with a reason.
    QString refusedTwice;
    bool seen = false;
    QTimer::singleShot(0, this, [&]() {
        auto *dialog = qobject_cast<PlanDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = dialog->windowTitle() == QLatin1String("Edit Action Plan") &&
               dialog->measureTable() && dialog->measureTable()->rowCount() == 1;
        dialog->setMeasure(-1, aim);
        refusedTwice = dialog->setMeasure(-1, aim);
        dialog->accept();
    });
    m_panel->editPlanAction()->trigger();
    QVERIFY(seen);
    QVERIFY2(refusedTwice.contains(QLatin1String("plan already measures")),
             qPrintable(refusedTwice));
    QCOMPARE(m_store->actionPlans().planMeasures(plan).size(), 2);
    QVERIFY(m_undo->undoText().startsWith(QLatin1String("Edit plan")));

    // With no action chosen, the Measures tab holds the plan's own; with the action on pathway
    // plans chosen, its measure and then the plan's.
    m_panel->actionTable()->setCurrentIndex(QModelIndex());
    MeasureProgressModel *measures = m_panel->measures();
    QCOMPARE(measures->rowCount(), 2);
    QCOMPARE(measures->index(1, MeasureProgressModel::ForColumn).data().toString(),
             QStringLiteral("Whole plan"));
    const qint64 action = m_store->actionPlans().measuresOn(m_borough, eet).first().action->id;
    QAbstractItemModel *shown = m_panel->actionTable()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, 0).data(ActionTableModel::ActionIdRole).toLongLong() == action)
            m_panel->actionTable()->setCurrentIndex(shown->index(row, 0));
    }
    QCOMPARE(measures->rowCount(), 3);
    QCOMPARE(measures->index(0, MeasureProgressModel::ForColumn).data().toString(),
             QStringLiteral("This action"));
    QCOMPARE(measures->index(2, MeasureProgressModel::IndicatorColumn).data().toString(),
             m_store->indicators().indicator(rate)->name);
    m_undo->undo();
    QCOMPARE(measures->rowCount(), 2);
    m_undo->redo();
    QCOMPARE(measures->rowCount(), 3);

    // The CSV carries it on a row of its own, and importing the file brings it back with the
    // actions in one step: the plan's measure of the same indicator is replaced, not doubled.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plan.csv"));
    QCOMPARE(m_panel->exportCsv(file), QString());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().contains("Whole plan"));
    written.close();
    const int steps = m_undo->count();
    QCOMPARE(m_panel->importCsv(file, false), QString());
    QCOMPARE(m_undo->count(), steps + 1);
    QCOMPARE(m_store->actionPlans().planMeasures(plan).size(), 2);
    QCOMPARE(m_panel->actionModel()->rowCount(), 56);
    m_undo->undo();
    QCOMPARE(m_panel->actionModel()->rowCount(), 28);
    QCOMPARE(m_store->actionPlans().planMeasures(plan).size(), 2);

    // A colleague takes the measure away while the dialog is open: this user's save is
    // refused, saying who and what the plan holds now, and theirs stands.
    QString said;
    bool colleagueSaved = false;
    whenTheDialogOpensAColleagueSaves(
        this,
        [&]() {
            OpenError error;
            std::unique_ptr<Store> colleague = Store::open(m_temp->address(), &error);
            std::optional<Plan> theirs = colleague->actionPlans().plan(plan);
            theirs->measures->clear();
            colleagueSaved = colleague->actionPlans().updatePlan(*theirs).ok();
        },
        &said, QStringLiteral("OK"));
    const int before = m_undo->count();
    m_panel->editPlanAction()->trigger();
    QVERIFY(colleagueSaved);
    QVERIFY2(said.contains(QLatin1String("since you opened it")) &&
                 said.contains(QLatin1String("0 measure")),
             qPrintable(said));
    QCOMPARE(m_undo->count(), before);
    QVERIFY(m_store->actionPlans().planMeasures(plan).isEmpty());
}

void TestActionPlanPanel::csvExportImportThroughThePanel()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plan.csv"));
    QCOMPARE(m_panel->exportCsv(file), QString());
    QCOMPARE(m_panel->importCsv(file, false), QString());
    QCOMPARE(m_panel->actionModel()->rowCount(), 56);
    QCOMPARE(m_undo->undoText(), QStringLiteral("Import 28 action(s)"));
    m_undo->undo();
    QCOMPARE(m_panel->actionModel()->rowCount(), 28);
    QCOMPARE(m_panel->exportCsv(dir.filePath(QStringLiteral("no/such/folder.csv"))).isEmpty(),
             false);
}

void TestActionPlanPanel::badCsvWritesNothing()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bad.csv"));
    QCOMPARE(m_panel->exportCsv(file), QString());
    QFile f(file);
    QVERIFY(f.open(QIODevice::Append));
    f.write("Late row,,,,,,2026-13-01,,,,,,\r\n");
    f.close();
    const QString problem = m_panel->importCsv(file, false);
    // Row 2 is the plan's own measures, so the late action is row 31.
    QVERIFY2(problem.contains(QLatin1String("Row 31, column \"Due date\"")), qPrintable(problem));
    QCOMPARE(m_panel->actionModel()->rowCount(), 28);
    QCOMPARE(m_undo->count(), 0);
}

// A colleague saves the same action while this user has it open in the dialog: saving is
// refused, saying who changed it and what it holds, nothing of theirs is overwritten, and
// Reload shows their version with the action still chosen.
void TestActionPlanPanel::editOverAColleaguesSaveIsRefusedAndOffersReload()
{
    QTableView *table = m_panel->actionTable();
    table->selectRow(3);
    const qint64 id = table->currentIndex().data(ActionTableModel::ActionIdRole).toLongLong();
    QAction *edit = nullptr;
    for (QAction *a : m_panel->actions()) {
        if (a->text() == QLatin1String("&Edit..."))
            edit = a;
    }
    QVERIFY(edit);
    const int undoBefore = m_undo->count();
    QString said;
    bool colleagueSaved = false;
    // When the dialog is open: the colleague saves, then this user presses OK and Reload.
    whenTheDialogOpensAColleagueSaves(
        this,
        [&]() {
            OpenError error;
            std::unique_ptr<Store> colleague = Store::open(m_temp->address(), &error);
            std::optional<Action> theirs = colleague->actionPlans().action(id);
            theirs->title = QStringLiteral("Renamed by a colleague");
            colleagueSaved = colleague->actionPlans().updateAction(*theirs).ok();
        },
        &said, QStringLiteral("Reload"));
    edit->trigger();
    QVERIFY(colleagueSaved);
    QVERIFY2(said.startsWith(QLatin1String("Changed by ")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("since you opened it")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("Renamed by a colleague")), qPrintable(said));
    QCOMPARE(m_store->actionPlans().action(id)->title, QStringLiteral("Renamed by a colleague"));
    QCOMPARE(m_undo->count(), undoBefore);
    QCOMPARE(table->currentIndex().data(ActionTableModel::ActionIdRole).toLongLong(), id);
    QCOMPARE(table->currentIndex().siblingAtColumn(ActionTableModel::TitleColumn).data().toString(),
             QStringLiteral("Renamed by a colleague"));
}

QTEST_MAIN(TestActionPlanPanel)
#include "tst_actionplanpanel.moc"
