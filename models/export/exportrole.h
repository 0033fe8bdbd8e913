#pragma once

#include <Qt>

// The role a table model answers with a cell's value for a spreadsheet: a QDate, a
// number, or text, so exported cells are real dates and numbers rather than their
// display text. Models that do not answer it are exported as displayed.
inline constexpr int ExportValueRole = Qt::UserRole + 99;
