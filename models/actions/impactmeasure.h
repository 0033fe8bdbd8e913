#pragma once

#include "indicators/indicator.h"
#include "store/result.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

// What an action, or a whole plan, is meant to move: one indicator of its authority, from a
// baseline (a figure on a date, with where it came from) to a target value by a target date.
struct ImpactMeasure
{
    qint64 id = 0;
    qint64 actionId = 0; // the action it belongs to, or 0 for a whole plan's
    qint64 planId = 0;   // the plan it belongs to as a whole, or 0 for an action's
    qint64 indicatorId = 0;
    double baselineValue = 0;
    QDate baselineOn;       // the end of the baseline figure's period
    QString baselineSource; // the stored figure's source, or where a typed one came from
    double targetValue = 0;
    QDate targetOn;
    // Points the board agreed on the way, (date, value) in date order, each strictly between
    // the baseline's date and the target's: the line to be on bends through them.
    QList<std::pair<QDate, double>> milestones;

    // Where the line from baseline through the milestones to the target stands on a date
    // (the baseline before it starts, the target after it ends).
    double expectedOn(const QDate &date) const;

    bool operator==(const ImpactMeasure &other) const;
    bool operator!=(const ImpactMeasure &other) const { return !(*this == other); }
};

// How a measure stands against the figures that came after its baseline.
struct MeasureProgress
{
    enum class State
    {
        NoFigureYet, // no figure for a period after the baseline
        OnTrack,     // at or beyond the straight line from baseline to target
        OffTrack,    // short of that line
        Met,         // at or beyond the target itself
    };
    State state = State::NoFigureYet;
    std::optional<double> latest;
    QDate latestOn;
    double expected = 0; // where the line stands on the latest figure's date
};

namespace ImpactMeasures {

// A target date after the baseline's, a baseline that says where it came from, and
// milestones strictly between the two dates, one a date.
Status validate(const ImpactMeasure &measure);
// A target that moves the indicator the wrong way for its polarity: allowed (a board may
// accept a planned rise), but said. Blank when there is nothing to say.
QString directionWarning(const ImpactMeasure &measure, const Indicator &indicator);
// Against the figures (period end, value), in any order; figures on or before the baseline
// do not count. The target's own direction decides, so indicators with no better direction
// and planned rises are judged the same way.
MeasureProgress progress(const ImpactMeasure &measure,
                         const QList<std::pair<QDate, double>> &figures);

QString title(MeasureProgress::State state); // "On track", "Off track", "Target met", ...
// Text and background that pass contrast rules (4.5 to 1 at least), and differ in words too.
QColor foreground(MeasureProgress::State state);
QColor background(MeasureProgress::State state);

} // namespace ImpactMeasures
