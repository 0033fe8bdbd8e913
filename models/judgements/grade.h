#pragma once

#include <QColor>
#include <QString>

#include <optional>

// An Ofsted grade. Stored by name, never by number: documents number the scale both ways.
enum class Grade
{
    Outstanding,
    Good,
    RequiresImprovement,
    Inadequate,
};

namespace Grades {
QString code(Grade grade); // "requires_improvement"
std::optional<Grade> fromCode(const QString &code);
QString title(Grade grade);      // "Requires improvement to be good"
QString shortTitle(Grade grade); // "Requires improvement"
// Reads a grade as documents write it: "Requires improvement to be good", "inadequate",
// "requires improvement", "judged to be good"...
std::optional<Grade> fromText(const QString &text);
// 0 = Inadequate ... 3 = Outstanding: a position on an axis, not a stored value.
int rank(Grade grade);
QColor colour(Grade grade);
// Dark text on light fills and white on dark ones, so the label stays readable.
QColor textColour(Grade grade);
QList<Grade> all();
} // namespace Grades
