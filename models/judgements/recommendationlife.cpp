#include "judgements/recommendationlife.h"

#include <QCoreApplication>
#include <QLocale>

namespace RecommendationLife {

const GradedInspection *supersededBy(const QList<GradedInspection> &graded,
                                     const QDate &inspectedOn)
{
    for (const GradedInspection &g : graded) {
        if (g.heldOn > inspectedOn)
            return &g;
    }
    return nullptr;
}

RecommendationState state(const Recommendation &recommendation, int actions,
                          bool laterGradedInspection)
{
    if (recommendation.closedOn)
        return RecommendationState::Closed;
    if (laterGradedInspection && !recommendation.carriedForward)
        return RecommendationState::Superseded;
    return actions > 0 ? RecommendationState::Answered : RecommendationState::Open;
}

QString title(RecommendationState state)
{
    switch (state) {
    case RecommendationState::Open:
        return QCoreApplication::translate("RecommendationLife", "Open");
    case RecommendationState::Answered:
        return QCoreApplication::translate("RecommendationLife", "Answered");
    case RecommendationState::Closed:
        return QCoreApplication::translate("RecommendationLife", "Closed");
    case RecommendationState::Superseded:
        return QCoreApplication::translate("RecommendationLife", "Superseded");
    }
    return {};
}

bool isLive(RecommendationState state)
{
    return state == RecommendationState::Open || state == RecommendationState::Answered;
}

QColor foreground(RecommendationState state)
{
    switch (state) {
    case RecommendationState::Open:
        return QColor(0x8b, 0x00, 0x00); // dark red on pale red: 8.0 to 1
    case RecommendationState::Answered:
        return QColor(0x1d, 0x1d, 0x1b);
    case RecommendationState::Closed:
        return QColor(0x0b, 0x4f, 0x2a); // dark green on pale green: 8.2 to 1
    case RecommendationState::Superseded:
        return QColor(0x50, 0x50, 0x50); // grey on pale grey: 7.0 to 1
    }
    return {};
}

QColor background(RecommendationState state)
{
    switch (state) {
    case RecommendationState::Open:
        return QColor(0xfd, 0xe0, 0xdc);
    case RecommendationState::Answered:
        return QColor(0xff, 0xff, 0xff);
    case RecommendationState::Closed:
        return QColor(0xdc, 0xf1, 0xe3);
    case RecommendationState::Superseded:
        return QColor(0xee, 0xee, 0xee);
    }
    return {};
}

Status validateClosing(const QDate &closedOn, const QDate &from, const QDate &today)
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    if (!closedOn.isValid())
        return Status::failure(
            QCoreApplication::translate("RecommendationLife", "The closing date is not a date."));
    if (from.isValid() && closedOn < from)
        return Status::failure(
            QCoreApplication::translate("RecommendationLife",
                                        "The closing date, %1, is before the inspection that made "
                                        "the recommendation (%2).")
                .arg(english.toString(closedOn, QStringLiteral("d MMMM yyyy")),
                     english.toString(from, QStringLiteral("d MMMM yyyy"))));
    if (today.isValid() && closedOn > today)
        return Status::failure(QCoreApplication::translate(
                                   "RecommendationLife", "The closing date, %1, is in the future.")
                                   .arg(english.toString(closedOn, QStringLiteral("d MMMM yyyy"))));
    return {};
}

} // namespace RecommendationLife
