#include "actions/actionupdatedialog.h"

#include "help/handbook.h"

#include "actions/evidencedialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ActionUpdateDialog::ActionUpdateDialog(const QString &actionTitle, const ActionUpdate &previous,
                                       bool onServer, QWidget *parent)
    : QDialog(parent)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_rag(new QComboBox(this))
    , m_percent(new QSpinBox(this))
    , m_author(new QLineEdit(previous.author, this))
    , m_note(new QPlainTextEdit(this))
    , m_evidenceList(new QListWidget(this))
    , m_removeEvidence(new QPushButton(tr("Re&move"), this))
    , m_onServer(onServer)
    , m_actionId(previous.actionId)
{
    Handbook::setTopic(this, HandbookTopic::progressUpdates);
    setWindowTitle(tr("Add Progress Update"));
    m_date->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_date->setCalendarPopup(true);
    for (Rag r : Rags::all())
        m_rag->addItem(Rags::title(r), int(r));
    m_rag->setCurrentIndex(m_rag->findData(int(previous.rag)));
    m_percent->setRange(0, 100);
    m_percent->setSuffix(QStringLiteral("%"));
    m_percent->setValue(previous.percentComplete);
    m_note->setTabChangesFocus(true);
    // Picking complete sets 100%, the usual meaning of blue.
    connect(m_rag, &QComboBox::currentIndexChanged, this, [this]() {
        if (Rag(m_rag->currentData().toInt()) == Rag::Blue)
            m_percent->setValue(100);
    });

    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(actionTitle.toHtmlEscaped()), this);
    title->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&RAG:"), m_rag);
    form->addRow(tr("&Percent complete:"), m_percent);
    form->addRow(tr("&By:"), m_author);
    form->addRow(tr("&Note:"), m_note);
    // Evidence backing this update: an audit, minutes, a survey...
    m_evidenceList->setAccessibleName(tr("Evidence backing this update"));
    m_evidenceList->setMaximumHeight(m_evidenceList->fontMetrics().height() * 4);
    auto *attach = new QPushButton(tr("Attach &Evidence..."), this);
    attach->setToolTip(tr("Attach a document that backs this update: a web address, or a file "
                          "kept by its SHA-256"));
    auto *evidenceButtons = new QVBoxLayout;
    evidenceButtons->addWidget(attach);
    evidenceButtons->addWidget(m_removeEvidence);
    evidenceButtons->addStretch(1);
    auto *evidenceRow = new QHBoxLayout;
    evidenceRow->addWidget(m_evidenceList, 1);
    evidenceRow->addLayout(evidenceButtons);
    form->addRow(tr("Evidence:"), evidenceRow);
    connect(attach, &QPushButton::clicked, this, &ActionUpdateDialog::attachEvidence);
    connect(m_removeEvidence, &QPushButton::clicked, this, [this]() {
        const int row = m_evidenceList->currentRow();
        if (row >= 0 && row < m_evidence.size()) {
            m_evidence.removeAt(row);
            showEvidence();
        }
    });
    showEvidence();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, 440);
}

void ActionUpdateDialog::attachEvidence()
{
    Evidence start;
    start.actionId = m_actionId;
    start.datedOn = m_date->date();
    EvidenceDialog dialog(start, {}, m_onServer, this);
    dialog.forNewUpdate();
    if (dialog.exec() == QDialog::Accepted)
        addEvidence(dialog.evidence());
}

void ActionUpdateDialog::addEvidence(const Evidence &evidence)
{
    Evidence e = evidence;
    e.actionId = m_actionId;
    e.updateId.reset(); // this update, once it has an id
    m_evidence.append(e);
    showEvidence();
    m_evidenceList->setCurrentRow(int(m_evidence.size()) - 1);
}

void ActionUpdateDialog::showEvidence()
{
    m_evidenceList->clear();
    for (const Evidence &e : std::as_const(m_evidence)) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 (%2)").arg(e.title, Evidences::kindTitle(e.kind).toLower()),
            m_evidenceList);
        item->setToolTip(e.location);
    }
    if (m_evidence.isEmpty())
        m_evidenceList->addItem(tr("none"));
    m_evidenceList->setEnabled(!m_evidence.isEmpty());
    m_removeEvidence->setEnabled(!m_evidence.isEmpty());
}

ActionUpdate ActionUpdateDialog::update() const
{
    ActionUpdate u;
    u.actionId = m_actionId;
    u.reportedOn = m_date->date();
    u.rag = Rag(m_rag->currentData().toInt());
    u.percentComplete = m_percent->value();
    u.author = m_author->text().trimmed();
    u.note = m_note->toPlainText().trimmed();
    return u;
}
