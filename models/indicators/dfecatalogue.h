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
    bool othersTotal = false;                 // other text columns must read Total or be blank
    int periodEndMonth = 0;                   // 0: a reporting year ends on 31 March
    int periodEndDay = 0;
    QString publication;

    // "rate_per_10000 where population_count is Children looked after at 31 March each year"
    QString describe(const QStringList &header) const;
};

// The catalogue of published DfE children's social care files (resources/statistics): for
// a file's header, the rules that turn its rows into indicator figures, so a known file
// needs no mapping step.
namespace DfeCatalogue {

// The catalogue's rules this header has every column for, resolved to column numbers;
// rules for indicators the database does not have (`indicatorIds`, key -> id) are left out.
// Empty when the catalogue does not know the file.
QList<MeasureRule> rulesFor(const QStringList &header, const QHash<QString, qint64> &indicatorIds);

// A filter value as rules compare it: lower case, punctuation and the words "aged" and
// "years" dropped ("Aged 19 to 21" and "19 to 21 years" are one age group).
QString normalisedValue(const QString &value);

} // namespace DfeCatalogue
