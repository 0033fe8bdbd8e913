#pragma once

#include "shell/authoritypanel.h"

QT_BEGIN_NAMESPACE
class QChartView;
class ChartPane;
QT_END_NAMESPACE
class QComboBox;
class QScrollArea;
class QGridLayout;
class QLabel;
class QTableView;
class QUndoStack;
class IndicatorCard;
class IndicatorBenchmarkModel;
class IndicatorSummaryModel;
class QTabWidget;
class IndicatorValueModel;
class Store;

// "Is practice improving?": a card per indicator with the latest figure, its change read
// as better or worse, a trend and the target; and for the chosen indicator a chart against
// England, the region, statistical neighbours and the target, with the figures and their
// sources in a table beside it. Figures can be added, corrected and imported.
class IndicatorsPanel : public AuthorityPanel
{
    Q_OBJECT
public:
    IndicatorsPanel(Store &store, QUndoStack &undoStack, QWidget *parent = nullptr);

    QString title() const override { return tr("Indicators"); }
    void setAuthority(qint64 authorityId) override;

    void selectIndicator(qint64 indicatorId);
    qint64 currentIndicator() const;
    QList<IndicatorCard *> cards() const { return m_cards; }
    QChartView *chartView() const { return m_chartView; }
    QTableView *valueTable() const { return m_table; }
    QTableView *benchmarkTable() const { return m_benchmarkTable; }
    IndicatorBenchmarkModel *benchmark() const { return m_benchmark; }
    IndicatorSummaryModel *summary() const { return m_summary; }
    IndicatorValueModel *values() const { return m_values; }

private:
    void updateCards();
    void redraw();
    void addFigure();
    void deleteFigure();
    void showFigureHistory();
    void editNeighbours();
    void importStatistics();
    void report(const QString &problem);

    Store &m_store;
    QUndoStack &m_undoStack;
    qint64 m_authorityId = 0;
    IndicatorSummaryModel *m_summary;
    IndicatorValueModel *m_values;
    QWidget *m_cardHolder;
    QScrollArea *m_cardScroll = nullptr;
    QGridLayout *m_cardGrid;
    QLabel *m_cardsNote;
    QList<IndicatorCard *> m_cards;
    QList<QWidget *> m_afterCards; // the right-hand side, in the order Tab visits it
    QComboBox *m_indicator;
    ChartPane *m_chartViewPane;
    QChartView *m_chartView;
    QTableView *m_table;
    IndicatorBenchmarkModel *m_benchmark;
    QTableView *m_benchmarkTable;
    QTabWidget *m_tables;
};
