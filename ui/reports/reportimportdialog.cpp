#include "reports/reportimportdialog.h"

#include "help/handbook.h"
#include "help/whattodo.h"

#include "authorities/authoritystore.h"
#include "reports/authoritymatcher.h"
#include "reports/reportimport.h"
#include "shell/problemlabel.h"
#include "store/store.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <atomic>

namespace {

enum Column
{
    FileColumn,
    OutcomeColumn,
    AuthorityColumn,
    FrameworkColumn,
    DatesColumn,
    GradesColumn,
    RecommendationsColumn,
    DatabaseColumn,
    ColumnCount
};

enum Role
{
    IndexRole = Qt::UserRole + 1,
};

QString datesOf(const ReportReading &r)
{
    if (!r.start)
        return {};
    const QString from = QLocale().toString(*r.start, QStringLiteral("d MMM yyyy"));
    if (!r.end || *r.end == *r.start)
        return from;
    return QStringLiteral("%1 to %2")
        .arg(from, QLocale().toString(*r.end, QStringLiteral("d MMM yyyy")));
}

QString gradesOf(const ReportReading &r)
{
    QStringList parts;
    for (const ReadGrade &g : r.grades)
        parts << QStringLiteral("%1: %2").arg(
            JudgementAreas::rowTitle(JudgementAreas::rowsFor(g.area).value(0)),
            Grades::shortTitle(g.grade));
    return parts.join(QStringLiteral("; "));
}

} // namespace

ReportImportDialog::ReportImportDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_whatToDo(WhatToDo::linkLabel(this))
    , m_replace(new QCheckBox(tr("&Replace values typed by hand with what the reports say"), this))
    , m_settle(new QPushButton(tr("&Settle Selected Report..."), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    Handbook::setTopic(this, HandbookTopic::importingReports);
    setWindowTitle(tr("Import Ofsted Reports"));
    m_model->setHorizontalHeaderLabels({tr("File"), tr("Outcome"), tr("Authority"), tr("Framework"),
                                        tr("On site"), tr("Grades"), tr("Recommendations"),
                                        tr("In the database")});
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Reports read"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_replace->setToolTip(tr("Off: an inspection typed in by hand keeps its values, and its "
                             "report is not imported. On: the report's values replace them."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));

    m_settle->setToolTip(tr("Choose the authority, type the dates or accept the grades of a "
                            "report the reader was unsure of, so it can be imported"));
    m_settle->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_whatToDo);
    layout->addWidget(m_table, 1);
    auto *options = new QHBoxLayout;
    options->addWidget(m_replace, 1);
    options->addWidget(m_settle);
    layout->addLayout(options);
    layout->addWidget(m_buttons);
    connect(m_settle, &QPushButton::clicked, this, &ReportImportDialog::settleSelected);
    connect(m_table, &QTableView::doubleClicked, this, &ReportImportDialog::settleSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReportImportDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &QStandardItemModel::itemChanged, this, &ReportImportDialog::updateButtons);
    connect(m_replace, &QCheckBox::toggled, this, &ReportImportDialog::fill);
    resize(1100, 520);
}

QStringList ReportImportDialog::reportFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, {QStringLiteral("*.pdf"), QStringLiteral("*.PDF")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
            found.sort();
            files << found;
        } else {
            files << path;
        }
    }
    return files;
}

