#include "indicators/valuedialog.h"

#include "help/handbook.h"

#include "shell/problemlabel.h"
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

ValueDialog::ValueDialog(const Indicator &indicator, qint64 authorityId, QWidget *parent)
    : QDialog(parent)
    , m_indicator(indicator)
    , m_authorityId(authorityId)
    , m_kind(new QComboBox(this))
    , m_start(new QDateEdit(QDate(QDate::currentDate().year() - 1, 4, 1), this))
    , m_end(new QDateEdit(QDate(QDate::currentDate().year(), 3, 31), this))
    , m_label(new QLineEdit(this))
    , m_value(new QLineEdit(this))
    , m_source(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    Handbook::setTopic(this, HandbookTopic::figures);
    setWindowTitle(tr("Add Figure: %1").arg(indicator.name));
    m_kind->addItem(tr("A snapshot at a date"), int(Period::Kind::At));
    m_kind->addItem(tr("A period from ... to ..."), int(Period::Kind::In));
    m_kind->setCurrentIndex(indicator.measured == Period::Kind::At ? 0 : 1);
    for (QDateEdit *e : {m_start, m_end}) {
        e->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
        e->setCalendarPopup(true);
    }
    m_label->setPlaceholderText(tr("e.g. at 31 March 2017, or 2016-17 (optional)"));
    m_value->setPlaceholderText(tr("a number, or c, x, z, low, u when withheld"));
    m_source->setPlaceholderText(tr("document and place, e.g. Ofsted report 2017, paragraph 44"));
    m_problem->setWordWrap(true);
    ProblemLabel::style(m_problem);
    auto *form = new QFormLayout;
    form->addRow(tr("&Period:"), m_kind);
    form->addRow(tr("&From:"), m_start);
    form->addRow(tr("&At / to:"), m_end);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Value (%1):").arg(Indicator::unitTitle(indicator.unit)), m_value);
    form->addRow(tr("&Source:"), m_source);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ValueDialog::validate);
    for (QDateEdit *e : {m_start, m_end})
        connect(e, &QDateEdit::dateChanged, this, &ValueDialog::validate);
    for (QLineEdit *e : {m_value, m_source})
        connect(e, &QLineEdit::textChanged, this, &ValueDialog::validate);
    validate();
    resize(520, 300);
}

IndicatorValue ValueDialog::value() const
{
    IndicatorValue v;
    v.authorityId = m_authorityId;
    v.indicatorId = m_indicator.id;
    const bool at = Period::Kind(m_kind->currentData().toInt()) == Period::Kind::At;
    v.period = at ? Period::at(m_end->date(), m_label->text().trimmed())
                  : Period::in(m_start->date(), m_end->date(), m_label->text().trimmed());
    const QString text = m_value->text().trimmed();
    bool ok = false;
    const double number = QLocale(QLocale::English).toDouble(text, &ok);
    if (ok)
        v.value = number;
    else if (!text.isEmpty())
        v.suppression = SuppressionCodes::fromSymbol(text);
    return v;
}

QString ValueDialog::sourceNote() const
{
    return m_source->text().trimmed();
}

QString ValueDialog::problem() const
{
    return m_problem->text();
}

void ValueDialog::validate()
{
    m_start->setEnabled(Period::Kind(m_kind->currentData().toInt()) == Period::Kind::In);
    const IndicatorValue v = value();
    QString problem = v.period.validate();
    if (problem.isEmpty() && m_value->text().trimmed().isEmpty())
        problem = tr("Give the value, or the code it was published with.");
    else if (problem.isEmpty() && !v.value && !v.suppression)
        problem = tr("\"%1\" is neither a number nor a suppression code (c, x, z, low, u).")
                      .arg(m_value->text().trimmed());
    else if (problem.isEmpty() && v.value)
        problem = m_indicator.checkValue(*v.value);
    if (problem.isEmpty() && sourceNote().isEmpty())
        problem = tr("Say where the figure comes from.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
