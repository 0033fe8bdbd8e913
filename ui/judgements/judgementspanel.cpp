#include "judgements/judgementspanel.h"

#include "help/handbook.h"
#include "help/whattodo.h"
#include "shell/taborder.h"

#include "charts/chartpane.h"

#include "charts/chartcatalog.h"
#include "charts/screenchart.h"
#include "export/chartactions.h"
#include "export/tableexport.h"
#include "history/historypanel.h"
#include "judgements/gradecomparisonview.h"
#include "judgements/inspectiondialog.h"
#include "shell/readonlyguard.h"
#include "shell/undopush.h"

#include "authorities/authoritystore.h"
#include "judgements/addinspectioncommand.h"
#include "judgements/editinspectioncommand.h"
#include "judgements/inspectionlistmodel.h"
#include "judgements/gradecelldelegate.h"
#include "judgements/judgementgridmodel.h"
#include "judgements/removeinspectioncommand.h"
#include "sources/sourcestore.h"
#include "store/store.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

JudgementsPanel::JudgementsPanel(Store &store, QUndoStack &undoStack,
                                 AuthorityListModel &authorities, QWidget *parent)
    : AuthorityPanel(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_inspections(new InspectionListModel(store.judgements(), store.sources(), this))
    , m_grid(new JudgementGridModel(store.judgements(), store.sources(), this))
    , m_inspectionView(new QTableView(this))
    , m_gridView(new QTableView(this))
    , m_chartViewPane(new ChartPane(tr("Chart of grades over time"), this))
    , m_chartView(m_chartViewPane->view())
    , m_details(new QTextBrowser(this))
    , m_compare(new GradeComparisonView(store, authorities, this))
    , m_tabs(new QTabWidget(this))
    , m_add(new QAction(tr("&Add Inspection..."), this))
    , m_edit(new QAction(tr("&Edit Inspection..."), this))
    , m_delete(new QAction(tr("&Delete Inspection"), this))
    , m_showHistory(HistoryPanel::itemHistoryAction(store, this))
    , m_historyKept(m_showHistory->isEnabled())
{
    Handbook::setTopic(this, HandbookTopic::judgements);
    setAccessibleName(tr("Judgements"));
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete->setShortcut(QKeySequence::Delete);
    for (QAction *a : {m_add, m_edit, m_delete}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QWidget::addAction(a);
        ReadOnlyGuard::markEditing(a);
    }
    connect(m_add, &QAction::triggered, this, &JudgementsPanel::addInspection);
    connect(m_edit, &QAction::triggered, this, &JudgementsPanel::editInspection);
    connect(m_delete, &QAction::triggered, this, &JudgementsPanel::deleteInspection);
    connect(m_showHistory, &QAction::triggered, this, [this]() {
        const QModelIndex current = m_inspectionView->currentIndex();
        if (const qint64 id = selectedInspection())
            emit itemHistoryRequested(
                m_authorityId, QStringLiteral("inspection"), id,
                tr("%1, %2")
                    .arg(current.siblingAtColumn(InspectionListModel::FrameworkColumn)
                             .data()
                             .toString(),
                         current.siblingAtColumn(InspectionListModel::DatesColumn)
                             .data()
                             .toString()));
    });

    m_inspectionView->setModel(m_inspections);
    m_inspectionView->setAccessibleName(tr("Inspections and visits"));
    m_inspectionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_inspectionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_inspectionView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_inspectionView->verticalHeader()->hide();
    m_inspectionView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_inspectionView->horizontalHeader()->setStretchLastSection(true);
    m_inspectionView->setColumnHidden(InspectionListModel::SourceColumn, true);
    m_inspectionView->setTabKeyNavigation(false);
    connect(m_inspectionView, &QAbstractItemView::activated, m_edit, [this]() {
        if (m_edit->isEnabled())
            m_edit->trigger();
    });

    m_gridView->setModel(m_grid);
    m_gridView->setAccessibleName(tr("Judgements grid"));
    m_gridView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gridView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_gridView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_gridView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_gridView->setTabKeyNavigation(false);
    m_gridView->setWordWrap(false);
    // A grade too wide for its column is shortened as a reader knows it ("RI"), not cut;
    // and scrolling goes a whole column at a time, so no column shows only its end.
    m_gridView->setItemDelegate(new GradeCellDelegate(JudgementGridModel::GradeRole, m_gridView));
    m_gridView->setHorizontalScrollMode(QAbstractItemView::ScrollPerItem);
    TableExport::attach(m_gridView, tr("Judgements"));

    m_chartViewPane->setMinimumHeight(260);
    ChartActions::attach(
        m_chartView, [this]() { return ChartCatalog::grades(m_store, m_authorityId); },
        [this]() { return ChartCatalog::caption(m_store, m_authorityId); });
    m_details->setAccessibleName(tr("Inspection details"));
    m_details->setOpenLinks(false);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_add);
    toolbar->addAction(m_edit);
    toolbar->addAction(m_delete);
    toolbar->addAction(m_showHistory);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_inspectionView);
    top->addWidget(m_details);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_gridView);
    bottom->addWidget(m_chartViewPane);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);
    bottom->setSizes({540, 740});
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *own = new QWidget(this);
    auto *ownLayout = new QVBoxLayout(own);
    ownLayout->setContentsMargins(0, 0, 0, 0);
    ownLayout->addWidget(toolbar);
    ownLayout->addWidget(split, 1);
    m_tabs->addTab(own, tr("This authority"));
    m_tabs->addTab(m_compare, tr("Compare authorities"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this]() {
        if (m_comparisonBehind && m_tabs->currentWidget() == m_compare) {
            m_comparisonBehind = false;
            m_compare->setAuthority(m_authorityId);
        }
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    TabOrder::chain({m_inspectionView, m_details, m_gridView, m_chartViewPane->view(),
                     m_chartViewPane->table()});

    connect(m_inspectionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JudgementsPanel::showDetails);
    connect(m_inspections, &QAbstractItemModel::modelReset, this, [this]() {
        showDetails();
        updateActions();
    });
    connect(m_grid, &QAbstractItemModel::modelReset, this, [this]() {
        redrawChart();
        fitGridColumns();
        // The latest inspection is the one people ask about first.
        if (m_grid->columnCount() > 0)
            m_gridView->scrollTo(m_grid->index(0, m_grid->columnCount() - 1));
    });
    m_gridView->viewport()->installEventFilter(this);
    updateActions();
    redrawChart();
}

// Every inspection's column in view where the room allows: whole grades when they fit,
// columns narrowed together (the delegate then shortens a grade, "Req. improvement" or "RI")
// when they do not, and a scroll bar only when even that is too wide.
void JudgementsPanel::fitGridColumns()
{
    const int columns = m_grid->columnCount();
    if (columns == 0)
        return;
    m_gridView->resizeColumnsToContents(); // the whole grades and headings
    QList<int> whole(columns);
    int total = 0;
    for (int c = 0; c < columns; ++c) {
        whole[c] = m_gridView->columnWidth(c);
        total += whole.at(c);
    }
    if (total <= m_gridView->viewport()->width())
        return;
    const int room = m_gridView->viewport()->width();
    const QFontMetrics metrics = m_gridView->fontMetrics();
    const int least = metrics.horizontalAdvance(QStringLiteral("RI (joint)")) + 12;
    const int share = std::max(least, room / columns);
    for (int c = 0; c < columns; ++c) {
        const int header = m_gridView->horizontalHeader()->sectionSizeHint(c);
        m_gridView->setColumnWidth(c, std::min(whole.at(c), std::max(share, header)));
    }
}

bool JudgementsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_gridView->viewport() && event->type() == QEvent::Resize)
        fitGridColumns();
    return AuthorityPanel::eventFilter(watched, event);
}

