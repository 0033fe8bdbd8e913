#pragma once

#include "store/result.h"

#include <QByteArray>
#include <QString>

// The text of a PDF as the report reader wants it: pages separated by form feeds, lines
// by newlines, and, within a line, the cells of a table separated by tabs. A line whose
// first words stand in a right-hand column starts with a tab, so a grade printed on a line
// of its own still reads as the grade column. Lines are rebuilt from where poppler says
// each word sits, and footnote markers raised above a word are dropped.
namespace PdfTextExtractor {

// Refuses, with the reason in plain words, bytes that are not a PDF, a damaged PDF and a
// password-protected one.
Result<QString> extract(const QByteArray &pdf);

} // namespace PdfTextExtractor
