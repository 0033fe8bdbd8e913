#include "indicators/indicatorrules.h"

#include <cmath>

namespace IndicatorRules {

std::optional<Direction> direction(double previous, double latest)
{
    if (!std::isfinite(previous) || !std::isfinite(latest))
        return std::nullopt;
    if (std::abs(latest - previous) < 1e-9)
        return Direction::Same;
    return latest > previous ? Direction::Up : Direction::Down;
}

std::optional<int> improvement(Polarity polarity, double previous, double latest)
{
    const std::optional<Direction> d = direction(previous, latest);
    if (!d || polarity == Polarity::Neither)
        return std::nullopt;
    if (*d == Direction::Same)
        return 0;
    const bool up = *d == Direction::Up;
    return (up == (polarity == Polarity::HigherIsBetter)) ? 1 : -1;
}

std::optional<Rag> againstTarget(Polarity polarity, double value, double target, double tolerance)
{
    if (polarity == Polarity::Neither || !std::isfinite(value) || !std::isfinite(target))
        return std::nullopt;
    const double margin = std::abs(target) * tolerance;
    if (polarity == Polarity::HigherIsBetter) {
        if (value >= target)
            return Rag::Green;
        return value >= target - margin ? Rag::Amber : Rag::Red;
    }
    if (value <= target)
        return Rag::Green;
    return value <= target + margin ? Rag::Amber : Rag::Red;
}

} // namespace IndicatorRules
