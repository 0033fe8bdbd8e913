#include "indicators/dfecatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

struct CatalogueRule
{
    QString indicator;
    QStringList valueNames;                           // normalised
    QList<std::pair<QStringList, QStringList>> where; // column names (normalised) -> values
    QList<QStringList> ignore;                        // column names (normalised)
    int month = 0;
    int day = 0;
    QString publication;
    QString text; // as the catalogue writes it, for messages
};

QStringList normalisedColumns(const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        out << DfeCatalogue::normalisedColumn(n);
    return out;
}

QList<CatalogueRule> loadCatalogue()
{
    QList<CatalogueRule> rules;
    QFile file(QStringLiteral(":/statistics/dfe-catalogue.json"));
    if (!file.open(QIODevice::ReadOnly))
        return rules;
    const QJsonArray array =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("rules")).toArray();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        CatalogueRule r;
        r.indicator = o.value(QLatin1String("indicator")).toString();
        r.publication = o.value(QLatin1String("publication")).toString();
        QStringList values;
        for (const QJsonValue &name : o.value(QLatin1String("value")).toArray())
            values << name.toString();
        r.valueNames = normalisedColumns(values);
        QStringList conditions;
        const QJsonObject where = o.value(QLatin1String("where")).toObject();
        for (auto it = where.begin(); it != where.end(); ++it) {
            QStringList wanted;
            QStringList raw;
            for (const QJsonValue &value : it.value().toArray()) {
                wanted << DfeCatalogue::normalisedValue(value.toString());
                raw << QStringLiteral("\"%1\"").arg(value.toString());
            }
            r.where.append({normalisedColumns(it.key().split(QLatin1Char('|'))), wanted});
            conditions
                << QStringLiteral("%1 is %2").arg(it.key(), raw.join(QStringLiteral(" or ")));
        }
        for (const QJsonValue &name : o.value(QLatin1String("ignore")).toArray())
            r.ignore.append(normalisedColumns(name.toString().split(QLatin1Char('|'))));
        const QString end = o.value(QLatin1String("period_end")).toString();
        if (end.size() == 5) {
            r.month = end.left(2).toInt();
            r.day = end.right(2).toInt();
        }
        r.text = values.join(QLatin1Char('|'));
        if (!conditions.isEmpty())
            r.text += QStringLiteral(" where ") + conditions.join(QStringLiteral(" and "));
        rules.append(r);
    }
    return rules;
}

const QList<CatalogueRule> &catalogue()
{
    static const QList<CatalogueRule> rules = loadCatalogue();
    return rules;
}

int columnOf(const QStringList &normalisedHeader, const QStringList &names)
{
    for (const QString &name : names) {
        const int at = int(normalisedHeader.indexOf(name));
        if (at >= 0)
            return at;
    }
    return -1;
}

// The words of a normalised column name.
QStringList wordsOf(const QString &column)
{
    return column.split(QLatin1Char('_'), Qt::SkipEmptyParts);
}

// A column a new release may have renamed `known` to: the known name's words, in order, at
// its end, with words put before them ("mean_caseload_fte", "sw_turnover_rate_fte"). A word
// put in the middle or at the end makes another measure ("re_referrals_child_percent" is
// not "re_referrals_percent"), and so does another ending: a percentage is never taken for
// a count, nor a count for a rate.
bool couldBe(const QString &column, const QString &known)
{
    const QStringList have = wordsOf(column);
    const QStringList want = wordsOf(known);
    if (want.isEmpty() || have.size() <= want.size())
        return false;
    return have.mid(have.size() - want.size()) == want;
}

} // namespace

QString MeasureRule::describe(const QStringList &header) const
{
    QStringList parts;
    for (const auto &[column, values] : where)
        parts << QStringLiteral("%1 is %2")
                     .arg(header.value(column), values.join(QStringLiteral(" or ")));
    const QString value = header.value(valueColumn);
    return parts.isEmpty()
               ? value
               : QStringLiteral("%1 where %2").arg(value, parts.join(QStringLiteral(" and ")));
}

bool MeasureRule::takes(const QStringList &values, const QString &value)
{
    for (const QString &v : values) {
        if (value.size() == v.size() ? value == v
                                     : value.size() > v.size() && value.startsWith(v) &&
                                           value.at(v.size()) == QLatin1Char(' '))
            return true;
    }
    return false;
}

