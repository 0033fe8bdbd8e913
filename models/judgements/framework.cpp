#include "judgements/framework.h"

namespace Frameworks {

QString code(Framework framework)
{
    switch (framework) {
    case Framework::SafeguardingLookedAfter:
        return QStringLiteral("safeguarding_looked_after");
    case Framework::Sif:
        return QStringLiteral("sif");
    case Framework::IlacsStandard:
        return QStringLiteral("ilacs_standard");
    case Framework::IlacsShort:
        return QStringLiteral("ilacs_short");
    case Framework::FocusedVisit:
        return QStringLiteral("focused_visit");
    case Framework::MonitoringVisit:
        return QStringLiteral("monitoring_visit");
    case Framework::Jtai:
        return QStringLiteral("jtai");
    }
    return {};
}

std::optional<Framework> fromCode(const QString &code)
{
    for (Framework f : all()) {
        if (Frameworks::code(f) == code)
            return f;
    }
    return std::nullopt;
}

QString title(Framework framework)
{
    switch (framework) {
    case Framework::SafeguardingLookedAfter:
        return QStringLiteral("Safeguarding and looked after children inspection");
    case Framework::Sif:
        return QStringLiteral("Single inspection framework (SIF)");
    case Framework::IlacsStandard:
        return QStringLiteral("ILACS standard inspection");
    case Framework::IlacsShort:
        return QStringLiteral("ILACS short inspection");
    case Framework::FocusedVisit:
        return QStringLiteral("ILACS focused visit");
    case Framework::MonitoringVisit:
        return QStringLiteral("ILACS monitoring visit");
    case Framework::Jtai:
        return QStringLiteral("Joint targeted area inspection (JTAI)");
    }
    return {};
}

QString shortTitle(Framework framework)
{
    switch (framework) {
    case Framework::SafeguardingLookedAfter:
        return QStringLiteral("Safeguarding/LAC");
    case Framework::Sif:
        return QStringLiteral("SIF");
    case Framework::IlacsStandard:
        return QStringLiteral("ILACS");
    case Framework::IlacsShort:
        return QStringLiteral("ILACS short");
    case Framework::FocusedVisit:
        return QStringLiteral("Focused visit");
    case Framework::MonitoringVisit:
        return QStringLiteral("Monitoring visit");
    case Framework::Jtai:
        return QStringLiteral("JTAI");
    }
    return {};
}

bool isGraded(Framework framework)
{
    switch (framework) {
    case Framework::SafeguardingLookedAfter:
    case Framework::Sif:
    case Framework::IlacsStandard:
    case Framework::IlacsShort:
        return true;
    case Framework::FocusedVisit:
    case Framework::MonitoringVisit:
    case Framework::Jtai:
        return false;
    }
    return false;
}

QList<Framework> all()
{
    return {Framework::SafeguardingLookedAfter,
            Framework::Sif,
            Framework::IlacsStandard,
            Framework::IlacsShort,
            Framework::FocusedVisit,
            Framework::MonitoringVisit,
            Framework::Jtai};
}

} // namespace Frameworks
