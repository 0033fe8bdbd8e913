#include "reports/reportdates.h"

#include <QList>
#include <QRegularExpression>

namespace {

int monthNumber(const QString &word)
{
    static const char *const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString w = word.left(3).toLower();
    for (int i = 0; i < 12; ++i) {
        if (w == QLatin1String(names[i]))
            return i + 1;
    }
    return 0;
}

struct DayMention
{
    int day = 0;
    int month = 0; // 0 when left out
    int year = 0;  // 0 when left out
};

QList<DayMention> mentions(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+(January|February|March|April|May|June|July|"
            "August|"
            "September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b"
            "\\.?(?:,?\\s+(\\d{4})(?!\\d))?)?"),
        QRegularExpression::CaseInsensitiveOption);
    QList<DayMention> result;
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        DayMention d;
        d.day = m.captured(1).toInt();
        d.month = m.captured(2).isEmpty() ? 0 : monthNumber(m.captured(2));
        d.year = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
        // A bare number after a complete date ends the run ("2018 ... 3 children").
        if (d.month == 0 && !result.isEmpty() && result.last().year != 0)
            break;
        if (d.day < 1 || d.day > 31)
            continue;
        result.append(d);
        if (d.year != 0 && result.size() >= 2)
            break;
    }
    // Fill a left-out month or year from the next mention that gives it.
    for (int i = int(result.size()) - 2; i >= 0; --i) {
        if (result[i].month == 0)
            result[i].month = result[i + 1].month;
        if (result[i].year == 0)
            result[i].year = result[i + 1].year;
    }
    // A range across the new year: "16 December to 10 January 2020".
    for (int i = 0; i + 1 < result.size(); ++i) {
        if (result[i].year == result[i + 1].year && result[i].month > result[i + 1].month)
            result[i].year -= 1;
    }
    return result;
}

QDate toDate(const DayMention &d)
{
    return d.month && d.year ? QDate(d.year, d.month, d.day) : QDate();
}

} // namespace

namespace ReportDates {

std::optional<Range> range(const QString &text)
{
    const QList<DayMention> days = mentions(text);
    if (days.isEmpty())
        return std::nullopt;
    Range r{toDate(days.first()), toDate(days.last())};
    if (!r.start.isValid() || !r.end.isValid() || r.end < r.start)
        return std::nullopt;
    return r;
}

std::optional<QDate> date(const QString &text)
{
    for (const DayMention &d : mentions(text)) {
        const QDate date = toDate(d);
        if (date.isValid())
            return date;
    }
    return std::nullopt;
}

} // namespace ReportDates
