#include "indicators/indicatorspanel.h"

#include "help/handbook.h"
#include "help/whattodo.h"
#include "shell/taborder.h"

#include "charts/chartpane.h"

#include "charts/chartcatalog.h"
#include "charts/screenchart.h"
#include "export/chartactions.h"
#include "export/tableexport.h"
#include "history/historypanel.h"
#include "indicators/dfeimportdialog.h"
#include "indicators/indicatorcard.h"
#include "indicators/neighboursdialog.h"
#include "indicators/valuedialog.h"
#include "shell/columnfit.h"
#include "shell/readonlyguard.h"
#include "shell/undopush.h"

#include "authorities/authoritystore.h"
#include "indicators/addindicatorvaluecommand.h"
#include "indicators/indicatorbenchmarkmodel.h"
#include "indicators/indicatorstore.h"
#include "indicators/indicatorsummarymodel.h"
#include "indicators/indicatorvaluemodel.h"
#include "indicators/removeindicatorvaluecommand.h"
#include "indicators/setneighbourscommand.h"
#include "sources/sourcestore.h"
#include "store/store.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

IndicatorsPanel::IndicatorsPanel(Store &store, QUndoStack &undoStack, QWidget *parent)
    : AuthorityPanel(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_summary(new IndicatorSummaryModel(store, this))
    , m_values(new IndicatorValueModel(store, &undoStack, this))
    , m_cardHolder(new QWidget(this))
    , m_cardGrid(new QGridLayout(m_cardHolder))
    , m_cardsNote(new QLabel(this))
    , m_indicator(new QComboBox(this))
    , m_chartViewPane(new ChartPane(tr("Indicator chart"), this))
    , m_chartView(m_chartViewPane->view())
    , m_table(new QTableView(this))
    , m_benchmark(new IndicatorBenchmarkModel(store, this))
    , m_benchmarkTable(new QTableView(this))
    , m_tables(new QTabWidget(this))
{
    Handbook::setTopic(this, HandbookTopic::indicators);
    setAccessibleName(tr("Indicators"));
    m_cardsNote->setWordWrap(true);
    auto *scroll = new QScrollArea(this);
    m_cardScroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_cardHolder);
    scroll->setMinimumWidth(300 + 30);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_cardsNote);
    leftLayout->addWidget(scroll, 1);

    for (const Indicator &i : m_store.indicators().indicators())
        m_indicator->addItem(i.name, i.id);
    m_indicator->setAccessibleName(tr("Indicator"));
    auto *add = new QPushButton(tr("&Add..."), this);
    add->setToolTip(tr("Add a figure for this indicator by hand"));
    auto *remove = new QPushButton(tr("&Delete"), this);
    auto *history = new QPushButton(tr("&History"), this);
    QAction *showHistory = HistoryPanel::itemHistoryAction(m_store, this);
    history->setEnabled(showHistory->isEnabled());
    connect(history, &QPushButton::clicked, showHistory, &QAction::trigger);
    connect(showHistory, &QAction::triggered, this, &IndicatorsPanel::showFigureHistory);
    auto *neighbours = new QPushButton(tr("&Neighbours..."), this);
    auto *import = new QPushButton(tr("&Import DfE CSV..."), this);
    for (QPushButton *b : {add, remove, neighbours, import})
        ReadOnlyGuard::markEditing(b);
    connect(add, &QPushButton::clicked, this, &IndicatorsPanel::addFigure);
    connect(remove, &QPushButton::clicked, this, &IndicatorsPanel::deleteFigure);
    connect(neighbours, &QPushButton::clicked, this, &IndicatorsPanel::editNeighbours);
    connect(import, &QPushButton::clicked, this, &IndicatorsPanel::importStatistics);
    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("I&ndicator:"), this);
    label->setBuddy(m_indicator);
    bar->addWidget(label);
    bar->addWidget(m_indicator, 1);
    bar->addWidget(add);
    bar->addWidget(remove);
    bar->addWidget(neighbours);
    bar->addWidget(import);

    m_chartViewPane->setMinimumHeight(280);
    ChartActions::attach(
        m_chartView,
        [this]() { return ChartCatalog::indicator(m_store, m_authorityId, currentIndicator()); },
        [this]() { return ChartCatalog::caption(m_store, m_authorityId); });
    m_table->setModel(m_values);
    m_table->setAccessibleName(tr("Figures behind the chart"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    ReadOnlyGuard::markEditing(m_table);
    m_table->verticalHeader()->hide();
    ColumnFit::onReset(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    connect(m_values, &IndicatorValueModel::editRefused, this, &IndicatorsPanel::report);
    TableExport::attach(m_table, tr("Indicator figures"));

    m_benchmarkTable->setModel(m_benchmark);
    m_benchmarkTable->setAccessibleName(
        tr("The chart's figures beside England, the region and statistical neighbours, with "
           "rank and quartile"));
    m_benchmarkTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_benchmarkTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_benchmarkTable->verticalHeader()->hide();
    ColumnFit::onReset(m_benchmarkTable);
    m_benchmarkTable->horizontalHeader()->setStretchLastSection(true);
    m_benchmarkTable->setTabKeyNavigation(false);
    TableExport::attach(m_benchmarkTable, tr("Indicator comparison"));
    m_tables->addTab(m_benchmarkTable, tr("Compared, with rank and quartile"));
    m_tables->addTab(m_table, tr("Figures and sources"));
    m_tables->setDocumentMode(true);
    // Beside the tables: the history of the figure chosen in them.
    history->setToolTip(showHistory->isEnabled()
                            ? tr("Who changed the figure chosen under \u201CFigures and "
                                 "sources\u201D, when, and from what to what")
                            : showHistory->toolTip());
    m_tables->setCornerWidget(history, Qt::TopRightCorner);
    // Leaf widgets only: Qt 6.4 loses compound ones (a tab widget and its pages) from the
    // focus chain when they are moved in it.
    m_afterCards = {m_indicator,
                    add,
                    remove,
                    neighbours,
                    import,
                    m_chartViewPane->view(),
                    m_chartViewPane->table(),
                    history};

    auto *detail = new QSplitter(Qt::Vertical, this);
    detail->addWidget(m_chartViewPane);
    detail->addWidget(m_tables);
    detail->setStretchFactor(0, 3);
    detail->setStretchFactor(1, 2);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(bar);
    rightLayout->addWidget(detail, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({340, 940});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(m_indicator, &QComboBox::currentIndexChanged, this, [this]() {
        m_values->setSelection(m_authorityId, currentIndicator());
        for (IndicatorCard *card : std::as_const(m_cards)) {
            const bool selected = card->indicatorId() == currentIndicator();
            card->setSelected(selected);
            // The chosen indicator's card is brought into view, however far down it is.
            if (selected && m_cardScroll->isVisible())
                m_cardScroll->ensureWidgetVisible(card);
        }
    });
    connect(m_values, &QAbstractItemModel::modelReset, this, &IndicatorsPanel::redraw);
    connect(m_summary, &QAbstractItemModel::modelReset, this, &IndicatorsPanel::updateCards);
}

void IndicatorsPanel::setAuthority(qint64 authorityId)
{
    m_authorityId = authorityId;
    m_summary->setAuthority(authorityId);
    // Authorities are compared one after another on the same indicator: it stays in view
    // when the new authority has figures for it, and otherwise the first one it has does.
    const qint64 current = currentIndicator();
    bool kept = false;
    for (int row = 0; row < m_summary->rowCount() && !kept; ++row)
        kept = m_summary->index(row).data(IndicatorSummaryModel::IndicatorIdRole).toLongLong() ==
               current;
    if (!kept && m_summary->rowCount() > 0)
        selectIndicator(
            m_summary->index(0).data(IndicatorSummaryModel::IndicatorIdRole).toLongLong());
    m_values->setSelection(authorityId, currentIndicator());
}

qint64 IndicatorsPanel::currentIndicator() const
{
    return m_indicator->currentData().toLongLong();
}

void IndicatorsPanel::selectIndicator(qint64 indicatorId)
{
    m_indicator->setCurrentIndex(std::max(0, m_indicator->findData(indicatorId)));
}

void IndicatorsPanel::updateCards()
{
    const int count = m_summary->rowCount();
    const auto name = [this]() {
        const std::optional<Authority> a = m_store.authorities().byId(m_authorityId);
        return a ? a->name : tr("this authority");
    };
    m_cardsNote->setText(
        count == 0
            ? tr("No figures are recorded for %1 yet. Add one, or import published DfE statistics.")
                  .arg(name())
            : tr("%n indicator(s) with figures. Colour and words say better or worse, whichever "
                 "way the number moved.",
                 nullptr, count));
    // The cards there are show the new rows: making and laying out 36 cards anew on every
    // switch of authority cost more than the figures they show.
    const bool sameCards = m_cards.size() == count;
    while (m_cards.size() > count)
        delete m_cards.takeLast();
    for (int row = 0; row < count; ++row) {
        if (row == m_cards.size()) {
            auto *card = new IndicatorCard(QPersistentModelIndex(), m_cardHolder);
            connect(card, &IndicatorCard::activated, this, &IndicatorsPanel::selectIndicator);
            m_cardGrid->addWidget(card, row, 0);
            m_cards.append(card);
        }
        IndicatorCard *card = m_cards.at(row);
        card->setIndex(QPersistentModelIndex(m_summary->index(row)));
        card->setSelected(card->indicatorId() == currentIndicator());
    }
    if (sameCards)
        return;
    // The space below the last card takes what is left.
    for (int row = 0; row <= std::max(m_cardGrid->rowCount() - 1, count); ++row)
        m_cardGrid->setRowStretch(row, row == count ? 1 : 0);
    // Cards come and go: put them back before the right-hand side.
    QList<QWidget *> order;
    for (IndicatorCard *card : std::as_const(m_cards))
        order << card;
    TabOrder::chain(order + m_afterCards);
}

void IndicatorsPanel::redraw()
{
    m_chartViewPane->setChart(
        [this] { return ChartCatalog::indicator(m_store, m_authorityId, currentIndicator()); });
    // The table behind the chart follows the same figures.
    m_benchmark->setSelection(m_authorityId, currentIndicator());
}

void IndicatorsPanel::report(const QString &problem)
{
    WhatToDo::warning(this, tr("Indicators"), problem, HandbookTopic::cannotSave);
}

void IndicatorsPanel::addFigure()
{
    const std::optional<Indicator> indicator = m_store.indicators().indicator(currentIndicator());
    if (!indicator || !m_authorityId)
        return;
    ValueDialog dialog(*indicator, m_authorityId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    IndicatorValue v = dialog.value();
    Document doc;
    doc.title = tr("Entered by hand");
    doc.kind = QStringLiteral("user_entry");
    doc.issuedOn = QDate::currentDate();
    const Result<qint64> docId = m_store.sources().addDocument(doc);
    if (docId.ok()) {
        const Result<qint64> src = m_store.sources().addSource(docId.value(), dialog.sourceNote());
        if (src.ok())
            v.sourceId = src.value();
    }
    UndoPush::orReport(m_undoStack, new AddIndicatorValueCommand(m_store.indicators(), v), this,
                       tr("Indicators"));
}

void IndicatorsPanel::deleteFigure()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 id =
        current.isValid() ? current.data(IndicatorValueModel::ValueIdRole).toLongLong() : 0;
    if (!id || current.data(IndicatorValueModel::SeriesKindRole).toInt() !=
                   int(ComparisonSeries::Kind::Authority)) {
        report(tr("Select one of this authority's own figures in the table first."));
        return;
    }
    UndoPush::orReport(
        m_undoStack,
        new RemoveIndicatorValueCommand(m_store.indicators(), id,
                                        current.data(IndicatorValueModel::VersionRole).toInt()),
        this, tr("Indicators"));
}

void IndicatorsPanel::showFigureHistory()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 id =
        current.isValid() ? current.data(IndicatorValueModel::ValueIdRole).toLongLong() : 0;
    if (!id) {
        m_tables->setCurrentWidget(m_table);
        report(tr("Choose a figure under \u201CFigures and sources\u201D first."));
        return;
    }
    emit itemHistoryRequested(
        m_authorityId, QStringLiteral("indicator_value"), id,
        tr("%1: %2, %3")
            .arg(m_indicator->currentText(),
                 current.siblingAtColumn(IndicatorValueModel::SeriesColumn).data().toString(),
                 current.siblingAtColumn(IndicatorValueModel::PeriodColumn).data().toString()));
}

void IndicatorsPanel::editNeighbours()
{
    if (!m_authorityId)
        return;
    NeighboursDialog dialog(m_store, m_authorityId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    UndoPush::orReport(m_undoStack,
                       new SetNeighboursCommand(m_store.indicators(), m_authorityId, dialog.shown(),
                                                dialog.neighbours()),
                       this, tr("Indicators"));
}

void IndicatorsPanel::importStatistics()
{
    const QString name = QFileDialog::getOpenFileName(this, tr("Import DfE Statistics"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (name.isEmpty())
        return;
    DfeImportDialog dialog(m_store, name, this);
    if (!dialog.headerProblem().isEmpty()) {
        report(dialog.headerProblem());
        return;
    }
    if (dialog.exec() == QDialog::Accepted)
        m_undoStack.clear(); // earlier steps may refer to figures the import replaced
}
