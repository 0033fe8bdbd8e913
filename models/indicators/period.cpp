#include "indicators/period.h"

#include <QCoreApplication>

Period Period::at(const QDate &date, const QString &label)
{
    Period p;
    p.kind = Kind::At;
    p.end = date;
    p.label = label;
    return p;
}

Period Period::in(const QDate &start, const QDate &end, const QString &label)
{
    Period p;
    p.kind = Kind::In;
    p.start = start;
    p.end = end;
    p.label = label;
    return p;
}

Period Period::financialYear(int startYear)
{
    return in(
        QDate(startYear, 4, 1), QDate(startYear + 1, 3, 31),
        QStringLiteral("%1-%2").arg(startYear).arg((startYear + 1) % 100, 2, 10, QLatin1Char('0')));
}

QDate Period::chartDate() const
{
    if (kind == Kind::At || !start)
        return end;
    return start->addDays(start->daysTo(end) / 2);
}

QString Period::displayLabel() const
{
    if (!label.isEmpty())
        return label;
    if (kind == Kind::At)
        return QStringLiteral("at %1").arg(end.toString(QStringLiteral("d MMMM yyyy")));
    return QStringLiteral("%1 to %2")
        .arg(start->toString(QStringLiteral("d MMM yyyy")),
             end.toString(QStringLiteral("d MMM yyyy")));
}

QString Period::validate() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Period", text); };
    if (!end.isValid())
        return tr("The period has no valid end date.");
    if (kind == Kind::In && (!start || !start->isValid()))
        return tr("A period \"in\" a span needs its first day.");
    if (kind == Kind::In && *start > end)
        return tr("The period starts (%1) after it ends (%2).")
            .arg(start->toString(Qt::ISODate), end.toString(Qt::ISODate));
    if (kind == Kind::At && start)
        return tr("A snapshot \"at\" a date has no first day.");
    return {};
}
