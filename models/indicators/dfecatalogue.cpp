#include "indicators/dfecatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct CatalogueRule
{
    QString indicator;
    QStringList valueNames;
    QList<std::pair<QStringList, QStringList>> where; // column names -> values
    int month = 0;
    int day = 0;
    QString publication;
};

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
        for (const QJsonValue &name : o.value(QLatin1String("value")).toArray())
            r.valueNames << name.toString();
        const QJsonObject where = o.value(QLatin1String("where")).toObject();
        for (auto it = where.begin(); it != where.end(); ++it) {
            QStringList values;
            for (const QJsonValue &value : it.value().toArray())
                values << DfeCatalogue::normalisedValue(value.toString());
            r.where.append({it.key().split(QLatin1Char('|')), values});
        }
        const QString end = o.value(QLatin1String("period_end")).toString();
        if (end.size() == 5) {
            r.month = end.left(2).toInt();
            r.day = end.right(2).toInt();
        }
        rules.append(r);
    }
    return rules;
}

int columnOf(const QStringList &header, const QStringList &names)
{
    for (const QString &name : names) {
        for (int i = 0; i < header.size(); ++i) {
            if (header.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
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

QList<MeasureRule> rulesFor(const QStringList &header, const QHash<QString, qint64> &indicatorIds)
{
    static const QList<CatalogueRule> catalogue = loadCatalogue();
    QList<MeasureRule> rules;
    for (const CatalogueRule &c : catalogue) {
        if (!indicatorIds.contains(c.indicator))
            continue;
        MeasureRule r;
        r.indicatorId = indicatorIds.value(c.indicator);
        r.indicatorKey = c.indicator;
        r.valueColumn = columnOf(header, c.valueNames);
        r.othersTotal = true;
        r.periodEndMonth = c.month;
        r.periodEndDay = c.day;
        r.publication = c.publication;
        bool complete = r.valueColumn >= 0;
        for (const auto &[names, values] : c.where) {
            const int column = columnOf(header, names);
            if (column < 0)
                complete = false;
            r.where.append({column, values});
        }
        if (complete)
            rules.append(r);
    }
    return rules;
}

} // namespace DfeCatalogue
