#pragma once

#include "judgements/grade.h"

#include <QLabel>

// A grade shown as words on its colour, never colour alone.
class GradeLabel : public QLabel
{
    Q_OBJECT
public:
    explicit GradeLabel(Grade grade, QWidget *parent = nullptr);
    Grade grade() const { return m_grade; }

private:
    Grade m_grade;
};
