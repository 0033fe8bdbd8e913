#include "export/boardpackdialog.h"

#include "help/handbook.h"
#include "help/whattodo.h"

#include "shell/problemlabel.h"
#include "shell/settingskeys.h"

#include "authorities/authoritystore.h"
#include "indicators/indicatorstore.h"
#include "meetings/meetingstore.h"
#include "store/store.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

BoardPackDialog::BoardPackDialog(const Store &store, qint64 authorityId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_authorityId(authorityId)
    , m_meeting(new QLineEdit(tr("Health and Wellbeing Board"), this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_sinceCheck(new QCheckBox(tr("Open with what changed &since"), this))
    , m_since(new QDateEdit(QDate::currentDate().addMonths(-3), this))
    , m_judgements(new QCheckBox(tr("Ofsted &judgements"), this))
    , m_actions(new QCheckBox(tr("Action &plan and exceptions"), this))
    , m_indicators(new QTableWidget(0, 2, this))
    , m_problem(new QLabel(this))
{
    Handbook::setTopic(this, HandbookTopic::boardPacks);
    const std::optional<Authority> a = store.authorities().byId(authorityId);
    setWindowTitle(tr("Board Pack: %1").arg(a ? a->name : QString()));
    m_date->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_date->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_since->setCalendarPopup(true);
    m_since->setAccessibleName(tr("Changes since"));
    // The names of the authority's earlier meetings, to pick from as one types.
    auto *names = new QCompleter(MeetingStore(store.database()).names(authorityId), this);
    names->setCaseSensitivity(Qt::CaseInsensitive);
    m_meeting->setCompleter(names);
    m_judgements->setChecked(true);
    m_actions->setChecked(true);
    m_indicators->setHorizontalHeaderLabels({tr("Indicator"), tr("Commentary for the board")});
    m_indicators->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_indicators->horizontalHeader()->setStretchLastSection(true);
    m_indicators->verticalHeader()->hide();
    m_indicators->setAccessibleName(tr("Indicators to include, with commentary"));
    // The authority's indicators with figures, the first four ticked.
    const QList<Indicator> withValues = store.indicators().indicatorsWithValues(authorityId);
    for (const Indicator &i : withValues) {
        const int row = m_indicators->rowCount();
        m_indicators->insertRow(row);
        auto *name = new QTableWidgetItem(i.name);
        name->setData(Qt::UserRole, i.id);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        name->setCheckState(row < 4 ? Qt::Checked : Qt::Unchecked);
        m_indicators->setItem(row, 0, name);
        m_indicators->setItem(row, 1, new QTableWidgetItem(QString()));
    }
    ProblemLabel::style(m_problem);

    auto *form = new QFormLayout;
    form->addRow(tr("&Meeting:"), m_meeting);
    form->addRow(tr("&Date:"), m_date);
    auto *sinceRow = new QHBoxLayout;
    sinceRow->addWidget(m_sinceCheck);
    sinceRow->addWidget(m_since, 1);
    form->addRow(tr("Changes:"), sinceRow);
    form->addRow(tr("Sections:"), m_judgements);
    form->addRow(QString(), m_actions);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *save = buttons->addButton(tr("&Save..."), QDialogButtonBox::ActionRole);
    auto *preview = buttons->addButton(tr("Print Pre&view..."), QDialogButtonBox::ActionRole);
    auto *printButton = buttons->addButton(tr("P&rint..."), QDialogButtonBox::ActionRole);
    m_outputs = {save, preview, printButton};
    connect(save, &QPushButton::clicked, this, &BoardPackDialog::saveDialog);
    connect(preview, &QPushButton::clicked, this, &BoardPackDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &BoardPackDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_meeting, &QLineEdit::textChanged, this, &BoardPackDialog::followLastMeeting);
    connect(m_date, &QDateEdit::dateChanged, this, &BoardPackDialog::followLastMeeting);
    connect(m_sinceCheck, &QCheckBox::clicked, this, [this] { m_sinceChosen = true; });
    connect(m_since, &QDateEdit::userDateChanged, this, [this] {
        m_sinceChosen = true;
        m_sinceCheck->setChecked(true);
    });
    connect(m_sinceCheck, &QCheckBox::toggled, this, &BoardPackDialog::validate);
    connect(m_since, &QDateEdit::dateChanged, this, &BoardPackDialog::validate);
    connect(m_meeting, &QLineEdit::textChanged, this, &BoardPackDialog::validate);
    connect(m_date, &QDateEdit::dateChanged, this, &BoardPackDialog::validate);
    connect(m_judgements, &QCheckBox::toggled, this, &BoardPackDialog::validate);
    connect(m_actions, &QCheckBox::toggled, this, &BoardPackDialog::validate);
    connect(m_indicators, &QTableWidget::itemChanged, this, &BoardPackDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *indicatorLabel =
        new QLabel(tr("&Indicators (tick those to include; type a comment for each):"), this);
    indicatorLabel->setBuddy(m_indicators);
    layout->addWidget(indicatorLabel);
    layout->addWidget(m_indicators, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    followLastMeeting();
    validate();
    resize(760, 560);
}

void BoardPackDialog::followLastMeeting()
{
    if (m_sinceChosen)
        return;
    const std::optional<QDate> last =
        MeetingStore(m_store.database()).previous(m_authorityId, m_meeting->text(), m_date->date());
    const QSignalBlocker blockDate(m_since);
    const QSignalBlocker blockCheck(m_sinceCheck);
    m_sinceCheck->setChecked(last.has_value());
    m_since->setDate(last.value_or(m_date->date().addMonths(-3)));
    m_sinceCheck->setToolTip(
        last ? tr("The last %1 a pack was written for met on %2.")
                   .arg(m_meeting->text().trimmed(), last->toString(QStringLiteral("d MMMM yyyy")))
             : tr("No earlier pack was written for this meeting."));
    validate();
}

void BoardPackDialog::remember()
{
    // The next pack for this meeting starts from this one; a reader keeps it in settings.
    const Status s =
        MeetingStore(m_store.database()).remember(m_authorityId, m_meeting->text(), m_date->date());
    if (!s.ok())
        WhatToDo::warning(this, tr("Board Pack"), s.error(), HandbookTopic::cannotSave);
}

BoardPack::Request BoardPackDialog::request() const
{
    BoardPack::Request r;
    r.authorityId = m_authorityId;
    r.meeting = m_meeting->text().trimmed();
    r.meetingDate = m_date->date();
    if (m_sinceCheck->isChecked())
        r.since = m_since->date();
    r.judgements = m_judgements->isChecked();
    r.actionPlan = m_actions->isChecked();
    for (int row = 0; row < m_indicators->rowCount(); ++row) {
        const QTableWidgetItem *name = m_indicators->item(row, 0);
        if (name->checkState() != Qt::Checked)
            continue;
        const qint64 id = name->data(Qt::UserRole).toLongLong();
        r.indicators.append(id);
        const QString note = m_indicators->item(row, 1)->text().trimmed();
        if (!note.isEmpty())
            r.commentary.insert(id, note);
    }
    return r;
}

QString BoardPackDialog::problem() const
{
    return m_problem->text();
}

void BoardPackDialog::validate()
{
    const Status s = BoardPack(m_store, request()).validate();
    m_problem->setText(s.ok() ? QString() : s.error());
    for (QPushButton *b : std::as_const(m_outputs))
        b->setEnabled(s.ok());
}

QString BoardPackDialog::save(const QString &fileName)
{
    const Status s = BoardPack(m_store, request()).write(fileName, true);
    if (!s.ok())
        return s.error();
    remember();
    return {};
}

void BoardPackDialog::saveDialog()
{
    QSettings settings;
    const QString folder =
        settings.value(SettingsKeys::exportFolder(), QDir::homePath()).toString();
    const QString suggested =
        QStringLiteral("%1 %2.pdf")
            .arg(m_meeting->text().trimmed(), m_date->date().toString(Qt::ISODate));
    const QString pdf = tr("PDF, ready to print or send (*.pdf)");
    const QString odt = tr("OpenDocument text, to edit in Word or LibreOffice (*.odt)");
    QString filter = pdf;
    QString name =
        QFileDialog::getSaveFileName(this, tr("Save Board Pack"), QDir(folder).filePath(suggested),
                                     pdf + QStringLiteral(";;") + odt, &filter);
    if (name.isEmpty())
        return;
    // A name typed without an ending gets the one of the kind chosen.
    if (QFileInfo(name).suffix().isEmpty())
        name += filter == odt ? QStringLiteral(".odt") : QStringLiteral(".pdf");
    const QString problem = save(name);
    if (!problem.isEmpty()) {
        WhatToDo::warning(this, tr("Save Board Pack"), problem, HandbookTopic::cannotWriteFile);
        return;
    }
    settings.setValue(SettingsKeys::exportFolder(), QFileInfo(name).absolutePath());
}

void BoardPackDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Board Pack Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *p) { BoardPack(m_store, request()).render(*p); });
    dialog.exec();
}

void BoardPackDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status s = BoardPack(m_store, request()).render(printer);
    if (!s.ok()) {
        WhatToDo::warning(this, tr("Print Board Pack"), s.error(), HandbookTopic::cannotWriteFile);
        return;
    }
    remember();
}
