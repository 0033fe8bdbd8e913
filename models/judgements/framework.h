#pragma once

#include <QList>
#include <QString>

#include <optional>

// The inspection framework an inspection or visit was carried out under.
enum class Framework
{
    SafeguardingLookedAfter, // to 2012/13
    Sif,                     // Single Inspection Framework, 2013 to 2017
    IlacsStandard,           // ILACS standard inspection, 2018 on
    IlacsShort,              // ILACS short inspection, 2018 on
    FocusedVisit,            // ILACS focused visit: a letter, no grades
    MonitoringVisit,         // after an inadequate judgement: a letter, no grades
    Jtai,                    // joint targeted area inspection: a letter, no grades
};

namespace Frameworks {
QString code(Framework framework);
std::optional<Framework> fromCode(const QString &code);
QString title(Framework framework);
QString shortTitle(Framework framework); // "SIF", "ILACS", "Focused visit"
bool isGraded(Framework framework);
QList<Framework> all();
} // namespace Frameworks
