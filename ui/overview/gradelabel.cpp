#include "overview/gradelabel.h"

#include <QPainter>

GradeLabel::GradeLabel(Grade grade, QWidget *parent)
    : QLabel(parent)
    , m_grade(grade)
{
    setAlignment(Qt::AlignCenter);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    setContentsMargins(10, 3, 10, 3);
    setMinimumWidth(
        fontMetrics().horizontalAdvance(Grades::shortTitle(Grade::RequiresImprovement)) + 24);
    applyGrade(grade);
}

void GradeLabel::setGrade(Grade grade)
{
    // Most labels keep their grade from one authority to the next.
    if (grade != m_grade)
        applyGrade(grade);
}

void GradeLabel::applyGrade(Grade grade)
{
    m_grade = grade;
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText, Grades::textColour(grade));
    setPalette(colours);
    setText(Grades::shortTitle(grade));
    setAccessibleName(Grades::title(grade));
    update();
}

void GradeLabel::paintEvent(QPaintEvent *event)
{
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Grades::colour(m_grade));
        painter.drawRoundedRect(QRectF(rect()), 4, 4);
    }
    QLabel::paintEvent(event);
}
