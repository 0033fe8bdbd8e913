#include "indicators/figurewriter.h"

#include "store/database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace {

// The statement both backends write; the conflict target is the index that keeps a figure
// once, so a file loaded again replaces its figures instead of failing.
QString insertSql(qsizetype rows)
{
    QString sql = QStringLiteral(
        "INSERT INTO indicator_value (authority_id, indicator_id, period_kind, period_start, "
        "period_end, period_label, value, suppression, source_id, source_line) VALUES ");
    for (qsizetype r = 0; r < rows; ++r)
        sql += r ? QStringLiteral(",(?,?,?,?,?,?,?,?,?,?)") : QStringLiteral("(?,?,?,?,?,?,?,?,?,?)");
    sql += QStringLiteral(
        " ON CONFLICT (indicator_id, period_end, period_kind, coalesce(period_start, ''), "
        "authority_id) DO UPDATE SET value = excluded.value, suppression = excluded.suppression, "
        "period_label = excluded.period_label, source_id = excluded.source_id, "
        "source_line = excluded.source_line, row_version = indicator_value.row_version + 1");
    return sql;
}

} // namespace

class FigureWriter::Backend
{
public:
    virtual ~Backend() = default;
    // Empty when written; otherwise why not.
    virtual QString add(const Figure &figure) = 0;
    virtual QString finish() = 0;
    qint64 failedLine = 0;
};

namespace {

// SQLite's own statements, on the connection Qt opened (so inside its transaction), of many
// rows each: a statement's start and end cost as much as a few rows' writing.
class SqliteBackend final : public FigureWriter::Backend
{
public:
    explicit SqliteBackend(sqlite3 *handle)
        : m_handle(handle)
        , m_full(prepare(batchRows))
    {
        m_pending.reserve(batchRows);
    }
    ~SqliteBackend() override { sqlite3_finalize(m_full); }

    QString add(const FigureWriter::Figure &f) override
    {
        m_pending.append(f);
        return m_pending.size() == batchRows ? flush() : QString();
    }
    QString finish() override { return flush(); }

private:
    static constexpr int batchRows = 1000;

    sqlite3_stmt *prepare(qsizetype rows)
    {
        const QByteArray sql = insertSql(rows).toUtf8();
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v3(m_handle, sql.constData(), int(sql.size()),
                               SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
            sqlite3_finalize(statement);
            return nullptr;
        }
        return statement;
    }

    QString failure(int rc, qint64 line)
    {
        // The database's own trouble (disk, lock, permission) is no line's fault.
        const int primary = rc & 0xff;
        const bool storage = primary == SQLITE_IOERR || primary == SQLITE_FULL ||
                             primary == SQLITE_READONLY || primary == SQLITE_BUSY ||
                             primary == SQLITE_LOCKED || primary == SQLITE_CANTOPEN;
        failedLine = storage ? 0 : line;
        const QString text = QString::fromUtf8(sqlite3_errmsg(m_handle));
        return Database::describe(
            QSqlError(text, text, QSqlError::StatementError, QString::number(rc)));
    }

    QString flush()
    {
        if (m_pending.isEmpty())
            return {};
        const qint64 first = m_pending.first().line;
        sqlite3_stmt *partial = nullptr;
        sqlite3_stmt *s = m_pending.size() == batchRows ? m_full
                                                        : (partial = prepare(m_pending.size()));
        if (!s) {
            m_pending.clear();
            return failure(sqlite3_errcode(m_handle), first);
        }
        int i = 0;
        auto text = [&](const QByteArray &t) {
            sqlite3_bind_text(s, ++i, t.constData(), int(t.size()), SQLITE_STATIC);
        };
        for (const FigureWriter::Figure &f : std::as_const(m_pending)) {
            const FigureWriter::PeriodText &p = *f.period;
            sqlite3_bind_int64(s, ++i, f.authorityId);
            sqlite3_bind_int64(s, ++i, f.indicatorId);
            text(p.kind);
            if (p.start.isEmpty())
                sqlite3_bind_null(s, ++i);
            else
                text(p.start);
            text(p.end);
            text(p.label);
            if (f.value)
                sqlite3_bind_double(s, ++i, *f.value);
            else
                sqlite3_bind_null(s, ++i);
            if (f.suppression)
                text(codeText(*f.suppression));
            else
                sqlite3_bind_null(s, ++i);
            if (f.sourceId)
                sqlite3_bind_int64(s, ++i, f.sourceId);
            else
                sqlite3_bind_null(s, ++i);
            if (f.line)
                sqlite3_bind_int64(s, ++i, f.line);
            else
                sqlite3_bind_null(s, ++i);
        }
        m_pending.clear();
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        sqlite3_finalize(partial);
        return rc == SQLITE_DONE ? QString() : failure(rc, first);
    }

