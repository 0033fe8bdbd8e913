#include "actions/actiondialog.h"

#include "actions/coveragemodel.h"
#include "actions/evidencedialog.h"
#include "actions/measurelisteditor.h"
#include "help/handbook.h"

#include "shell/problemlabel.h"
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
const QDate noDate(1990, 1, 1);

QDateEdit *dateEdit(const std::optional<QDate> &value, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(noDate);
    edit->setSpecialValueText(QObject::tr("none"));
    edit->setDate(value.value_or(noDate));
    return edit;
}
} // namespace

ActionDialog::ActionDialog(const Action &action, const QList<Plan> &plans,
                           const QList<ActionPlanStore::Coverage> &recommendations,
                           const MeasureContext &measures, QWidget *parent)
    : QDialog(parent)
    , m_original(action)
    , m_plan(new QComboBox(this))
    , m_title(new QLineEdit(action.title, this))
    , m_description(new QPlainTextEdit(action.description, this))
    , m_lead(new QLineEdit(action.leadOfficer, this))
    , m_service(new QLineEdit(action.serviceArea, this))
    , m_start(dateEdit(action.startDate, this))
    , m_due(dateEdit(action.dueDate, this))
    , m_status(new QComboBox(this))
    , m_measure(new QLineEdit(action.successMeasure, this))
    , m_evidence(new QLineEdit(action.evidence, this))
    , m_recommendations(new QListWidget(this))
    , m_context(measures)
    , m_measureList(new MeasureListEditor(
          MeasureListEditor::Owner::Action, action.measures.value_or(QList<ImpactMeasure>()),
          measures, [this]() { return dateOf(m_start).value_or(QDate()); }, this))
    , m_documents(action.evidenceDocuments.value_or(QList<Evidence>()))
    , m_evidenceTable(new QTableWidget(0, 4, this))
    , m_editEvidence(new QPushButton(tr("Edit Evidence..."), this))
    , m_removeEvidence(new QPushButton(tr("Remove Evidence"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    Handbook::setTopic(this, HandbookTopic::actions);
    setWindowTitle(action.id ? tr("Edit Action") : tr("New Action"));
    for (const Plan &p : plans)
        m_plan->addItem(p.name, p.id);
    m_plan->setCurrentIndex(std::max(0, m_plan->findData(action.planId)));
    for (ActionStatus s : ActionStatuses::all())
        m_status->addItem(ActionStatuses::title(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(action.status)));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(70);
    for (const ActionPlanStore::Coverage &c : recommendations) {
        // An action answers recommendations still open; one it already answers stays listed,
        // with where it stands, so that the link can be seen and taken off.
        const bool linked = action.recommendationIds.contains(c.recommendation.id);
        if (!c.isLive() && !linked)
            continue;
        QString label = QStringLiteral("%1 (%2): %3")
                            .arg(c.recommendation.number)
                            .arg(c.inspection, c.recommendation.text);
        if (!c.isLive())
            label = QStringLiteral("[%1] ").arg(CoverageModel::stateText(c)) + label;
        auto *item = new QListWidgetItem(label, m_recommendations);
        item->setData(Qt::UserRole, c.recommendation.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(action.recommendationIds.contains(c.recommendation.id) ? Qt::Checked
                                                                                   : Qt::Unchecked);
        item->setToolTip(c.recommendation.text);
    }
    m_recommendations->setAccessibleName(tr("Recommendations this action answers"));
    m_problem->setWordWrap(true);
    ProblemLabel::style(m_problem);

    auto *form = new QFormLayout;
    form->addRow(tr("&Plan:"), m_plan);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Lead officer:"), m_lead);
    form->addRow(tr("Ser&vice area:"), m_service);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("D&ue:"), m_due);
    form->addRow(tr("St&atus:"), m_status);
    form->addRow(tr("Success &measure:"), m_measure);
    form->addRow(tr("&Evidence:"), m_evidence);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    // What it answers, what it should move, and what shows its work: a tab each.
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_recommendations, tr("&Answers recommendations"));
    // Impact measures: the indicators this action is meant to move.
    if (!m_context.indicators.isEmpty())
        tabs->addTab(m_measureList, tr("&Impact measures"));
    else
        m_measureList->hide();
    // Evidence: documents at web addresses, or files known by their SHA-256.
    m_evidenceTable->setHorizontalHeaderLabels(
        {tr("Evidence"), tr("Kind"), tr("Dated"), tr("Where")});
    m_evidenceTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_evidenceTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_evidenceTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_evidenceTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_evidenceTable->verticalHeader()->hide();
    m_evidenceTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_evidenceTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_evidenceTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_evidenceTable->setAccessibleName(tr("Evidence of this action's work"));
    auto *addEvidence = new QPushButton(tr("Add E&vidence..."), this);
    auto *evidenceButtons = new QHBoxLayout;
    evidenceButtons->addWidget(addEvidence);
    evidenceButtons->addWidget(m_editEvidence);
    evidenceButtons->addWidget(m_removeEvidence);
    evidenceButtons->addStretch(1);
    auto *evidencePage = new QWidget(tabs);
    auto *evidenceLayout = new QVBoxLayout(evidencePage);
    evidenceLayout->addWidget(m_evidenceTable, 1);
    evidenceLayout->addLayout(evidenceButtons);
    tabs->addTab(evidencePage, tr("Evidence do&cuments"));
    layout->addWidget(tabs, 1);
    connect(m_measureList, &MeasureListEditor::problem, m_problem, &QLabel::setText);
    connect(addEvidence, &QPushButton::clicked, this, [this]() { editEvidence(-1); });
    connect(m_editEvidence, &QPushButton::clicked, this,
            [this]() { editEvidence(m_evidenceTable->currentRow()); });
    connect(m_evidenceTable, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { editEvidence(row); });
    connect(m_removeEvidence, &QPushButton::clicked, this,
            [this]() { removeEvidence(m_evidenceTable->currentRow()); });
    connect(m_evidenceTable, &QTableWidget::itemSelectionChanged, this, [this]() {
        const bool chosen = m_evidenceTable->currentRow() >= 0;
        m_editEvidence->setEnabled(chosen);
        m_removeEvidence->setEnabled(chosen);
    });
    showEvidence();
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &ActionDialog::validate);
    connect(m_start, &QDateEdit::dateChanged, this, &ActionDialog::validate);
    connect(m_due, &QDateEdit::dateChanged, this, &ActionDialog::validate);
    validate();
    resize(720, 640);
}

