#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// How one figure is read from a row of a published statistics file: the column that holds
// it, the filter values that say the row defines the indicator, and the period it ends.
struct MeasureRule
{
    qint64 indicatorId = 0;
    QString indicatorKey;
    int valueColumn = -1;
    QList<std::pair<int, QStringList>> where; // filter column -> values it takes (normalised)
    QList<int> ignored;       // breakdown columns the rule takes every value of (a total repeated
                              // under each breakdown is one figure)
    bool othersTotal = false; // other text columns must read Total or be blank
    int periodEndMonth = 0;   // 0: a reporting year ends on 31 March
    int periodEndDay = 0;
    QString publication;

    // "rate_per_10000 where population_count is Children looked after at 31 March each year"
    QString describe(const QStringList &header) const;
    // Whether a row's normalised filter value is one the rule takes: the same words, or
    // words that begin with them ("living with the same carer for at least 2 ..., or are
    // placed for adoption ..." for "living with the same carer for at least 2").
    static bool takes(const QStringList &values, const QString &value);
};

// The catalogue of published DfE children's social care files (resources/statistics): for
// a file's header, the rules that turn its rows into indicator figures, so a known file
// needs no mapping step. Column names are compared case-blind and with punctuation
// normalised, where "_%", "_perc", "_pct" and "_percent" are one ending (and no ending is
// ever dropped: Re_referrals is a count, Re_referrals_percent a percentage).
namespace DfeCatalogue {

// The catalogue's rules this header has every column for, resolved to column numbers, one
// rule an indicator (the first the catalogue lists that the file has); rules for
// indicators the database does not have (`indicatorIds`, key -> id) are left out. Empty
// when the catalogue does not know the file.
QList<MeasureRule> rulesFor(const QStringList &header, const QHash<QString, qint64> &indicatorIds);

// A rule the header has no exact column for, but columns whose names contain every word of
// a known name and end the same way: a new release's renaming, for the user to confirm.
struct Candidate
{
    QString indicatorKey;
    QString wanted;      // the known name ("turnover_rate_fte")
    QStringList columns; // the header's columns that could be it
    MeasureRule rule;    // resolved with the first of them, when there is one
};
// For a header `rulesFor` knows nothing or only part of: the rules of the same family
// (publication) that new names would complete. Unambiguous when each has one column.
QList<Candidate> candidatesFor(const QStringList &header,
                               const QHash<QString, qint64> &indicatorIds);

// Every rule of the catalogue as it looks for columns: "sw_caseload: caseload_fte",
// "cla_missing_pct: number where cla_group is ...", for messages that say what was sought.
QStringList soughtBy(const QStringList &indicatorKeys);

// A filter value as rules compare it: lower case, punctuation and the words "aged" and
// "years" dropped ("Aged 19 to 21" and "19 to 21 years" are one age group).
QString normalisedValue(const QString &value);
// A column name as rules compare it: lower case, punctuation as "_", a percentage ending
// ("_%", "_perc", "_pct") written "_percent".
QString normalisedColumn(const QString &name);

} // namespace DfeCatalogue
