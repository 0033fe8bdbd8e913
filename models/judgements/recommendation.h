#pragma once

#include <QString>

#include <optional>

enum class RecommendationKind
{
    Recommendation,     // a numbered recommendation of a report
    AreaForImprovement, // a visit's "area for improvement"
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

    static QString kindCode(RecommendationKind kind);
    static RecommendationKind kindFromCode(const QString &code);
};
