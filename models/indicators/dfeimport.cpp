#include "indicators/dfeimport.h"

#include "csv/csvreader.h"
#include "indicators/figurequeue.h"
#include "indicators/figurewriter.h"
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
#include <QVarLengthArray>

#include <algorithm>
#include <deque>
#include <optional>
#include <thread>

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
                               Period::Kind measured, int endMonth = 0, int endDay = 0)
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
        // A reporting year ends on 31 March; the workforce census's on 30 September.
        end = endMonth ? QDate(year, endMonth, endDay) : QDate(year, 3, 31);
        start = end.addYears(-1).addDays(1);
        label = tr("year to %1").arg(end.toString(QStringLiteral("d MMMM yyyy")));
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

QStringList DfeImport::Summary::unmatched() const
{
    QStringList out;
    for (int r = 0; r < rules.size() && r < ruleFigures.size(); ++r) {
        if (ruleFigures.at(r) > 0)
            continue;
        const MeasureRule &rule = rules.at(r);
        QStringList found;
        for (const auto &[column, values] : rule.where) {
            QStringList seen = filterValues.value(header.value(column)).values();
            seen.sort();
            for (QString &v : seen)
                v = QStringLiteral("\"%1\"").arg(v);
            found << tr("%1 has %2").arg(header.value(column),
                                         seen.isEmpty() ? tr("no values")
                                                        : seen.join(QStringLiteral(", ")));
        }
        out << (found.isEmpty() ? tr("%1: looked for %2; no row had a figure there")
                                      .arg(rule.indicatorKey, rule.describe(header))
                                : tr("%1: looked for %2; the file's %3")
                                      .arg(rule.indicatorKey, rule.describe(header),
                                           found.join(QStringLiteral("; "))));
    }
    return out;
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

DfeImport::DfeImport(Database &db, QList<MeasureRule> rules)
    : m_db(db)
    , m_rules(std::move(rules))
    , m_useRules(true)
{
}

QList<MeasureRule> DfeImport::catalogueRules(const QHash<QString, qint64> &indicatorIds,
                                             QIODevice *device, QStringList *header)
{
    CsvReader csv(device);
    QStringList columns;
    if (!csv.readRow(&columns))
        return {};
    if (header)
        *header = columns;
    return DfeCatalogue::rulesFor(columns, indicatorIds);
}

// The user's mapping as rules: a mapped column (or, in a long file, a mapped measure name)
// gives its indicator on the rows whose filters hold the chosen values.
QList<MeasureRule> DfeImport::rulesFor(const QStringList &header, int nameColumn,
                                       int valueColumn) const
{
    QList<std::pair<int, QStringList>> where;
    for (auto it = m_filters.constBegin(); it != m_filters.constEnd(); ++it) {
        const int column = int(header.indexOf(it.key()));
        if (column >= 0)
            where.append({column, {DfeCatalogue::normalisedValue(it.value())}});
    }
    QList<MeasureRule> rules;
    for (auto it = m_mapping.constBegin(); it != m_mapping.constEnd(); ++it) {
        MeasureRule r;
        r.indicatorId = it.value();
        r.where = where;
        if (nameColumn >= 0) {
            r.valueColumn = valueColumn;
            r.where.append({nameColumn, {DfeCatalogue::normalisedValue(it.key())}});
        } else {
            r.valueColumn = int(header.indexOf(it.key()));
            if (r.valueColumn < 0)
                continue;
        }
        rules.append(r);
    }
    // In column order, so a row's problems are reported the same way every run.
    std::sort(rules.begin(), rules.end(), [](const MeasureRule &a, const MeasureRule &b) {
        return a.valueColumn < b.valueColumn;
    });
    return rules;
}

namespace {

// A place a row names, from the built-in list.
struct Place
{
    qint64 id = 0;
    bool ended = false;
};

bool isNumberOrSymbol(const QString &text)
{
    QString t = text;
    t.remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    bool number = false;
    t.toDouble(&number);
    return number || SuppressionCodes::fromSymbol(text).has_value();
}

} // namespace

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
    for (const char *required : {"time_period", "geographic_level"}) {
        if (!col.contains(QLatin1String(required))) {
            summary.problems.append(
                {1, tr("there is no \"%1\" column, so this is not a file in the "
                       "DfE statistics layout.")
                        .arg(QLatin1String(required))});
            summary.rejected = 1;
            return summary;
        }
    }
    const int valueCol = col.value(QStringLiteral("value"), -1);
    int nameCol = -1;
    for (const QString &n : measureNameColumns) {
        if (col.contains(n)) {
            nameCol = col.value(n);
            break;
        }
    }
    const bool longFormat = valueCol >= 0 && nameCol >= 0;
    const QList<MeasureRule> rules =
        m_useRules ? m_rules : rulesFor(header, longFormat ? nameCol : -1, valueCol);

    // Filter columns: the text columns that are neither standard nor a rule's measure.
    QSet<int> measureColumns;
    for (const MeasureRule &r : rules)
        measureColumns.insert(r.valueColumn);
    QList<int> filterColumns;
    for (int i = 0; i < header.size(); ++i) {
        if (standardColumns.contains(key(header.at(i))) || measureColumns.contains(i) ||
            (longFormat && (i == valueCol || i == nameCol)))
            continue;
        if (!m_useRules && !longFormat && m_mapping.contains(header.at(i)))
            continue;
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

    // Every place by its codes, read once: current and former ONS codes, DfE numbers.
    QHash<QString, Place> byCode;
    QHash<int, Place> byNumber;
    {
        QSqlQuery q = m_db.prepare(
            QStringLiteral("SELECT id, ons_code, la_number, ended_on IS NOT NULL FROM authority "
                           "WHERE ons_code IS NOT NULL"));
        q.exec();
        while (q.next()) {
            const Place p{q.value(0).toLongLong(), q.value(3).toBool()};
            byCode.insert(q.value(1).toString().toUpper(), p);
            if (!q.value(2).isNull())
                byNumber.insert(q.value(2).toInt(), p);
        }
        QSqlQuery f = m_db.prepare(QStringLiteral(
            "SELECT f.code, a.id, a.ended_on IS NOT NULL FROM authority_former_code f "
            "JOIN authority a ON a.id = f.authority_id"));
        f.exec();
        while (f.next())
            byCode.insert(f.value(0).toString().toUpper(),
                          Place{f.value(1).toLongLong(), f.value(2).toBool()});
    }

    auto cell = [](const QStringList &fields, int index) {
        return index >= 0 && index < fields.size() ? fields.at(index).trimmed() : QString();
    };
    auto column = [&](const char *name) { return col.value(QLatin1String(name), -1); };
    const int timeCol = column("time_period");
    const int identifierCol = column("time_identifier");
    const int levelCol = column("geographic_level");
    const int countryCodeCol = column("country_code");
    const int countryNameCol = column("country_name");
    const int regionCodeCol = column("region_code");
    const int regionNameCol = column("region_name");
    const int newCodeCol = column("new_la_code");
    const int oldCodeCol = column("old_la_code");
    const int laNameCol = column("la_name");

    bool transactionOpen = false;
    if (write) {
        // A large import in one transaction: a page cache big enough to hold it keeps
        // SQLite from spilling pages to the write-ahead log over and over (64 MiB).
        if (m_db.dialect() == Database::Dialect::Sqlite)
            m_db.run(QStringLiteral("PRAGMA cache_size = -65536"));
        const Status begun = m_db.begin();
        transactionOpen = begun.ok();
        if (!transactionOpen) {
            summary.problems.append(
                {0, tr("The database cannot be written to: %1").arg(begun.error())});
            summary.rejected = 1;
            return summary;
        }
    }
    qint64 documentId = 0;
    qint64 fileSource = 0;
    if (write) {
        const auto *file = qobject_cast<QFileDevice *>(device);
        const QString name =
            file ? QFileInfo(file->fileName()).fileName() : tr("imported statistics");
        // The file does not say when the Department published it: the day it was imported
        // goes in the title, not as the date of issue, so no citation dates the figures to it.
        const Result<qint64> doc = m_db.insert(
            QStringLiteral("INSERT INTO document (title, publisher, kind, issued_on, reference, "
                           "recorded_on) VALUES (?, ?, ?, NULL, ?, ?)"),
            {tr("Published statistics: %1 (imported %2)")
                 .arg(name, QDate::currentDate().toString(QStringLiteral("d MMMM yyyy"))),
             QStringLiteral("Department for Education"), QStringLiteral("statistics"), name,
             toSql(QDate::currentDate())});
        documentId = doc.ok() ? doc.value() : 0;
        // One source for the file; each figure keeps its own line beside it.
        const Result<qint64> source =
            m_db.insert(QStringLiteral("INSERT INTO source (document_id, locator) VALUES (?, ?)"),
                        {documentId, tr("the rows of %1").arg(name)});
        fileSource = source.ok() ? source.value() : 0;
    }

    auto reject = [&](qint64 line, const QString &reason) {
        ++summary.rejected;
        if (summary.problems.size() < 500)
            summary.problems.append({line, reason});
    };

    // When writing, a second thread reads and checks the file while this one, which owns the
    // connection, writes what it hands over: on two cores the file costs almost nothing on
    // top of the database's own work. Rows are handed over in batches, and a batch goes every
    // 2,000 rows even when empty, so progress is told and a cancel is heard during long runs
    // of skipped rows.
    FigureQueue queue;
    FigureQueue::Batch batch;
    bool refused = false; // the writer took no more: stop reading
    auto handOver = [&]() {
        batch.bytesRead = csv.bytesRead();
        refused = !queue.push(std::move(batch));
        batch = {};
        return !refused;
    };
    auto writeFigure = [&](const FigureWriter::Figure &figure) {
        batch.figures.push_back(figure);
        return batch.figures.size() < 4000 || handOver();
    };
    // Every 2,000 rows: false to stop reading (cancelled, or the writer failed).
    auto checkpoint = [&]() {
        if (write)
            return handOver();
        if (progress && !progress(csv.bytesRead())) {
            summary.cancelled = true;
            return false;
        }
        return true;
    };

    // The places a row is for: one, or several for a joint return ("E09000021 / E09000027").
    // Empty with no problem for a level the tracker does not keep (ward, school...).
    enum class Found
    {
        Places,
        OtherLevel,
        Unknown,
        Problem
    };
    auto findPlaces = [&](const QStringList &f, QList<Place> *places, QString *problem) {
        const QString level = cell(f, levelCol).toLower();
        QString code;
        QString number;
        QString name;
        if (level == QLatin1String("national")) {
            code = cell(f, countryCodeCol);
            if (code.isEmpty())
                code = QStringLiteral("E92000001");
            name = cell(f, countryNameCol);
        } else if (level == QLatin1String("regional")) {
            code = cell(f, regionCodeCol);
            name = cell(f, regionNameCol);
        } else if (level == QLatin1String("local authority")) {
            code = cell(f, newCodeCol);
            number = cell(f, oldCodeCol);
            name = cell(f, laNameCol);
        } else {
            return Found::OtherLevel;
        }
        if (code.isEmpty() && number.isEmpty()) {
            *problem = tr("the row gives no code for its %1 (new_la_code, old_la_code, "
                          "region_code or country_code).")
                           .arg(level);
            return Found::Problem;
        }
        if (!code.contains(QLatin1Char('/'))) {
            // One place, as nearly every row is: its code as it stands, or in capitals.
            auto it = byCode.constFind(code);
            if (it == byCode.constEnd())
                it = byCode.constFind(code.toUpper());
            if (it != byCode.constEnd()) {
                places->append(it.value());
                return Found::Places;
            }
        }
        const QStringList codes = code.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (const QString &c : codes) {
            const auto it = byCode.constFind(c.trimmed().toUpper());
            if (it != byCode.constEnd())
                places->append(it.value());
        }
        if (places->size() != codes.size() || codes.isEmpty()) {
            // Not by its ONS code: by its old DfE number.
            places->clear();
            const QStringList numbers = number.split(QLatin1Char('/'), Qt::SkipEmptyParts);
            for (const QString &n : numbers) {
                const auto it = byNumber.constFind(n.trimmed().toInt());
                if (it != byNumber.constEnd())
                    places->append(it.value());
            }
            if (numbers.isEmpty() || places->size() != numbers.size()) {
                places->clear();
                summary.unknownPlaces.insert(code.isEmpty() ? number : code, name);
                return Found::Unknown;
            }
        }
        return Found::Places;
    };

    struct KnownPeriod
    {
        Period period;
        QString label;
        FigureWriter::PeriodText text;
    };
    std::deque<KnownPeriod> periodStore; // stable addresses for the figures pointing here
    // A file has a few periods; each is worked out once, and found again by what gave it.
    struct PeriodKey
    {
        QString time;
        QString identifier;
        Period::Kind measured;
        int endMonth;
        int endDay;
        const KnownPeriod *period; // null: not a period
    };
    QList<PeriodKey> periods;
    // (place, indicator) and (period end, kind) of every figure so far -> its line and value.
    struct Seen
    {
        qint64 line;
        std::optional<double> number;
        std::optional<SuppressionCode> code;
    };
    QHash<QPair<qint64, qint64>, Seen> seen;
    seen.reserve(qsizetype(std::min<qint64>(device->size() / 64, 4'000'000)));

    QStringList f;
    QList<QString> normalised(header.size()); // a row's filter values, normalised
    QList<char> isNormalised(header.size());  // which of them this row has worked out
    QHash<QString, QString> normalForms;      // every distinct filter value, normalised once
    QHash<QString, bool> freeForms;           // whether a value is a number or a symbol
    // For each rule, the filter columns it does not name.
    QList<QList<int>> otherColumns;
    for (const MeasureRule &rule : rules) {
        QList<int> others;
        for (int c : std::as_const(filterColumns)) {
            const bool named = std::any_of(rule.where.begin(), rule.where.end(),
                                           [c](const auto &w) { return w.first == c; });
            if (!named && !rule.ignored.contains(c))
                others.append(c);
        }
        otherColumns.append(others);
    }
    // Each rule's indicator, and each filter column's values so far, looked up once.
    QList<const Indicator *> ruleIndicator;
    for (const MeasureRule &rule : rules) {
        auto it = indicators.find(rule.indicatorId);
        if (it == indicators.end())
            it = indicators.insert(rule.indicatorId, Indicator());
        ruleIndicator.append(&it.value());
    }
    for (int c : std::as_const(filterColumns))
        summary.filterValues[header.at(c)];
    QList<QSet<QString> *> filterSeen;
    for (int c : std::as_const(filterColumns))
        filterSeen.append(&summary.filterValues[header.at(c)]);

    summary.ruleFigures = QList<qint64>(rules.size(), 0);
    summary.rules = rules;
    summary.header = header;
    QList<int> matched; // the rules a row satisfies, by index
    QList<Place> places;
    auto readRows = [&]() {
        while (!refused && csv.readRow(&f)) {
            const qint64 line = csv.rowLine();
            ++summary.rows;
            if (summary.rows % 2000 == 0 && !checkpoint())
                break;
            if (f.size() == 1 && f.first().trimmed().isEmpty()) {
                --summary.rows;
                continue;
            }
            if (f.size() < header.size()) {
                reject(line,
                       tr("the row has %1 fields where the header has %2: the file may be cut "
                          "short.")
                           .arg(f.size())
                           .arg(header.size()));
                continue;
            }
            for (qsizetype i = 0; i < filterColumns.size(); ++i) {
                QSet<QString> &values = *filterSeen.at(i);
                if (values.size() < 100)
                    values.insert(cell(f, filterColumns.at(i)));
            }
            if (longFormat)
                summary.measureNames.insert(cell(f, nameCol));

            // The rules this row satisfies: each gives one figure. Filter values repeat down a
            // file, so each distinct value is normalised once.
            std::fill(isNormalised.begin(), isNormalised.end(), 0);
            auto value = [&](int c) -> const QString & {
                if (!isNormalised.at(c)) {
                    const QString raw = cell(f, c);
                    auto known = normalForms.constFind(raw);
                    if (known == normalForms.constEnd())
                        known = normalForms.insert(raw, DfeCatalogue::normalisedValue(raw));
                    normalised[c] = known.value();
                    isNormalised[c] = 1;
                }
                return normalised.at(c);
            };
            // A text column a rule does not name must read Total or be blank for the rule.
            auto free = [&](int c) {
                const QString &v = value(c);
                if (v.isEmpty() || v == QLatin1String("total"))
                    return true;
                auto it = freeForms.constFind(v);
                if (it == freeForms.constEnd())
                    it = freeForms.insert(v, isNumberOrSymbol(cell(f, c)));
                return it.value();
            };
            matched.clear();
            for (int r = 0; r < rules.size(); ++r) {
                const MeasureRule &rule = rules.at(r);
                bool ok = true;
                for (const auto &[c, values] : rule.where) {
                    if (!MeasureRule::takes(values, value(c))) {
                        ok = false;
                        break;
                    }
                }
                if (ok && rule.othersTotal) {
                    for (int c : std::as_const(otherColumns[r])) {
                        if (!free(c)) {
                            ok = false;
                            break;
                        }
                    }
                }
                if (ok)
                    matched.append(r);
            }
            if (matched.isEmpty()) {
                ++summary.skipped;
                continue;
            }

            places.clear();
            QString problem;
            switch (findPlaces(f, &places, &problem)) {
            case Found::Places:
                break;
            case Found::OtherLevel:
                ++summary.skipped;
                continue;
            case Found::Unknown:
                ++summary.unknownRows;
                continue;
            case Found::Problem:
                reject(line, problem);
                continue;
            }

            // The figures of the row, checked before anything is written.
            struct Figure
            {
                const MeasureRule *rule;
                std::optional<double> number;
                std::optional<SuppressionCode> code;
                const KnownPeriod *period;
            };
            QVarLengthArray<Figure, 8> figures;
            bool rowOk = true;
            bool allNotApplicable = true;
            for (int r : std::as_const(matched)) {
                const MeasureRule *rule = &rules.at(r);
                const Indicator &indicator = *ruleIndicator.at(r);
                const QString time = cell(f, timeCol);
                const QString identifier = cell(f, identifierCol);
                auto known =
                    std::find_if(periods.cbegin(), periods.cend(), [&](const PeriodKey &k) {
                        return k.measured == indicator.measured &&
                               k.endMonth == rule->periodEndMonth &&
                               k.endDay == rule->periodEndDay && k.time == time &&
                               k.identifier == identifier;
                    });
                if (known == periods.cend()) {
                    const std::optional<Period> p =
                        periodOf(time, identifier, indicator.measured, rule->periodEndMonth,
                                 rule->periodEndDay);
                    if (p) {
                        const QString label = p->displayLabel();
                        periodStore.push_back({*p, label, FigureWriter::periodText(*p, label)});
                    }
                    periods.append({time, identifier, indicator.measured, rule->periodEndMonth,
                                    rule->periodEndDay, p ? &periodStore.back() : nullptr});
                    known = periods.cend() - 1;
                }
                const KnownPeriod *period = known->period;
                if (!period) {
                    reject(line, tr("column \"%1\": \"%2\" is not a year (2017) or a two-year "
                                    "period (201617).")
                                     .arg(header.value(timeCol), time));
                    rowOk = false;
                    break;
                }
                const QString raw = cell(f, rule->valueColumn);
                Figure figure{rule, std::nullopt, std::nullopt, period};
                bool isNumber = false;
                double parsed = 0;
                if (raw.contains(QLatin1Char(',')) || raw.contains(QLatin1Char(' '))) {
                    QString cleaned = raw;
                    cleaned.remove(QLatin1Char(',')).remove(QLatin1Char(' '));
                    parsed = cleaned.toDouble(&isNumber);
                    isNumber = isNumber && !cleaned.isEmpty();
                } else {
                    parsed = raw.toDouble(&isNumber);
                    isNumber = isNumber && !raw.isEmpty();
                }
                if (isNumber) {
                    figure.number = parsed;
                    const QString check = indicator.checkValue(parsed);
                    if (!check.isEmpty()) {
                        reject(line,
                               tr("column \"%1\": %2").arg(header.value(rule->valueColumn), check));
                        rowOk = false;
                        break;
                    }
                } else if (!(figure.code = SuppressionCodes::fromSymbol(raw))) {
                    reject(line, tr("column \"%1\": \"%2\" is neither a number nor a suppression "
                                    "symbol (c, x, z, k, low, u, :).")
                                     .arg(header.value(rule->valueColumn), raw));
                    rowOk = false;
                    break;
                }
                allNotApplicable =
                    allNotApplicable && figure.code == SuppressionCode::NotApplicable;
                figures.append(figure);
            }
            if (!rowOk)
                continue;
            const bool allEnded =
                std::all_of(places.begin(), places.end(), [](const Place &p) { return p.ended; });
            if (allEnded && allNotApplicable) {
                ++summary.notApplicable; // an authority that no longer exists: nothing to keep
                continue;
            }
            for (const Place &place : std::as_const(places)) {
                for (const Figure &figure : std::as_const(figures)) {
                    const Period &period = figure.period->period;
                    const QPair<qint64, qint64> key{(place.id << 24) | figure.rule->indicatorId,
                                                    (period.end.toJulianDay() << 1) |
                                                        int(period.kind)};
                    const auto again = seen.constFind(key);
                    if (again != seen.constEnd()) {
                        // A total repeated under each breakdown of the file is one figure.
                        if (again->number == figure.number && again->code == figure.code)
                            continue;
                        reject(line, tr("repeats line %1 with another value: the same place, "
                                        "measure and period (choose a filter value).")
                                         .arg(again->line));
                        rowOk = false;
                        break;
                    }
                    seen.insert(key, {line, figure.number, figure.code});
                    ++summary.values;
                    ++summary.ruleFigures[int(figure.rule - rules.constData())];
                    if (figure.code)
                        ++summary.suppressed;
                    if (!write || summary.rejected > 0)
                        continue; // once a row is rejected nothing will be written
                    if (!writeFigure({place.id, figure.rule->indicatorId, &figure.period->text,
                                      figure.number, figure.code, fileSource, line}))
                        break;
                }
                if (!rowOk)
                    break;
            }
        }
    };

    if (write) {
        FigureWriter writer(m_db);
        QString writeError;
        qint64 writeErrorLine = 0;
        bool cancelled = false;
        std::thread reader([&]() {
            readRows();
            if (!batch.figures.empty())
                handOver();
            queue.finish();
        });
        FigureQueue::Batch written;
        while (queue.pop(&written)) {
            const bool ok =
                std::all_of(written.figures.cbegin(), written.figures.cend(),
                            [&](const FigureWriter::Figure &f) { return writer.add(f); });
            if (!ok) {
                writeError = writer.error();
                writeErrorLine = writer.errorLine();
                queue.stop();
            } else if (progress && !progress(written.bytesRead)) {
                cancelled = true;
                queue.stop();
            }
        }
        reader.join();
        summary.cancelled = cancelled;
        if (!writeError.isEmpty())
            reject(writeErrorLine, writeError);
        else if (summary.rejected == 0 && !summary.cancelled && !writer.finish())
            reject(writer.errorLine(), writer.error());
    } else {
        readRows();
    }
    if (!csv.error().isEmpty())
        reject(csv.rowLine(), csv.error());

    if (write) {
        if (summary.cancelled || summary.rejected > 0 || summary.values == 0) {
            // A file that gave no figure leaves nothing behind, not even its document.
            m_db.rollback();
        } else if (const Status committed = m_db.commit(); committed.ok()) {
            summary.written = true;
        } else {
            reject(0, committed.error());
        }
    }
    if (progress && !summary.cancelled)
        progress(csv.bytesRead());
    return summary;
}
