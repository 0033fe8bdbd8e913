#include "indicators/dfeimportdialog.h"

#include "help/handbook.h"
#include "help/whattodo.h"

#include "authorities/authoritystore.h"
#include "indicators/indicatorstore.h"
#include "store/changewatcher.h"
#include "store/database.h"
#include "store/store.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>

DfeImportDialog::DfeImportDialog(Store &store, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_fileName(fileName)
    , m_intro(new QLabel(this))
    , m_mapping(new QTableWidget(0, 2, this))
    , m_filterTable(new QTableWidget(0, 2, this))
    , m_summary(new QLabel(this))
    , m_whatToDo(WhatToDo::linkLabel(this))
    , m_problems(new QListWidget(this))
    , m_checkButton(new QPushButton(tr("&Check File"), this))
    , m_importButton(new QPushButton(tr("&Import"), this))
{
    Handbook::setTopic(this, HandbookTopic::importingStatistics);
    setWindowTitle(tr("Import DfE Statistics"));
    m_intro->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_mapping->setHorizontalHeaderLabels({tr("Measure in the file"), tr("Indicator")});
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    m_mapping->setAccessibleName(tr("Measures and the indicators they fill"));
    m_filterTable->setHorizontalHeaderLabels({tr("Filter column"), tr("Keep rows where it is")});
    m_filterTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_filterTable->verticalHeader()->hide();
    m_filterTable->setAccessibleName(tr("Filters"));
    m_problems->setAccessibleName(tr("Rejected rows"));
    m_importButton->setEnabled(false);

    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        m_headerProblem = tr("%1 cannot be read: %2").arg(fileName, file.errorString());
    } else {
        const Result<DfeImport::Header> header = DfeImport::readHeader(&file);
        if (header.ok()) {
            m_header = header.value();
            QHash<QString, qint64> ids;
            for (const Indicator &i : m_store.indicators().indicators())
                ids.insert(i.key, i.id);
            file.seek(0);
            m_catalogue = DfeImport::catalogueRules(ids, &file);
            // A release that renamed a measure: the column that can be it is shown for the
            // user to confirm by importing; several that could be it are named, none taken.
            for (const DfeCatalogue::Candidate &c : DfeCatalogue::candidatesFor(m_header.columns, ids)) {
                if (c.columns.size() == 1) {
                    m_catalogue.append(c.rule);
                    m_renamed << tr("%1 is read from \"%2\", a new name for \"%3\"")
                                     .arg(c.indicatorKey, c.columns.first(), c.wanted);
                } else {
                    m_renamed << tr("%1 is left out: \"%2\" could be any of %3")
                                     .arg(c.indicatorKey, c.wanted,
                                          c.columns.join(QStringLiteral(", ")));
                }
            }
        } else {
            m_headerProblem = tr("%1: %2").arg(QFileInfo(fileName).fileName(), header.error());
        }
    }
    const QString name = QFileInfo(fileName).fileName().toHtmlEscaped();
    if (!m_headerProblem.isEmpty()) {
        m_intro->setText(m_headerProblem.toHtmlEscaped());
    } else if (recognised()) {
        m_intro->setText(tr("<b>%1</b> is a published %2 file: the rows below fill these "
                            "indicators, with no mapping to choose. Check the file; nothing is "
                            "written until you import.")
                             .arg(name, m_catalogue.first().publication.toHtmlEscaped()));
        if (!m_renamed.isEmpty()) {
            m_intro->setText(m_intro->text() +
                             tr("<p><b>This release names some measures anew.</b> Check these "
                                "before you import: %1.</p>")
                                 .arg(m_renamed.join(QStringLiteral("; ")).toHtmlEscaped()));
        }
        showCatalogue();
    } else {
        m_intro->setText(tr("<b>%1</b> (%2 layout). Choose the indicator each measure fills, or "
                            "leave it out; then check the file. Nothing is written until you "
                            "import.")
                             .arg(name, m_header.longFormat ? tr("long") : tr("wide")));
        if (!m_header.longFormat)
            fillMapping(m_header.candidateMeasures);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_checkButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_importButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_checkButton, &QPushButton::clicked, this, [this]() { check(); });
    connect(m_importButton, &QPushButton::clicked, this, [this]() {
        if (import().written)
            accept();
    });
    m_checkButton->setEnabled(m_headerProblem.isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_mapping, 2);
    layout->addWidget(m_filterTable, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_whatToDo);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(760, 640);
}

void DfeImportDialog::showCatalogue()
{
    m_mapping->setHorizontalHeaderLabels({tr("Rows of the file"), tr("Indicator")});
    m_mapping->setRowCount(0);
    for (const MeasureRule &rule : std::as_const(m_catalogue)) {
        const int row = m_mapping->rowCount();
        m_mapping->insertRow(row);
        auto *what = new QTableWidgetItem(rule.describe(m_header.columns));
        what->setFlags(Qt::ItemIsEnabled);
        what->setToolTip(what->text());
        m_mapping->setItem(row, 0, what);
        const std::optional<Indicator> indicator =
            m_store.indicators().indicator(rule.indicatorKey);
        auto *to = new QTableWidgetItem(indicator ? indicator->name : rule.indicatorKey);
        to->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(row, 1, to);
    }
    m_filterTable->hide();
}

