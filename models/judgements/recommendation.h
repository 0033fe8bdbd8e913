#pragma once

#include "sources/evidence.h"

#include <QDate>
#include <QString>

#include <optional>

enum class RecommendationKind
{
    Recommendation,     // a numbered recommendation of a report
    AreaForImprovement, // a visit's "area for improvement"
    PriorityAction,     // a visit's "area for priority action"
};

// What an inspection asked the authority to improve; action plans answer these.
struct Recommendation
{
    qint64 id = 0;
    qint64 inspectionId = 0;
    int number = 0;
    RecommendationKind kind = RecommendationKind::Recommendation;
    QString text;
    std::optional<qint64> sourceId;
    // Its life (see RecommendationLife): closed on a date, with what closed it and, if
    // given, the document that shows it (its actionId and updateId unused); or carried
    // forward, which keeps it open past a later inspection.
    std::optional<QDate> closedOn;
    QString closedNote;
    std::optional<Evidence> closedEvidence;
    bool carriedForward = false;

    static QString kindCode(RecommendationKind kind);
    static RecommendationKind kindFromCode(const QString &code);
    // "Recommendation", "Area for improvement", "Area for priority action"
    static QString kindTitle(RecommendationKind kind);
};