bool ReportImportDialog::readFiles(const QStringList &paths)
{
    const QStringList files = reportFiles(paths);
    if (files.isEmpty())
        return false;
    const AuthorityMatcher matcher(m_store.authorities().all(), m_store.authorities().aliases());
    QProgressDialog progress(tr("Reading reports..."), tr("Cancel"), 0, int(files.size()),
                             parentWidget());
    progress.setWindowTitle(tr("Import Ofsted Reports"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setValue(0);

    std::atomic_bool cancelled{false};
    QList<ReportFile> read;
    // Reading needs no database: a worker thread reads, the window stays responsive.
    QThread *worker = QThread::create([&]() {
        for (int i = 0; i < files.size() && !cancelled; ++i) {
            QMetaObject::invokeMethod(
                &progress,
                [&progress, i, name = QFileInfo(files.at(i)).fileName(), n = files.size()]() {
                    progress.setLabelText(
                        QObject::tr("Reading %1 of %2: %3").arg(i + 1).arg(n).arg(name));
                    progress.setValue(i);
                },
                Qt::QueuedConnection);
            ReportFile file = ReportFile::read(files.at(i), matcher);
            if (file.ready())
                file.refusal = ReportImport::check(file);
            read.append(std::move(file));
        }
    });
    connect(&progress, &QProgressDialog::canceled, this, [&cancelled]() { cancelled = true; });
    worker->start();
    while (!worker->wait(20))
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    QApplication::processEvents();
    delete worker;
    progress.reset();
    if (cancelled)
        return false;
    m_files = read;
    fill();
    return true;
}

void ReportImportDialog::fill()
{
    m_model->removeRows(0, m_model->rowCount());
    QMap<QString, int> refusals;
    int readable = 0, unsure = 0;
    for (int i = 0; i < m_files.size(); ++i) {
        const ReportFile &f = m_files.at(i);
        const ReportReading &r = f.reading;
        QList<QStandardItem *> row;
        for (int c = 0; c < ColumnCount; ++c)
            row << new QStandardItem;
        row[FileColumn]->setText(f.fileName);
        row[FileColumn]->setToolTip(
            tr("%1\nSHA-256 %2").arg(QDir::toNativeSeparators(f.path), f.sha256));
        row[FileColumn]->setData(i, IndexRole);
        if (!f.ok()) {
            row[OutcomeColumn]->setText(tr("Refused: %1").arg(f.refusal));
            row[OutcomeColumn]->setForeground(palette().color(QPalette::PlaceholderText));
            refusals[f.refusal.section(QLatin1Char('('), 0, 0).trimmed()] += 1;
            row[FileColumn]->setFlags(Qt::ItemIsEnabled);
        } else if (f.needsReview()) {
            ++unsure;
            row[OutcomeColumn]->setText(tr("Needs review: %1").arg(f.reviewFields()));
            QStringList found;
            for (const ReportFile::Review &review : f.reviews)
                found << QStringLiteral("%1: %2").arg(review.field, review.found);
            found << tr("Select it and choose Settle Selected Report (or double-click it).");
            row[OutcomeColumn]->setToolTip(found.join(QLatin1Char('\n')));
            row[AuthorityColumn]->setText(f.authority ? f.authority->name
                                                      : tr("? (%1)").arg(r.authorityText.left(60)));
            row[FrameworkColumn]->setText(ReportReading::frameworkName(r.framework));
            row[DatesColumn]->setText(r.start ? datesOf(r) : tr("?"));
            row[GradesColumn]->setText(r.isGraded() ? gradesOf(r) : tr("not graded (a visit)"));
            row[RecommendationsColumn]->setText(QString::number(r.recommendations.size()));
            row[DatabaseColumn]->setText(tr("Not imported until settled"));
            row[FileColumn]->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        } else {
            ++readable;
            row[OutcomeColumn]->setText(f.reviewed ? tr("Read, settled by you") : tr("Read"));
            row[AuthorityColumn]->setText(f.authority->name);
            row[AuthorityColumn]->setToolTip(tr("Named in the report as \"%1\" (page %2)")
                                                 .arg(r.authorityText)
                                                 .arg(r.authorityPlace.page));
            row[FrameworkColumn]->setText(ReportReading::frameworkName(r.framework));
            row[DatesColumn]->setText(datesOf(r));
            row[DatesColumn]->setToolTip(
                tr("Page %1: %2").arg(r.datesPlace.page).arg(r.datesPlace.words));
            row[GradesColumn]->setText(r.isGraded() ? gradesOf(r) : tr("not graded (a visit)"));
            QStringList gradeSources;
            for (const ReadGrade &g : r.grades)
                gradeSources << tr("Page %1: %2").arg(g.place.page).arg(g.place.words);
            row[GradesColumn]->setToolTip(gradeSources.join(QLatin1Char('\n')));
            row[RecommendationsColumn]->setText(QString::number(r.recommendations.size()));
            const std::optional<ReportImport::Existing> held = ReportImport::existing(m_store, f);
            bool choose = true;
            if (!held) {
                row[DatabaseColumn]->setText(tr("New"));
            } else if (held->differences.isEmpty()) {
                row[DatabaseColumn]->setText(tr("Already held, the same"));
            } else if (!held->handTyped.isEmpty() && !m_replace->isChecked()) {
                row[DatabaseColumn]->setText(tr("Typed by hand, differs: %1")
                                                 .arg(held->handTyped.join(QStringLiteral("; "))));
                choose = false;
            } else {
                row[DatabaseColumn]->setText(
                    tr("Updates: %1").arg(held->differences.join(QStringLiteral("; "))));
            }
            row[DatabaseColumn]->setToolTip(held ? held->differences.join(QLatin1Char('\n'))
                                                 : QString());
            row[FileColumn]->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable |
                                      Qt::ItemIsSelectable);
            row[FileColumn]->setCheckState(choose ? Qt::Checked : Qt::Unchecked);
        }
        m_model->appendRow(row);
    }
    QStringList why;
    for (auto it = refusals.cbegin(); it != refusals.cend(); ++it)
        why << tr("%1 %2").arg(it.value()).arg(it.key());
    QString summary =
        why.isEmpty() ? tr("%1 read. Tick the ones to import.")
                            .arg(readable == 1 ? tr("1 report") : tr("%1 reports").arg(readable))
                      : tr("%1 read, %2 refused (%3). Refused files are not saved.")
                            .arg(readable)
                            .arg(m_files.size() - readable - unsure)
                            .arg(why.join(QStringLiteral(", ")));
    if (unsure)
        summary += QLatin1Char(' ') + (unsure == 1 ? tr("1 report needs you to settle what the "
                                                         "reader was unsure of (Settle).")
                                                   : tr("%1 reports need you to settle what the "
                                                        "reader was unsure of (Settle).")
                                                         .arg(unsure));
    m_summary->setText(summary);
    const int refused = int(m_files.size()) - readable - unsure;
    if (refused > 0)
        WhatToDo::setLink(m_whatToDo, tr("What to do about a refused report"),
                          HandbookTopic::reportRefused);
    else if (unsure > 0)
        WhatToDo::setLink(m_whatToDo, tr("What to do about a report to settle"),
                          HandbookTopic::reportNeedsReview);
    else
        WhatToDo::setLink(m_whatToDo, QString(), nullptr);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < ColumnCount - 1; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 320));
    updateButtons();
}

