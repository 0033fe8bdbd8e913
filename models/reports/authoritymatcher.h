#pragma once

#include "authorities/authority.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// Finds the authority a report means however it writes the name: "City of Bradford
// Metropolitan District Council" is Bradford, "Royal Borough of Greenwich" is Greenwich,
// "Leicester City" is Leicester and not Leicestershire. The longest name that stands in
// the text as whole words wins; of two authorities with one name (the Dorset county and
// Dorset Council), the one that existed on the day of the inspection.
class AuthorityMatcher
{
public:
    explicit AuthorityMatcher(const QList<Authority> &authorities);

    std::optional<Authority> match(const QString &text, const QDate &onDay = {}) const;

    // Lower case, "&" as "and", punctuation as spaces, ", City of" dropped: the form names
    // are compared in.
    static QString normalised(const QString &name);

private:
    struct Name
    {
        QString words;     // normalised, with a space at each end
        int authority = 0; // index into m_authorities
    };
    QList<Authority> m_authorities;
    QList<Name> m_names; // longest first
};
