#pragma once

#include <QColor>
#include <QList>

// Colours for series that must stay apart for colour-blind readers (Okabe and Ito).
namespace ChartPalette {
QColor series(int index);
}
