#include "indicators/suppressioncode.h"

namespace SuppressionCodes {

QString code(SuppressionCode c)
{
    switch (c) {
    case SuppressionCode::Confidential:
        return QStringLiteral("c");
    case SuppressionCode::NotAvailable:
        return QStringLiteral("x");
    case SuppressionCode::NotApplicable:
        return QStringLiteral("z");
    case SuppressionCode::Low:
        return QStringLiteral("low");
    case SuppressionCode::LowReliability:
        return QStringLiteral("u");
    case SuppressionCode::Blank:
        return QStringLiteral("blank");
    }
    return {};
}

std::optional<SuppressionCode> fromCode(const QString &c)
{
    for (SuppressionCode s : {SuppressionCode::Confidential, SuppressionCode::NotAvailable,
                              SuppressionCode::NotApplicable, SuppressionCode::Low,
                              SuppressionCode::LowReliability, SuppressionCode::Blank}) {
        if (code(s) == c)
            return s;
    }
    return std::nullopt;
}

std::optional<SuppressionCode> fromSymbol(const QString &symbol)
{
    const QString s = symbol.trimmed().toLower();
    if (s.isEmpty())
        return SuppressionCode::Blank;
    if (s == QLatin1String(":"))
        return SuppressionCode::NotAvailable;
    // "~" in older files and "k" in current ones: rounds to 0, but is not 0.
    if (s == QLatin1String("~") || s == QLatin1String("k"))
        return SuppressionCode::Low;
    if (s == QLatin1String("blank"))
        return std::nullopt;
    return fromCode(s);
}

QString symbol(SuppressionCode c)
{
    return c == SuppressionCode::Blank ? QStringLiteral("(blank)") : code(c);
}

QString explanation(SuppressionCode c)
{
    switch (c) {
    case SuppressionCode::Confidential:
        return QStringLiteral("c: confidential, suppressed to protect individuals");
    case SuppressionCode::NotAvailable:
        return QStringLiteral("x: not available");
    case SuppressionCode::NotApplicable:
        return QStringLiteral("z: not applicable");
    case SuppressionCode::Low:
        return QStringLiteral("low: rounds to 0, but is not 0");
    case SuppressionCode::LowReliability:
        return QStringLiteral("u: low reliability");
    case SuppressionCode::Blank:
        return QStringLiteral("left blank in the published table");
    }
    return {};
}

} // namespace SuppressionCodes