namespace DfeCatalogue {

QString normalisedValue(const QString &value)
{
    // Called for every filter cell of a large file: a single pass, no regular expressions.
    QString out;
    out.reserve(value.size());
    QString word;
    auto flush = [&out, &word]() {
        if (word.isEmpty() || word == QLatin1String("aged") || word == QLatin1String("years")) {
            word.clear();
            return;
        }
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += word;
        word.clear();
    };
    for (const QChar c : value) {
        if (c.isLetterOrNumber())
            word += c.toLower();
        else
            flush();
    }
    flush();
    return out;
}

QString normalisedColumn(const QString &name)
{
    QString out;
    bool gap = false;
    for (const QChar c : name.trimmed()) {
        if (c == QLatin1Char('%')) {
            if (!out.isEmpty())
                out += QLatin1Char('_');
            out += QStringLiteral("percent");
            gap = false;
        } else if (c.isLetterOrNumber()) {
            if (gap && !out.isEmpty())
                out += QLatin1Char('_');
            out += c.toLower();
            gap = false;
        } else {
            gap = true;
        }
    }
    for (const QLatin1String ending : {QLatin1String("_perc"), QLatin1String("_pct")}) {
        if (out.endsWith(ending)) {
            out.chop(ending.size());
            out += QStringLiteral("_percent");
        }
    }
    return out;
}

QList<MeasureRule> rulesFor(const QStringList &header, const QHash<QString, qint64> &indicatorIds)
{
    const QStringList columns = normalisedColumns(header);
    QList<MeasureRule> rules;
    QSet<QString> done;
    for (const CatalogueRule &c : catalogue()) {
        if (!indicatorIds.contains(c.indicator) || done.contains(c.indicator))
            continue;
        MeasureRule r;
        r.indicatorId = indicatorIds.value(c.indicator);
        r.indicatorKey = c.indicator;
        r.valueColumn = columnOf(columns, c.valueNames);
        r.othersTotal = true;
        r.periodEndMonth = c.month;
        r.periodEndDay = c.day;
        r.publication = c.publication;
        bool complete = r.valueColumn >= 0;
        for (const auto &[names, values] : c.where) {
            const int column = columnOf(columns, names);
            if (column < 0)
                complete = false;
            r.where.append({column, values});
        }
        for (const QStringList &names : c.ignore) {
            const int column = columnOf(columns, names);
            if (column >= 0)
                r.ignored.append(column);
        }
        if (complete) {
            rules.append(r);
            done.insert(c.indicator);
        }
    }
    return rules;
}

QList<Candidate> candidatesFor(const QStringList &header,
                               const QHash<QString, qint64> &indicatorIds)
{
    const QStringList columns = normalisedColumns(header);
    const QList<MeasureRule> exact = rulesFor(header, indicatorIds);
    QSet<QString> have;
    QSet<QString> families;
    for (const MeasureRule &r : exact) {
        have.insert(r.indicatorKey);
        families.insert(r.publication);
    }
    QList<Candidate> result;
    QSet<QString> done;
    for (const CatalogueRule &c : catalogue()) {
        if (!indicatorIds.contains(c.indicator) || have.contains(c.indicator) ||
            done.contains(c.indicator))
            continue;
        // Known by its filter columns, a rule can only want its measure renamed; the family
        // must be the file's when some rule matched exactly.
        if (!families.isEmpty() && !families.contains(c.publication))
            continue;
        bool filtersThere = true;
        QList<std::pair<int, QStringList>> where;
        for (const auto &[names, values] : c.where) {
            const int column = columnOf(columns, names);
            filtersThere = filtersThere && column >= 0;
            where.append({column, values});
        }
        if (!filtersThere || columnOf(columns, c.valueNames) >= 0)
            continue;
        Candidate candidate;
        candidate.indicatorKey = c.indicator;
        candidate.wanted = c.valueNames.value(0);
        for (int i = 0; i < columns.size(); ++i) {
            const bool fits =
                std::any_of(c.valueNames.begin(), c.valueNames.end(),
                            [&](const QString &known) { return couldBe(columns.at(i), known); });
            if (fits)
                candidate.columns << header.at(i);
        }
        if (candidate.columns.isEmpty())
            continue;
        MeasureRule &r = candidate.rule;
        r.indicatorId = indicatorIds.value(c.indicator);
        r.indicatorKey = c.indicator;
        r.valueColumn = int(header.indexOf(candidate.columns.first()));
        r.where = where;
        for (const QStringList &names : c.ignore) {
            const int column = columnOf(columns, names);
            if (column >= 0)
                r.ignored.append(column);
        }
        r.othersTotal = true;
        r.periodEndMonth = c.month;
        r.periodEndDay = c.day;
        r.publication = c.publication;
        result.append(candidate);
        done.insert(c.indicator);
    }
    return result;
}

QStringList soughtBy(const QStringList &indicatorKeys)
{
    QStringList out;
    for (const CatalogueRule &c : catalogue()) {
        if (indicatorKeys.isEmpty() || indicatorKeys.contains(c.indicator))
            out << QStringLiteral("%1: %2").arg(c.indicator, c.text);
    }
    return out;
}

} // namespace DfeCatalogue
