#include "actions/csvimportdialog.h"

#include "help/handbook.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

CsvImportDialog::CsvImportDialog(const QString &fileName, const QString &planName,
                                 const ActionPlanCsv::Parsed &parsed, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_preview(new QTableWidget(int(parsed.actions.size()), 6, this))
    , m_problems(new QListWidget(this))
{
    Handbook::setTopic(this, HandbookTopic::actionCsv);
    setWindowTitle(tr("Import Actions"));
    const QString file = QFileInfo(fileName).fileName();
    m_summary->setWordWrap(true);
    if (parsed.ok()) {
        const int planMeasures = int(parsed.planMeasures.value_or(QList<ImpactMeasure>()).size());
        m_summary->setText(
            tr("%1 holds %n action(s), to be added to \"%2\" in one step (Edit > Undo takes "
               "them all back).",
               nullptr, int(parsed.actions.size()))
                .arg(file.toHtmlEscaped(), planName.toHtmlEscaped()) +
            (planMeasures
                 ? QLatin1Char(' ') + tr("With them, %n impact measure(s) of the whole plan, each "
                                         "replacing the plan's own measure of the same indicator.",
                                         nullptr, planMeasures)
                 : QString()));
    } else {
        m_summary->setText(
            tr("<b>%1 cannot be imported:</b> %n row(s) need correcting. Nothing has been "
               "written. Correct the file and import it again.",
               nullptr, int(parsed.problems.size()))
                .arg(file.toHtmlEscaped()));
    }
    m_preview->setHorizontalHeaderLabels(
        {tr("Row"), tr("Action"), tr("Lead officer"), tr("Due"), tr("RAG"), tr("Done")});
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_preview->setAccessibleName(tr("Actions to import"));
    for (int i = 0; i < parsed.actions.size(); ++i) {
        const ActionPlanCsv::ImportedAction &a = parsed.actions.at(i);
        const QStringList cells = {
            QString::number(a.row),
            a.action.title,
            a.action.leadOfficer,
            a.action.dueDate ? a.action.dueDate->toString(Qt::ISODate) : QString(),
            a.progress ? Rags::title(a.progress->rag) : QString(),
            a.progress ? QStringLiteral("%1%").arg(a.progress->percentComplete) : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_preview->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    for (const ActionPlanCsv::RowProblem &p : parsed.problems)
        m_problems->addItem(p.message());
    m_problems->setAccessibleName(tr("Rows that cannot be imported"));
    m_problems->setVisible(!parsed.ok());
    m_preview->setVisible(parsed.ok());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(parsed.ok() &&
                         (!parsed.actions.isEmpty() ||
                          !parsed.planMeasures.value_or(QList<ImpactMeasure>()).isEmpty()));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(820, 480);
}

bool CsvImportDialog::canImport() const
{
    return m_import->isEnabled();
}
