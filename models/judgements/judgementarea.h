#pragma once

#include "judgements/framework.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// An area as a framework judges it. Stored exactly, so a report's own wording survives;
// AreaRow says which areas mean the same thing across frameworks.
enum class JudgementArea
{
    Overall,
    HelpAndProtection,
    LookedAfterAndPermanence, // SIF 2
    Adoption,                 // SIF 2.1
    CareLeavers,              // SIF 2.2; ILACS from 2023
    Leadership,
    Lscb,                         // SIF review of the Local Safeguarding Children Board
    ChildrenInCareAndCareLeavers, // ILACS 2018 to 2022
    ChildrenInCare,               // ILACS from 2023
    SafeguardingServices,         // older framework
    LookedAfterServices,          // older framework
};

// A row of the judgements grid: areas with the same meaning across frameworks.
enum class AreaRow
{
    Overall,
    HelpAndProtection,
    ChildrenInCare,
    CareLeavers,
    Adoption,
    Leadership,
    Lscb,
};

namespace JudgementAreas {
QString code(JudgementArea area);
std::optional<JudgementArea> fromCode(const QString &code);
// The area's title as the framework words it.
QString title(JudgementArea area, Framework framework);
// The areas a framework grades; ILACS split children in care and care leavers in 2023.
QList<JudgementArea> validFor(Framework framework, const QDate &onSite);
bool isValidFor(JudgementArea area, Framework framework, const QDate &onSite);
// Reads an area from a report's wording ("2.1 Adoption performance", "The impact of
// leaders on social work practice with children and families"...).
std::optional<JudgementArea> fromText(const QString &text, Framework framework);

// The grid rows an area fills: a combined ILACS area fills both of its rows.
QList<AreaRow> rowsFor(JudgementArea area);
QString rowTitle(AreaRow row);
QList<AreaRow> allRows();
QList<JudgementArea> all();
} // namespace JudgementAreas
