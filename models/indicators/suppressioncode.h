#pragma once

#include <QString>

#include <optional>

// Why a published figure is withheld. A suppressed value is neither zero nor missing.
enum class SuppressionCode
{
    Confidential,   // c
    NotAvailable,   // x (older files ":")
    NotApplicable,  // z
    Low,            // "low": rounds to 0 but is not 0 (older "~")
    LowReliability, // u
    Blank,          // an empty cell in a published table
};

namespace SuppressionCodes {
QString code(SuppressionCode code); // as stored: "c", "x", "z", "low", "u", "blank"
std::optional<SuppressionCode> fromCode(const QString &code);
// Reads a symbol as published files write it, old forms included (":" and "~").
std::optional<SuppressionCode> fromSymbol(const QString &symbol);
QString symbol(SuppressionCode code); // what a table shows
QString explanation(SuppressionCode code);
} // namespace SuppressionCodes
