#include "judgements/judgementarea.h"

namespace {
// ILACS judged care leavers separately from January 2023.
const QDate ilacsCareLeaversSplit(2023, 1, 1);
} // namespace

namespace JudgementAreas {

QString code(JudgementArea area)
{
    switch (area) {
    case JudgementArea::Overall:
        return QStringLiteral("overall");
    case JudgementArea::HelpAndProtection:
        return QStringLiteral("help_and_protection");
    case JudgementArea::LookedAfterAndPermanence:
        return QStringLiteral("looked_after_and_permanence");
    case JudgementArea::Adoption:
        return QStringLiteral("adoption");
    case JudgementArea::CareLeavers:
        return QStringLiteral("care_leavers");
    case JudgementArea::Leadership:
        return QStringLiteral("leadership");
    case JudgementArea::Lscb:
        return QStringLiteral("lscb");
    case JudgementArea::ChildrenInCareAndCareLeavers:
        return QStringLiteral("children_in_care_and_care_leavers");
    case JudgementArea::ChildrenInCare:
        return QStringLiteral("children_in_care");
    case JudgementArea::SafeguardingServices:
        return QStringLiteral("safeguarding_services");
    case JudgementArea::LookedAfterServices:
        return QStringLiteral("looked_after_services");
    }
    return {};
}

std::optional<JudgementArea> fromCode(const QString &code)
{
    for (JudgementArea a : all()) {
        if (JudgementAreas::code(a) == code)
            return a;
    }
    return std::nullopt;
}

QString title(JudgementArea area, Framework framework)
{
    const bool ilacs = framework == Framework::IlacsStandard || framework == Framework::IlacsShort;
    switch (area) {
    case JudgementArea::Overall:
        return QStringLiteral("Overall effectiveness");
    case JudgementArea::HelpAndProtection:
        return ilacs ? QStringLiteral(
                           "The experiences and progress of children who need help and protection")
                     : QStringLiteral("Children who need help and protection");
    case JudgementArea::LookedAfterAndPermanence:
        return QStringLiteral("Children looked after and achieving permanence");
    case JudgementArea::Adoption:
        return QStringLiteral("Adoption performance");
    case JudgementArea::CareLeavers:
        return ilacs ? QStringLiteral("The experiences and progress of care leavers")
                     : QStringLiteral("Experiences and progress of care leavers");
    case JudgementArea::Leadership:
        return ilacs
                   ? QStringLiteral(
                         "The impact of leaders on social work practice with children and families")
                   : QStringLiteral("Leadership, management and governance");
    case JudgementArea::Lscb:
        return QStringLiteral("Effectiveness of the Local Safeguarding Children Board");
    case JudgementArea::ChildrenInCareAndCareLeavers:
        return QStringLiteral("The experiences and progress of children in care and care leavers");
    case JudgementArea::ChildrenInCare:
        return QStringLiteral("The experiences and progress of children in care");
    case JudgementArea::SafeguardingServices:
        return QStringLiteral("Safeguarding services: overall effectiveness");
    case JudgementArea::LookedAfterServices:
        return QStringLiteral("Services for looked after children: overall effectiveness");
    }
    return {};
}

QList<JudgementArea> validFor(Framework framework, const QDate &onSite)
{
    switch (framework) {
    case Framework::SafeguardingLookedAfter:
        return {JudgementArea::SafeguardingServices, JudgementArea::LookedAfterServices};
    case Framework::Sif:
        return {JudgementArea::Overall,
                JudgementArea::HelpAndProtection,
                JudgementArea::LookedAfterAndPermanence,
                JudgementArea::Adoption,
                JudgementArea::CareLeavers,
                JudgementArea::Leadership,
                JudgementArea::Lscb};
    case Framework::IlacsStandard:
    case Framework::IlacsShort:
        if (onSite.isValid() && onSite >= ilacsCareLeaversSplit) {
            return {JudgementArea::Overall, JudgementArea::Leadership,
                    JudgementArea::HelpAndProtection, JudgementArea::ChildrenInCare,
                    JudgementArea::CareLeavers};
        }
        return {JudgementArea::Overall, JudgementArea::Leadership, JudgementArea::HelpAndProtection,
                JudgementArea::ChildrenInCareAndCareLeavers};
    case Framework::FocusedVisit:
    case Framework::MonitoringVisit:
    case Framework::Jtai:
        return {};
    }
    return {};
}

bool isValidFor(JudgementArea area, Framework framework, const QDate &onSite)
{
    return validFor(framework, onSite).contains(area);
}

std::optional<JudgementArea> fromText(const QString &text, Framework framework)
{
    const QString t = text.simplified().toLower();
    auto has = [&t](const char *words) { return t.contains(QLatin1String(words)); };
    if (has("overall effectiveness") || has("children's services in"))
        return framework == Framework::SafeguardingLookedAfter
                   ? std::nullopt
                   : std::optional(JudgementArea::Overall);
    if (has("safeguarding children board") || has("lscb"))
        return JudgementArea::Lscb;
    if (has("help and protection"))
        return JudgementArea::HelpAndProtection;
    if (has("adoption"))
        return JudgementArea::Adoption;
    if (has("children in care and care leavers"))
        return JudgementArea::ChildrenInCareAndCareLeavers;
    if (has("achieving permanence"))
        return JudgementArea::LookedAfterAndPermanence;
    if (has("care leavers"))
        return JudgementArea::CareLeavers;
    if (has("children in care"))
        return JudgementArea::ChildrenInCare;
    if (has("leadership") || has("impact of leaders"))
        return JudgementArea::Leadership;
    if (has("safeguarding services"))
        return JudgementArea::SafeguardingServices;
    if (has("looked after children"))
        return JudgementArea::LookedAfterServices;
    return std::nullopt;
}

QList<AreaRow> rowsFor(JudgementArea area)
{
    switch (area) {
    case JudgementArea::Overall:
        return {AreaRow::Overall};
    case JudgementArea::HelpAndProtection:
    case JudgementArea::SafeguardingServices:
        return {AreaRow::HelpAndProtection};
    case JudgementArea::LookedAfterAndPermanence:
    case JudgementArea::ChildrenInCare:
    case JudgementArea::LookedAfterServices:
        return {AreaRow::ChildrenInCare};
    case JudgementArea::ChildrenInCareAndCareLeavers:
        return {AreaRow::ChildrenInCare, AreaRow::CareLeavers};
    case JudgementArea::CareLeavers:
        return {AreaRow::CareLeavers};
    case JudgementArea::Adoption:
        return {AreaRow::Adoption};
    case JudgementArea::Leadership:
        return {AreaRow::Leadership};
    case JudgementArea::Lscb:
        return {AreaRow::Lscb};
    }
    return {};
}

QString rowTitle(AreaRow row)
{
    switch (row) {
    case AreaRow::Overall:
        return QStringLiteral("Overall effectiveness");
    case AreaRow::HelpAndProtection:
        return QStringLiteral("Help and protection");
    case AreaRow::ChildrenInCare:
        return QStringLiteral("Children looked after / in care");
    case AreaRow::CareLeavers:
        return QStringLiteral("Care leavers");
    case AreaRow::Adoption:
        return QStringLiteral("Adoption");
    case AreaRow::Leadership:
        return QStringLiteral("Leadership");
    case AreaRow::Lscb:
        return QStringLiteral("Safeguarding children board");
    }
    return {};
}

QList<AreaRow> allRows()
{
    return {AreaRow::Overall,     AreaRow::HelpAndProtection, AreaRow::ChildrenInCare,
            AreaRow::CareLeavers, AreaRow::Adoption,          AreaRow::Leadership,
            AreaRow::Lscb};
}

QList<JudgementArea> all()
{
    return {JudgementArea::Overall,
            JudgementArea::HelpAndProtection,
            JudgementArea::LookedAfterAndPermanence,
            JudgementArea::Adoption,
            JudgementArea::CareLeavers,
            JudgementArea::Leadership,
            JudgementArea::Lscb,
            JudgementArea::ChildrenInCareAndCareLeavers,
            JudgementArea::ChildrenInCare,
            JudgementArea::SafeguardingServices,
            JudgementArea::LookedAfterServices};
}

} // namespace JudgementAreas
