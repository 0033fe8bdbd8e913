#include "actions/actionupdatedialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

ActionUpdateDialog::ActionUpdateDialog(const QString &actionTitle, const ActionUpdate &previous,
                                       QWidget *parent)
    : QDialog(parent)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_rag(new QComboBox(this))
    , m_percent(new QSpinBox(this))
    , m_author(new QLineEdit(previous.author, this))
    , m_note(new QPlainTextEdit(this))
    , m_actionId(previous.actionId)
{
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, 360);
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