void JudgementsPanel::setAuthority(qint64 authorityId)
{
    m_authorityId = authorityId;
    {
        // The list's reset and the new selection each ask for the details: read once, below.
        const QScopedValueRollback<bool> quiet(m_choosingAuthority, true);
        m_inspections->setAuthority(authorityId);
        m_grid->setAuthority(authorityId);
        // The comparison reads four authorities' grades: only when its page is in view, so
        // a switch on the panel's first page does not wait for it.
        m_comparisonBehind = m_tabs->currentWidget() != m_compare;
        if (!m_comparisonBehind)
            m_compare->setAuthority(authorityId);
        if (m_inspections->rowCount() > 0)
            m_inspectionView->selectRow(m_inspections->rowCount() - 1);
    }
    // Read again even when the same row stays chosen (a reload, a colleague's change).
    showDetails();
}

qint64 JudgementsPanel::selectedInspection() const
{
    const QModelIndex current = m_inspectionView->currentIndex();
    return current.isValid() ? current.data(InspectionListModel::InspectionIdRole).toLongLong() : 0;
}

void JudgementsPanel::updateActions()
{
    m_add->setEnabled(m_authorityId != 0);
    m_edit->setEnabled(selectedInspection() != 0);
    m_delete->setEnabled(selectedInspection() != 0);
    m_showHistory->setEnabled(m_historyKept && selectedInspection() != 0);
}

