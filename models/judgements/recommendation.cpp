#include "judgements/recommendation.h"

#include <QCoreApplication>

QString Recommendation::kindCode(RecommendationKind kind)
{
    switch (kind) {
    case RecommendationKind::AreaForImprovement:
        return QStringLiteral("area_for_improvement");
    case RecommendationKind::PriorityAction:
        return QStringLiteral("priority_action");
    case RecommendationKind::Recommendation:
        break;
    }
    return QStringLiteral("recommendation");
}

RecommendationKind Recommendation::kindFromCode(const QString &code)
{
    if (code == QLatin1String("area_for_improvement"))
        return RecommendationKind::AreaForImprovement;
    if (code == QLatin1String("priority_action"))
        return RecommendationKind::PriorityAction;
    return RecommendationKind::Recommendation;
}

QString Recommendation::kindTitle(RecommendationKind kind)
{
    switch (kind) {
    case RecommendationKind::AreaForImprovement:
        return QCoreApplication::translate("Recommendation", "Area for improvement");
    case RecommendationKind::PriorityAction:
        return QCoreApplication::translate("Recommendation", "Area for priority action");
    case RecommendationKind::Recommendation:
        break;
    }
    return QCoreApplication::translate("Recommendation", "Recommendation");
}
