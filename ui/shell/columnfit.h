#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QTableView;
QT_END_NAMESPACE

// A table's columns fitted to what they hold once each time its model is reset (at once if
// the table is shown, else when it is next shown), and left for the user to widen after.
// Unlike QHeaderView::ResizeToContents, which measures every cell again on each layout
// and paint: on the Indicators tab that was a tenth of the cost of switching authority.
namespace ColumnFit {
void onReset(QTableView *view);
// For a model filled after its reset (rows appended one by one): fit now the rows are in.
void refit(QTableView *view);
}
