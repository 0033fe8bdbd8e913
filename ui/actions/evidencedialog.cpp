#include "actions/evidencedialog.h"

#include "help/handbook.h"

#include "shell/problemlabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const QDate noDate(1990, 1, 1);
}

EvidenceDialog::EvidenceDialog(const Evidence &evidence, const QList<ActionUpdate> &updates,
                               bool onServer, QWidget *parent)
    : QDialog(parent)
    , m_original(evidence)
    , m_onServer(onServer)
    , m_sha256(evidence.sha256)
    , m_title(new QLineEdit(evidence.title, this))
    , m_kind(new QComboBox(this))
    , m_dated(new QDateEdit(this))
    , m_location(new QLineEdit(evidence.location, this))
    , m_fingerprint(new QLabel(this))
    , m_update(new QComboBox(this))
    , m_form(new QFormLayout)
    , m_warning(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    Handbook::setTopic(this, HandbookTopic::evidence);
    setWindowTitle(evidence.title.isEmpty() ? tr("Add Evidence") : tr("Edit Evidence"));
    for (const QString &kind : Evidences::kinds())
        m_kind->addItem(Evidences::kindTitle(kind), kind);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(evidence.kind)));
    m_dated->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_dated->setCalendarPopup(true);
    m_dated->setMinimumDate(noDate);
    m_dated->setSpecialValueText(tr("none"));
    m_dated->setDate(evidence.datedOn.value_or(noDate));
    m_location->setPlaceholderText(tr("https://... or a file chosen with Choose File"));
    m_location->setAccessibleName(tr("Web address or file"));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_fingerprint->setWordWrap(true);
    m_update->addItem(tr("(the action as a whole)"), QVariant());
    for (const ActionUpdate &u : updates) {
        m_update->addItem(
            tr("Update of %1: %2, %3% complete")
                .arg(u.reportedOn.toString(QStringLiteral("d MMMM yyyy")), Rags::title(u.rag))
                .arg(u.percentComplete),
            u.id);
    }
    if (evidence.updateId)
        m_update->setCurrentIndex(std::max(0, m_update->findData(*evidence.updateId)));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: palette(window-text); }"));
    m_problem->setWordWrap(true);
    ProblemLabel::style(m_problem);

    auto *choose = new QPushButton(tr("C&hoose File..."), this);
    auto *where = new QHBoxLayout;
    where->addWidget(m_location, 1);
    where->addWidget(choose);
    QFormLayout *form = m_form;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Dated:"), m_dated);
    auto *whereLabel = new QLabel(tr("&Where:"), this);
    whereLabel->setBuddy(m_location);
    form->addRow(whereLabel, where);
    form->addRow(tr("SHA-256:"), m_fingerprint);
    form->addRow(tr("&Backs:"), m_update);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(choose, &QPushButton::clicked, this, [this]() {
        const QString start = m_location->text().trimmed();
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose Evidence"),
            QFileInfo::exists(start) ? QFileInfo(start).absolutePath() : QDir::homePath());
        if (!path.isEmpty())
            setFile(path);
    });
    connect(m_location, &QLineEdit::editingFinished, this, &EvidenceDialog::locationChanged);
    connect(m_location, &QLineEdit::textChanged, this, &EvidenceDialog::validate);
    connect(m_title, &QLineEdit::textChanged, this, &EvidenceDialog::validate);
    connect(m_dated, &QDateEdit::dateChanged, this, &EvidenceDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Whether the file attached is still where, and as, it was: checked once, on opening.
    if (!evidence.location.isEmpty())
        m_moved = Evidences::problem(evidence);
    validate();
    resize(640, 340);
}

void EvidenceDialog::forClosing()
{
    setWindowTitle(m_original.title.isEmpty() ? tr("Add Evidence of Closing")
                                              : tr("Edit Evidence of Closing"));
    m_update->setCurrentIndex(0);
    m_form->setRowVisible(m_update, false);
}

void EvidenceDialog::forNewUpdate()
{
    m_update->setCurrentIndex(0);
    m_form->setRowVisible(m_update, false);
}

void EvidenceDialog::setFile(const QString &path)
{
    m_location->setText(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    if (m_title->text().trimmed().isEmpty())
        m_title->setText(QFileInfo(path).completeBaseName());
    locationChanged();
}

void EvidenceDialog::locationChanged()
{
    // The SHA-256 is taken when a file is named; a web address has none. The stored one
    // stays while the location is the one attached, so a moved or changed file is told.
    const QString location = m_location->text().trimmed();
    Evidence probe;
    probe.location = location;
    if (location == m_original.location.trimmed())
        m_sha256 = m_original.sha256;
    else if (probe.isWebAddress() || !QFileInfo(location).isFile())
        m_sha256.clear();
    else {
        const Result<QString> sha = Evidences::fingerprint(location);
        m_sha256 = sha.ok() ? sha.value() : QString();
    }
    validate();
}

Evidence EvidenceDialog::evidence() const
{
    Evidence e = m_original;
    e.title = m_title->text().trimmed();
    e.kind = m_kind->currentData().toString();
    e.datedOn = m_dated->date() == noDate ? std::nullopt : std::optional(m_dated->date());
    e.location = m_location->text().trimmed();
    e.sha256 = e.isWebAddress() ? QString() : m_sha256;
    e.updateId = m_update->currentData().isValid()
                     ? std::optional(m_update->currentData().toLongLong())
                     : std::nullopt;
    return e;
}

QString EvidenceDialog::problem() const
{
    return m_problem->text();
}

QString EvidenceDialog::warning() const
{
    return m_warning->text();
}

void EvidenceDialog::validate()
{
    const Evidence e = evidence();
    m_fingerprint->setText(e.isWebAddress()     ? tr("none: a web address")
                           : e.sha256.isEmpty() ? tr("none yet")
                                                : e.sha256);
    Status s = Evidences::validate(e);
    const bool changedPlace = e.location != m_original.location.trimmed();
    if (!e.location.isEmpty() && !e.isWebAddress() && changedPlace &&
        !QFileInfo(e.location).isFile())
        s = Status::failure(tr("There is no file at %1. Choose File... to pick one, or give a "
                               "web address starting https://.")
                                .arg(QDir::toNativeSeparators(e.location)));
    m_problem->setText(s.ok() ? QString() : s.error());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(s.ok());
    // Warnings, not refusals: the file kept may have moved, or sit where colleagues cannot go.
    QStringList warnings;
    if (!changedPlace && !m_moved.isEmpty())
        warnings << m_moved;
    if (m_onServer) {
        const QString local = Evidences::localDiskWarning(e.location);
        if (!local.isEmpty())
            warnings << local;
    }
    m_warning->setText(warnings.join(QStringLiteral("\n\n")));
    m_warning->setVisible(!warnings.isEmpty());
}