QTableWidget *ActionDialog::measureTable() const
{
    return m_measureList->table();
}

QString ActionDialog::setMeasure(int row, const ImpactMeasure &measure)
{
    return m_measureList->setMeasure(row, measure);
}

void ActionDialog::removeMeasure(int row)
{
    m_measureList->removeMeasure(row);
}

void ActionDialog::setEvidenceContext(const QList<ActionUpdate> &updates, bool onServer)
{
    m_updates = updates;
    m_onServer = onServer;
}

void ActionDialog::showEvidence()
{
    m_evidenceTable->setRowCount(int(m_documents.size()));
    for (int row = 0; row < m_documents.size(); ++row) {
        const Evidence &e = m_documents.at(row);
        m_evidenceTable->setItem(row, 0, new QTableWidgetItem(e.title));
        m_evidenceTable->setItem(row, 1, new QTableWidgetItem(Evidences::kindTitle(e.kind)));
        m_evidenceTable->setItem(
            row, 2,
            new QTableWidgetItem(e.datedOn ? e.datedOn->toString(QStringLiteral("d MMM yyyy"))
                                           : QString()));
        auto *where = new QTableWidgetItem(QDir::toNativeSeparators(e.location));
        where->setToolTip(e.sha256.isEmpty() ? e.location
                                             : tr("%1\nSHA-256 %2").arg(e.location, e.sha256));
        m_evidenceTable->setItem(row, 3, where);
    }
    const bool chosen = m_evidenceTable->currentRow() >= 0;
    m_editEvidence->setEnabled(chosen);
    m_removeEvidence->setEnabled(chosen);
}

QString ActionDialog::setEvidence(int row, const Evidence &evidence)
{
    const Status valid = Evidences::validate(evidence);
    if (!valid.ok())
        return valid.error();
    if (row >= 0 && row < m_documents.size())
        m_documents[row] = evidence;
    else
        m_documents.append(evidence);
    showEvidence();
    return {};
}

void ActionDialog::removeEvidence(int row)
{
    if (row < 0 || row >= m_documents.size())
        return;
    m_documents.removeAt(row);
    showEvidence();
}

void ActionDialog::editEvidence(int row)
{
    Evidence start;
    start.actionId = m_original.id;
    if (row >= 0 && row < m_documents.size())
        start = m_documents.at(row);
    EvidenceDialog dialog(start, m_updates, m_onServer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString refused = setEvidence(row, dialog.evidence());
    if (!refused.isEmpty())
        m_problem->setText(refused);
}

std::optional<QDate> ActionDialog::dateOf(const QDateEdit *edit) const
{
    return edit->date() == noDate ? std::nullopt : std::optional(edit->date());
}

Action ActionDialog::action() const
{
    Action a = m_original;
    a.planId = m_plan->currentData().toLongLong();
    a.title = m_title->text().trimmed();
    a.description = m_description->toPlainText().trimmed();
    a.leadOfficer = m_lead->text().trimmed();
    a.serviceArea = m_service->text().trimmed();
    a.startDate = dateOf(m_start);
    a.dueDate = dateOf(m_due);
    a.status = ActionStatus(m_status->currentData().toInt());
    a.successMeasure = m_measure->text().trimmed();
    a.evidence = m_evidence->text().trimmed();
    if (!m_context.indicators.isEmpty())
        a.measures = m_measureList->measures();
    a.evidenceDocuments = m_documents;
    a.recommendationIds.clear();
    for (int i = 0; i < m_recommendations->count(); ++i) {
        if (m_recommendations->item(i)->checkState() == Qt::Checked)
            a.recommendationIds.append(m_recommendations->item(i)->data(Qt::UserRole).toLongLong());
    }
    return a;
}

QString ActionDialog::problem() const
{
    return m_problem->text();
}

void ActionDialog::validate()
{
    Status s = ActionPlanStore::validate(action());
    if (s.ok() && m_plan->count() == 0)
        s = Status::failure(tr("This authority has no action plan yet: create one first."));
    m_problem->setText(s.ok() ? QString() : s.error());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(s.ok());
}
