#pragma once

#include "store/result.h"

class Store;

// Fills a new database with the demo: the real data from public documents, then the
// synthetic authorities, in one transaction (a failure leaves the database empty); then
// two published DfE statistics files (resources/demo/dfe-statistics), imported as a user
// would, so every authority has real figures to compare.
namespace DemoDatabase {
Status populate(Store &store);
}
