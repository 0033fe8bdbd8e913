#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

// The line in a dialog that says what is wrong with what was typed: bold, in a red that
// reads on the dialog's own background, light or dark.
namespace ProblemLabel {
void style(QLabel *label);
}
