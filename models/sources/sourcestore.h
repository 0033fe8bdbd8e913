#pragma once

#include "sources/sourcereference.h"
#include "store/result.h"

#include <QHash>
#include <QList>
#include <QObject>

class Database;

// Documents and the places in them that figures and judgements point to.
class SourceStore : public QObject
{
    Q_OBJECT
public:
    explicit SourceStore(Database &db, QObject *parent = nullptr);

    Result<qint64> addDocument(const Document &document);
    Result<qint64> addSource(qint64 documentId, const QString &locator,
                             const QString &excerpt = {});
    std::optional<SourceReference> source(qint64 id) const;
    // Several at once, by id (those that exist): one statement, not one per id.
    QHash<qint64, SourceReference> sources(const QList<qint64> &ids) const;

    // A document an authority's data came from, with how many items point to it.
    struct DocumentUse
    {
        Document document;
        int judgements = 0;
        int recommendations = 0;
        int indicatorValues = 0;
        int inspections = 0;
    };
    // By date of issue, then the undated (a statistics file) after them, by title: the same
    // order on both stores (SQLite and PostgreSQL put NULL at opposite ends).
    QList<DocumentUse> documentsFor(qint64 authorityId) const;

private:
    Database &m_db;
};
