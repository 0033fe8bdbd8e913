#pragma once

#include "indicators/dfecatalogue.h"
#include "store/result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <functional>

class Database;
class QIODevice;

// Reads published DfE statistics in the tidy CSV layout of the Department's statistics
// service: a row per time period and geography, with time_period, time_identifier,
// geographic_level, country, region and local authority columns (found by name, in any
// order), then filter columns and measure columns; or long, with a measure-name column and
// a value column. Places are found by code (new_la_code, then old_la_code; region and
// country codes), never by name, among the built-in authorities: a code it does not know
// is listed and its rows skipped, and the z-only rows of an authority that has ended are
// counted as not applicable. Suppression symbols are kept as such. Writes in one
// transaction, and only when no row is rejected; cancelling writes nothing.
class DfeImport
{
public:
    struct Header
    {
        QStringList columns;
        bool longFormat = false;
        int measureNameColumn = -1;
        int valueColumn = -1;
        QStringList candidateMeasures; // wide files: the columns that may hold measures
    };
    static Result<Header> readHeader(QIODevice *device);

    struct Problem
    {
        qint64 line = 0;
        QString reason;
    };
    struct Summary
    {
        qint64 rows = 0;                      // data rows read
        qint64 values = 0;                    // figures read (written, when writing)
        qint64 suppressed = 0;                // of which withheld
        qint64 skipped = 0;                   // rows left out by the filters or geography
        qint64 notApplicable = 0;             // z-only rows of authorities that had ended
        qint64 unknownRows = 0;               // rows for places the built-in list does not have
        QMap<QString, QString> unknownPlaces; // code -> name, for the report
        qint64 rejected = 0;
        QList<Problem> problems;                    // the first 500 rejected rows
        QSet<QString> measureNames;                 // long files: every measure seen
        QHash<QString, QSet<QString>> filterValues; // filter column -> values seen (capped)
        bool cancelled = false;
        bool written = false;
        QStringList header;          // the file's columns
        QList<MeasureRule> rules;    // the rules the file was read by
        QList<qint64> ruleFigures;   // the figures each rule gave
        // The rules that gave no figure, each with what it looked for, and what the file
        // has in the columns it named: for a message that says why.
        QStringList unmatched() const;
    };

    // `mapping`: measure (a column of a wide file, a name of a long one) -> indicator id.
    // `filters`: filter column -> the one value to keep (usually "Total").
    DfeImport(Database &db, QHash<QString, qint64> mapping, QHash<QString, QString> filters = {});
    // Rules resolved against the file's header (the catalogue's, for a file it knows).
    DfeImport(Database &db, QList<MeasureRule> rules);

    // The catalogue's rules for the file `device` is open on (read from its start), for the
    // indicators given (key -> id); empty when the catalogue does not know the file.
    static QList<MeasureRule> catalogueRules(const QHash<QString, qint64> &indicatorIds,
                                             QIODevice *device, QStringList *header = nullptr);

    // `progress` gets the bytes read so far and returns false to cancel; it is called on the
    // calling thread. When writing, the file is read and checked on a thread of the import's
    // own while the calling thread, which owns the connection, writes.
    Summary run(QIODevice *device, bool write, const std::function<bool(qint64)> &progress = {});

    // A filter column's default: "Total" when the file has it.
    static QHash<QString, QString> defaultFilters(const Summary &preview);

private:
    QList<MeasureRule> rulesFor(const QStringList &header, int nameColumn, int valueColumn) const;

    Database &m_db;
    QHash<QString, qint64> m_mapping;
    QHash<QString, QString> m_filters;
    QList<MeasureRule> m_rules;
    bool m_useRules = false;
};
