#include "judgements/inspection.h"

#include <QCoreApplication>

namespace {
QString longDate(const QDate &d)
{
    return d.toString(QStringLiteral("d MMMM yyyy"));
}
} // namespace

QDate Inspection::timelineDate() const
{
    if (startDate)
        return *startDate;
    return publishedOn.value_or(QDate());
}

QString Inspection::datesText() const
{
    if (!startDate)
        return publishedOn ? QStringLiteral("published %1").arg(longDate(*publishedOn)) : QString();
    if (precision == DatePrecision::Month)
        return startDate->toString(QStringLiteral("MMMM yyyy"));
    if (!endDate || *endDate == *startDate)
        return longDate(*startDate);
    const QDate &s = *startDate;
    const QDate &e = *endDate;
    if (s.year() == e.year() && s.month() == e.month()) {
        const QString joiner = s.daysTo(e) == 1 ? QStringLiteral(" and ") : QStringLiteral(" to ");
        return QString::number(s.day()) + joiner + longDate(e);
    }
    if (s.year() == e.year())
        return s.toString(QStringLiteral("d MMMM")) + QStringLiteral(" to ") + longDate(e);
    return longDate(s) + QStringLiteral(" to ") + longDate(e);
}

Status Inspection::validate() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Inspection", text); };
    if (authorityId <= 0)
        return Status::failure(tr("Choose the authority that was inspected."));
    if (!startDate && !publishedOn)
        return Status::failure(tr("Give the first day on site, or at least the publication date."));
    if (endDate && !startDate)
        return Status::failure(tr("The last day on site is given without a first day."));
    if (startDate && endDate && *endDate < *startDate)
        return Status::failure(tr("The last day on site (%1) is before the first day (%2).")
                                   .arg(longDate(*endDate), longDate(*startDate)));
    if (startDate && publishedOn && *publishedOn < endDate.value_or(*startDate))
        return Status::failure(
            tr("The publication date (%1) is before the inspection ended (%2).")
                .arg(longDate(*publishedOn), longDate(endDate.value_or(*startDate))));
    if (startDate && endDate && startDate->daysTo(*endDate) > 120)
        return Status::failure(
            tr("The inspection lasts more than 120 days on site: check the dates."));
    return {};
}

namespace DatePrecisions {
QString code(DatePrecision precision)
{
    return precision == DatePrecision::Month ? QStringLiteral("month") : QStringLiteral("day");
}

DatePrecision fromCode(const QString &code)
{
    return code == QLatin1String("month") ? DatePrecision::Month : DatePrecision::Day;
}
} // namespace DatePrecisions
