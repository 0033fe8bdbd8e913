#include "export/tableexport.h"

#include "help/handbook.h"
#include "help/whattodo.h"

#include "csv/csvwriter.h"
#include "export/exportrole.h"
#include "files/atomicfile.h"
#include "shell/settingskeys.h"

#include <QAction>
#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>

#include <xlsxwriter.h>

namespace TableExport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TableExport", text);
}

QVariant cellValue(const QAbstractItemModel &model, int row, int column)
{
    const QModelIndex i = model.index(row, column);
    const QVariant typed = i.data(ExportValueRole);
    return typed.isValid() ? typed : i.data(Qt::DisplayRole);
}

} // namespace

Status writeCsv(const QAbstractItemModel &model, const QString &fileName)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer);
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << model.headerData(c, Qt::Horizontal)
                      .toString()
                      .replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (model.headerData(0, Qt::Vertical).isValid() &&
        !model.headerData(0, Qt::Vertical).toString().isEmpty())
        header.prepend(QString());
    csv.writeRow(header);
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        if (header.size() > model.columnCount())
            row << model.headerData(r, Qt::Vertical).toString();
        for (int c = 0; c < model.columnCount(); ++c) {
            const QVariant v = cellValue(model, r, c);
            row << (v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate)
                                                   : v.toString());
        }
        csv.writeRow(row);
    }
    return Status::ofProblem(AtomicFile::write(fileName, bytes));
}

Status writeXlsx(const QAbstractItemModel &model, const QString &fileName,
                 const QString &sheetTitle)
{
    // libxlsxwriter writes to a name of its own: a name beside the target, renamed over it
    // when the workbook is complete.
    QString problem;
    const QString partial = AtomicFile::temporaryBeside(fileName, &problem);
    if (partial.isEmpty())
        return Status::failure(problem);
    const QByteArray path = QFile::encodeName(partial);
    lxw_workbook *workbook = workbook_new(path.constData());
    if (!workbook)
        return Status::failure(tr("%1 cannot be written.").arg(fileName));
    // Excel limits sheet names to 31 characters and a few symbols.
    QString name = sheetTitle.left(31);
    name.replace(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")), QStringLiteral(" "));
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, name.toUtf8().constData());
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "d mmm yyyy");
    const bool rowHeaders = !model.headerData(0, Qt::Vertical).toString().isEmpty() &&
                            model.headerData(0, Qt::Vertical).toString() != QLatin1String("1");
    const int offset = rowHeaders ? 1 : 0;
    for (int c = 0; c < model.columnCount(); ++c) {
        const QByteArray h = model.headerData(c, Qt::Horizontal)
                                 .toString()
                                 .replace(QLatin1Char('\n'), QLatin1Char(' '))
                                 .toUtf8();
        worksheet_write_string(sheet, 0, lxw_col_t(c + offset), h.constData(), bold);
        worksheet_set_column(sheet, lxw_col_t(c + offset), lxw_col_t(c + offset), 18, nullptr);
    }
    for (int r = 0; r < model.rowCount(); ++r) {
        const auto row = lxw_row_t(r + 1);
        if (rowHeaders)
            worksheet_write_string(
                sheet, row, 0, model.headerData(r, Qt::Vertical).toString().toUtf8().constData(),
                bold);
        for (int c = 0; c < model.columnCount(); ++c) {
            const QVariant v = cellValue(model, r, c);
            const auto col = lxw_col_t(c + offset);
            switch (v.typeId()) {
            case QMetaType::QDate: {
                const QDate d = v.toDate();
                lxw_datetime dt = {d.year(), d.month(), d.day(), 0, 0, 0};
                worksheet_write_datetime(sheet, row, col, &dt, date);
                break;
            }
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::Double:
                worksheet_write_number(sheet, row, col, v.toDouble(), nullptr);
                break;
            default:
                if (!v.toString().isEmpty())
                    worksheet_write_string(sheet, row, col, v.toString().toUtf8().constData(),
                                           nullptr);
            }
        }
    }
    worksheet_freeze_panes(sheet, 1, lxw_col_t(offset));
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR) {
        QFile::remove(partial);
        return Status::failure(
            tr("%1 cannot be written: %2").arg(fileName, QString::fromUtf8(lxw_strerror(error))));
    }
    problem = AtomicFile::replace(partial, fileName);
    if (!problem.isEmpty())
        return Status::failure(problem);
    return {};
}

void attach(QTableView *view, const QString &title)
{
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *action = new QAction(tr("E&xport Table..."), view);
    QObject::connect(action, &QAction::triggered, view, [view, title]() {
        QSettings settings;
        const QString folder =
            settings.value(SettingsKeys::exportFolder(), QDir::homePath()).toString();
        QString filter = tr("Excel workbook (*.xlsx)");
        const QString name = QFileDialog::getSaveFileName(
            view, tr("Export Table"), QDir(folder).filePath(title + QStringLiteral(".xlsx")),
            tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"), &filter);
        if (name.isEmpty())
            return;
        const Status s = name.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                             ? writeCsv(*view->model(), name)
                             : writeXlsx(*view->model(), name, title);
        if (!s.ok()) {
            WhatToDo::warning(view, tr("Export Table"), s.error(), HandbookTopic::cannotWriteFile);
            return;
        }
        settings.setValue(SettingsKeys::exportFolder(), QFileInfo(name).absolutePath());
    });
    view->addAction(action);
}

} // namespace TableExport
