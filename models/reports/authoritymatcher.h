#pragma once

#include "authorities/authority.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Finds the authority a report means however it writes the name: "City of Bradford
// Metropolitan District Council" is Bradford, "Royal Borough of Greenwich" is Greenwich,
// "Leicester City" is Leicester and not Leicestershire, "East Riding" (an alias held in the
// authority data, with the dates it was in use) is the East Riding of Yorkshire. Names are
// matched as whole words and the longest wins ("North Somerset" over "Somerset"); of two
// authorities with one name (the Dorset county and Dorset Council), the one that existed on
// the day of the inspection. Two different authorities named equally well are a tie, for
// the user to settle.
class AuthorityMatcher
{
public:
    explicit AuthorityMatcher(const QList<Authority> &authorities,
                              const QList<AuthorityAlias> &aliases = {});

    struct Found
    {
        std::optional<Authority> authority;
        QStringList tied; // the names of authorities matched equally well, when no one won
    };

    // The authority a title or heading names.
    Found find(const QString &text, const QDate &onDay = {}) const;
    std::optional<Authority> match(const QString &text, const QDate &onDay = {}) const
    {
        return find(text, onDay).authority;
    }

    // The authority a passage of running text names most often, when one clearly stands
    // out (named at least twice, and twice as often as any other); for a report whose
    // title names none.
    Found mostNamed(const QString &text, const QDate &onDay = {}) const;

    // Lower case, "&" as "and", punctuation as spaces, ", City of" dropped: the form names
    // are compared in.
    static QString normalised(const QString &name);

private:
    struct Name
    {
        QString words;     // normalised, with a space at each end
        int authority = 0; // index into m_authorities
        std::optional<QDate> from;
        std::optional<QDate> until;
        bool inUseOn(const QDate &day) const;
    };
    Found settle(const QList<int> &found, const QDate &onDay) const;

    QList<Authority> m_authorities;
    QList<Name> m_names; // longest first
};
