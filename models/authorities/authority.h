#pragma once

#include <QDate>
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
    std::optional<QDate> endedOn; // the first day it no longer existed (a reorganisation)
    std::optional<int> ofstedUrn; // the number Ofsted files its reports under

    bool isAggregate() const { return kind != AuthorityKind::LocalAuthority; }
    // Whether it existed on `day` (the day it ended, it did not).
    bool existedOn(const QDate &day) const { return !endedOn || !day.isValid() || day < *endedOn; }
    // "Northamptonshire, until March 2021" for an ended authority; the name otherwise.
    QString label() const;
    static QString kindCode(AuthorityKind kind);
    static std::optional<AuthorityKind> kindFromCode(const QString &code);
    static QString kindTitle(AuthorityKind kind);
};

// Another name an authority goes by ("East Riding", "BCP"), and when it was in use.
struct AuthorityAlias
{
    qint64 authorityId = 0;
    QString name;
    std::optional<QDate> from;  // first day in use; open if unset
    std::optional<QDate> until; // first day no longer in use; open if unset

    bool inUseOn(const QDate &day) const
    {
        return !day.isValid() || ((!from || *from <= day) && (!until || day < *until));
    }
};
