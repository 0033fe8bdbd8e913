#include "actions/measurelisteditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

MeasureListEditor::MeasureListEditor(Owner owner, const QList<ImpactMeasure> &measures,
                                     const MeasureContext &context, std::function<QDate()> startOf,
                                     QWidget *parent)
    : QWidget(parent)
    , m_owner(owner)
    , m_measures(measures)
    , m_context(context)
    , m_startOf(std::move(startOf))
    , m_table(new QTableWidget(0, 3, this))
    , m_edit(new QPushButton(tr("C&hange Measure..."), this))
    , m_remove(new QPushButton(tr("Rem&ove Measure"), this))
{
    m_table->setHorizontalHeaderLabels({tr("Indicator"), tr("Baseline"), tr("Target")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(owner == Owner::Plan
                                   ? tr("Indicators the whole plan is meant to move")
                                   : tr("Indicators this action is meant to move"));
    auto *add = new QPushButton(tr("Add Measu&re..."), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this]() { editMeasure(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this]() { editMeasure(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { editMeasure(row); });
    connect(m_remove, &QPushButton::clicked, this,
            [this]() { removeMeasure(m_table->currentRow()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this]() {
        const bool chosen = m_table->currentRow() >= 0;
        m_edit->setEnabled(chosen);
        m_remove->setEnabled(chosen);
    });
    showMeasures();
}

void MeasureListEditor::showMeasures()
{
    m_table->setRowCount(int(m_measures.size()));
    for (int row = 0; row < m_measures.size(); ++row) {
        const ImpactMeasure &m = m_measures.at(row);
        Indicator indicator;
        for (const Indicator &i : m_context.indicators) {
            if (i.id == m.indicatorId)
                indicator = i;
        }
        const QString format = QStringLiteral("d MMM yyyy");
        m_table->setItem(row, 0, new QTableWidgetItem(indicator.name));
        m_table->setItem(row, 1,
                         new QTableWidgetItem(tr("%1 at %2")
                                                  .arg(indicator.formatValue(m.baselineValue),
                                                       m.baselineOn.toString(format))));
        m_table->item(row, 1)->setToolTip(m.baselineSource);
        m_table->setItem(row, 2,
                         new QTableWidgetItem(tr("%1 by %2")
                                                  .arg(indicator.formatValue(m.targetValue),
                                                       m.targetOn.toString(format))));
    }
    const bool chosen = m_table->currentRow() >= 0;
    m_edit->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

QString MeasureListEditor::setMeasure(int row, const ImpactMeasure &measure)
{
    const Status valid = ImpactMeasures::validate(measure);
    if (!valid.ok())
        return valid.error();
    for (int i = 0; i < m_measures.size(); ++i) {
        if (i != row && m_measures.at(i).indicatorId == measure.indicatorId)
            return m_owner == Owner::Plan
                       ? tr("The plan already measures that indicator: edit that measure.")
                       : tr("This action already measures that indicator: edit that measure.");
    }
    if (row >= 0 && row < m_measures.size())
        m_measures[row] = measure;
    else
        m_measures.append(measure);
    showMeasures();
    return {};
}

void MeasureListEditor::removeMeasure(int row)
{
    if (row < 0 || row >= m_measures.size())
        return;
    m_measures.removeAt(row);
    showMeasures();
}

void MeasureListEditor::editMeasure(int row)
{
    ImpactMeasure start;
    if (row >= 0 && row < m_measures.size())
        start = m_measures.at(row);
    MeasureContext context = m_context;
    context.actionStart = m_startOf ? m_startOf() : QDate();
    MeasureDialog dialog(start, context, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString refused = setMeasure(row, dialog.measure());
    if (!refused.isEmpty())
        emit problem(refused);
}
