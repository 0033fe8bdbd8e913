#include "indicators/indicator.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

QString Indicator::formatValue(double value) const
{
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    const QString number = locale.toString(value, 'f', whole ? 0 : 1);
    switch (unit) {
    case IndicatorUnit::Count:
        return number;
    case IndicatorUnit::RatePer10000:
        return number + QStringLiteral(" per 10,000");
    case IndicatorUnit::Percent:
        return number + QLatin1Char('%');
    case IndicatorUnit::Days:
        return number + QStringLiteral(" days");
    case IndicatorUnit::Average:
        // An average is shown to the decimal the Department publishes it to.
        return locale.toString(value, 'f', 1);
    }
    return number;
}

QString Indicator::checkValue(double value) const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Indicator", text); };
    if (!std::isfinite(value))
        return tr("The value is not a number.");
    if (value < 0)
        return tr("%1 cannot be negative.").arg(name);
    if (unit == IndicatorUnit::Percent && value > 100)
        return tr("%1 is a percentage: it must be between 0 and 100, not %2.").arg(name).arg(value);
    if (unit == IndicatorUnit::Count && std::abs(value - std::round(value)) > 1e-9)
        return tr("%1 is a count: it must be a whole number, not %2.").arg(name).arg(value);
    return {};
}

QString Indicator::unitCode(IndicatorUnit unit)
{
    switch (unit) {
    case IndicatorUnit::Count:
        return QStringLiteral("count");
    case IndicatorUnit::RatePer10000:
        return QStringLiteral("rate_per_10000");
    case IndicatorUnit::Percent:
        return QStringLiteral("percent");
    case IndicatorUnit::Days:
        return QStringLiteral("days");
    case IndicatorUnit::Average:
        return QStringLiteral("average");
    }
    return {};
}

std::optional<IndicatorUnit> Indicator::unitFromCode(const QString &code)
{
    for (IndicatorUnit u : {IndicatorUnit::Count, IndicatorUnit::RatePer10000,
                            IndicatorUnit::Percent, IndicatorUnit::Days, IndicatorUnit::Average}) {
        if (unitCode(u) == code)
            return u;
    }
    return std::nullopt;
}

QString Indicator::unitTitle(IndicatorUnit unit)
{
    switch (unit) {
    case IndicatorUnit::Count:
        return QStringLiteral("Count");
    case IndicatorUnit::RatePer10000:
        return QStringLiteral("Rate per 10,000 children");
    case IndicatorUnit::Percent:
        return QStringLiteral("Percent");
    case IndicatorUnit::Days:
        return QStringLiteral("Days");
    case IndicatorUnit::Average:
        return QStringLiteral("Average");
    }
    return {};
}

QString Indicator::polarityCode(Polarity polarity)
{
    switch (polarity) {
    case Polarity::HigherIsBetter:
        return QStringLiteral("higher_better");
    case Polarity::LowerIsBetter:
        return QStringLiteral("lower_better");
    case Polarity::Neither:
        return QStringLiteral("neither");
    }
    return {};
}

std::optional<Polarity> Indicator::polarityFromCode(const QString &code)
{
    for (Polarity p : {Polarity::HigherIsBetter, Polarity::LowerIsBetter, Polarity::Neither}) {
        if (polarityCode(p) == code)
            return p;
    }
    return std::nullopt;
}

QString Indicator::polarityTitle(Polarity polarity)
{
    switch (polarity) {
    case Polarity::HigherIsBetter:
        return QStringLiteral("Higher is better");
    case Polarity::LowerIsBetter:
        return QStringLiteral("Lower is better");
    case Polarity::Neither:
        return QStringLiteral("No better direction");
    }
    return {};
}