void ReportImportDialog::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    const QStandardItem *file =
        current.isValid() ? m_model->item(current.row(), FileColumn) : nullptr;
    m_settle->setEnabled(file && m_files.at(file->data(IndexRole).toInt()).needsReview());
    const int n = int(chosen().size());
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(n > 0);
    ok->setText(n == 0   ? tr("&Import")
                : n == 1 ? tr("&Import 1 Report")
                         : tr("&Import %1 Reports").arg(n));
}

QList<ReportFile> ReportImportDialog::chosen() const
{
    QList<ReportFile> result;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row, FileColumn);
        if (item && item->checkState() == Qt::Checked)
            result.append(m_files.at(item->data(IndexRole).toInt()));
    }
    return result;
}

bool ReportImportDialog::replaceHandTyped() const
{
    return m_replace->isChecked();
}

QString ReportImportDialog::settle(int row, std::optional<qint64> authorityId, const QString &dates,
                                   bool acceptGrades)
{
    const QStandardItem *item = m_model->item(row, FileColumn);
    if (!item)
        return tr("There is no report in row %1.").arg(row + 1);
    ReportFile file = m_files.at(item->data(IndexRole).toInt());
    QStringList problems;
    for (const ReportFile::Review &review : QList<ReportFile::Review>(file.reviews)) {
        if (review.field == QLatin1String("authority")) {
            const std::optional<Authority> a =
                authorityId ? m_store.authorities().byId(*authorityId) : std::nullopt;
            if (!a || a->isAggregate())
                problems << tr("Choose the authority the report is about.");
            else
                file.chooseAuthority(*a);
        } else if (review.field == QLatin1String("dates")) {
            if (!file.setDates(dates))
                problems << tr("Type the days on site as the report prints them, such as "
                               "\"12 to 23 January 2026\".");
        }
    }
    // Dates can bring a grades review of their own: settled after them.
    if (!file.reviews.isEmpty() && file.reviewFields() == QLatin1String("grades")) {
        if (acceptGrades)
            file.acceptGrades();
        else
            problems << tr("Accept the grades as the areas the framework graded then, or leave "
                           "the report out.");
    }
    if (file.ready()) {
        const QString check = ReportImport::check(file);
        if (!check.isEmpty())
            problems << check;
    }
    if (!problems.isEmpty())
        return problems.join(QLatin1Char(' '));
    file.reviewed = true;
    m_files[item->data(IndexRole).toInt()] = file;
    fill();
    m_model->item(row, FileColumn)->setCheckState(Qt::Checked);
    return {};
}

