#pragma once

#include "shell/authoritypanel.h"

QT_BEGIN_NAMESPACE
class QChartView;
class ChartPane;
QT_END_NAMESPACE
class QAction;
class QTableView;
class QTabWidget;
class QTextBrowser;
class QUndoStack;
class AuthorityListModel;
class GradeComparisonView;
class InspectionListModel;
class JudgementGridModel;
class Store;
struct InspectionRecord;

// "Where are we, and are we getting better?": an authority's inspections and visits, the
// grid of grades across frameworks, the chart of grades over time, and a comparison with
// other authorities. Adding, editing and deleting inspections goes through the undo stack.
class JudgementsPanel : public AuthorityPanel
{
    Q_OBJECT
public:
    JudgementsPanel(Store &store, QUndoStack &undoStack, AuthorityListModel &authorities,
                    QWidget *parent = nullptr);

    QString title() const override { return tr("Judgements"); }
    void setAuthority(qint64 authorityId) override;

    QTableView *inspectionTable() const { return m_inspectionView; }
    QTableView *gridView() const { return m_gridView; }
    QChartView *chartView() const { return m_chartView; }
    QTextBrowser *details() const { return m_details; }
    GradeComparisonView *comparison() const { return m_compare; }
    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *historyAction() const { return m_showHistory; }

    // Saves `record` as a new inspection (or an edit, when it has an id) through the undo
    // stack. Returns the message to show when it cannot be saved.
    QString save(const InspectionRecord &record);
    qint64 selectedInspection() const;

private:
    void addInspection();
    void editInspection();
    void reloadKeepingInspection(qint64 inspectionId);
    void deleteInspection();
    void showDetails();
    void redrawChart();
    void updateActions();
    void fitGridColumns();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Store &m_store;
    QUndoStack &m_undoStack;
    qint64 m_authorityId = 0;
    bool m_choosingAuthority = false; // while setAuthority resets the list and selection
    bool m_comparisonBehind = false;  // the comparison, not in view, awaits the authority
    InspectionListModel *m_inspections;
    JudgementGridModel *m_grid;
    QTableView *m_inspectionView;
    QTableView *m_gridView;
    ChartPane *m_chartViewPane;
    QChartView *m_chartView;
    QTextBrowser *m_details;
    GradeComparisonView *m_compare;
    QTabWidget *m_tabs;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_showHistory;
    bool m_historyKept;
};
