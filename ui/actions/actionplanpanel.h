#pragma once

#include "help/handbook.h"
#include "shell/authoritypanel.h"

#include "actions/actionplan.h"
#include "judgements/recommendation.h"

#include <functional>

QT_BEGIN_NAMESPACE
class QChartView;
class ChartPane;
QT_END_NAMESPACE
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTabWidget;
class QUndoStack;
class ActionFilterProxy;
class ActionTableModel;
class CoverageModel;
class MeasureProgressModel;
class EvidenceModel;
class QUrl;
struct MeasureContext;
class Store;
class UpdateHistoryModel;

// "How is the plan going?": every action with its owner, due date, RAG and progress,
// filtered and sorted as the board asks; coverage of the recommendations; RAG now and
// over time. Every change goes on the undo stack.
class ActionPlanPanel : public AuthorityPanel
{
    Q_OBJECT
public:
    ActionPlanPanel(Store &store, QUndoStack &undoStack, QWidget *parent = nullptr);

    QString title() const override { return tr("Action plan"); }
    void setAuthority(qint64 authorityId) override;
    bool focusFilter() override;

    ActionTableModel *actionModel() const { return m_model; }
    ActionFilterProxy *filter() const { return m_proxy; }
    QTableView *actionTable() const { return m_table; }
    CoverageModel *coverage() const { return m_coverage; }
    MeasureProgressModel *measures() const { return m_measures; }
    QTableView *measuresView() const { return m_measuresView; }
    EvidenceModel *evidence() const { return m_evidence; }
    // Opens the selected action's evidence at `row`: a web address, or a file after checking
    // it is still as attached (a moved or changed file is told, with its old SHA-256).
    // Returns what stopped it, if anything.
    QString openEvidence(int row);
    // Either kind of evidence: a web address, or a file checked against its SHA-256.
    QString openEvidenceDocument(const Evidence &evidence);
    // Adds a progress update and the evidence that backs it, as one step to undo; says why
    // not when refused (nothing then saved).
    QString saveUpdate(const ActionUpdate &update, const QList<Evidence> &evidence);
    // How evidence is opened: the desktop's own program, unless a test says otherwise.
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }
    // The authority's indicators and figures, for the action dialog's measures.
    MeasureContext measureContext() const;
    QChartView *ragNowView() const { return m_ragNow; }
    QChartView *ragOverTimeView() const { return m_ragOverTime; }
    QAction *historyAction() const { return m_showHistory; }
    QComboBox *planBox() const { return m_plan; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *ragBox() const { return m_rag; }
    QComboBox *officerBox() const { return m_officer; }
    QComboBox *recommendationBox() const { return m_recommendation; }
    QCheckBox *overdueBox() const { return m_overdue; }
    QLineEdit *searchEdit() const { return m_search; }

    // The life of a recommendation, each one undoable step saved over the inspection's
    // version as read (a colleague's change since is refused and said): closed on a date
    // with what closed it, opened again, or carried forward past a later inspection (or
    // not). Each returns the refusal, or nothing.
    QString closeRecommendation(qint64 recommendationId, const QDate &on, const QString &note,
                                const std::optional<Evidence> &evidence = std::nullopt);
    // Opens the document that shows the selected recommendation was met, checking first
    // that its file is as attached; says why not when it cannot.
    QString openClosingEvidence(qint64 recommendationId);
    QAction *openClosingEvidenceAction() const { return m_openClosingEvidence; }
    QString reopenRecommendation(qint64 recommendationId);
    QString carryForward(qint64 recommendationId, bool carry);
    QTableView *coverageView() const { return m_coverageView; }
    QAction *closeRecommendationAction() const { return m_closeRecommendation; }
    QAction *reopenRecommendationAction() const { return m_reopenRecommendation; }
    QAction *carryForwardAction() const { return m_carryForward; }

    // Adds one draft action for each recommendation, as one undoable step.
    QString createDraftsFor(const QList<qint64> &recommendationIds);
    // Reads a CSV into the current plan after showing what it holds; `ask` false imports
    // straight away when the file is valid (for scripts and tests).
    QString importCsv(const QString &fileName, bool ask = true);
    QString exportCsv(const QString &fileName) const;
    qint64 selectedAction() const;
    qint64 currentPlan() const;
    // Saves a change to a plan (its name, dates, board or whole-plan measures) as one step to
    // undo; says why not (a colleague's save since, a measure refused), or nothing.
    QString savePlan(const Plan &changed);
    QAction *editPlanAction() const { return m_editPlan; }

private:
    void rebuildFilters();
    void applyFilters();
    void redrawCharts();
    void selectionChanged();
    void newPlan();
    void editPlan();
    void newAction();
    void editAction();
    void deleteAction();
    void addUpdate();
    void draftsFromRecommendations();
    void exportCsvDialog();
    void importCsvDialog();
    // Says why something could not be done, with a What to Do leading to `topic`.
    void report(const QString &problem, const char *topic = HandbookTopic::cannotSave);
    void closeRecommendationDialog();
    void coverageSelectionChanged();
    qint64 selectedRecommendation() const;
    // Saves `change` made to the recommendation's copy in its inspection, as `text`.
    QString changeRecommendation(qint64 recommendationId, const QString &text,
                                 const std::function<void(Recommendation &)> &change);

    Store &m_store;
    QUndoStack &m_undoStack;
    qint64 m_authorityId = 0;
    ActionTableModel *m_model;
    ActionFilterProxy *m_proxy;
    CoverageModel *m_coverage;
    UpdateHistoryModel *m_history;
    MeasureProgressModel *m_measures;
    QTableView *m_measuresView = nullptr;
    EvidenceModel *m_evidence;
    QTableView *m_evidenceView = nullptr;
    std::function<bool(const QUrl &)> m_openUrl;
    QComboBox *m_plan;
    QComboBox *m_recommendation;
    QComboBox *m_status;
    QComboBox *m_rag;
    QComboBox *m_officer;
    QCheckBox *m_overdue;
    QLineEdit *m_search;
    QLabel *m_counts;
    QTableView *m_table;
    QTabWidget *m_side;
    QComboBox *m_ragNowBy;
    ChartPane *m_ragNowPane;
    QChartView *m_ragNow;
    ChartPane *m_ragOverTimePane;
    QChartView *m_ragOverTime;
    QList<QAction *> m_needsSelection;
    QTableView *m_coverageView = nullptr;
    QAction *m_closeRecommendation = nullptr;
    QAction *m_reopenRecommendation = nullptr;
    QAction *m_carryForward = nullptr;
    QAction *m_openClosingEvidence = nullptr;
    QAction *m_showHistory;
    QAction *m_editPlan = nullptr;
    bool m_historyKept;
    bool m_rebuilding = false;
};
