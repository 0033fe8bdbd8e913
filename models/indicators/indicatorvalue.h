#pragma once

#include "indicators/period.h"
#include "indicators/suppressioncode.h"
#include "store/rowversion.h"

#include <optional>

// One published or recorded figure: a number, or the code saying why it is withheld,
// for one authority, indicator and period, with where it came from.
struct IndicatorValue
{
    qint64 id = 0;
    qint64 authorityId = 0;
    qint64 indicatorId = 0;
    Period period;
    std::optional<double> value;
    std::optional<SuppressionCode> suppression;
    std::optional<qint64> sourceId;
    std::optional<int> sourceLine; // the line of a published file the figure came from
    RowVersion version;

    bool isSuppressed() const { return suppression.has_value(); }
};
