#pragma once

#include "store/result.h"

#include <QString>

// Generates the reference database the benchmarks run on: England at full scale. Every
// built-in authority, England and the nine regions; every indicator over 20 years with
// suppressed figures; an inspection history with judgements and recommendations for each
// authority; and action plans with 20,000 actions and 200,000 monthly updates. All of it
// is generated and marked so: every authority is flagged synthetic, every row cites a
// synthetic document, and the file carries a note the window shows in its title. The same
// seed gives the same file.
class ReferenceDatabase
{
public:
    struct Size
    {
        int years = 20;
        int actions = 20000;
        int updatesPerAction = 10;
    };
    // A few seconds' worth, for CI's quick runs.
    static Size quick() { return {5, 1000, 4}; }

    struct Counts
    {
        qint64 authorities = 0;
        qint64 figures = 0;
        qint64 inspections = 0;
        qint64 recommendations = 0;
        qint64 actions = 0;
        qint64 updates = 0;
    };

    // Writes a new database at `path`, which must not exist.
    static Result<Counts> generate(const QString &path, quint32 seed, Size size);
};