    // The stored codes, kept as bytes the statement can point at while it runs.
    const QByteArray &codeText(SuppressionCode code)
    {
        const int i = int(code);
        while (m_codes.size() <= i)
            m_codes.append(QByteArray());
        if (m_codes.at(i).isEmpty())
            m_codes[i] = SuppressionCodes::code(code).toUtf8();
        return m_codes.at(i);
    }

    sqlite3 *m_handle;
    sqlite3_stmt *m_full;
    QList<FigureWriter::Figure> m_pending;
    QList<QByteArray> m_codes;
};

// Any other database: statements of many rows through Qt.
class BatchBackend final : public FigureWriter::Backend
{
public:
    explicit BatchBackend(Database &db)
        : m_db(db)
        , m_full(db.prepare(insertSql(batchRows)))
    {
        m_pending.reserve(batchRows);
    }

    QString add(const FigureWriter::Figure &f) override
    {
        m_pending.append(f);
        return m_pending.size() == batchRows ? flush() : QString();
    }
    QString finish() override { return flush(); }

private:
    static constexpr int batchRows = 400;

    QString flush()
    {
        if (m_pending.isEmpty())
            return {};
        QSqlQuery partial;
        QSqlQuery &q = m_pending.size() == batchRows
                           ? m_full
                           : (partial = m_db.prepare(insertSql(m_pending.size())));
        const QVariant noNumber{QMetaType(QMetaType::Double)};
        const QVariant noText{QMetaType(QMetaType::QString)};
        const QVariant noId{QMetaType(QMetaType::LongLong)};
        int i = 0;
        for (const FigureWriter::Figure &f : std::as_const(m_pending)) {
            const FigureWriter::PeriodText &p = *f.period;
            q.bindValue(i++, f.authorityId);
            q.bindValue(i++, f.indicatorId);
            q.bindValue(i++, QString::fromLatin1(p.kind));
            q.bindValue(i++, p.start.isEmpty() ? noText : QVariant(QString::fromLatin1(p.start)));
            q.bindValue(i++, QString::fromLatin1(p.end));
            q.bindValue(i++, QString::fromUtf8(p.label));
            q.bindValue(i++, f.value ? QVariant(*f.value) : noNumber);
            q.bindValue(i++, f.suppression ? QVariant(SuppressionCodes::code(*f.suppression))
                                           : noText);
            q.bindValue(i++, f.sourceId ? QVariant(f.sourceId) : noId);
            q.bindValue(i++, f.line ? QVariant(f.line) : noId);
        }
        const qint64 first = m_pending.first().line;
        m_pending.clear();
        if (q.exec())
            return {};
        const QString why = m_db.explain(q.lastError());
        // A server that went away is no line's fault.
        failedLine = m_db.isConnectionLost() ? 0 : first;
        return why;
    }

    Database &m_db;
    QSqlQuery m_full;
    QList<FigureWriter::Figure> m_pending;
};

sqlite3 *sqliteHandle(Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

FigureWriter::PeriodText FigureWriter::periodText(const Period &period, const QString &label)
{
    PeriodText t;
    t.kind = period.kind == Period::Kind::At ? QByteArrayLiteral("at") : QByteArrayLiteral("in");
    if (period.kind == Period::Kind::In && period.start)
        t.start = period.start->toString(Qt::ISODate).toLatin1();
    t.end = period.end.toString(Qt::ISODate).toLatin1();
    t.label = label.toUtf8();
    return t;
}

FigureWriter::FigureWriter(Database &db)
{
    if (sqlite3 *handle = sqliteHandle(db))
        m_backend = std::make_unique<SqliteBackend>(handle);
    else
        m_backend = std::make_unique<BatchBackend>(db);
}

FigureWriter::~FigureWriter() = default;

bool FigureWriter::add(const Figure &figure)
{
    if (!m_error.isEmpty())
        return false;
    m_error = m_backend->add(figure);
    m_errorLine = m_backend->failedLine;
    return m_error.isEmpty();
}

bool FigureWriter::finish()
{
    if (!m_error.isEmpty())
        return false;
    m_error = m_backend->finish();
    m_errorLine = m_backend->failedLine;
    return m_error.isEmpty();
}
