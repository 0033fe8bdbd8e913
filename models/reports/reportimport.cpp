#include "reports/reportimport.h"

#include "judgements/judgementstore.h"
#include "sources/sourcestore.h"
#include "store/store.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportImport", text);
}

Framework frameworkOf(const ReportReading &r)
{
    switch (r.framework) {
    case ReportFramework::Sif:
    case ReportFramework::SifReinspection:
        return Framework::Sif;
    case ReportFramework::Ilacs:
        return r.inspectionType == QLatin1String("short") ? Framework::IlacsShort
                                                          : Framework::IlacsStandard;
    case ReportFramework::FocusedVisit:
        return Framework::FocusedVisit;
    case ReportFramework::MonitoringVisit:
        return Framework::MonitoringVisit;
    }
    return Framework::IlacsStandard;
}

QString locator(const ReportPlace &place)
{
    return tr("page %1").arg(place.page);
}

QString gradeWords(const Judgement &j)
{
    return Grades::title(j.grade).toLower();
}

} // namespace

namespace ReportImport {

InspectionRecord recordOf(const ReportFile &file)
{
    const ReportReading &r = file.reading;
    InspectionRecord record;
    Inspection &i = record.inspection;
    i.authorityId = file.authority ? file.authority->id : 0;
    i.framework = frameworkOf(r);
    i.startDate = r.start;
    i.endDate = r.end;
    i.publishedOn = r.published;
    i.theme = r.inspectionType == QLatin1String("re-inspection") ? tr("Re-inspection") : r.theme;
    for (const ReadGrade &g : r.grades) {
        Judgement j;
        j.area = g.area;
        j.areaTitle = g.areaTitle;
        j.grade = g.grade;
        record.judgements.append(j);
    }
    const RecommendationKind kind =
        r.isGraded() ? RecommendationKind::Recommendation : RecommendationKind::AreaForImprovement;
    for (const ReadRecommendation &rec : r.recommendations) {
        Recommendation out;
        out.number = rec.number;
        out.kind = rec.priority ? RecommendationKind::PriorityAction : kind;
        out.text = rec.text;
        record.recommendations.append(out);
    }
    return record;
}

QString check(const ReportFile &file)
{
    const Status valid = recordOf(file).validate();
    return valid.ok() ? QString()
                      : tr("what was read does not hold together: %1").arg(valid.error());
}

std::optional<Existing> existing(const Store &store, const ReportFile &file)
{
    if (!file.authority || !file.reading.start)
        return std::nullopt;
    const InspectionRecord incoming = recordOf(file);
    const QDate start = *file.reading.start;
    const QDate end = file.reading.end.value_or(start);
    // The same inspection as held: the same first day; or one recorded less exactly, by its
    // month, by its publication date alone, or by days on site that overlap these.
    auto same = [&](const Inspection &have) {
        if (Frameworks::isGraded(have.framework) !=
            Frameworks::isGraded(incoming.inspection.framework))
            return false;
        if (!have.startDate)
            return have.publishedOn && have.publishedOn == file.reading.published;
        if (*have.startDate == start)
            return true;
        if (have.precision == DatePrecision::Month)
            return have.startDate->year() == start.year() &&
                   have.startDate->month() == start.month();
        const QDate haveEnd = have.endDate.value_or(*have.startDate);
        return *have.startDate <= end && start <= haveEnd;
    };
    for (const Inspection &have : store.judgements().inspections(file.authority->id)) {
        if (!same(have))
            continue;
        Existing e;
        e.inspectionId = have.id;
        const std::optional<InspectionRecord> held = store.judgements().record(have.id);
        const bool inspectionByHand = !have.sourceId;
        auto differ = [&e](const QString &what, const QString &held, const QString &read,
                           bool byHand) {
            if (held == read)
                return;
            const QString line = tr("%1: %2 here, the report says %3")
                                     .arg(what, held.isEmpty() ? tr("nothing") : held,
                                          read.isEmpty() ? tr("nothing") : read);
            e.differences << line;
            if (byHand)
                e.handTyped << line;
        };
        auto date = [](const std::optional<QDate> &d) {
            return d ? d->toString(Qt::ISODate) : QString();
        };
        differ(tr("Framework"), Frameworks::title(have.framework),
               Frameworks::title(incoming.inspection.framework), inspectionByHand);
        differ(tr("First day on site"), date(have.startDate), date(incoming.inspection.startDate),
               inspectionByHand);
        differ(tr("Last day on site"), date(have.endDate), date(incoming.inspection.endDate),
               inspectionByHand);
        if (incoming.inspection.publishedOn)
            differ(tr("Published"), date(have.publishedOn), date(incoming.inspection.publishedOn),
                   inspectionByHand);
        for (const Judgement &j : incoming.judgements) {
            QString heldGrade;
            bool byHand = inspectionByHand;
            if (held) {
                for (const Judgement &h : held->judgements) {
                    if (h.area == j.area) {
                        heldGrade = gradeWords(h);
                        byHand = !h.sourceId;
                    }
                }
            }
            differ(JudgementAreas::title(j.area, incoming.inspection.framework), heldGrade,
                   gradeWords(j), byHand);
        }
        if (held && held->recommendations.size() != incoming.recommendations.size())
            differ(tr("Recommendations"), QString::number(held->recommendations.size()),
                   QString::number(incoming.recommendations.size()), inspectionByHand);
        return e;
    }
    return std::nullopt;
}

Result<qint64> save(Store &store, const ReportFile &file, bool replaceHandTyped)
{
    if (file.needsReview())
        return Result<qint64>::failure(
            tr("needs review: %1; settle it in the window's import").arg(file.reviewFields()));
    const QString problem = file.ok() ? check(file) : file.refusal;
    if (!problem.isEmpty())
        return Result<qint64>::failure(problem);
    const std::optional<Existing> before = existing(store, file);
    if (before && !before->handTyped.isEmpty() && !replaceHandTyped)
        return Result<qint64>::failure(
            tr("the database holds this inspection with values typed by hand (%1); "
               "replace them only if the report is right")
                .arg(before->handTyped.join(QStringLiteral("; "))));

    const ReportReading &r = file.reading;
    InspectionRecord record = recordOf(file);
    qint64 id = 0;
    const Status saved = store.transaction([&]() -> Status {
        Document doc;
        // Dated, so that an authority's reports of one framework are told apart.
        doc.title = tr("%1, Ofsted %2 report, %3")
                        .arg(file.authority->name, ReportReading::frameworkName(r.framework),
                             record.inspection.datesText());
        doc.publisher = QStringLiteral("Ofsted");
        doc.kind = r.isGraded() ? QStringLiteral("inspection_report")
                                : QStringLiteral("inspection_letter");
        doc.issuedOn = r.published;
        doc.reference = tr("%1 (SHA-256 %2)").arg(file.fileName, file.sha256);
        const Result<qint64> document = store.sources().addDocument(doc);
        if (!document.ok())
            return Status::of(document);
        auto source = [&](const ReportPlace &place) -> std::optional<qint64> {
            if (place.page <= 0)
                return std::nullopt;
            const Result<qint64> s =
                store.sources().addSource(document.value(), locator(place), place.words);
            return s.ok() ? std::optional(s.value()) : std::nullopt;
        };
        record.inspection.sourceId = source(r.datesPlace);
        for (int k = 0; k < record.judgements.size(); ++k)
            record.judgements[k].sourceId = source(r.grades.at(k).place);
        for (int k = 0; k < record.recommendations.size(); ++k)
            record.recommendations[k].sourceId = source(r.recommendations.at(k).place);
        if (before) {
            record.inspection.id = before->inspectionId;
            // Recommendations keep their ids (and the actions answering them) by number, and
            // their life: a report says nothing of what was closed or carried forward since.
            if (const std::optional<InspectionRecord> held =
                    store.judgements().record(before->inspectionId)) {
                for (Recommendation &rec : record.recommendations) {
                    for (const Recommendation &h : held->recommendations) {
                        if (h.number != rec.number)
                            continue;
                        rec.id = h.id;
                        rec.closedOn = h.closedOn;
                        rec.closedNote = h.closedNote;
                        rec.carriedForward = h.carriedForward;
                    }
                }
            }
            id = before->inspectionId;
            return store.judgements().updateInspection(record);
        }
        const Result<qint64> added = store.judgements().addInspection(record);
        if (added.ok())
            id = added.value();
        return Status::of(added);
    });
    if (!saved.ok())
        return Result<qint64>::failure(saved.error());
    return id;
}

Status saveOne(Store &store, const ReportFile &file, bool replaceHandTyped)
{
    return Status::of(save(store, file, replaceHandTyped));
}

} // namespace ReportImport