void DfeImportDialog::fillMapping(const QStringList &measures)
{
    const QHash<QString, qint64> before = mapping();
    m_mapping->setRowCount(0);
    const QList<Indicator> indicators = m_store.indicators().indicators();
    QStringList sorted = measures;
    sorted.sort(Qt::CaseInsensitive);
    for (const QString &measure : std::as_const(sorted)) {
        const int row = m_mapping->rowCount();
        m_mapping->insertRow(row);
        auto *item = new QTableWidgetItem(measure);
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_mapping->setItem(row, 0, item);
        auto *box = new QComboBox(m_mapping);
        box->addItem(tr("(leave out)"), 0);
        for (const Indicator &i : indicators)
            box->addItem(i.name, i.id);
        // What was chosen here, else what was remembered from the last import.
        const std::optional<qint64> remembered =
            before.contains(measure) ? std::optional(before.value(measure))
                                     : m_store.indicators().mappedIndicator(measure);
        box->setCurrentIndex(std::max(0, box->findData(remembered.value_or(0))));
        box->setAccessibleName(measure);
        m_mapping->setCellWidget(row, 1, box);
    }
}

bool DfeImportDialog::mapMeasure(const QString &measure, const QString &indicatorKey)
{
    const std::optional<Indicator> indicator = m_store.indicators().indicator(indicatorKey);
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        if (m_mapping->item(row, 0)->text() == measure) {
            auto *box = static_cast<QComboBox *>(m_mapping->cellWidget(row, 1));
            box->setCurrentIndex(std::max(0, box->findData(indicator ? indicator->id : 0)));
            return indicator.has_value();
        }
    }
    return false;
}

QHash<QString, qint64> DfeImportDialog::mapping() const
{
    QHash<QString, qint64> map;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const auto *box = static_cast<QComboBox *>(m_mapping->cellWidget(row, 1));
        if (box && box->currentData().toLongLong() > 0)
            map.insert(m_mapping->item(row, 0)->text(), box->currentData().toLongLong());
    }
    return map;
}

QHash<QString, QString> DfeImportDialog::filters() const
{
    QHash<QString, QString> chosen;
    for (int row = 0; row < m_filterTable->rowCount(); ++row) {
        const auto *box = static_cast<QComboBox *>(m_filterTable->cellWidget(row, 1));
        if (box && box->currentIndex() > 0)
            chosen.insert(m_filterTable->item(row, 0)->text(), box->currentText());
    }
    return chosen;
}

DfeImport::Summary DfeImportDialog::runWorker(bool write, bool showProgress)
{
    const QHash<QString, qint64> map = mapping();
    const QHash<QString, QString> keep = filters();
    const QList<MeasureRule> catalogue = m_catalogue;
    const QString dbPath = m_store.path();
    const QString fileName = m_fileName;
    const qint64 size = std::max<qint64>(1, QFileInfo(fileName).size());
    std::atomic<qint64> bytes{0};
    std::atomic<bool> cancel{false};
    DfeImport::Summary result;

    // The worker has its own connection: SQLite connections belong to one thread, and WAL
    // lets the window keep reading while the import writes.
    QThread *worker = QThread::create([&]() {
        OpenError error;
        std::unique_ptr<Database> db = Database::open(dbPath, &error);
        if (!db) {
            result.problems.append({0, error.message});
            result.rejected = 1;
            return;
        }
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            result.problems.append(
                {0, tr("%1 cannot be read: %2").arg(fileName, file.errorString())});
            result.rejected = 1;
            return;
        }
        DfeImport import =
            catalogue.isEmpty() ? DfeImport(*db, map, keep) : DfeImport(*db, catalogue);
        result = import.run(&file, write, [&](qint64 done) {
            bytes = done;
            return !cancel.load();
        });
    });
    QProgressDialog progress(write ? tr("Importing %1...").arg(QFileInfo(fileName).fileName())
                                   : tr("Checking %1...").arg(QFileInfo(fileName).fileName()),
                             tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(showProgress ? 400 : 1000000);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    QEventLoop loop;
    QTimer tick;
    connect(&tick, &QTimer::timeout, &progress, [&]() {
        progress.setValue(int(std::min<qint64>(999, bytes.load() * 1000 / size)));
        if (progress.wasCanceled())
            cancel = true;
    });
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    tick.start(100);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.close();
    // The import's connection is this window's own: not someone else's change.
    m_store.watcher().catchUp();
    return result;
}

