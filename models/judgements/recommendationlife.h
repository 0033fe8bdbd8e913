#pragma once

#include "judgements/recommendation.h"
#include "store/result.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QString>

// Where a recommendation stands. Open until an action answers it; closed when the authority
// says so (with the date); superseded once a later graded inspection of the same authority
// is held, unless closed first or carried forward, which keeps it open. Being superseded is
// not stored: it follows from the inspections, in whatever order they were recorded.
enum class RecommendationState
{
    Open,       // no action answers it yet
    Answered,   // one or more actions answer it
    Closed,     // closed on a date
    Superseded, // a later graded inspection replaced it
};

// A graded inspection as it supersedes earlier recommendations: the day it began (or was
// published, when that is all that is known) and its short name, "ILACS Feb 2024".
struct GradedInspection
{
    qint64 id = 0;
    QDate heldOn;
    QString label;
};

namespace RecommendationLife {

// The rule, in one place: the first of an authority's graded inspections (in time order)
// held after the day a recommendation's own inspection was, or none.
const GradedInspection *supersededBy(const QList<GradedInspection> &graded,
                                     const QDate &inspectedOn);

RecommendationState state(const Recommendation &recommendation, int actions,
                          bool laterGradedInspection);
QString title(RecommendationState state); // "Open", "Answered", "Closed", "Superseded"
// Whether the board still has to see it: open or answered.
bool isLive(RecommendationState state);
// Text and background for the state that pass contrast rules (4.5 to 1 at least), and
// stay apart in grey.
QColor foreground(RecommendationState state);
QColor background(RecommendationState state);

// A closing date lies on or after the inspection that made the recommendation (`from`, its
// first day on site or publication) and not after today; says which when it does not.
Status validateClosing(const QDate &closedOn, const QDate &from, const QDate &today);

} // namespace RecommendationLife
