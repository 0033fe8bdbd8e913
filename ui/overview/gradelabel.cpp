#include "overview/gradelabel.h"

GradeLabel::GradeLabel(Grade grade, QWidget *parent)
    : QLabel(Grades::shortTitle(grade), parent)
    , m_grade(grade)
{
    setAlignment(Qt::AlignCenter);
    setMinimumWidth(
        fontMetrics().horizontalAdvance(Grades::shortTitle(Grade::RequiresImprovement)) + 24);
    setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 3px 10px; "
                       "font-weight: bold; }")
            .arg(Grades::colour(grade).name(), Grades::textColour(grade).name()));
    setAccessibleName(Grades::title(grade));
}
