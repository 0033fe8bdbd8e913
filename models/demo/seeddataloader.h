#pragma once

#include "store/result.h"

class Store;

// Loads the real demo data: judgements, recommendations and figures that public documents
// state for Leicester and Leicestershire, each with its document and place (resources/demo).
class SeedDataLoader
{
public:
    explicit SeedDataLoader(Store &store);
    // Reads `resourcePath` (JSON) and writes it through the store; the caller's transaction
    // makes it all or nothing.
    Status load(const QString &resourcePath = QStringLiteral(":/demo/seeds.json"));

private:
    Store &m_store;
};
