#include "actions/plandialog.h"

#include "help/handbook.h"

#include "actions/measurelisteditor.h"
#include "shell/problemlabel.h"
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
// A plan that exists may have no start or end: the earliest date stands for "none".
const QDate noDate(1990, 1, 1);
} // namespace

PlanDialog::PlanDialog(qint64 authorityId, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_start(new QDateEdit(QDate::currentDate(), this))
    , m_end(new QDateEdit(QDate::currentDate().addYears(2), this))
    , m_board(new QLineEdit(this))
{
    Handbook::setTopic(this, HandbookTopic::plans);
    m_original.authorityId = authorityId;
    setWindowTitle(tr("New Action Plan"));
    build();
}

PlanDialog::PlanDialog(const Plan &plan, const MeasureContext &measures, QWidget *parent)
    : QDialog(parent)
    , m_original(plan)
    , m_name(new QLineEdit(plan.name, this))
    , m_start(new QDateEdit(this))
    , m_end(new QDateEdit(this))
    , m_board(new QLineEdit(plan.reportsTo, this))
{
    Handbook::setTopic(this, HandbookTopic::plans);
    setWindowTitle(tr("Edit Action Plan"));
    for (QDateEdit *e : {m_start, m_end}) {
        e->setMinimumDate(noDate);
        e->setSpecialValueText(tr("none"));
    }
    m_start->setDate(plan.startsOn.value_or(noDate));
    m_end->setDate(plan.endsOn.value_or(noDate));
    if (!measures.indicators.isEmpty())
        m_measureList = new MeasureListEditor(
            MeasureListEditor::Owner::Plan, plan.measures.value_or(QList<ImpactMeasure>()),
            measures, [this]() { return dateOf(m_start).value_or(QDate()); }, this);
    build();
}

void PlanDialog::build()
{
    for (QDateEdit *e : {m_start, m_end}) {
        e->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
        e->setCalendarPopup(true);
    }
    m_name->setPlaceholderText(tr("e.g. Ofsted action plan 2017 to 2020"));
    m_board->setPlaceholderText(tr("e.g. Health and Wellbeing Board"));
    auto *problem = new QLabel(this);
    problem->setWordWrap(true);
    ProblemLabel::style(problem);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Starts:"), m_start);
    form->addRow(tr("&Ends:"), m_end);
    form->addRow(tr("&Reports to:"), m_board);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto check = [this, problem, buttons]() {
        QString text;
        const std::optional<QDate> start = dateOf(m_start);
        const std::optional<QDate> end = dateOf(m_end);
        if (m_name->text().trimmed().isEmpty())
            text = tr("Give the plan a name.");
        else if (start && end && *end < *start)
            text = tr("The plan ends before it starts.");
        problem->setText(text);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, check);
    connect(m_start, &QDateEdit::dateChanged, this, check);
    connect(m_end, &QDateEdit::dateChanged, this, check);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (m_measureList) {
        // The figures the plan as a whole is meant to move, beside its actions' own.
        auto *tabs = new QTabWidget(this);
        tabs->addTab(m_measureList, tr("&Impact measures of the whole plan"));
        layout->addWidget(tabs, 1);
        connect(m_measureList, &MeasureListEditor::problem, problem, &QLabel::setText);
        resize(640, 460);
    }
    layout->addWidget(problem);
    layout->addWidget(buttons);
    check();
}

std::optional<QDate> PlanDialog::dateOf(const QDateEdit *edit) const
{
    if (edit->date() == edit->minimumDate() && !edit->specialValueText().isEmpty())
        return std::nullopt;
    return edit->date();
}

QTableWidget *PlanDialog::measureTable() const
{
    return m_measureList ? m_measureList->table() : nullptr;
}

QString PlanDialog::setMeasure(int row, const ImpactMeasure &measure)
{
    return m_measureList ? m_measureList->setMeasure(row, measure)
                         : tr("A new plan takes its measures once it is saved.");
}

void PlanDialog::removeMeasure(int row)
{
    if (m_measureList)
        m_measureList->removeMeasure(row);
}

Plan PlanDialog::plan() const
{
    Plan p = m_original;
    p.name = m_name->text().trimmed();
    p.startsOn = dateOf(m_start);
    p.endsOn = dateOf(m_end);
    p.reportsTo = m_board->text().trimmed();
    if (m_measureList)
        p.measures = m_measureList->measures();
    return p;
}
