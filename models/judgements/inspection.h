#pragma once

#include "judgements/framework.h"
#include "store/result.h"
#include "store/rowversion.h"

#include <QDate>
#include <QString>

#include <optional>

// How exactly a source dates an inspection: some say only "September 2019".
enum class DatePrecision
{
    Day,
    Month,
};

// An Ofsted inspection or visit of one authority.
struct Inspection
{
    qint64 id = 0;
    qint64 authorityId = 0;
    Framework framework = Framework::Sif;
    std::optional<QDate> startDate; // first day on site
    std::optional<QDate> endDate;   // last day on site
    DatePrecision precision = DatePrecision::Day;
    std::optional<QDate> publishedOn;
    QString theme;   // a visit's focus
    QString summary; // headline findings
    std::optional<qint64> sourceId;
    RowVersion version;

    bool isGraded() const { return Frameworks::isGraded(framework); }
    // The date the inspection stands at on a timeline: on site if known, else published.
    QDate timelineDate() const;
    // "19 June to 13 July 2017", "11 and 12 May 2023", "September 2019", "published 20 March 2015"
    QString datesText() const;
    // Dates in order and present; says which date is wrong.
    Status validate() const;
};

namespace DatePrecisions {
QString code(DatePrecision precision);
DatePrecision fromCode(const QString &code);
} // namespace DatePrecisions
