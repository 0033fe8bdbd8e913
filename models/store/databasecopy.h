#pragma once

#include "store/result.h"

#include <QString>

class Database;

// Copies everything a tracker database holds into another that holds nothing yet but the
// built-in lists: from a file onto a team's server, or back. Every row keeps its id, so
// sources, the history of updates and links between rows stay as they were. One
// transaction on the target: all or nothing.
namespace DatabaseCopy {

struct Counts
{
    qint64 tables = 0;
    qint64 rows = 0;
};

Result<Counts> copy(Database &from, Database &to);

} // namespace DatabaseCopy
