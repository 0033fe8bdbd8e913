#include "actions/closerecommendationdialog.h"

#include "shell/problemlabel.h"

#include "judgements/recommendationlife.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

CloseRecommendationDialog::CloseRecommendationDialog(const ActionPlanStore::Coverage &c,
                                                     QWidget *parent)
    : QDialog(parent)
    , m_inspectedOn(c.inspectedOn)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_note(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Close Recommendation"));
    auto *text = new QLabel(QStringLiteral("%1 %2: %3")
                                .arg(c.inspection)
                                .arg(c.recommendation.number)
                                .arg(c.recommendation.text),
                            this);
    text->setWordWrap(true);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_date->setAccessibleName(tr("Closed on"));
    m_note->setPlaceholderText(tr("What shows it is met: an audit, a visit's findings, minutes"));
    m_note->setAccessibleName(tr("What closed it"));
    m_problem->setWordWrap(true);
    ProblemLabel::style(m_problem);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Close Recommendation"));
    auto *form = new QFormLayout(this);
    form->addRow(text);
    form->addRow(tr("Closed &on:"), m_date);
    form->addRow(tr("&What closed it:"), m_note);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_date, &QDateEdit::dateChanged, this, &CloseRecommendationDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(560, sizeHint().height());
}

QDate CloseRecommendationDialog::closedOn() const
{
    return m_date->date();
}

QString CloseRecommendationDialog::note() const
{
    return m_note->text().trimmed();
}

QString CloseRecommendationDialog::problem() const
{
    return m_problem->text();
}

void CloseRecommendationDialog::validate()
{
    const Status valid =
        RecommendationLife::validateClosing(m_date->date(), m_inspectedOn, QDate::currentDate());
    m_problem->setText(valid.ok() ? QString() : valid.error());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid.ok());
}
