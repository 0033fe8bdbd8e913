#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QTextCursor;
QT_END_NAMESPACE

namespace ChartTable {
struct Table;
}

// Builds a board pack as one flowing QTextDocument, from the same HTML the printed pages
// draw: for the OpenDocument file and for the PDF's pages of charts described in words.
namespace PackDocument {

// The pack's look for HTML: heading sizes, the heading colour, cell padding, muted text.
QString styleSheet();
// Appends a part of the pack, on a new page when `newPage`, keeping its first heading a
// heading.
void appendSection(QTextCursor &cursor, const QString &html, bool newPage);
// Appends a chart's figures as a table with a header row (nothing for an empty table).
void appendFigures(QTextCursor &cursor, const ChartTable::Table &table);
// Appends the chart (taking it) as a picture at 16 cm and 200 dpi in the print theme,
// carrying its title and alternative text; then "Figure n." with that text, and its
// figures.
void appendChart(QTextCursor &cursor, QChart *chart, const QString &caption, int number);

} // namespace PackDocument