QString JudgementsPanel::save(const InspectionRecord &record)
{
    if (record.inspection.id != 0)
        return UndoPush::orMessage(m_undoStack,
                                   new EditInspectionCommand(m_store.judgements(), record));
    auto *command = new AddInspectionCommand(m_store.judgements(), record);
    if (!command->status().ok()) {
        const QString message = command->status().error();
        delete command;
        return message;
    }
    const qint64 id = command->inspectionId();
    m_undoStack.push(command);
    for (int row = 0; row < m_inspections->rowCount(); ++row) {
        if (m_inspections->inspectionAt(row).id == id)
            m_inspectionView->selectRow(row);
    }
    return {};
}

void JudgementsPanel::addInspection()
{
    if (!m_authorityId)
        return;
    InspectionRecord blank;
    blank.inspection.authorityId = m_authorityId;
    blank.inspection.framework = Framework::IlacsStandard;
    blank.inspection.startDate = QDate::currentDate();
    InspectionDialog dialog(blank, this);
    while (dialog.exec() == QDialog::Accepted) {
        const QString problem = save(dialog.record());
        if (problem.isEmpty())
            return;
        WhatToDo::warning(this, tr("Cannot save the inspection"), problem,
                          HandbookTopic::cannotSave);
    }
}

void JudgementsPanel::editInspection()
{
    const std::optional<InspectionRecord> record =
        m_store.judgements().record(selectedInspection());
    if (!record)
        return;
    InspectionDialog dialog(*record, this);
    while (dialog.exec() == QDialog::Accepted) {
        auto *command = new EditInspectionCommand(m_store.judgements(), dialog.record());
        if (command->status().isConflict()) {
            // Someone else saved it since the dialog opened: say who and what it holds now,
            // and offer to show it. This change never reached the undo stack.
            QMessageBox box(QMessageBox::Warning, tr("Cannot save the inspection"),
                            command->status().error(), QMessageBox::Cancel, this);
            QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
            WhatToDo::addButton(box, HandbookTopic::changedElsewhere);
            box.setDefaultButton(reload);
            delete command;
            box.exec();
            if (box.clickedButton() == reload)
                reloadKeepingInspection(record->inspection.id);
            return;
        }
        const QString problem = UndoPush::orMessage(m_undoStack, command);
        if (problem.isEmpty())
            return;
        WhatToDo::warning(this, tr("Cannot save the inspection"), problem,
                          HandbookTopic::cannotSave);
    }
}

void JudgementsPanel::reloadKeepingInspection(qint64 inspectionId)
{
    setAuthority(m_authorityId);
    for (int row = 0; row < m_inspections->rowCount(); ++row) {
        if (m_inspections->inspectionAt(row).id == inspectionId)
            m_inspectionView->selectRow(row);
    }
}

