#include "reports/authoritymatcher.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

// Other names the same places go by in Ofsted's reports.
struct Alias
{
    const char *onsCode;
    const char *name;
};
constexpr Alias aliases[] = {
    {"E06000010", "Hull"},  {"E06000010", "Kingston upon Hull"}, {"E08000021", "Newcastle"},
    {"E06000058", "BCP"},   {"E06000047", "County Durham"},      {"E06000055", "Bedford"},
    {"E06000021", "Stoke"}, {"E06000033", "Southend"},
};

} // namespace

AuthorityMatcher::AuthorityMatcher(const QList<Authority> &authorities)
{
    for (const Authority &a : authorities) {
        if (a.kind != AuthorityKind::LocalAuthority || a.synthetic || a.onsCode.isEmpty())
            continue;
        const int index = int(m_authorities.size());
        m_authorities.append(a);
        // An ended authority's name may carry the year it ended: "Dorset (until 2019)".
        QString name = a.name;
        name.remove(QRegularExpression(QStringLiteral("\\s*\\(until \\d{4}\\)$")));
        m_names.append({QLatin1Char(' ') + normalised(name) + QLatin1Char(' '), index});
        for (const Alias &alias : aliases) {
            if (a.onsCode == QLatin1String(alias.onsCode))
                m_names.append(
                    {QLatin1Char(' ') + normalised(QLatin1String(alias.name)) + QLatin1Char(' '),
                     index});
        }
    }
    std::stable_sort(m_names.begin(), m_names.end(),
                     [](const Name &a, const Name &b) { return a.words.size() > b.words.size(); });
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

std::optional<Authority> AuthorityMatcher::match(const QString &text, const QDate &onDay) const
{
    const QString haystack = QLatin1Char(' ') + normalised(text) + QLatin1Char(' ');
    int length = 0;
    QList<int> found;
    for (const Name &n : m_names) {
        if (length && n.words.size() < length)
            break;
        if (haystack.contains(n.words)) {
            length = int(n.words.size());
            if (!found.contains(n.authority))
                found.append(n.authority);
        }
    }
    if (found.isEmpty())
        return std::nullopt;
    // Of two places with one name, one that had ended by then was not meant; one that ended
    // later was the one there on the day.
    if (onDay.isValid()) {
        for (int i : found) {
            if (m_authorities.at(i).endedOn && m_authorities.at(i).existedOn(onDay))
                return m_authorities.at(i);
        }
    }
    for (int i : found) {
        if (!m_authorities.at(i).endedOn)
            return m_authorities.at(i);
    }
    return m_authorities.at(found.first());
}
