#include "reports/reportreading.h"

std::optional<ReadGrade> ReportReading::grade(JudgementArea area) const
{
    for (const ReadGrade &g : grades) {
        if (g.area == area)
            return g;
    }
    return std::nullopt;
}

bool ReportReading::isGraded() const
{
    return framework != ReportFramework::FocusedVisit &&
           framework != ReportFramework::MonitoringVisit;
}

QString ReportReading::frameworkName(ReportFramework framework)
{
    switch (framework) {
    case ReportFramework::Sif:
        return QStringLiteral("SIF");
    case ReportFramework::SifReinspection:
        return QStringLiteral("SIF re-inspection");
    case ReportFramework::Ilacs:
        return QStringLiteral("ILACS");
    case ReportFramework::FocusedVisit:
        return QStringLiteral("focused visit");
    case ReportFramework::MonitoringVisit:
        return QStringLiteral("monitoring visit");
    }
    return {};
}
