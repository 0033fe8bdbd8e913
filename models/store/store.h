#pragma once

#include "store/database.h"

#include <QObject>

#include <memory>

class AuthorityStore;
class SourceStore;
class JudgementStore;
class ActionPlanStore;
class IndicatorStore;

// The one door to the data: owns the database connection and the per-area stores. Widgets
// talk to these stores and listen to their signals; none of them holds a QSqlQuery.
class ChangeHistory;
class ChangeWatcher;

class Store : public QObject
{
    Q_OBJECT
public:
    ~Store() override;

    // Opens or creates `path` and brings its schema up to date. On failure `error` says why
    // and the file is left as it was.
    static std::unique_ptr<Store> open(const QString &path, OpenError *error,
                                       Access access = Access::ReadWrite);

    QString path() const { return m_db->path(); }
    // The file, or the database and server, as the window names it (never a password).
    QString displayName() const { return m_db->displayName(); }
    QString readOnlyReason() const { return m_db->readOnlyReason(); }
    bool isOnServer() const { return m_db->dialect() == Database::Dialect::Postgres; }
    // Opened only to read and export: every edit is refused.
    bool isReadOnly() const { return m_db->isReadOnly(); }
    // The copy of the database written before this opening updated its schema, if any.
    QString migrationBackup() const { return m_db->migrationBackup(); }
    int schemaVersion() const { return m_db->schemaVersion(); }
    // True when the database holds nothing but the built-in lists yet (a new file).
    bool isEmpty() const;
    // Why this database's figures must not be read as real, when they are generated (the
    // reference database for benchmarks); empty for a real database.
    QString syntheticNote() const;

    // Writes a consistent copy of the whole database to `path` (which must not exist).
    Status saveCopy(const QString &path) const;

    // Runs several store calls as one transaction, all or nothing.
    Status transaction(const std::function<Status()> &work) { return m_db->transaction(work); }

    AuthorityStore &authorities() { return *m_authorities; }
    SourceStore &sources() { return *m_sources; }
    JudgementStore &judgements() { return *m_judgements; }
    ActionPlanStore &actionPlans() { return *m_actionPlans; }
    IndicatorStore &indicators() { return *m_indicators; }
    const AuthorityStore &authorities() const { return *m_authorities; }
    const SourceStore &sources() const { return *m_sources; }
    const JudgementStore &judgements() const { return *m_judgements; }
    const ActionPlanStore &actionPlans() const { return *m_actionPlans; }
    const IndicatorStore &indicators() const { return *m_indicators; }
    // The connection underneath: on a server, what became of saves whose commit lost its
    // answer with the connection (Database::unanswered, settleUnanswered, readBackCount).
    Database &database() { return *m_db; }
    const Database &database() const { return *m_db; }
    // Watches for changes made by others; the window reads again when it signals.
    ChangeWatcher &watcher() { return *m_watcher; }
    // The audit trail a team's server keeps (none in a file).
    const ChangeHistory &history() const { return *m_history; }

private:
    explicit Store(std::unique_ptr<Database> db);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeHistory> m_history;
    ChangeWatcher *m_watcher;
    AuthorityStore *m_authorities;
    SourceStore *m_sources;
    JudgementStore *m_judgements;
    ActionPlanStore *m_actionPlans;
    IndicatorStore *m_indicators;
};
