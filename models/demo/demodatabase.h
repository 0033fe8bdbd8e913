#pragma once

#include "store/result.h"

class Store;

// Fills a new database with the demo: the real data from public documents, then the
// synthetic authorities. One transaction: a failure leaves the database empty.
namespace DemoDatabase {
Status populate(Store &store);
}
