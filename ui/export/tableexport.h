#pragma once

#include "store/result.h"

class QAbstractItemModel;
class QString;
class QTableView;

// Writes a table as it stands (filters and sorting included) to CSV or to an Excel
// workbook whose cells hold real dates and numbers (ExportValueRole), not text.
namespace TableExport {
Status writeCsv(const QAbstractItemModel &model, const QString &fileName);
Status writeXlsx(const QAbstractItemModel &model, const QString &fileName,
                 const QString &sheetTitle);
// Adds "Export Table..." to the view's context menu.
void attach(QTableView *view, const QString &title);
} // namespace TableExport
