#pragma once

#include "judgements/grade.h"

#include <QLabel>

// A grade shown as words on its colour, never colour alone. It paints its own rounded
// background, so a panel can give a label another grade without a style sheet to parse.
class GradeLabel : public QLabel
{
    Q_OBJECT
public:
    explicit GradeLabel(Grade grade, QWidget *parent = nullptr);
    Grade grade() const { return m_grade; }
    void setGrade(Grade grade);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void applyGrade(Grade grade);
    Grade m_grade;
};
