#pragma once

#include <QColor>

// Contrast as WCAG 2.2 measures it: text needs 4.5 to 1 against what is behind it, lines,
// markers and bars 3 to 1. Every colour the program draws text or a chart with is checked
// against these, on the print theme's white and on the desktop's own background.
namespace Contrast {

constexpr double text = 4.5;
constexpr double graphics = 3.0;

// Relative luminance, 0 for black to 1 for white.
double luminance(const QColor &colour);
// From 1 (the same) to 21 (black on white); the order of the two does not matter.
double ratio(const QColor &a, const QColor &b);
// `colour` itself when it already reaches `minimum` against `background`; otherwise the
// nearest shade of it (towards black on a light background, towards white on a dark one)
// that does, keeping its hue.
QColor readableOn(const QColor &colour, const QColor &background, double minimum);

} // namespace Contrast
