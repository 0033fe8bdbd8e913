#include "judgements/recommendation.h"

QString Recommendation::kindCode(RecommendationKind kind)
{
    return kind == RecommendationKind::AreaForImprovement ? QStringLiteral("area_for_improvement")
                                                          : QStringLiteral("recommendation");
}

RecommendationKind Recommendation::kindFromCode(const QString &code)
{
    return code == QLatin1String("area_for_improvement") ? RecommendationKind::AreaForImprovement
                                                         : RecommendationKind::Recommendation;
}
