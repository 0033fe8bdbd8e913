#pragma once

#include "authorities/authority.h"
#include "reports/reportreading.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class AuthorityMatcher;

// One report file read: what it says, the authority it is about, and the file itself
// (its name and SHA-256) so every value can point back to it. `refusal` says why a file
// is not read (not a PDF, damaged, not a children's services report, a framework the
// tracker does not grade); a refused file is never saved. A report the reader is sure of
// but for one field (which authority, the dates, a grade for an area the framework did not
// grade on that day) is not refused: it waits for the user to settle that field.
struct ReportFile
{
    // A field the reader is unsure of, with what it found, in words.
    struct Review
    {
        QString field; // "authority", "dates" or "grades"
        QString found; // e.g. "the title names Kingston upon Thames and Richmond equally"
    };

    QString path;
    QString fileName;
    QString sha256; // hex
    ReportReading reading;
    std::optional<Authority> authority;
    QString refusal;
    QList<Review> reviews;
    bool reviewed = false; // settled by the user

    bool ok() const { return refusal.isEmpty(); }
    bool needsReview() const { return ok() && !reviews.isEmpty(); }
    // Ready to save: read, and nothing left to settle.
    bool ready() const { return ok() && reviews.isEmpty(); }
    // "authority, dates": the fields still to settle.
    QString reviewFields() const;

    // The user settles a field; each clears its review.
    void chooseAuthority(const Authority &chosen);
    // Dates as a report prints them ("12 to 23 January 2026") or as 2026-01-12 to 2026-01-23.
    bool setDates(const QString &text);
    // Takes each grade for an area the framework did not grade that day as the area that
    // stands in its place then (the ILACS's children in care and care leavers before 2023 for
    // a report that names children in care alone); a grade with no such area is left out.
    void acceptGrades();

    // Reads the file at `path` and matches its authority.
    static ReportFile read(const QString &path, const AuthorityMatcher &matcher);
    // The same for bytes already in memory (what the fuzzer and the tests feed).
    static ReportFile fromBytes(const QString &path, const QByteArray &bytes,
                                const AuthorityMatcher &matcher);
};
