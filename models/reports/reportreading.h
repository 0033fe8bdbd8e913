#pragma once

#include "judgements/grade.h"
#include "judgements/judgementarea.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// Where in a report a value was read: the page (from 1) and the words it came from.
struct ReportPlace
{
    int page = 0;
    QString words;
};

// The kinds of Ofsted report the tracker reads.
enum class ReportFramework
{
    Sif,
    SifReinspection,
    Ilacs,
    FocusedVisit,
    MonitoringVisit,
};

// One graded area as the report prints it.
struct ReadGrade
{
    JudgementArea area = JudgementArea::Overall;
    QString areaTitle;
    Grade grade = Grade::Good;
    ReportPlace place;
};

// A recommendation or "what needs to improve" item, numbered as printed (or in order).
struct ReadRecommendation
{
    int number = 0;
    QString text;
    ReportPlace place;
    bool priority = false; // a visit's "area for priority action"
};

// What one report says, before it is matched to an authority or saved. `refusal` says in
// plain words why a document is not read; everything else is then best effort.
struct ReportReading
{
    QString refusal;
    QString authorityText; // the authority as the report names it
    ReportPlace authorityPlace;
    ReportFramework framework = ReportFramework::Ilacs;
    QString inspectionType; // "standard" or "short" for ILACS; "re-inspection"; blank
    std::optional<QDate> start;
    std::optional<QDate> end;
    ReportPlace datesPlace;
    std::optional<QDate> published;
    ReportPlace publishedPlace;
    QString leadInspector;
    ReportPlace leadInspectorPlace;
    QString theme;   // a visit's focus
    QString opening; // the first pages' words, where the authority is sought if the title names none
    QList<ReadGrade> grades;
    QList<ReadRecommendation> recommendations;

    bool ok() const { return refusal.isEmpty(); }
    std::optional<ReadGrade> grade(JudgementArea area) const;
    bool isGraded() const;

    // "SIF", "SIF re-inspection", "ILACS", "focused visit", "monitoring visit"
    static QString frameworkName(ReportFramework framework);
};
