#include "actions/closerecommendationdialog.h"

#include "help/handbook.h"

#include "actions/evidencedialog.h"
#include "shell/problemlabel.h"

#include "judgements/recommendationlife.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

CloseRecommendationDialog::CloseRecommendationDialog(const ActionPlanStore::Coverage &c,
                                                     bool onServer, QWidget *parent)
    : QDialog(parent)
    , m_inspectedOn(c.inspectedOn)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_note(new QLineEdit(this))
    , m_onServer(onServer)
    , m_evidenceText(new QLabel(this))
    , m_attach(new QPushButton(tr("&Attach..."), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    Handbook::setTopic(this, HandbookTopic::recommendations);
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
    m_evidenceText->setWordWrap(true);
    m_evidenceText->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                            Qt::TextSelectableByKeyboard);
    m_attach->setToolTip(tr("Attach the document that shows it is met: a web address, or a "
                            "file kept by its SHA-256"));
    m_attach->setAccessibleName(tr("Attach evidence of closing"));
    m_remove->setAccessibleName(tr("Remove evidence of closing"));
    auto *evidenceRow = new QHBoxLayout;
    evidenceRow->addWidget(m_evidenceText, 1);
    evidenceRow->addWidget(m_attach);
    evidenceRow->addWidget(m_remove);
    auto *form = new QFormLayout(this);
    form->addRow(text);
    form->addRow(tr("Closed &on:"), m_date);
    form->addRow(tr("&What closed it:"), m_note);
    auto *evidenceLabel = new QLabel(tr("Evidence:"), this);
    evidenceLabel->setBuddy(m_attach);
    form->addRow(evidenceLabel, evidenceRow);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_date, &QDateEdit::dateChanged, this, &CloseRecommendationDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_attach, &QPushButton::clicked, this, &CloseRecommendationDialog::attach);
    connect(m_remove, &QPushButton::clicked, this, [this]() { setEvidence(std::nullopt); });
    setEvidence(c.recommendation.closedEvidence);
    resize(600, sizeHint().height());
}

void CloseRecommendationDialog::setEvidence(const std::optional<Evidence> &evidence)
{
    m_evidence = evidence;
    if (m_evidence) {
        const Evidence &e = *m_evidence;
        m_evidenceText->setText(
            QStringLiteral("%1 (%2%3)")
                .arg(e.title, Evidences::kindTitle(e.kind).toLower(),
                     e.datedOn
                         ? QStringLiteral(", ") + e.datedOn->toString(QStringLiteral("d MMMM yyyy"))
                         : QString()));
        m_evidenceText->setToolTip(
            e.sha256.isEmpty() ? e.location : tr("%1\nSHA-256 %2").arg(e.location, e.sha256));
    } else {
        m_evidenceText->setText(tr("none"));
        m_evidenceText->setToolTip(QString());
    }
    m_attach->setText(m_evidence ? tr("Ch&ange...") : tr("&Attach..."));
    m_remove->setEnabled(m_evidence.has_value());
    validate();
}

void CloseRecommendationDialog::attach()
{
    Evidence start = m_evidence.value_or(Evidence());
    if (!m_evidence)
        start.datedOn = m_date->date();
    EvidenceDialog dialog(start, {}, m_onServer, this);
    dialog.forClosing();
    if (dialog.exec() == QDialog::Accepted)
        setEvidence(dialog.evidence());
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
    Status valid =
        RecommendationLife::validateClosing(m_date->date(), m_inspectedOn, QDate::currentDate());
    if (valid.ok() && m_evidence)
        valid = Evidences::validate(*m_evidence);
    m_problem->setText(valid.ok() ? QString() : valid.error());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid.ok());
}
