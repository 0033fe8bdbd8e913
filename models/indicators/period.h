#pragma once

#include <QDate>
#include <QString>

#include <optional>

// When a figure applies: a snapshot "at 31 March 2017", or a span "in 2016-17".
struct Period
{
    enum class Kind
    {
        At,
        In,
    };

    Kind kind = Kind::At;
    std::optional<QDate> start; // only for Kind::In
    QDate end;
    QString label;

    static Period at(const QDate &date, const QString &label = {});
    static Period in(const QDate &start, const QDate &end, const QString &label = {});
    // A financial or reporting year "2016-17": 1 April 2016 to 31 March 2017.
    static Period financialYear(int startYear);

    // The point a chart puts the value at: the snapshot date, or the middle of the span.
    QDate chartDate() const;
    QString displayLabel() const;
    QString validate() const; // empty when fine
};
