#pragma once

#include <QStackedWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QStandardItemModel;
class QTableView;
QT_END_NAMESPACE

// Where a panel shows a chart: the chart, or the same figures as a table for a keyboard or
// a screen reader (View > Charts as Tables, Ctrl+T). The chart view carries the chart's
// alternative text as its accessible description.
class ChartPane : public QStackedWidget
{
    Q_OBJECT
public:
    explicit ChartPane(const QString &accessibleName, QWidget *parent = nullptr);

    QChartView *view() const { return m_view; }
    QTableView *table() const { return m_table; }
    // Shows `chart` in the desktop's colours (the pane takes it) and fills the table from it.
    void setChart(QChart *chart);
    // Shows the chart `build` makes. A pane on a tab that is not shown makes it only when it
    // is shown (the last one asked for), so switching authority draws only what is seen.
    void setChart(std::function<QChart *()> build);
    // The same, for a builder that may fill the shown chart in place (given, or null) and
    // return it rather than make a new one.
    void updateChart(std::function<QChart *(QChart *shown)> build);
    void showTable(bool table);
    bool showsTable() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QChartView *m_view;
    QTableView *m_table;
    QStandardItemModel *m_model;
    std::function<QChart *(QChart *shown)> m_pending;
};