void JudgementsPanel::deleteInspection()
{
    const qint64 id = selectedInspection();
    if (!id)
        return;
    // No question asked: Edit > Undo brings it back whole. Over the version shown: a
    // colleague's save since then is not deleted unseen.
    const int shown =
        m_inspections->inspectionAt(m_inspectionView->currentIndex().row()).version.number;
    auto *command = new RemoveInspectionCommand(m_store.judgements(), id, shown);
    if (!command->status().ok()) {
        WhatToDo::warning(this, tr("Cannot delete the inspection"), command->status().error(),
                          WhatToDo::topicFor(command->status()));
        delete command;
        return;
    }
    m_undoStack.push(command);
}

void JudgementsPanel::showDetails()
{
    if (m_choosingAuthority)
        return;
    updateActions();
    const std::optional<InspectionRecord> record =
        m_store.judgements().record(selectedInspection());
    if (!record) {
        m_details->setHtml(m_authorityId
                               ? tr("<p>Select an inspection or visit to see what it found.</p>")
                               : QString());
        return;
    }
    const Inspection &i = record->inspection;
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2")
            .arg(Frameworks::title(i.framework).toHtmlEscaped(), i.datesText().toHtmlEscaped());
    if (i.publishedOn && i.startDate)
        html += tr("; published %1").arg(i.publishedOn->toString(QStringLiteral("d MMMM yyyy")));
    html += QStringLiteral("</p>");
    if (!i.theme.isEmpty())
        html += tr("<p><b>Focus:</b> %1</p>").arg(i.theme.toHtmlEscaped());
    if (!i.summary.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(i.summary.toHtmlEscaped());
    // Every source the details cite, in one statement.
    QList<qint64> sourceIds;
    for (const Judgement &j : record->judgements) {
        if (j.sourceId)
            sourceIds << *j.sourceId;
    }
    if (i.sourceId)
        sourceIds << *i.sourceId;
    const QHash<qint64, SourceReference> sources = m_store.sources().sources(sourceIds);
    if (!record->judgements.isEmpty()) {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
        for (const Judgement &j : record->judgements) {
            // Where in its document each grade was read ("page 1").
            QString where;
            if (j.sourceId && sources.contains(*j.sourceId))
                where = sources.value(*j.sourceId).locator;
            html += QStringLiteral("<tr><td>%1</td><td style=\"background:%2; color:%3\"><b>%4</b>"
                                   "</td><td><small>%5</small></td></tr>")
                        .arg(j.areaTitle.toHtmlEscaped(), Grades::colour(j.grade).name(),
                             Grades::textColour(j.grade).name(), Grades::shortTitle(j.grade),
                             where.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    } else if (!i.isGraded()) {
        html += tr("<p><i>A visit: not graded.</i></p>");
    }
    if (!record->recommendations.isEmpty()) {
        html += i.isGraded() ? tr("<h4>Recommendations</h4><ol>")
                             : tr("<h4>Areas for improvement</h4><ol>");
        for (const Recommendation &r : record->recommendations)
            html += QStringLiteral("<li value=\"%1\">%2</li>")
                        .arg(r.number)
                        .arg(r.text.toHtmlEscaped());
        html += QStringLiteral("</ol>");
    }
    if (i.sourceId && sources.contains(*i.sourceId)) {
        const SourceReference &s = sources[*i.sourceId];
        html += tr("<p><b>Source:</b> %1</p>").arg(s.citation().toHtmlEscaped());
        if (!s.reference.isEmpty())
            html += tr("<p><small>File: %1</small></p>").arg(s.reference.toHtmlEscaped());
        if (!s.excerpt.isEmpty())
            html +=
                QStringLiteral("<blockquote><i>%1</i></blockquote>").arg(s.excerpt.toHtmlEscaped());
    }
    m_details->setHtml(html);
}

void JudgementsPanel::redrawChart()
{
    m_chartViewPane->updateChart(
        [this](QChart *shown) { return ChartCatalog::grades(m_store, m_authorityId, shown); });
}
