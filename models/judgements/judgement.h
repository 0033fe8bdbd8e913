#pragma once

#include "judgements/grade.h"
#include "judgements/judgementarea.h"

#include <QString>

#include <optional>

// One graded area of one inspection, with the area's title as the report worded it.
struct Judgement
{
    qint64 id = 0;
    qint64 inspectionId = 0;
    JudgementArea area = JudgementArea::Overall;
    QString areaTitle;
    Grade grade = Grade::Good;
    std::optional<qint64> sourceId;
};