DfeImport::Summary DfeImportDialog::check(bool showProgress)
{
    const DfeImport::Summary s = runWorker(false, showProgress);
    if (recognised()) {
        showSummary(s, false);
        return s;
    }
    if (m_header.longFormat) {
        QStringList names(s.measureNames.begin(), s.measureNames.end());
        fillMapping(names);
    }
    // Offer each filter column's values; "Total" by default when the file has it.
    const QHash<QString, QString> previous = filters();
    const QHash<QString, QString> defaults = DfeImport::defaultFilters(s);
    const QHash<QString, qint64> mapped = mapping();
    m_filterTable->setRowCount(0);
    QStringList columns = s.filterValues.keys();
    columns.sort();
    for (const QString &column : std::as_const(columns)) {
        if (mapped.contains(column))
            continue;
        const int row = m_filterTable->rowCount();
        m_filterTable->insertRow(row);
        auto *item = new QTableWidgetItem(column);
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_filterTable->setItem(row, 0, item);
        auto *box = new QComboBox(m_filterTable);
        box->addItem(tr("(any value)"));
        QStringList values(s.filterValues.value(column).begin(),
                           s.filterValues.value(column).end());
        values.sort();
        box->addItems(values);
        const QString choice = previous.value(column, defaults.value(column));
        box->setCurrentIndex(std::max(0, box->findText(choice)));
        m_filterTable->setCellWidget(row, 1, box);
    }
    // Checked again with the filters now chosen, so the counts are what an import will do.
    const bool filtersChanged = filters() != previous;
    const DfeImport::Summary final =
        filtersChanged || m_header.longFormat ? runWorker(false, showProgress) : s;
    showSummary(final, false);
    return final;
}

DfeImport::Summary DfeImportDialog::import(bool showProgress)
{
    const DfeImport::Summary s = runWorker(true, showProgress);
    if (s.written) {
        const QHash<QString, qint64> map = mapping();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            m_store.indicators().setMapping(it.key(), it.value());
        m_store.authorities().announceExternalChange();
        m_store.indicators().announceBulkChange();
    }
    showSummary(s, true);
    return s;
}

QString DfeImportDialog::leftOut(const DfeImport::Summary &s)
{
    QStringList parts;
    parts << tr("%1 rows left out by their filter values").arg(s.skipped);
    if (s.notApplicable > 0)
        parts << tr("%1 rows of authorities that had ended, all \"not applicable\"")
                     .arg(s.notApplicable);
    if (s.unknownRows > 0) {
        QStringList places;
        for (auto it = s.unknownPlaces.constBegin(); it != s.unknownPlaces.constEnd(); ++it)
            places << QStringLiteral("%1 %2").arg(it.key(), it.value()).trimmed();
        parts << tr("%1 rows for places not in the list of authorities (%2)")
                     .arg(s.unknownRows)
                     .arg(places.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

void DfeImportDialog::showSummary(const DfeImport::Summary &s, bool written)
{
    m_problems->clear();
    for (const DfeImport::Problem &p : s.problems)
        m_problems->addItem(p.line > 0 ? tr("Line %1: %2").arg(p.line).arg(p.reason) : p.reason);
    QString text;
    if (s.cancelled)
        text = tr("Cancelled: nothing was written.");
    else if (s.rejected > 0)
        text = tr("<b>%n row(s) cannot be imported</b>, listed below by line; nothing was written. "
                  "Correct the file "
                  "or the choices above and check again.",
                  nullptr, int(s.rejected));
    else if (written && s.written)
        text = tr("Imported %1 figures (%2 withheld) from %3 rows. %4")
                   .arg(s.values)
                   .arg(s.suppressed)
                   .arg(s.rows)
                   .arg(leftOut(s));
    else if (s.values == 0 && recognised())
        text = tr("<b>%1 rows read, but no figure in them matched what the catalogue looks "
                  "for</b>: nothing would be imported. Below, what each indicator looked for "
                  "and what the file has instead.")
                   .arg(s.rows);
    else if (s.values == 0)
        text = tr("%1 rows read, but no figure would be imported: map at least one measure to an "
                  "indicator.")
                   .arg(s.rows);
    else
        text = tr("Ready: %1 figures (%2 withheld) from %3 rows. %4")
                   .arg(s.values)
                   .arg(s.suppressed)
                   .arg(s.rows)
                   .arg(leftOut(s));
    // Rules that found nothing: listed with what they looked for, whether or not others did.
    if (recognised() && !s.cancelled && s.rejected == 0) {
        for (const QString &rule : s.unmatched())
            m_problems->addItem(tr("No figure for %1").arg(rule));
    }
    m_summary->setText(text);
    const bool trouble = !s.cancelled && (s.rejected > 0 || s.values == 0);
    WhatToDo::setLink(m_whatToDo, tr("What to do when a file's rows cannot be imported"),
                      trouble ? HandbookTopic::statisticsRefused : nullptr);
    m_importButton->setEnabled(!written && !s.cancelled && s.rejected == 0 && s.values > 0);
}
