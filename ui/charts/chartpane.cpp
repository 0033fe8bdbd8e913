#include "charts/chartpane.h"

#include "charts/charttable.h"
#include "charts/screenchart.h"

#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>

ChartPane::ChartPane(const QString &accessibleName, QWidget *parent)
    : QStackedWidget(parent)
    , m_view(new QChartView(this))
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setAccessibleName(accessibleName);
    // A graphics view draws no focus of its own: a frame in the highlight colour shows
    // where the keyboard is.
    m_view->setFrameShape(QFrame::Box);
    m_view->setStyleSheet(
        QStringLiteral("QChartView { border: 2px solid transparent; } "
                       "QChartView:focus { border: 2px solid palette(highlight); }"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("%1, as a table").arg(accessibleName));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    addWidget(m_view);
    addWidget(m_table);
}

void ChartPane::setChart(QChart *chart)
{
    ScreenChart::install(m_view, chart);
    const ChartTable::Table table = ChartTable::of(chart);
    m_model->clear();
    m_model->setHorizontalHeaderLabels(table.headers);
    for (const QStringList &row : table.rows) {
        QList<QStandardItem *> items;
        for (int c = 0; c < row.size(); ++c) {
            auto *item = new QStandardItem(row.at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items << item;
        }
        m_model->appendRow(items);
    }
    const QString description = ChartTable::alternativeText(chart);
    m_view->setAccessibleDescription(description);
    m_view->setToolTip(description.size() < 400 ? description : QString());
    m_table->setAccessibleDescription(chart->title());
}

void ChartPane::showTable(bool table)
{
    const bool hadFocus = currentWidget()->hasFocus();
    setCurrentWidget(table ? static_cast<QWidget *>(m_table) : m_view);
    if (hadFocus)
        currentWidget()->setFocus();
}

bool ChartPane::showsTable() const
{
    return currentWidget() == m_table;
}
