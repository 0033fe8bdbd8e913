#pragma once

#include "store/result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <list>
#include <memory>

// Why a database could not be opened, so the window can offer the right way out.
enum class OpenProblem
{
    NotADatabase,
    Corrupt,
    NewerSchema,
    ReadOnly,
    Locked,
    CannotCreate,
    ServerUnreachable,
    NotAllowed,
    Other,
};

// How a database is opened: for editing, or only to read and export (a board member's
// copy, a file without write permission, a read-only share).
enum class Access
{
    ReadWrite,
    ReadOnly,
};

struct OpenError
{
    OpenProblem problem = OpenProblem::Other;
    QString message;
};

// One connection, opened safely: to an SQLite file, or to a team's PostgreSQL server
// (postgresql://user@host:port/database). A database that is not ours, is corrupt,
// read-only, locked, unreachable or written by a newer program is refused with a message
// and left untouched. All SQL text passes through prepare(), so every statement binds its
// values.
class Database
{
public:
    enum class Dialect
    {
        Sqlite,
        Postgres,
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (or creates) the file and brings its schema up to date. A file that cannot be
    // written to is opened read-only, as it is when asked for. A postgresql:// address
    // opens that server's database (its tables are made on first use); the password comes
    // from the address, or as libpq finds it (PGPASSWORD, ~/.pgpass).
    static std::unique_ptr<Database> open(const QString &path, OpenError *error,
                                          Access access = Access::ReadWrite);
    // Opens and migrates only up to `version`; tests use it to build older databases.
    static std::unique_ptr<Database> openAtVersion(const QString &path, int version,
                                                   OpenError *error);

    // True for a postgresql:// (or postgres://) address rather than a file.
    static bool isServerAddress(const QString &location);

    QString path() const { return m_path; }
    Dialect dialect() const { return m_dialect; }
    // Where the data is, in words: the file, or the server and database.
    QString displayName() const;
    // Who is saving, as the database will record it: the server's user name, or on a file
    // the name this computer knows the user by.
    QString userName() const;
    // SQL joining the values of `expression` over a group with commas, in the dialect.
    QString joinedList(const QString &expression) const;
    bool isReadOnly() const { return m_readOnly; }
    // Why it is read-only, when the reason is not the file's: a reader's role on a server.
    QString readOnlyReason() const { return m_readOnlyReason; }
    // The copy written before this opening migrated the schema; empty if none was needed.
    QString migrationBackup() const { return m_migrationBackup; }
    int schemaVersion() const;
    QSqlDatabase &connection() { return m_db; }

    // A prepared statement with values bound in order.
    QSqlQuery prepare(const QString &sql) const;

    // A statement kept prepared for the next use of the same SQL, for the reads a panel
    // makes every time the authority changes: SQLite then skips compiling the SQL again.
    // The query is used as from prepare(), within the holder's lifetime; when the holder
    // goes, the query is finished (so it holds no read open) and kept. A statement still
    // held when its SQL is asked for again (a read inside another's loop) is not shared:
    // the second holder gets a statement of its own. On a server each is prepared anew,
    // so that a connection lost with a restart is found, opened again and the read retried
    // as prepare() does.
    class Kept
    {
    public:
        Kept(Kept &&other) noexcept;
        Kept &operator=(Kept &&) = delete;
        Kept(const Kept &) = delete;
        Kept &operator=(const Kept &) = delete;
        ~Kept();
        QSqlQuery &query() const;

    private:
        friend class Database;
        struct Entry;
        explicit Kept(std::shared_ptr<Entry> entry);
        std::shared_ptr<Entry> m_entry;
    };
    Kept keep(const QString &sql) const;

    // How many statements prepare() has made on this connection: on a server each is a
    // prepare, an execute and a release, so a benchmark can set a switch beside the round
    // trips of its statements.
    qint64 statementsPrepared() const { return m_prepared; }
    // How many times keep() gave a statement already prepared.
    qint64 statementsReused() const { return m_reused; }
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {}) const;
    // On a server, an insert outside a transaction is made one, so that a lost answer to it
    // can be read back like any other commit's.
    Result<qint64> insert(const QString &sql, std::initializer_list<QVariant> values);
    Result<qint64> insert(const QString &sql, const QVariantList &values);
    // The first column of every row a query gives, as ids (empty if it fails).
    QList<qint64> ids(const QString &sql, std::initializer_list<QVariant> values) const;

