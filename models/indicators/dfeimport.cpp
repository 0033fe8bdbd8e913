#include "indicators/dfeimport.h"

#include "csv/csvreader.h"
#include "indicators/indicator.h"
#include "indicators/period.h"
#include "indicators/suppressioncode.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DfeImport", text);
}

// Columns that place a row in time and space rather than measure anything.
const QStringList standardColumns = {
    QStringLiteral("time_period"),      QStringLiteral("time_identifier"),
    QStringLiteral("geographic_level"), QStringLiteral("country_code"),
    QStringLiteral("country_name"),     QStringLiteral("region_code"),
    QStringLiteral("region_name"),      QStringLiteral("old_la_code"),
    QStringLiteral("new_la_code"),      QStringLiteral("la_name"),
    QStringLiteral("la_code"),
};
const QStringList measureNameColumns = {QStringLiteral("measure"), QStringLiteral("measure_name"),
                                        QStringLiteral("indicator"),
                                        QStringLiteral("indicator_name")};

QString key(const QString &column)
{
    return column.trimmed().toLower();
}

// "2017" -> a reporting year to 31 March; "201617" -> a financial or academic year.
std::optional<Period> periodOf(const QString &timePeriod, const QString &identifier,
                               Period::Kind measured)
{
    const QString t = timePeriod.trimmed();
    bool ok = false;
    QDate start;
    QDate end;
    QString label;
    if (t.size() == 4) {
        const int year = t.toInt(&ok);
        if (!ok || year < 1900 || year > 2200)
            return std::nullopt;
        start = QDate(year - 1, 4, 1);
        end = QDate(year, 3, 31);
        label = tr("year to 31 March %1").arg(year);
    } else if (t.size() == 6) {
        const int first = t.left(4).toInt(&ok);
        bool ok2 = false;
        const int second = t.right(2).toInt(&ok2);
        if (!ok || !ok2 || (first + 1) % 100 != second)
            return std::nullopt;
        const bool academic = identifier.contains(QLatin1String("academic"), Qt::CaseInsensitive);
        start = academic ? QDate(first, 9, 1) : QDate(first, 4, 1);
        end = academic ? QDate(first + 1, 8, 31) : QDate(first + 1, 3, 31);
        label = QStringLiteral("%1%2%3")
                    .arg(first)
                    .arg(academic ? QLatin1Char('/') : QLatin1Char('-'))
                    .arg(second, 2, 10, QLatin1Char('0'));
    } else {
        return std::nullopt;
    }
    if (measured == Period::Kind::At)
        return Period::at(end, tr("at %1").arg(end.toString(QStringLiteral("d MMMM yyyy"))));
    return Period::in(start, end, label);
}

} // namespace

Result<DfeImport::Header> DfeImport::readHeader(QIODevice *device)
{
    CsvReader csv(device);
    QStringList fields;
    if (!csv.readRow(&fields))
        return Result<Header>::failure(csv.error().isEmpty() ? tr("The file is empty.")
                                                             : csv.error());
    Header h;
    h.columns = fields;
    QStringList lower;
    for (const QString &c : fields)
        lower << key(c);
    for (const char *required : {"time_period", "geographic_level"}) {
        if (!lower.contains(QLatin1String(required))) {
            return Result<Header>::failure(tr("Line 1: there is no \"%1\" column, so this is not a "
                                              "file in the DfE statistics layout.")
                                               .arg(QLatin1String(required)));
        }
    }
    h.valueColumn = int(lower.indexOf(QStringLiteral("value")));
    for (const QString &name : measureNameColumns) {
        if (lower.contains(name)) {
            h.measureNameColumn = int(lower.indexOf(name));
            break;
        }
    }
    h.longFormat = h.valueColumn >= 0 && h.measureNameColumn >= 0;
    if (!h.longFormat) {
        for (const QString &c : std::as_const(fields)) {
            if (!standardColumns.contains(key(c)))
                h.candidateMeasures << c;
        }
    }
    return h;
}

DfeImport::DfeImport(Database &db, QHash<QString, qint64> mapping, QHash<QString, QString> filters)
    : m_db(db)
    , m_mapping(std::move(mapping))
    , m_filters(std::move(filters))
{
}

QHash<QString, QString> DfeImport::defaultFilters(const Summary &preview)
{
    QHash<QString, QString> filters;
    for (auto it = preview.filterValues.constBegin(); it != preview.filterValues.constEnd(); ++it) {
        for (const QString &v : it.value()) {
            if (v.compare(QLatin1String("Total"), Qt::CaseInsensitive) == 0)
                filters.insert(it.key(), v);
        }
    }
    return filters;
}