void ReportImportDialog::settleSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    const ReportFile &file = m_files.at(m_model->item(row, FileColumn)->data(IndexRole).toInt());
    if (!file.needsReview())
        return;

    QDialog ask(this);
    ask.setWindowTitle(tr("Settle %1").arg(file.fileName));
    auto *form = new QFormLayout;
    QComboBox *authority = nullptr;
    QLineEdit *dates = nullptr;
    QCheckBox *grades = nullptr;
    for (const ReportFile::Review &review : file.reviews) {
        auto *found = new QLabel(tr("The reader found: %1").arg(review.found), &ask);
        found->setWordWrap(true);
        found->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(found);
        if (review.field == QLatin1String("authority") && !authority) {
            authority = new QComboBox(&ask);
            authority->setObjectName(QStringLiteral("authority"));
            authority->setEditable(true);
            authority->setInsertPolicy(QComboBox::NoInsert);
            authority->addItem(QString());
            for (const Authority &a : m_store.authorities().all()) {
                if (!a.isAggregate() && !a.synthetic)
                    authority->addItem(a.label(), a.id);
            }
            authority->setAccessibleName(tr("Authority the report is about"));
            form->addRow(tr("&Authority:"), authority);
        } else if (review.field == QLatin1String("dates") && !dates) {
            dates = new QLineEdit(&ask);
            dates->setObjectName(QStringLiteral("dates"));
            dates->setPlaceholderText(tr("12 to 23 January 2026"));
            dates->setAccessibleName(tr("Days on site"));
            form->addRow(tr("&Days on site:"), dates);
        } else if (review.field == QLatin1String("grades") && !grades) {
            grades = new QCheckBox(
                tr("&Take each as the area the framework graded then (left out if none)"), &ask);
            grades->setObjectName(QStringLiteral("grades"));
            form->addRow(grades);
        }
    }
    auto *problem = new QLabel(&ask);
    problem->setObjectName(QStringLiteral("problem"));
    problem->setWordWrap(true);
    ProblemLabel::style(problem);
    form->addRow(problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Settle"));
    auto *layout = new QVBoxLayout(&ask);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &ask, [&]() {
        std::optional<qint64> id;
        if (authority && authority->currentData().isValid())
            id = authority->currentData().toLongLong();
        const QString wrong = settle(row, id, dates ? dates->text() : QString(),
                                     grades && grades->isChecked());
        if (wrong.isEmpty())
            ask.accept();
        else
            problem->setText(wrong);
    });
    ask.resize(560, ask.sizeHint().height());
    ask.exec();
}
