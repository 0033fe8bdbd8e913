#pragma once

#include <QString>

#include <optional>

enum class AuthorityKind
{
    LocalAuthority,
    Region,  // an aggregate: a region of England
    Country, // an aggregate: England
};

// A local authority, or an aggregate it is compared with. Synthetic authorities hold the
// demo's generated figures; their names say so.
struct Authority
{
    qint64 id = 0;
    QString name;
    QString onsCode;             // e.g. E06000016
    std::optional<int> laNumber; // old DfE number, e.g. 856
    AuthorityKind kind = AuthorityKind::LocalAuthority;
    std::optional<qint64> regionId;
    bool synthetic = false;

    bool isAggregate() const { return kind != AuthorityKind::LocalAuthority; }
    static QString kindCode(AuthorityKind kind);
    static std::optional<AuthorityKind> kindFromCode(const QString &code);
    static QString kindTitle(AuthorityKind kind);
};
