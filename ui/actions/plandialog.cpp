#include "actions/plandialog.h"

#include "shell/problemlabel.h"
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PlanDialog::PlanDialog(qint64 authorityId, QWidget *parent)
    : QDialog(parent)
    , m_authorityId(authorityId)
    , m_name(new QLineEdit(this))
    , m_start(new QDateEdit(QDate::currentDate(), this))
    , m_end(new QDateEdit(QDate::currentDate().addYears(2), this))
    , m_board(new QLineEdit(this))
{
    setWindowTitle(tr("New Action Plan"));
    for (QDateEdit *e : {m_start, m_end}) {
        e->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
        e->setCalendarPopup(true);
    }
    m_name->setPlaceholderText(tr("e.g. Ofsted action plan 2017 to 2020"));
    m_board->setPlaceholderText(tr("e.g. Health and Wellbeing Board"));
    auto *problem = new QLabel(this);
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
        if (m_name->text().trimmed().isEmpty())
            text = tr("Give the plan a name.");
        else if (m_end->date() < m_start->date())
            text = tr("The plan ends before it starts.");
        problem->setText(text);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, check);
    connect(m_start, &QDateEdit::dateChanged, this, check);
    connect(m_end, &QDateEdit::dateChanged, this, check);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    check();
}

Plan PlanDialog::plan() const
{
    Plan p;
    p.authorityId = m_authorityId;
    p.name = m_name->text().trimmed();
    p.startsOn = m_start->date();
    p.endsOn = m_end->date();
    p.reportsTo = m_board->text().trimmed();
    return p;
}
