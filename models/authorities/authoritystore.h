#pragma once

#include "authorities/authority.h"
#include "store/result.h"

#include <QList>
#include <QObject>

class Database;

// Authorities and aggregates in the store.
class AuthorityStore : public QObject
{
    Q_OBJECT
public:
    explicit AuthorityStore(Database &db, QObject *parent = nullptr);

    Result<qint64> add(const Authority &authority);
    QList<Authority> all() const;
    // The other names authorities go by, with when each was in use.
    QList<AuthorityAlias> aliases() const;
    std::optional<Authority> byId(qint64 id) const;
    std::optional<Authority> byName(const QString &name) const;
    std::optional<Authority> byCode(const QString &onsCode) const; // current or former code
    std::optional<Authority> byLaNumber(int laNumber) const;
    // England, or the synthetic stand-in that synthetic authorities are compared with.
    std::optional<Authority> country(bool synthetic) const;
    // The authorities that took over an ended authority's area.
    QList<qint64> successors(qint64 authorityId) const;
    // Tells views that authorities were added on another connection (an import).
    void announceExternalChange() { emit authoritiesChanged(); }

signals:
    void authoritiesChanged();

private:
    QList<Authority> select(const QString &where, const QVariant &value) const;
    Database &m_db;
};
