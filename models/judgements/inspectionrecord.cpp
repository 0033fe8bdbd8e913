#include "judgements/inspectionrecord.h"

#include <QCoreApplication>
#include <QSet>

Status InspectionRecord::validate() const
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("InspectionRecord", text);
    };
    const Status dates = inspection.validate();
    if (!dates.ok())
        return dates;

    const Framework framework = inspection.framework;
    const QDate onSite = inspection.timelineDate();
    if (!Frameworks::isGraded(framework) && !judgements.isEmpty()) {
        return Status::failure(
            tr("A %1 is not graded: remove its grades, or choose a graded framework.")
                .arg(Frameworks::title(framework)));
    }
    QSet<int> areas;
    for (const Judgement &j : judgements) {
        if (!JudgementAreas::isValidFor(j.area, framework, onSite)) {
            return Status::failure(
                tr("\"%1\" is not an area the %2 grades%3.")
                    .arg(JudgementAreas::title(j.area, framework), Frameworks::title(framework),
                         framework == Framework::IlacsStandard || framework == Framework::IlacsShort
                             ? tr(" at that date (care leavers were graded separately from 2023)")
                             : QString()));
        }
        if (areas.contains(int(j.area))) {
            return Status::failure(tr("\"%1\" is graded twice; give one grade per area.")
                                       .arg(JudgementAreas::title(j.area, framework)));
        }
        areas.insert(int(j.area));
    }
    QSet<int> numbers;
    for (const Recommendation &r : recommendations) {
        if (r.number <= 0)
            return Status::failure(tr("Recommendations are numbered from 1."));
        if (numbers.contains(r.number))
            return Status::failure(tr("Recommendation %1 appears twice.").arg(r.number));
        if (r.text.trimmed().isEmpty())
            return Status::failure(tr("Recommendation %1 has no text.").arg(r.number));
        if (r.closedEvidence) {
            if (!r.closedOn)
                return Status::failure(
                    tr("Recommendation %1 is not closed, so it has no evidence of closing.")
                        .arg(r.number));
            const Status evidence = Evidences::validate(*r.closedEvidence);
            if (!evidence.ok())
                return Status::failure(
                    tr("Recommendation %1: %2").arg(r.number).arg(evidence.error()));
        }
        numbers.insert(r.number);
    }
    return {};
}
