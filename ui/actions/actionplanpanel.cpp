#include "actions/actionplanpanel.h"

#include "help/handbook.h"
#include "help/whattodo.h"
#include "shell/taborder.h"

#include "charts/chartpane.h"

#include "actions/actiondialog.h"
#include "actions/actionupdatedialog.h"
#include "actions/closerecommendationdialog.h"
#include "actions/csvimportdialog.h"
#include "actions/plandialog.h"
#include "actions/statusdelegate.h"
#include "charts/chartcatalog.h"
#include "charts/screenchart.h"
#include "export/chartactions.h"
#include "export/tableexport.h"
#include "history/historypanel.h"
#include "shell/readonlyguard.h"
#include "shell/settingskeys.h"
#include "shell/undopush.h"

#include "actions/actionfilterproxy.h"
#include "actions/actionplancsv.h"
#include "actions/actionplanstore.h"
#include "actions/actiontablemodel.h"
#include "actions/addactionscommand.h"
#include "actions/addactionupdatecommand.h"
#include "actions/addplancommand.h"
#include "actions/coveragemodel.h"
#include "actions/editactioncommand.h"
#include "actions/editplancommand.h"
#include "actions/evidencemodel.h"
#include "actions/measureprogressmodel.h"
#include "actions/removeactioncommand.h"
#include "actions/updatehistorymodel.h"
#include "authorities/authoritystore.h"
#include "files/atomicfile.h"
#include "indicators/indicatorstore.h"
#include "judgements/editinspectioncommand.h"
#include "judgements/judgementstore.h"
#include "judgements/recommendationlife.h"
#include "store/store.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace {

QTableView *table(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    return view;
}

} // namespace

