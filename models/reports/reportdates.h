#pragma once

#include <QDate>
#include <QString>

#include <optional>

// Dates as Ofsted reports print them: "17 September to 28 September 2018", "6 to 30 July
// 2015", "14 January – 4 February 2015", "11 and 12 May 2023", "8th June 2026".
namespace ReportDates {

struct Range
{
    QDate start;
    QDate end; // the same as start for one day
};

// The first and last day of a range of days; a day that leaves out its month or year
// takes them from the next that gives them. Nothing when there is no complete date.
std::optional<Range> range(const QString &text);
// The first complete date in the text.
std::optional<QDate> date(const QString &text);

} // namespace ReportDates
