#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class ChartPane;
QT_END_NAMESPACE
class QComboBox;
class QListView;
class QTableView;
class AuthorityListModel;
class GradeComparisonModel;
class Store;

// Several authorities side by side: one area's grades over time, as a chart and a table.
class GradeComparisonView : public QWidget
{
    Q_OBJECT
public:
    GradeComparisonView(Store &store, AuthorityListModel &authorities, QWidget *parent = nullptr);

    // Starts from `authorityId` and the other local authorities of its region.
    void setAuthority(qint64 authorityId);
    void setCompared(const QList<qint64> &authorityIds);
    GradeComparisonModel *model() const { return m_model; }
    QChartView *chartView() const { return m_chartView; }
    QListView *authorityList() const { return m_list; }
    QComboBox *areaBox() const { return m_area; }

private:
    void selectionChanged();
    void redraw();
    QChart *buildChart() const;

    Store &m_store;
    AuthorityListModel &m_authorities;
    QListView *m_list;
    QComboBox *m_area;
    GradeComparisonModel *m_model;
    ChartPane *m_chartViewPane;
    QChartView *m_chartView;
    QTableView *m_table;
    bool m_settingSelection = false;
};
