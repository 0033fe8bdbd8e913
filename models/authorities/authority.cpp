#include "authorities/authority.h"

QString Authority::kindCode(AuthorityKind kind)
{
    switch (kind) {
    case AuthorityKind::LocalAuthority:
        return QStringLiteral("local_authority");
    case AuthorityKind::Region:
        return QStringLiteral("region");
    case AuthorityKind::Country:
        return QStringLiteral("country");
    }
    return {};
}

std::optional<AuthorityKind> Authority::kindFromCode(const QString &code)
{
    for (AuthorityKind k :
         {AuthorityKind::LocalAuthority, AuthorityKind::Region, AuthorityKind::Country}) {
        if (kindCode(k) == code)
            return k;
    }
    return std::nullopt;
}

QString Authority::kindTitle(AuthorityKind kind)
{
    switch (kind) {
    case AuthorityKind::LocalAuthority:
        return QStringLiteral("Local authority");
    case AuthorityKind::Region:
        return QStringLiteral("Region");
    case AuthorityKind::Country:
        return QStringLiteral("Country");
    }
    return {};
}

QString Authority::label() const
{
    if (!endedOn)
        return name;
    // It ended on 1 April: the last month it existed is the one before.
    return QStringLiteral("%1, until %2")
        .arg(name, endedOn->addDays(-1).toString(QStringLiteral("MMMM yyyy")));
}
