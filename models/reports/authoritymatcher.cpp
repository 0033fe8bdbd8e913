#include "reports/authoritymatcher.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

AuthorityMatcher::AuthorityMatcher(const QList<Authority> &authorities,
                                   const QList<AuthorityAlias> &aliases)
{
    QHash<qint64, int> indexOf;
    for (const Authority &a : authorities) {
        if (a.kind != AuthorityKind::LocalAuthority || a.synthetic || a.onsCode.isEmpty())
            continue;
        const int index = int(m_authorities.size());
        m_authorities.append(a);
        indexOf.insert(a.id, index);
        // An ended authority's name may carry the year it ended: "Dorset (until 2019)".
        QString name = a.name;
        name.remove(QRegularExpression(QStringLiteral("\\s*\\(until \\d{4}\\)$")));
        m_names.append({QLatin1Char(' ') + normalised(name) + QLatin1Char(' '), index, {}, {}});
    }
    for (const AuthorityAlias &alias : aliases) {
        const auto at = indexOf.constFind(alias.authorityId);
        if (at == indexOf.constEnd())
            continue;
        m_names.append({QLatin1Char(' ') + normalised(alias.name) + QLatin1Char(' '), *at,
                        alias.from, alias.until});
    }
    std::stable_sort(m_names.begin(), m_names.end(),
                     [](const Name &a, const Name &b) { return a.words.size() > b.words.size(); });
}

bool AuthorityMatcher::Name::inUseOn(const QDate &day) const
{
    return !day.isValid() || ((!from || *from <= day) && (!until || day < *until));
}

QString AuthorityMatcher::normalised(const QString &name)
{
    QString t = name.toLower();
    t.replace(QChar(0x2019), QLatin1Char('\''));
    t.remove(QRegularExpression(QStringLiteral(",\\s*(city|county) of\\s*$")));
    t.replace(QLatin1Char('&'), QStringLiteral(" and "));
    t.replace(QRegularExpression(QStringLiteral("'s\\b")), QString());
    t.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral(" "));
    return t.simplified();
}

AuthorityMatcher::Found AuthorityMatcher::settle(const QList<int> &found, const QDate &onDay) const
{
    Found result;
    if (found.isEmpty())
        return result;
    // Of two places with one name, one that had ended by then was not meant; one that ended
    // later was the one there on the day. Without a day, the one that still exists.
    QList<int> there;
    for (int i : found) {
        const Authority &a = m_authorities.at(i);
        if (onDay.isValid() ? a.existedOn(onDay) : !a.endedOn)
            there.append(i);
    }
    if (there.isEmpty())
        there = found;
    // Two places of one name (differing only in the year one ended) are one name.
    QStringList names;
    for (int i : there) {
        QString name = m_authorities.at(i).name;
        name = normalised(name.remove(QRegularExpression(QStringLiteral("\\(until.*$"))));
        if (!names.contains(name))
            names.append(name);
    }
    if (names.size() > 1) {
        for (int i : there)
            result.tied.append(m_authorities.at(i).name);
        return result;
    }
    // Of one name on a day when both existed, the one that ended later was there.
    for (int i : there) {
        if (m_authorities.at(i).endedOn)
            result.authority = m_authorities.at(i);
    }
    if (!result.authority)
        result.authority = m_authorities.at(there.first());
    return result;
}

AuthorityMatcher::Found AuthorityMatcher::find(const QString &text, const QDate &onDay) const
{
    const QString haystack = QLatin1Char(' ') + normalised(text) + QLatin1Char(' ');
    int length = 0;
    QList<int> found;
    for (const Name &n : m_names) {
        if (length && n.words.size() < length)
            break;
        if (n.inUseOn(onDay) && haystack.contains(n.words)) {
            length = int(n.words.size());
            if (!found.contains(n.authority))
                found.append(n.authority);
        }
    }
    return settle(found, onDay);
}

AuthorityMatcher::Found AuthorityMatcher::mostNamed(const QString &text, const QDate &onDay) const
{
    QString haystack = QLatin1Char(' ') + normalised(text) + QLatin1Char(' ');
    QHash<int, int> counts;
    // Longest names first, each use blanked once counted, so "Somerset" inside "North
    // Somerset" is not counted again.
    for (const Name &n : m_names) {
        if (!n.inUseOn(onDay))
            continue;
        for (qsizetype at = haystack.indexOf(n.words); at >= 0;
             at = haystack.indexOf(n.words, at + 1)) {
            counts[n.authority] += 1;
            haystack.replace(at + 1, n.words.size() - 2,
                             QString(n.words.size() - 2, QLatin1Char('#')));
        }
    }
    int best = -1, first = 0, second = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > first) {
            second = first;
            first = it.value();
            best = it.key();
        } else if (it.value() > second) {
            second = it.value();
        }
    }
    if (best < 0 || first < 2 || first < 2 * second) {
        Found none;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() == first)
                none.tied.append(m_authorities.at(it.key()).name);
        }
        none.tied.sort();
        return none;
    }
    return settle({best}, onDay);
}
