#include "sources/sourcestore.h"

#include "store/database.h"

#include <QSqlQuery>

SourceStore::SourceStore(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

Result<qint64> SourceStore::addDocument(const Document &d)
{
    if (d.title.trimmed().isEmpty())
        return Result<qint64>::failure(tr("A document needs a title."));
    return m_db.insert(
        QStringLiteral("INSERT INTO document (title, publisher, kind, issued_on, reference, "
                       "recorded_on) VALUES (?, ?, ?, ?, ?, ?)"),
        {d.title.trimmed(), toSqlText(d.publisher), d.kind, toSql(d.issuedOn),
         toSqlText(d.reference), toSql(d.recordedOn)});
}

Result<qint64> SourceStore::addSource(qint64 documentId, const QString &locator,
                                      const QString &excerpt)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO source (document_id, locator, excerpt) VALUES (?, ?, ?)"),
        {documentId, locator, toSqlText(excerpt)});
}

namespace {
QString sourceSelect()
{
    return QStringLiteral("SELECT s.id, s.document_id, d.title, d.publisher, d.issued_on, "
                          "d.reference, s.locator, s.excerpt "
                          "FROM source s JOIN document d ON d.id = s.document_id ");
}

SourceReference readSource(const QSqlQuery &q)
{
    SourceReference s;
    s.id = q.value(0).toLongLong();
    s.documentId = q.value(1).toLongLong();
    s.documentTitle = q.value(2).toString();
    s.publisher = q.value(3).toString();
    s.issuedOn = dateFromSql(q.value(4));
    s.reference = q.value(5).toString();
    s.locator = q.value(6).toString();
    s.excerpt = q.value(7).toString();
    return s;
}
} // namespace

std::optional<SourceReference> SourceStore::source(qint64 id) const
{
    const Database::Kept kept = m_db.keep(sourceSelect() + QStringLiteral("WHERE s.id = ?"));
    QSqlQuery &q = kept.query();
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readSource(q);
}

QHash<qint64, SourceReference> SourceStore::sources(const QList<qint64> &ids) const
{
    QHash<qint64, SourceReference> result;
    // In slices, so a long list stays within any driver's limit on bound values.
    constexpr qsizetype slice = 200;
    for (qsizetype from = 0; from < ids.size(); from += slice) {
        const QList<qint64> part = ids.mid(from, slice);
        QStringList marks;
        marks.fill(QStringLiteral("?"), part.size());
        const Database::Kept kept =
            m_db.keep(sourceSelect() + QStringLiteral("WHERE s.id IN (%1)").arg(marks.join(u',')));
        QSqlQuery &q = kept.query();
        for (const qint64 id : part)
            q.addBindValue(id);
        if (!q.exec())
            continue;
        while (q.next()) {
            const SourceReference s = readSource(q);
            result.insert(s.id, s);
        }
    }
    return result;
}

QList<SourceStore::DocumentUse> SourceStore::documentsFor(qint64 authorityId) const
{
    // Each kind of item is counted in its own subquery so the joins do not multiply rows.
    const Database::Kept kept = m_db.keep(QStringLiteral(R"(
        WITH uses AS (
            SELECT s.document_id AS doc, 'inspection' AS what FROM inspection i
                JOIN source s ON s.id = i.source_id WHERE i.authority_id = :a
            UNION ALL
            SELECT s.document_id, 'judgement' FROM judgement j JOIN inspection i ON i.id = j.inspection_id
                JOIN source s ON s.id = j.source_id WHERE i.authority_id = :a
            UNION ALL
            SELECT s.document_id, 'recommendation' FROM recommendation r
                JOIN inspection i ON i.id = r.inspection_id
                JOIN source s ON s.id = r.source_id WHERE i.authority_id = :a
            UNION ALL
            SELECT s.document_id, 'value' FROM indicator_value v
                JOIN source s ON s.id = v.source_id WHERE v.authority_id = :a
        )
        SELECT d.id, d.title, d.publisher, d.kind, d.issued_on, d.reference,
               count(CASE WHEN what = 'judgement' THEN 1 END),
               count(CASE WHEN what = 'recommendation' THEN 1 END),
               count(CASE WHEN what = 'value' THEN 1 END),
               count(CASE WHEN what = 'inspection' THEN 1 END)
        FROM uses JOIN document d ON d.id = uses.doc
        GROUP BY d.id ORDER BY d.issued_on IS NULL, d.issued_on, d.title)"));
    QSqlQuery &q = kept.query();
    q.bindValue(QStringLiteral(":a"), authorityId);
    QList<DocumentUse> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        DocumentUse use;
        use.document.id = q.value(0).toLongLong();
        use.document.title = q.value(1).toString();
        use.document.publisher = q.value(2).toString();
        use.document.kind = q.value(3).toString();
        use.document.issuedOn = dateFromSql(q.value(4));
        use.document.reference = q.value(5).toString();
        use.judgements = q.value(6).toInt();
        use.recommendations = q.value(7).toInt();
        use.indicatorValues = q.value(8).toInt();
        use.inspections = q.value(9).toInt();
        result.append(use);
    }
    return result;
}