    // Runs `work` inside one transaction: committed if it returns ok, rolled back otherwise.
    // Nested calls join the outer transaction.
    Status transaction(const std::function<Status()> &work);
    // The same, begun and ended by hand, for work that does not fit in one function (an
    // import reading a file as it writes): begin(), then commit() or rollback(). Not nested.
    Status begin();
    Status commit();
    void rollback();

    // Turns a driver message into plain words (constraint names into what they mean).
    static QString describe(const QSqlError &error);
    // describe(), except that a lost connection to a server names the server and says what
    // happens next (and is remembered, to connect again).
    QString explain(const QSqlError &error) const;
    // What a save is told when the connection to the server is lost.
    QString lostConnectionMessage() const;

    // A server's connection that dropped (the server stopped or restarted, the network
    // failed) is opened again on the next statement outside a transaction, or here; true
    // when the connection is usable. Each reopening counts one more generation, so those
    // holding things of the old connection (notifications) can take them again.
    bool isConnectionLost() const { return m_lost; }
    bool reconnectIfLost() const;
    int connectionGeneration() const { return m_generation; }

    // A commit whose answer was lost with the connection may or may not have landed. On a
    // server each transaction knows its id, so the commit is read back as soon as the server
    // answers again: at once when it is back, or later, here.
    struct UnansweredCommit
    {
        qint64 transaction = 0;
        QDateTime sentAt;
        QString serverStart; // when the server then running had started
    };
    enum class Landed
    {
        Yes,
        No,
        NotYetKnown, // the server does not answer, or the transaction is still in progress
        // The server cannot say for sure: the id is too old for it, or the server restarted
        // since and says "committed", which may be another transaction given the same id
        // (ids handed out just before a crash can be handed out again).
        CannotTell,
    };
    Landed outcomeOf(const UnansweredCommit &commit) const;
    QList<UnansweredCommit> unanswered() const { return m_unanswered; }
    struct SettledCommit
    {
        UnansweredCommit commit;
        Landed landed = Landed::NotYetKnown;
    };
    // Asks the server about each commit still unanswered; those it can tell about are
    // returned and forgotten.
    QList<SettledCommit> settleUnanswered();
    // How many commits lost their answer on this connection, and what reading back found.
    struct ReadBackCount
    {
        int landed = 0;
        int notLanded = 0;
        int unknown = 0;    // not yet known when the save returned
        int cannotTell = 0; // the server could not say for sure
    };
    ReadBackCount readBackCount() const { return m_readBack; }

    static constexpr int applicationId = 0x43535452; // "CSTR"

private:
    Database(QString path, QString connectionName);
    static std::unique_ptr<Database> openImpl(const QString &path, int version, OpenError *error,
                                              Access access);
    static std::unique_ptr<Database> openServer(const QString &address, int version,
                                                OpenError *error, Access access);
    static QString backUpBeforeMigration(Database &db, int targetVersion, QString *problem);
    // Remembers that SQLite found a page damaged, so the file is checked whole next time.
    void noteDamage(const QSqlError &error) const;

    QString m_path;
    QString m_connectionName;
    QString m_migrationBackup;
    QSqlDatabase m_db;
    int m_transactionDepth = 0;
    qint64 m_transactionId = 0; // on a server, the open transaction's id
    QString m_serverStart;      // and when its server started
    bool m_ready = false;
    bool m_readOnly = false;
    mutable bool m_sawDamage = false;
    mutable bool m_lost = false;
    mutable int m_generation = 0;
    mutable qint64 m_prepared = 0;
    mutable qint64 m_reused = 0;
    // Kept statements, the most recently used first; those of an older connection are
    // dropped when it is opened again.
    mutable std::list<std::shared_ptr<Kept::Entry>> m_kept;
    mutable int m_keptGeneration = 0;
    void dropKept() const;
    void noteLost(const QSqlError &error) const;
    Status afterUnansweredCommit(const Status &done);
    QList<UnansweredCommit> m_unanswered;
    ReadBackCount m_readBack;
    Dialect m_dialect = Dialect::Sqlite;
    QString m_displayName;
    QString m_readOnlyReason;
};

// Binds and converts the values the store passes around.
QVariant toSql(const QDate &date);
QVariant toSql(const std::optional<QDate> &date);
QVariant toSql(const std::optional<qint64> &id);
QVariant toSql(const std::optional<double> &number);
QVariant toSqlText(const QString &text); // empty text is stored as NULL
std::optional<QDate> dateFromSql(const QVariant &value);
std::optional<qint64> idFromSql(const QVariant &value);
