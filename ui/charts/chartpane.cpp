#include "charts/chartpane.h"

#include "charts/charttable.h"
#include "charts/screenchart.h"
#include "shell/columnfit.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>

namespace {
// A graphics view draws no focus of its own: this one draws a frame in the highlight
// colour while it has the keyboard. (A style sheet would do it, but a widget with a style
// sheet no longer follows the desktop's palette when it changes.)
class FocusFrameChartView : public QChartView
{
public:
    using QChartView::QChartView;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QChartView::paintEvent(event);
        if (!hasFocus())
            return;
        QPainter p(viewport());
        p.setPen(QPen(palette().color(QPalette::Highlight), 3));
        p.setBrush(Qt::NoBrush);
        p.drawRect(viewport()->rect().adjusted(1, 1, -2, -2));
    }
    void focusInEvent(QFocusEvent *event) override
    {
        QChartView::focusInEvent(event);
        viewport()->update();
    }
    void focusOutEvent(QFocusEvent *event) override
    {
        QChartView::focusOutEvent(event);
        viewport()->update();
    }
};
} // namespace

ChartPane::ChartPane(const QString &accessibleName, QWidget *parent)
    : QStackedWidget(parent)
    , m_view(new FocusFrameChartView(this))
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
    ColumnFit::onReset(m_table);
    addWidget(m_view);
    addWidget(m_table);
}

void ChartPane::setChart(std::function<QChart *()> build)
{
    updateChart([build = std::move(build)](QChart *) { return build(); });
}

void ChartPane::updateChart(std::function<QChart *(QChart *shown)> build)
{
    // Hidden by a page or tab around it: drawn when that is shown.
    if (window() != this && !isVisibleTo(window())) {
        m_pending = std::move(build);
        return;
    }
    m_pending = nullptr;
    setChart(build(m_view->chart()));
}

void ChartPane::showEvent(QShowEvent *event)
{
    if (m_pending) {
        const std::function<QChart *(QChart *)> build = std::move(m_pending);
        m_pending = nullptr;
        setChart(build(m_view->chart()));
    }
    QStackedWidget::showEvent(event);
}

void ChartPane::setChart(QChart *chart)
{
    m_pending = nullptr;
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
    ColumnFit::refit(m_table);
    const QString description = ChartTable::alternativeText(chart, table);
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

void ChartPane::changeEvent(QEvent *event)
{
    // The desktop switched between light and dark while the program runs. A chart view
    // keeps a palette of its own, so it is handed the new one.
    if (event->type() == QEvent::PaletteChange) {
        m_view->setPalette(palette());
        ScreenChart::refresh(m_view);
    }
    QStackedWidget::changeEvent(event);
}
