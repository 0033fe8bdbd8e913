#pragma once

#include "indicators/period.h"

#include <QString>

#include <optional>

enum class IndicatorUnit
{
    Count,
    RatePer10000,
    Percent,
    Days,
    Average, // a mean with decimals, such as a caseload of 16.6
};

// Which direction of change is an improvement.
enum class Polarity
{
    HigherIsBetter,
    LowerIsBetter,
    Neither,
};

// A key indicator of the catalogue.
struct Indicator
{
    qint64 id = 0;
    QString key;
    QString name;
    IndicatorUnit unit = IndicatorUnit::Count;
    Polarity polarity = Polarity::Neither;
    QString definition;
    QString source;
    Period::Kind measured = Period::Kind::In; // a snapshot "at" a date, or a flow "in" a period

    // "80", "52%", "58 per 10,000", "412 days"
    QString formatValue(double value) const;
    // A value a user enters must fit the unit: percents 0..100, counts whole, none negative.
    QString checkValue(double value) const; // empty when fine

    static QString unitCode(IndicatorUnit unit);
    static std::optional<IndicatorUnit> unitFromCode(const QString &code);
    static QString unitTitle(IndicatorUnit unit);
    static QString polarityCode(Polarity polarity);
    static std::optional<Polarity> polarityFromCode(const QString &code);
    static QString polarityTitle(Polarity polarity);
};
