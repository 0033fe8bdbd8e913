#include "store/store.h"

#include "files/atomicfile.h"

#include "actions/actionplanstore.h"
#include "authorities/authoritystore.h"
#include "history/changehistory.h"
#include "indicators/indicatorstore.h"
#include "judgements/judgementstore.h"
#include "sources/sourcestore.h"
#include "store/changewatcher.h"
#include "store/databasecopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

Store::Store(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_history(new ChangeHistory(*m_db))
    , m_watcher(new ChangeWatcher(*m_db, this))
    , m_authorities(new AuthorityStore(*m_db, this))
    , m_sources(new SourceStore(*m_db, this))
    , m_judgements(new JudgementStore(*m_db, this))
    , m_actionPlans(new ActionPlanStore(*m_db, this))
    , m_indicators(new IndicatorStore(*m_db, this))
{
}

Store::~Store()
{
    // The per-area stores refer to the database: let them go first.
    delete m_authorities;
    delete m_sources;
    delete m_judgements;
    delete m_actionPlans;
    delete m_indicators;
    delete m_watcher;
    m_history.reset();
}

std::unique_ptr<Store> Store::open(const QString &path, OpenError *error, Access access)
{
    std::unique_ptr<Database> db = Database::open(path, error, access);
    if (!db)
        return nullptr;
    return std::unique_ptr<Store>(new Store(std::move(db)));
}

bool Store::isEmpty() const
{
    // Every database starts with the built-in authorities; what a user adds comes with a
    // document, an inspection, a plan or a figure.
    Result<QSqlQuery> q = m_db->run(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM document) OR EXISTS (SELECT 1 FROM inspection) "
        "OR EXISTS (SELECT 1 FROM plan) OR EXISTS (SELECT 1 FROM indicator_value)"));
    return q.ok() && q.value().next() && !q.value().value(0).toBool();
}

QString Store::syntheticNote() const
{
    Result<QSqlQuery> q =
        m_db->run(QStringLiteral("SELECT value FROM database_note WHERE key = 'synthetic'"));
    return q.ok() && q.value().next() ? q.value().value(0).toString() : QString();
}

Status Store::saveCopy(const QString &path) const
{
    if (QFileInfo::exists(path))
        return Status::failure(
            tr("%1 already exists; choose a new name.").arg(QDir::toNativeSeparators(path)));
    // VACUUM INTO writes a clean, consistent copy while this connection stays open; it goes
    // to a name beside the target and is renamed when whole, so an interrupted copy leaves
    // nothing that looks like a database.
    QString problem;
    const QString partial = AtomicFile::temporaryBeside(path, &problem);
    if (partial.isEmpty())
        return Status::failure(problem);
    if (isOnServer()) {
        // A server's database becomes a file through the same copy as --copy-to: every id,
        // source and history row kept.
        QString failure;
        {
            OpenError error;
            std::unique_ptr<Database> file = Database::open(partial, &error);
            if (!file)
                failure = error.message;
            else if (const Result<DatabaseCopy::Counts> copied = DatabaseCopy::copy(*m_db, *file);
                     !copied.ok())
                failure = copied.error();
        }
        if (!failure.isEmpty()) {
            QFile::remove(partial);
            return Status::failure(
                tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), failure));
        }
    } else if (const Result<QSqlQuery> q = m_db->run(QStringLiteral("VACUUM INTO ?"), {partial});
               !q.ok()) {
        // SQLite may have begun a journal beside the copy before the disk said no.
        for (const char *side : {"", "-journal", "-wal", "-shm"})
            QFile::remove(partial + QLatin1String(side));
        return Status::failure(
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), q.error()));
    }
    problem = AtomicFile::replace(partial, path);
    if (!problem.isEmpty())
        return Status::failure(problem);
    return {};
}