DfeImport::Summary DfeImport::run(QIODevice *device, bool write,
                                  const std::function<bool(qint64)> &progress)
{
    Summary summary;
    CsvReader csv(device);
    QStringList header;
    if (!csv.readRow(&header)) {
        summary.problems.append(
            {1, csv.error().isEmpty() ? tr("The file is empty.") : csv.error()});
        summary.rejected = 1;
        return summary;
    }
    QHash<QString, int> col;
    for (int i = 0; i < header.size(); ++i)
        col.insert(key(header.at(i)), i);
    const int valueCol = col.value(QStringLiteral("value"), -1);
    int nameCol = -1;
    for (const QString &n : measureNameColumns) {
        if (col.contains(n)) {
            nameCol = col.value(n);
            break;
        }
    }
    const bool longFormat = valueCol >= 0 && nameCol >= 0;

    // Which columns are measures (wide) and which are filters.
    QMap<int, qint64> measureColumns; // in column order, so reports are the same every run
    QList<int> filterColumns;
    for (int i = 0; i < header.size(); ++i) {
        const QString k = key(header.at(i));
        if (standardColumns.contains(k) || (longFormat && (i == valueCol || i == nameCol)))
            continue;
        if (!longFormat && m_mapping.contains(header.at(i)))
            measureColumns.insert(i, m_mapping.value(header.at(i)));
        else
            filterColumns.append(i);
    }

    QHash<qint64, Indicator> indicators;
    {
        QSqlQuery q = m_db.prepare(
            QStringLiteral("SELECT id, key, name, unit, polarity, measured FROM indicator"));
        q.exec();
        while (q.next()) {
            Indicator i;
            i.id = q.value(0).toLongLong();
            i.key = q.value(1).toString();
            i.name = q.value(2).toString();
            i.unit = Indicator::unitFromCode(q.value(3).toString()).value_or(IndicatorUnit::Count);
            i.polarity =
                Indicator::polarityFromCode(q.value(4).toString()).value_or(Polarity::Neither);
            i.measured =
                q.value(5).toString() == QLatin1String("at") ? Period::Kind::At : Period::Kind::In;
            indicators.insert(i.id, i);
        }
    }

    auto cell = [](const QStringList &fields, int index) {
        return index >= 0 && index < fields.size() ? fields.at(index).trimmed() : QString();
    };
    auto column = [&](const char *name) { return col.value(QLatin1String(name), -1); };
    const int timeCol = column("time_period");
    const int identifierCol = column("time_identifier");
    const int levelCol = column("geographic_level");

    bool transactionOpen = false;
    if (write) {
        // A large import in one transaction: a page cache big enough to hold it keeps
        // SQLite from spilling pages to the write-ahead log over and over (64 MiB).
        m_db.run(QStringLiteral("PRAGMA cache_size = -65536"));
        transactionOpen = m_db.connection().transaction();
        if (!transactionOpen) {
            summary.problems.append({0, tr("The database cannot be written to: %1")
                                            .arg(m_db.connection().lastError().text())});
            summary.rejected = 1;
            return summary;
        }
    }
    qint64 documentId = 0;
    QSqlQuery insertSource =
        m_db.prepare(QStringLiteral("INSERT INTO source (document_id, locator) VALUES (?, ?)"));
    QSqlQuery insertValue = m_db.prepare(QStringLiteral(
        "INSERT INTO indicator_value (authority_id, indicator_id, period_kind, period_start, "
        "period_end, "
        "period_label, value, suppression, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (authority_id, indicator_id, period_kind, period_end, coalesce(period_start, "
        "'')) "
        "DO UPDATE SET value = excluded.value, suppression = excluded.suppression, "
        "period_label = excluded.period_label, source_id = excluded.source_id"));
    if (write) {
        const auto *file = qobject_cast<QFileDevice *>(device);
        const QString name =
            file ? QFileInfo(file->fileName()).fileName() : tr("imported statistics");
        const Result<qint64> doc = m_db.insert(
            QStringLiteral("INSERT INTO document (title, publisher, kind, issued_on, reference) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {tr("Published statistics: %1").arg(name), QStringLiteral("Department for Education"),
             QStringLiteral("statistics"), QDate::currentDate().toString(Qt::ISODate), name});
        documentId = doc.ok() ? doc.value() : 0;
    }

    // Authorities are found once and remembered for the rest of the file.
    QHash<QString, qint64> authorityCache;
    auto findAuthority = [&](const QStringList &f, QString *problem) -> std::optional<qint64> {
        const QString level = cell(f, levelCol).toLower();
        QString kind;
        QString code;
        QString name;
        QVariant laNumber;
        QString region;
        if (level == QLatin1String("national")) {
            kind = QStringLiteral("country");
            code = cell(f, column("country_code"));
            name = cell(f, column("country_name"));
            if (name.isEmpty())
                name = QStringLiteral("England");
        } else if (level == QLatin1String("regional")) {
            kind = QStringLiteral("region");
            code = cell(f, column("region_code"));
            name = cell(f, column("region_name"));
        } else if (level == QLatin1String("local authority")) {
            kind = QStringLiteral("local_authority");
            code = cell(f, column("new_la_code"));
            name = cell(f, column("la_name"));
            const QString old = cell(f, column("old_la_code"));
            if (!old.isEmpty())
                laNumber = old.toInt();
            region = cell(f, column("region_name"));
        } else {
            return std::nullopt; // another level: left out, not an error
        }
        if (code.isEmpty() && name.isEmpty()) {
            *problem = tr("the row names no %1 (no code and no name).").arg(level);
            return std::nullopt;
        }
        const QString cacheKey = kind + QLatin1Char('|') + code + QLatin1Char('|') + name;
        if (authorityCache.contains(cacheKey))
            return authorityCache.value(cacheKey);
        QSqlQuery q =
            m_db.prepare(QStringLiteral("SELECT id FROM authority WHERE kind = ? AND synthetic = 0 "
                                        "AND ((? <> '' AND ons_code = ?) OR name = ?) "
                                        "ORDER BY (ons_code = ?) DESC LIMIT 1"));
        q.addBindValue(kind);
        q.addBindValue(code);
        q.addBindValue(code);
        q.addBindValue(name);
        q.addBindValue(code);
        if (q.exec() && q.next()) {
            authorityCache.insert(cacheKey, q.value(0).toLongLong());
            return q.value(0).toLongLong();
        }
        if (!write) {
            authorityCache.insert(cacheKey,
                                  -1 - authorityCache.size()); // counted, created on import
            ++summary.authoritiesAdded;
            return authorityCache.value(cacheKey);
        }
        QVariant regionId(QMetaType(QMetaType::LongLong));
        if (!region.isEmpty()) {
            QSqlQuery r = m_db.prepare(
                QStringLiteral("SELECT id FROM authority WHERE kind = 'region' AND name = ?"));
            r.addBindValue(region);
            if (r.exec() && r.next())
                regionId = r.value(0);
        }
        const Result<qint64> id = m_db.insert(
            QStringLiteral("INSERT INTO authority (name, ons_code, la_number, kind, region_id) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {name.isEmpty() ? code : name, toSqlText(code),
             laNumber.isNull() ? QVariant(QMetaType(QMetaType::Int)) : laNumber, kind, regionId});
        if (!id.ok()) {
            *problem = tr("%1 could not be added: %2").arg(name, id.error());
            return std::nullopt;
        }
        ++summary.authoritiesAdded;
        authorityCache.insert(cacheKey, id.value());
        return id.value();
    };

    QHash<QString, qint64> seen; // authority|indicator|period -> line
    auto reject = [&](qint64 line, const QString &reason) {
        ++summary.rejected;
        if (summary.problems.size() < 500)
            summary.problems.append({line, reason});
    };

    QStringList f;
    while (csv.readRow(&f)) {
        const qint64 line = csv.rowLine();
        ++summary.rows;
        if (progress && summary.rows % 2000 == 0 && !progress(csv.bytesRead())) {
            summary.cancelled = true;
            break;
        }
        if (f.size() == 1 && f.first().trimmed().isEmpty()) {
            --summary.rows;
            continue;
        }
        // Filters: remember what the file holds; keep only the chosen value.
        bool keep = true;
        for (int c : std::as_const(filterColumns)) {
            const QString v = cell(f, c);
            QSet<QString> &values = summary.filterValues[header.at(c)];
            if (values.size() < 100)
                values.insert(v);
            const auto chosen = m_filters.constFind(header.at(c));
            if (chosen != m_filters.constEnd() && chosen.value() != v)
                keep = false;
        }
        if (!keep) {
            ++summary.skipped;
            continue;
        }
        // The measures this row carries: one (long) or one per mapped column (wide).
        QList<std::pair<qint64, int>> measures; // indicator, value column
        if (longFormat) {
            const QString name = cell(f, nameCol);
            summary.measureNames.insert(name);
            if (!m_mapping.contains(name)) {
                ++summary.skipped;
                continue;
            }
            measures.append({m_mapping.value(name), valueCol});
        } else {
            for (auto it = measureColumns.constBegin(); it != measureColumns.constEnd(); ++it)
                measures.append({it.value(), it.key()});
        }
        if (measures.isEmpty()) {
            ++summary.skipped;
            continue;
        }
        QString problem;
        const std::optional<qint64> authority = findAuthority(f, &problem);
        if (!authority) {
            if (problem.isEmpty())
                ++summary.skipped;
            else
                reject(line, problem);
            continue;
        }
        bool rowOk = true;
        qint64 rowSource = 0;
        QList<std::function<bool()>> writes;
        for (const auto &[indicatorId, valueColumn] : measures) {
            const Indicator &indicator = indicators[indicatorId];
            const std::optional<Period> period =
                periodOf(cell(f, timeCol), cell(f, identifierCol), indicator.measured);
            if (!period) {
                reject(line,
                       tr("time_period \"%1\" is not a year (2017) or a two-year period (201617).")
                           .arg(cell(f, timeCol)));
                rowOk = false;
                break;
            }
            const QString raw = cell(f, valueColumn);
            std::optional<double> number;
            std::optional<SuppressionCode> code;
            QString cleaned = raw;
            cleaned.remove(QLatin1Char(',')).remove(QLatin1Char(' '));
            bool isNumber = false;
            const double parsed = cleaned.toDouble(&isNumber);
            if (isNumber && !cleaned.isEmpty()) {
                number = parsed;
                const QString check = indicator.checkValue(parsed);
                if (!check.isEmpty()) {
                    reject(line, tr("column \"%1\": %2").arg(header.value(valueColumn), check));
                    rowOk = false;
                    break;
                }
            } else if ((code = SuppressionCodes::fromSymbol(raw))) {
                ++summary.suppressed;
            } else {
                reject(line, tr("column \"%1\": \"%2\" is neither a number nor a suppression "
                                "symbol (c, x, z, low, u, :).")
                                 .arg(header.value(valueColumn), raw));
                rowOk = false;
                break;
            }
            const QString seenKey = QStringLiteral("%1|%2|%3|%4")
                                        .arg(*authority)
                                        .arg(indicatorId)
                                        .arg(period->end.toJulianDay())
                                        .arg(int(period->kind));
            if (seen.contains(seenKey)) {
                reject(line, tr("repeats line %1: the same place, measure and period (choose a "
                                "filter value).")
                                 .arg(seen.value(seenKey)));
                rowOk = false;
                break;
            }
            seen.insert(seenKey, line);
            ++summary.values;
            if (write) {
                const qint64 authorityId = *authority;
                const Period p = *period;
                writes.append([&, authorityId, indicatorId, p, number, code, line]() {
                    // One source per row: the figures of a row share their file and line.
                    if (rowSource == 0) {
                        insertSource.addBindValue(documentId);
                        insertSource.addBindValue(tr("line %1").arg(line));
                        if (!insertSource.exec())
                            return false;
                        rowSource = insertSource.lastInsertId().toLongLong();
                    }
                    const qint64 sourceId = rowSource;
                    insertValue.addBindValue(authorityId);
                    insertValue.addBindValue(indicatorId);
                    insertValue.addBindValue(p.kind == Period::Kind::At ? QStringLiteral("at")
                                                                        : QStringLiteral("in"));
                    insertValue.addBindValue(toSql(p.start));
                    insertValue.addBindValue(toSql(p.end));
                    insertValue.addBindValue(p.displayLabel());
                    insertValue.addBindValue(toSql(number));
                    insertValue.addBindValue(code ? QVariant(SuppressionCodes::code(*code))
                                                  : QVariant(QMetaType(QMetaType::QString)));
                    insertValue.addBindValue(sourceId);
                    return insertValue.exec();
                });
            }
        }
        if (!rowOk || summary.rejected > 0)
            continue; // once a row is rejected nothing will be written; keep checking the rest
        for (const auto &w : std::as_const(writes)) {
            if (!w()) {
                reject(line, Database::describe(insertValue.lastError().isValid()
                                                    ? insertValue.lastError()
                                                    : insertSource.lastError()));
                break;
            }
        }
    }
    if (!csv.error().isEmpty())
        reject(csv.rowLine(), csv.error());

    if (write) {
        if (summary.cancelled || summary.rejected > 0) {
            m_db.connection().rollback();
            summary.authoritiesAdded = 0;
        } else if (m_db.connection().commit()) {
            summary.written = true;
        } else {
            reject(0, Database::describe(m_db.connection().lastError()));
            m_db.connection().rollback();
        }
    }
    if (progress && !summary.cancelled)
        progress(csv.bytesRead());
    return summary;
}