ActionPlanPanel::ActionPlanPanel(Store &store, QUndoStack &undoStack, QWidget *parent)
    : AuthorityPanel(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_model(new ActionTableModel(store.actionPlans(), &undoStack, this))
    , m_proxy(new ActionFilterProxy(this))
    , m_coverage(new CoverageModel(store.actionPlans(), this))
    , m_history(new UpdateHistoryModel(store.actionPlans(), this))
    , m_measures(new MeasureProgressModel(store.actionPlans(), store.indicators(), this))
    , m_evidence(new EvidenceModel(store.actionPlans(), this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_plan(new QComboBox(this))
    , m_recommendation(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_rag(new QComboBox(this))
    , m_officer(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("&Overdue only"), this))
    , m_search(new QLineEdit(this))
    , m_counts(new QLabel(this))
    , m_table(table(m_proxy, tr("Actions"), this))
    , m_side(new QTabWidget(this))
    , m_ragNowBy(new QComboBox(this))
    , m_ragNowPane(new ChartPane(tr("Chart of actions by current RAG"), this))
    , m_ragNow(m_ragNowPane->view())
    , m_ragOverTimePane(new ChartPane(tr("Chart of actions by RAG at each month end"), this))
    , m_ragOverTime(m_ragOverTimePane->view())
    , m_showHistory(HistoryPanel::itemHistoryAction(store, this))
    , m_historyKept(m_showHistory->isEnabled())
{
    Handbook::setTopic(this, HandbookTopic::actionPlan);
    setAccessibleName(tr("Action plan"));
    m_proxy->setSourceModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActionTableModel::DueColumn, Qt::AscendingOrder);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    ReadOnlyGuard::markEditing(m_table);
    m_table->setItemDelegateForColumn(ActionTableModel::StatusColumn, new StatusDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ActionTableModel::TitleColumn, 300);
    m_table->setColumnWidth(ActionTableModel::RecommendationsColumn, 50);
    m_table->setColumnWidth(ActionTableModel::LeadOfficerColumn, 150);
    m_table->setColumnWidth(ActionTableModel::ServiceAreaColumn, 110);
    m_table->setColumnHidden(ActionTableModel::StartColumn, true);
    m_table->setColumnWidth(ActionTableModel::StartColumn, 95);
    m_table->setColumnWidth(ActionTableModel::DueColumn, 150);
    m_table->setColumnWidth(ActionTableModel::StatusColumn, 95);
    m_table->setColumnWidth(ActionTableModel::RagColumn, 125);
    m_table->setColumnWidth(ActionTableModel::PercentColumn, 55);
    m_table->setColumnWidth(ActionTableModel::LastUpdateColumn, 100);
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    connect(m_model, &ActionTableModel::editRefused, this,
            [this](const QString &problem) { report(problem); });
    TableExport::attach(m_table, tr("Actions"));

    // Filters
    m_search->setPlaceholderText(tr("Search actions and notes"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search actions"));
    m_plan->setAccessibleName(tr("Plan"));
    m_recommendation->setAccessibleName(tr("Recommendation"));
    m_status->setAccessibleName(tr("Status"));
    m_rag->setAccessibleName(tr("RAG"));
    m_officer->setAccessibleName(tr("Lead officer"));
    for (QComboBox *box : {m_plan, m_recommendation, m_officer}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    m_status->addItem(tr("Any status"));
    for (ActionStatus s : ActionStatuses::all())
        m_status->addItem(ActionStatuses::title(s), int(s));
    m_rag->addItem(tr("Any RAG"));
    for (Rag r : Rags::all())
        m_rag->addItem(Rags::title(r), int(r));
    m_rag->addItem(tr("No update yet"), -1);
    auto *filters = new QGridLayout;
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    filters->addWidget(label(tr("&Plan:"), m_plan), 0, 0);
    filters->addWidget(m_plan, 0, 1);
    filters->addWidget(label(tr("Re&commendation:"), m_recommendation), 0, 2);
    filters->addWidget(m_recommendation, 0, 3);
    filters->addWidget(label(tr("Le&ad officer:"), m_officer), 0, 4);
    filters->addWidget(m_officer, 0, 5);
    filters->addWidget(label(tr("S&tatus:"), m_status), 1, 0);
    filters->addWidget(m_status, 1, 1);
    filters->addWidget(label(tr("R&AG:"), m_rag), 1, 2);
    auto *ragRow = new QHBoxLayout;
    ragRow->addWidget(m_rag);
    ragRow->addWidget(m_overdue);
    ragRow->addStretch(1);
    filters->addLayout(ragRow, 1, 3);
    filters->addWidget(label(tr("&Search:"), m_search), 1, 4);
    filters->addWidget(m_search, 1, 5);
    filters->setColumnStretch(1, 2);
    filters->setColumnStretch(3, 3);
    filters->setColumnStretch(5, 2);
    for (QComboBox *box : {m_plan, m_recommendation, m_status, m_rag, m_officer})
        connect(box, &QComboBox::currentIndexChanged, this, &ActionPlanPanel::applyFilters);
    connect(m_overdue, &QCheckBox::toggled, this, &ActionPlanPanel::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &ActionPlanPanel::applyFilters);

    // Actions on actions
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto add = [this, toolbar](const QString &text, const QKeySequence &key,
                               void (ActionPlanPanel::*slot)(), bool edits = true) {
        auto *a = new QAction(text, this);
        if (edits)
            ReadOnlyGuard::markEditing(a);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        toolbar->addAction(a);
        QWidget::addAction(a);
        return a;
    };
    add(tr("New &Plan..."), {}, &ActionPlanPanel::newPlan);
    m_editPlan = add(tr("Edit P&lan..."), {}, &ActionPlanPanel::editPlan);
    m_editPlan->setToolTip(tr("The chosen plan's name, dates and board, and the indicators the "
                              "plan as a whole is meant to move"));
    add(tr("&New Action..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
        &ActionPlanPanel::newAction);
    m_needsSelection << add(tr("&Edit..."), QKeySequence(Qt::Key_Return | Qt::ALT),
                            &ActionPlanPanel::editAction)
                     << add(tr("&Delete"), QKeySequence::Delete, &ActionPlanPanel::deleteAction)
                     << add(tr("Add &Update..."), QKeySequence(Qt::CTRL | Qt::Key_U),
                            &ActionPlanPanel::addUpdate);
    add(tr("Actions from &Recommendations..."), {}, &ActionPlanPanel::draftsFromRecommendations);
    toolbar->addAction(m_showHistory);
    connect(m_showHistory, &QAction::triggered, this, [this]() {
        const int row = m_model->rowOfAction(selectedAction());
        if (row >= 0)
            emit itemHistoryRequested(m_authorityId, QStringLiteral("action"),
                                      m_model->rowAt(row).action.id,
                                      m_model->rowAt(row).action.title);
    });
    toolbar->addSeparator();
    add(tr("E&xport CSV..."), {}, &ActionPlanPanel::exportCsvDialog, false);
    add(tr("&Import CSV..."), {}, &ActionPlanPanel::importCsvDialog);

    // Side: history, coverage, charts
    auto *historyView = table(m_history, tr("Progress history of the selected action"), this);
    historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    historyView->setWordWrap(true);
    historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    historyView->horizontalHeader()->setSectionResizeMode(UpdateHistoryModel::NoteColumn,
                                                          QHeaderView::Stretch);
    auto *coverageView = table(m_coverage, tr("Coverage of recommendations"), this);
    m_coverageView = coverageView;
    // The filters read in rows: plan, recommendation, officer; then status, RAG, overdue, search.
    TabOrder::chain(
        {m_plan, m_recommendation, m_officer, m_status, m_rag, m_overdue, m_search, m_table});
    coverageView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    coverageView->setWordWrap(true);
    coverageView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    coverageView->horizontalHeader()->setSectionResizeMode(CoverageModel::TextColumn,
                                                           QHeaderView::Stretch);
    coverageView->horizontalHeader()->setStretchLastSection(false);
    coverageView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(coverageView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        // Jump from a recommendation to the actions answering it.
        const qint64 id = index.data(CoverageModel::RecommendationIdRole).toLongLong();
        m_recommendation->setCurrentIndex(std::max(0, m_recommendation->findData(id)));
    });
    m_ragNowBy->addItem(tr("By plan"));
    m_ragNowBy->addItem(tr("By recommendation"));
    m_ragNowBy->setAccessibleName(tr("Group RAG chart"));
    connect(m_ragNowBy, &QComboBox::currentIndexChanged, this, &ActionPlanPanel::redrawCharts);
    for (ChartPane *pane : {m_ragNowPane, m_ragOverTimePane})
        pane->setMinimumHeight(240);
    ChartActions::attach(
        m_ragNow,
        [this]() {
            return ChartCatalog::ragNow(m_store, m_authorityId, m_ragNowBy->currentIndex() == 1);
        },
        [this]() { return ChartCatalog::caption(m_store, m_authorityId); });
    ChartActions::attach(
        m_ragOverTime,
        [this]() { return ChartCatalog::ragOverTime(m_store, m_authorityId, currentPlan()); },
        [this]() { return ChartCatalog::caption(m_store, m_authorityId); });
    auto *nowPage = new QWidget(this);
    auto *nowLayout = new QVBoxLayout(nowPage);
    nowLayout->addWidget(m_ragNowBy);
    nowLayout->addWidget(m_ragNowPane, 1);
    auto *measuresView =
        table(m_measures, tr("Impact measures of the selected action and its plan"), this);
    m_measuresView = measuresView;
    measuresView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    measuresView->setWordWrap(true);
    measuresView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    measuresView->horizontalHeader()->setSectionResizeMode(MeasureProgressModel::IndicatorColumn,
                                                           QHeaderView::Stretch);
    measuresView->horizontalHeader()->setStretchLastSection(false);
    measuresView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_side->addTab(historyView, tr("Progress"));
    m_side->addTab(measuresView, tr("Measures"));
    // The evidence of the selected action, opened from here.
    auto *evidencePage = new QWidget(this);
    auto *evidenceLayout = new QVBoxLayout(evidencePage);
    evidenceLayout->setContentsMargins(0, 0, 0, 0);
    auto *evidenceBar = new QToolBar(evidencePage);
    evidenceBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *openEvidenceAction = new QAction(tr("Open Evidence"), this);
    openEvidenceAction->setToolTip(
        tr("Open the selected evidence, checking first that its file is as attached"));
    evidenceBar->addAction(openEvidenceAction);
    m_evidenceView = table(m_evidence, tr("Evidence of the selected action"), this);
    m_evidenceView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_evidenceView->setWordWrap(true);
    m_evidenceView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_evidenceView->horizontalHeader()->setSectionResizeMode(EvidenceModel::TitleColumn,
                                                             QHeaderView::Stretch);
    m_evidenceView->horizontalHeader()->setStretchLastSection(false);
    evidenceLayout->addWidget(evidenceBar);
    evidenceLayout->addWidget(m_evidenceView, 1);
    m_side->addTab(evidencePage, tr("Evidence"));
    auto openChosen = [this]() {
        const QModelIndex current = m_evidenceView->currentIndex();
        const QString stopped = openEvidence(current.isValid() ? current.row() : -1);
        if (!stopped.isEmpty())
            report(stopped, HandbookTopic::evidenceChanged);
    };
    connect(openEvidenceAction, &QAction::triggered, this, openChosen);
    connect(m_evidenceView, &QTableView::activated, this, openChosen);
    // The life of a recommendation, under the coverage it changes.
    auto *coveragePage = new QWidget(this);
    auto *coverageLayout = new QVBoxLayout(coveragePage);
    coverageLayout->setContentsMargins(0, 0, 0, 0);
    auto *lifeBar = new QToolBar(coveragePage);
    lifeBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto life = [this, lifeBar](const QString &text, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setToolTip(tip);
        ReadOnlyGuard::markEditing(a);
        lifeBar->addAction(a);
        return a;
    };
    m_closeRecommendation = life(tr("C&lose Recommendation..."),
                                 tr("Record that the selected recommendation is met, with the "
                                    "date and what shows it"));
    m_reopenRecommendation =
        life(tr("Reopen"), tr("Open the selected closed recommendation again"));
    m_carryForward = life(tr("Carr&y Forward"),
                          tr("Keep the selected recommendation open after a later inspection"));
    m_carryForward->setCheckable(true);
    connect(m_closeRecommendation, &QAction::triggered, this,
            &ActionPlanPanel::closeRecommendationDialog);
    connect(m_reopenRecommendation, &QAction::triggered, this,
            [this]() { report(reopenRecommendation(selectedRecommendation())); });
    connect(m_carryForward, &QAction::triggered, this,
            [this](bool carry) { report(carryForward(selectedRecommendation(), carry)); });
    // Reading, not editing: open in a read-only copy too.
    m_openClosingEvidence = new QAction(tr("Open Evidence of Closing"), this);
    m_openClosingEvidence->setToolTip(
        tr("Open the document that shows the selected recommendation was met"));
    lifeBar->addAction(m_openClosingEvidence);
    connect(m_openClosingEvidence, &QAction::triggered, this, [this]() {
        report(openClosingEvidence(selectedRecommendation()), HandbookTopic::evidenceChanged);
    });
    connect(coverageView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActionPlanPanel::coverageSelectionChanged);
    connect(m_coverage, &QAbstractItemModel::modelReset, this,
            &ActionPlanPanel::coverageSelectionChanged);
    // A later inspection supersedes recommendations; editing one changes their text.
    connect(&m_store.judgements(), &JudgementStore::inspectionsChanged, this,
            [this](qint64 authorityId) {
                if (authorityId != m_authorityId)
                    return;
                m_coverage->setAuthority(authorityId);
                rebuildFilters();
            });
    coverageLayout->addWidget(lifeBar);
    coverageLayout->addWidget(coverageView, 1);
    m_side->addTab(coveragePage, tr("Coverage"));
    m_side->addTab(nowPage, tr("RAG now"));
    m_side->addTab(m_ragOverTimePane, tr("RAG over time"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_counts);
    // The table and the charts each get the full width: titles and labels stay readable.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(left);
    split->addWidget(m_side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(toolbar);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActionPlanPanel::selectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ActionPlanPanel::redrawCharts);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ActionPlanPanel::rebuildFilters);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ActionPlanPanel::rebuildFilters);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActionPlanPanel::rebuildFilters);
    connect(&m_store.actionPlans(), &ActionPlanStore::plansChanged, this,
            [this](qint64 authorityId) {
                if (authorityId == m_authorityId)
                    rebuildFilters();
            });
    selectionChanged();
}

void ActionPlanPanel::setAuthority(qint64 authorityId)
{
    m_authorityId = authorityId;
    m_coverage->setAuthority(authorityId);
    // The table's reset rebuilds the filters and redraws the charts, once, from the coverage
    // just read (they were rebuilt twice, the first time from the last authority's coverage).
    m_model->setAuthority(authorityId);
}

bool ActionPlanPanel::focusFilter()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    return true;
}

qint64 ActionPlanPanel::selectedAction() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(ActionTableModel::ActionIdRole).toLongLong() : 0;
}

qint64 ActionPlanPanel::currentPlan() const
{
    const qint64 chosen = m_plan->currentData().toLongLong();
    if (chosen)
        return chosen;
    const QList<Plan> plans = m_store.actionPlans().plans(m_authorityId);
    return plans.isEmpty() ? 0 : plans.last().id;
}

void ActionPlanPanel::rebuildFilters()
{
    // Keep what the user chose where it still exists.
    m_rebuilding = true;
    const QVariant plan = m_plan->currentData();
    const QVariant rec = m_recommendation->currentData();
    const QString officer = m_officer->currentData().toString();
    m_plan->clear();
    m_plan->addItem(tr("All plans"), 0);
    for (const Plan &p : m_store.actionPlans().plans(m_authorityId))
        m_plan->addItem(p.name, p.id);
    m_plan->setCurrentIndex(std::max(0, m_plan->findData(plan)));
    // A plan column says nothing when there is one plan.
    m_table->setColumnHidden(ActionTableModel::PlanColumn, m_plan->count() <= 2);
    m_recommendation->clear();
    m_recommendation->addItem(tr("Any recommendation"), 0);
    for (int row = 0; row < m_coverage->rowCount(); ++row) {
        const ActionPlanStore::Coverage &c = m_coverage->coverageAt(row);
        m_recommendation->addItem(
            QStringLiteral("%1. %2").arg(c.recommendation.number).arg(c.recommendation.text),
            c.recommendation.id);
        m_recommendation->setItemData(m_recommendation->count() - 1, c.recommendation.text,
                                      Qt::ToolTipRole);
    }
    m_recommendation->setCurrentIndex(std::max(0, m_recommendation->findData(rec)));
    QSet<QString> officers;
    for (int row = 0; row < m_model->rowCount(); ++row)
        officers.insert(m_model->rowAt(row).action.leadOfficer);
    QStringList sorted(officers.begin(), officers.end());
    sorted.removeAll(QString());
    sorted.sort(Qt::CaseInsensitive);
    m_officer->clear();
    m_officer->addItem(tr("Anyone"), QString());
    for (const QString &o : std::as_const(sorted))
        m_officer->addItem(o, o);
    m_officer->setCurrentIndex(std::max(0, m_officer->findData(officer)));
    m_rebuilding = false;
    applyFilters();
    redrawCharts();
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
}

void ActionPlanPanel::applyFilters()
{
    if (m_rebuilding)
        return;
    m_proxy->setPlan(m_plan->currentData().toLongLong());
    m_proxy->setRecommendation(m_recommendation->currentData().toLongLong());
    m_proxy->setStatus(m_status->currentIndex() > 0
                           ? std::optional(ActionStatus(m_status->currentData().toInt()))
                           : std::nullopt);
    const int rag = m_rag->currentIndex() > 0 ? m_rag->currentData().toInt() : -2;
    m_proxy->setRag(rag >= 0 ? std::optional(Rag(rag)) : std::nullopt, rag == -1);
    m_proxy->setLeadOfficer(m_officer->currentData().toString());
    m_proxy->setOverdueOnly(m_overdue->isChecked());
    m_proxy->setSearchText(m_search->text());
    int overdue = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        overdue += ActionRules::isOverdue(m_model->rowAt(row), m_model->today());
    m_counts->setText(tr("Showing %1 of %2 actions; %3 overdue in all.")
                          .arg(m_proxy->rowCount())
                          .arg(m_model->rowCount())
                          .arg(overdue));
}

void ActionPlanPanel::redrawCharts()
{
    // The table's rows were read for this authority a moment ago: not again for the chart.
    m_ragNowPane->setChart([this] {
        return ChartCatalog::ragNow(m_store, m_authorityId, m_ragNowBy->currentIndex() == 1,
                                    &m_model->rows());
    });
    m_ragOverTimePane->setChart(
        [this] { return ChartCatalog::ragOverTime(m_store, m_authorityId, currentPlan()); });
}

void ActionPlanPanel::selectionChanged()
{
    const qint64 id = selectedAction();
    m_history->setAction(id);
    // The action's own measures and its plan's; with none chosen, the plan's.
    const QModelIndex chosen = m_table->currentIndex();
    const qint64 plan = id ? chosen.data(ActionTableModel::PlanIdRole).toLongLong() : currentPlan();
    m_measures->setAction(m_authorityId, id, plan);
    m_evidence->setAction(id);
    for (QAction *a : std::as_const(m_needsSelection))
        a->setEnabled(id != 0);
    m_showHistory->setEnabled(id != 0 && m_historyKept);
}

QString ActionPlanPanel::openEvidence(int row)
{
    if (row < 0 || row >= m_evidence->rowCount())
        return tr("Choose the evidence to open.");
    return openEvidenceDocument(m_evidence->rowAt(row).evidence);
}

QString ActionPlanPanel::openClosingEvidence(qint64 recommendationId)
{
    for (int row = 0; row < m_coverage->rowCount(); ++row) {
        const ActionPlanStore::Coverage &c = m_coverage->coverageAt(row);
        if (c.recommendation.id != recommendationId)
            continue;
        if (!c.recommendation.closedEvidence)
            return tr("Recommendation %1 was closed with no evidence attached.")
                .arg(c.recommendation.number);
        return openEvidenceDocument(*c.recommendation.closedEvidence);
    }
    return tr("Choose a closed recommendation.");
}

QString ActionPlanPanel::openEvidenceDocument(const Evidence &e)
{
    if (e.isWebAddress())
        return m_openUrl(QUrl(e.location.trimmed()))
                   ? QString()
                   : tr("No program on this computer opens %1.").arg(e.location);
    const QString problem = Evidences::problem(e);
    if (Evidences::check(e) == Evidences::FileState::Missing ||
        Evidences::check(e) == Evidences::FileState::Unreadable)
        return problem;
    if (!problem.isEmpty()) {
        // Changed: the user may still want to see what the file holds now.
        QMessageBox box(QMessageBox::Warning, tr("Evidence"), problem, QMessageBox::Cancel, this);
        QPushButton *open = box.addButton(tr("&Open Anyway"), QMessageBox::AcceptRole);
        WhatToDo::addButton(box, HandbookTopic::evidenceChanged);
        box.setDefaultButton(qobject_cast<QPushButton *>(box.button(QMessageBox::Cancel)));
        box.exec();
        if (box.clickedButton() && box.buttonRole(box.clickedButton()) == QMessageBox::HelpRole)
            return {}; // said, and the handbook opens on it
        if (box.clickedButton() != open)
            return problem;
    }
    return m_openUrl(QUrl::fromLocalFile(e.location))
               ? QString()
               : tr("No program on this computer opens %1.")
                     .arg(QDir::toNativeSeparators(e.location));
}

MeasureContext ActionPlanPanel::measureContext() const
{
    return MeasureContext::of(m_store, m_authorityId);
}

void ActionPlanPanel::report(const QString &problem, const char *topic)
{
    if (problem.isEmpty())
        return;
    WhatToDo::warning(this, tr("Action plan"), problem, topic);
}

void ActionPlanPanel::newPlan()
{
    if (!m_authorityId)
        return;
    PlanDialog dialog(m_authorityId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new AddPlanCommand(m_store.actionPlans(), dialog.plan());
    if (!command->status().ok()) {
        report(command->status().error());
        delete command;
        return;
    }
    const qint64 id = command->planId();
    m_undoStack.push(command);
    m_plan->setCurrentIndex(std::max(0, m_plan->findData(id)));
}

void ActionPlanPanel::editPlan()
{
    const std::optional<Plan> plan = m_store.actionPlans().plan(currentPlan());
    if (!plan) {
        report(tr("This authority has no action plan yet. Use \"New Plan\" first."),
               HandbookTopic::plans);
        return;
    }
    PlanDialog dialog(*plan, measureContext(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(savePlan(dialog.plan()));
}

QString ActionPlanPanel::savePlan(const Plan &changed)
{
    auto *command = new EditPlanCommand(m_store.actionPlans(), changed);
    if (!command->status().ok()) {
        const QString why = command->status().error();
        delete command;
        return why;
    }
    m_undoStack.push(command);
    return {};
}

void ActionPlanPanel::newAction()
{
    if (!currentPlan()) {
        report(tr("This authority has no action plan yet. Use \"New Plan\" first."),
               HandbookTopic::plans);
        return;
    }
    Action blank;
    blank.planId = currentPlan();
    blank.startDate = QDate::currentDate();
    ActionDialog dialog(blank, m_store.actionPlans().plans(m_authorityId),
                        m_store.actionPlans().coverage(m_authorityId), measureContext(), this);
    dialog.setEvidenceContext({}, m_store.isOnServer());
    if (dialog.exec() != QDialog::Accepted)
        return;
    UndoPush::orReport(m_undoStack,
                       new AddActionsCommand(m_store.actionPlans(),
                                             {{dialog.action(), std::nullopt}}, tr("New action")),
                       this, tr("Action plan"));
}

void ActionPlanPanel::editAction()
{
    const std::optional<Action> action = m_store.actionPlans().action(selectedAction());
    if (!action)
        return;
    ActionDialog dialog(*action, m_store.actionPlans().plans(m_authorityId),
                        m_store.actionPlans().coverage(m_authorityId), measureContext(), this);
    dialog.setEvidenceContext(m_store.actionPlans().updates(action->id), m_store.isOnServer());
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new EditActionCommand(m_store.actionPlans(), dialog.action());
    if (!command->status().isConflict()) {
        UndoPush::orReport(m_undoStack, command, this, tr("Action plan"));
        return;
    }
    // Someone else saved it since the dialog opened: say who and what it holds now, and
    // offer to show it (the user's own change is not saved, and is not lost from the undo
    // stack either: it never reached it).
    QMessageBox box(QMessageBox::Warning, tr("Action plan"), command->status().error(),
                    QMessageBox::Cancel, this);
    QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
    WhatToDo::addButton(box, HandbookTopic::changedElsewhere);
    box.setDefaultButton(reload);
    delete command;
    box.exec();
    if (box.clickedButton() == reload) {
        const qint64 id = action->id;
        setAuthority(m_authorityId); // reads the plan again
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            if (index.data(ActionTableModel::ActionIdRole).toLongLong() == id)
                m_table->selectRow(row);
        }
    }
}

void ActionPlanPanel::deleteAction()
{
    const int row = m_model->rowOfAction(selectedAction());
    if (row < 0)
        return;
    // Over the version shown: a colleague's save since then is not deleted unseen.
    const Action &shown = m_model->rowAt(row).action;
    UndoPush::orReport(m_undoStack,
                       new RemoveActionCommand(m_store.actionPlans(), shown.id,
                                               shown.version.number),
                       this, tr("Action plan"));
}

void ActionPlanPanel::addUpdate()
{
    const int row = m_model->rowOfAction(selectedAction());
    if (row < 0)
        return;
    const ActionRow &r = m_model->rowAt(row);
    ActionUpdate previous = r.latest.value_or(ActionUpdate());
    previous.actionId = r.action.id;
    if (previous.author.isEmpty())
        previous.author = r.action.leadOfficer;
    ActionUpdateDialog dialog(r.action.title, previous, m_store.isOnServer(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(saveUpdate(dialog.update(), dialog.evidence()));
}

QString ActionPlanPanel::saveUpdate(const ActionUpdate &update, const QList<Evidence> &evidence)
{
    auto *added = new AddActionUpdateCommand(m_store.actionPlans(), update);
    if (!added->status().ok() || evidence.isEmpty())
        return UndoPush::orMessage(m_undoStack, added);
    // The evidence belongs to the action (its version covers it): saved over the action as
    // it is now, each piece backing the new update.
    std::optional<Action> action = m_store.actionPlans().action(update.actionId);
    QString refused = tr("That action no longer exists.");
    if (action) {
        QList<Evidence> all = action->evidenceDocuments.value_or(QList<Evidence>());
        for (Evidence e : evidence) {
            e.id = 0;
            e.actionId = action->id;
            e.updateId = added->updateId();
            all.append(e);
        }
        action->evidenceDocuments = all;
        auto *attached = new EditActionCommand(m_store.actionPlans(), *action);
        if (attached->status().ok()) {
            m_undoStack.beginMacro(tr("Add progress update with evidence"));
            m_undoStack.push(added);
            m_undoStack.push(attached);
            m_undoStack.endMacro();
            return {};
        }
        refused = attached->status().error();
        delete attached;
    }
    // Nothing half saved: the update is taken back with its evidence refused.
    added->undo();
    delete added;
    return tr("The update was not saved: %1").arg(refused);
}

qint64 ActionPlanPanel::selectedRecommendation() const
{
    const QModelIndex i = m_coverageView->currentIndex();
    return i.isValid() ? i.data(CoverageModel::RecommendationIdRole).toLongLong() : 0;
}

void ActionPlanPanel::coverageSelectionChanged()
{
    const QModelIndex i = m_coverageView->currentIndex();
    const bool chosen = i.isValid();
    const auto state = chosen ? RecommendationState(i.data(CoverageModel::StateRole).toInt())
                              : RecommendationState::Open;
    const ActionPlanStore::Coverage *c = chosen ? &m_coverage->coverageAt(i.row()) : nullptr;
    m_closeRecommendation->setEnabled(chosen && state != RecommendationState::Closed);
    m_reopenRecommendation->setEnabled(chosen && state == RecommendationState::Closed);
    // Carrying forward means something once a later inspection is held, or to undo it.
    m_carryForward->setEnabled(c && state != RecommendationState::Closed &&
                               (!c->supersededBy.isEmpty() || c->recommendation.carriedForward));
    m_carryForward->setChecked(c && c->recommendation.carriedForward);
    m_openClosingEvidence->setEnabled(c && state == RecommendationState::Closed &&
                                      c->recommendation.closedEvidence.has_value());
}

QString ActionPlanPanel::changeRecommendation(qint64 recommendationId, const QString &text,
                                              const std::function<void(Recommendation &)> &change)
{
    for (int row = 0; row < m_coverage->rowCount(); ++row) {
        const Recommendation &r = m_coverage->coverageAt(row).recommendation;
        if (r.id != recommendationId)
            continue;
        std::optional<InspectionRecord> record = m_store.judgements().record(r.inspectionId);
        if (!record)
            return tr("That inspection no longer exists.");
        for (Recommendation &held : record->recommendations) {
            if (held.id == recommendationId) {
                change(held);
                return UndoPush::orMessage(
                    m_undoStack,
                    new EditInspectionCommand(m_store.judgements(), *record, text.arg(r.number)));
            }
        }
        break;
    }
    return tr("That recommendation no longer exists.");
}

QString ActionPlanPanel::closeRecommendation(qint64 recommendationId, const QDate &on,
                                             const QString &note,
                                             const std::optional<Evidence> &evidence)
{
    for (int row = 0; row < m_coverage->rowCount(); ++row) {
        const ActionPlanStore::Coverage &c = m_coverage->coverageAt(row);
        if (c.recommendation.id != recommendationId)
            continue;
        const Status valid =
            RecommendationLife::validateClosing(on, c.inspectedOn, QDate::currentDate());
        if (!valid.ok())
            return valid.error();
        break;
    }
    return changeRecommendation(recommendationId, tr("Close recommendation %1"),
                                [&](Recommendation &r) {
                                    r.closedOn = on;
                                    r.closedNote = note.trimmed();
                                    r.closedEvidence = evidence;
                                });
}

QString ActionPlanPanel::reopenRecommendation(qint64 recommendationId)
{
    return changeRecommendation(recommendationId, tr("Reopen recommendation %1"),
                                [](Recommendation &r) {
                                    r.closedOn.reset();
                                    r.closedNote.clear();
                                    r.closedEvidence.reset();
                                });
}

QString ActionPlanPanel::carryForward(qint64 recommendationId, bool carry)
{
    return changeRecommendation(recommendationId,
                                carry ? tr("Carry forward recommendation %1")
                                      : tr("Stop carrying forward recommendation %1"),
                                [carry](Recommendation &r) { r.carriedForward = carry; });
}

void ActionPlanPanel::closeRecommendationDialog()
{
    const QModelIndex i = m_coverageView->currentIndex();
    if (!i.isValid())
        return;
    const ActionPlanStore::Coverage c = m_coverage->coverageAt(i.row());
    CloseRecommendationDialog dialog(c, m_store.isOnServer(), this);
    if (dialog.exec() == QDialog::Accepted)
        report(closeRecommendation(c.recommendation.id, dialog.closedOn(), dialog.note(),
                                   dialog.evidence()));
}

QString ActionPlanPanel::createDraftsFor(const QList<qint64> &recommendationIds)
{
    const qint64 plan = currentPlan();
    if (!plan)
        return tr("This authority has no action plan yet. Use \"New Plan\" first.");
    QList<ActionPlanStore::NewAction> drafts;
    for (const ActionPlanStore::Coverage &c : m_store.actionPlans().coverage(m_authorityId)) {
        if (!recommendationIds.contains(c.recommendation.id))
            continue;
        Action a;
        a.planId = plan;
        a.title =
            tr("Respond to recommendation %1 (%2)").arg(c.recommendation.number).arg(c.inspection);
        a.description = c.recommendation.text;
        a.recommendationIds = {c.recommendation.id};
        a.status = ActionStatus::NotStarted;
        drafts.append({a, std::nullopt});
    }
    if (drafts.isEmpty())
        return tr("Choose at least one recommendation.");
    return UndoPush::orMessage(m_undoStack, new AddActionsCommand(m_store.actionPlans(), drafts,
                                                                  tr("Create %n draft action(s)",
                                                                     nullptr, int(drafts.size()))));
}

void ActionPlanPanel::draftsFromRecommendations()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Actions from Recommendations"));
    auto *list = new QListWidget(&dialog);
    list->setAccessibleName(tr("Recommendations"));
    for (const ActionPlanStore::Coverage &c : m_store.actionPlans().coverage(m_authorityId)) {
        if (!c.isLive())
            continue; // closed or superseded: nothing left to draft for
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2): %3")
                                             .arg(c.recommendation.number)
                                             .arg(c.inspection, c.recommendation.text),
                                         list);
        item->setData(Qt::UserRole, c.recommendation.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        // Recommendations nothing answers yet are ticked to begin with.
        item->setCheckState(c.actions == 0 ? Qt::Checked : Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(
        new QLabel(tr("One draft action will be added to the current plan for each ticked "
                      "recommendation."),
                   &dialog));
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(760, 480);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<qint64> chosen;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            chosen.append(list->item(i)->data(Qt::UserRole).toLongLong());
    }
    const QString problem = createDraftsFor(chosen);
    if (!problem.isEmpty())
        report(problem);
}

QString ActionPlanPanel::exportCsv(const QString &fileName) const
{
    QList<ActionRow> rows;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
        rows.append(m_model->rowAt(source.row()));
    }
    ActionPlanCsv::Measures measures;
    measures.byAction = m_store.actionPlans().measuresByAction(m_authorityId);
    // The whole-plan measures of the plans written: those of the actions listed, and the
    // plan chosen in the filter.
    QSet<qint64> written;
    for (const ActionRow &row : std::as_const(rows))
        written.insert(row.action.planId);
    written.insert(m_plan->currentData().toLongLong());
    const QHash<qint64, QList<ImpactMeasure>> byPlan =
        m_store.actionPlans().measuresByPlan(m_authorityId);
    for (const Plan &plan : m_store.actionPlans().plans(m_authorityId)) {
        if (written.contains(plan.id) && byPlan.contains(plan.id))
            measures.wholePlans.append({plan.name, byPlan.value(plan.id)});
    }
    for (const Indicator &i : m_store.indicators().indicators())
        measures.keys.insert(i.id, i.key);
    return AtomicFile::write(fileName, ActionPlanCsv::write(rows, measures));
}

void ActionPlanPanel::exportCsvDialog()
{
    const QString name = QFileDialog::getSaveFileName(
        this, tr("Export Actions as CSV"), tr("action-plan.csv"), tr("CSV files (*.csv)"));
    if (name.isEmpty())
        return;
    const QString problem = exportCsv(name);
    if (!problem.isEmpty())
        report(problem);
}

QString ActionPlanPanel::importCsv(const QString &fileName, bool ask)
{
    const qint64 plan = currentPlan();
    if (!plan)
        return tr("This authority has no action plan yet. Use \"New Plan\" first.");
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read: %2").arg(fileName, file.errorString());
    // A number names a recommendation still standing; where two share one (an inspection's
    // and a later visit's), the newest, which the file read last, wins.
    QList<Recommendation> recommendations;
    for (const ActionPlanStore::Coverage &c : m_store.actionPlans().coverage(m_authorityId)) {
        if (c.isLive())
            recommendations.prepend(c.recommendation);
    }
    QHash<QString, qint64> indicatorIds;
    for (const Indicator &i : m_store.indicators().indicators())
        indicatorIds.insert(i.key, i.id);
    const ActionPlanCsv::Parsed parsed =
        ActionPlanCsv::read(&file, recommendations, QDate::currentDate(), indicatorIds);
    if (ask) {
        CsvImportDialog dialog(fileName, m_store.actionPlans().plan(plan)->name, parsed, this);
        if (dialog.exec() != QDialog::Accepted)
            return {};
    } else if (!parsed.ok()) {
        QStringList messages;
        for (const ActionPlanCsv::RowProblem &p : parsed.problems)
            messages << p.message();
        return messages.join(QLatin1Char('\n'));
    }
    QList<ActionPlanStore::NewAction> actions;
    for (const ActionPlanCsv::ImportedAction &a : parsed.actions) {
        Action action = a.action;
        action.planId = plan;
        actions.append({action, a.progress});
    }
    const QString text = tr("Import %n action(s)", nullptr, int(actions.size()));
    if (!parsed.planMeasures || parsed.planMeasures->isEmpty())
        return UndoPush::orMessage(m_undoStack,
                                   new AddActionsCommand(m_store.actionPlans(), actions, text));
    // The plan's own measures: each replaces the plan's measure of the same indicator, and
    // the rest are added; saved with the actions as one step to undo, or not at all.
    std::optional<Plan> changed = m_store.actionPlans().plan(plan);
    if (!changed)
        return tr("That plan no longer exists.");
    QList<ImpactMeasure> measures = changed->measures.value_or(QList<ImpactMeasure>());
    for (const ImpactMeasure &m : *parsed.planMeasures) {
        const auto held =
            std::find_if(measures.begin(), measures.end(),
                         [&m](const ImpactMeasure &h) { return h.indicatorId == m.indicatorId; });
        if (held == measures.end()) {
            measures.append(m);
        } else {
            const qint64 id = held->id;
            *held = m;
            held->id = id;
        }
    }
    changed->measures = measures;
    auto *added =
        actions.isEmpty() ? nullptr : new AddActionsCommand(m_store.actionPlans(), actions, text);
    if (added && !added->status().ok()) {
        const QString why = added->status().error();
        delete added;
        return why;
    }
    auto *measured = new EditPlanCommand(m_store.actionPlans(), *changed);
    if (!measured->status().ok()) {
        const QString why = measured->status().error();
        delete measured;
        // Nothing half saved: the actions are taken back with the measures refused.
        if (added) {
            added->undo();
            delete added;
        }
        return tr("Nothing was imported: %1").arg(why);
    }
    m_undoStack.beginMacro(added ? text : tr("Import the plan's impact measures"));
    if (added)
        m_undoStack.push(added);
    m_undoStack.push(measured);
    m_undoStack.endMacro();
    return {};
}

void ActionPlanPanel::importCsvDialog()
{
    const QString name = QFileDialog::getOpenFileName(
        this, tr("Import Actions from CSV"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (name.isEmpty())
        return;
    const QString problem = importCsv(name);
    if (!problem.isEmpty())
        report(problem);
}
