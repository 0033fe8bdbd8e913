#pragma once

#include "actions/rag.h"
#include "indicators/indicator.h"

#include <optional>

// How a change in an indicator reads to a board: better or worse depends on polarity, not
// on whether the number went up.
enum class Direction
{
    Up,
    Down,
    Same,
};

namespace IndicatorRules {
std::optional<Direction> direction(double previous, double latest);
// Better (+1), worse (-1), no change (0), or no reading when the indicator has no better
// direction or there is nothing to compare.
std::optional<int> improvement(Polarity polarity, double previous, double latest);
// Against a target: green when met, amber when within `tolerance` (a fraction of the
// target) of it, red otherwise; none when polarity is "neither".
std::optional<Rag> againstTarget(Polarity polarity, double value, double target,
                                 double tolerance = 0.05);
} // namespace IndicatorRules
