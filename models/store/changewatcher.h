#pragma once

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

class Database;

// Tells when someone else (another window, another person, an import in another program)
// has changed the database, so what is shown can be read again. A team's server sends
// word through LISTEN/NOTIFY (set up by --init-server); an SQLite file is asked every
// second whether another connection has committed (PRAGMA data_version). This
// connection's own changes are not reported: the stores already announce those.
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ChangeWatcher(Database &db, QObject *parent = nullptr);

    // Takes what another connection of this program has just saved (an import's, the demo
    // data's) as seen, so it is not announced as someone else's.
    void catchUp();

    // How often a file is asked; a server tells at once.
    static constexpr int pollMilliseconds = 1000;

    // How often a server's connection is checked, and opened again when it dropped.
    static constexpr int serverCheckMilliseconds = 2000;

signals:
    void changedElsewhere();
    // A server's connection dropped; and later, it is open again (changes made meanwhile
    // are announced as changedElsewhere too).
    void connectionLost();
    void connectionRestored();
    // Saves whose commit lost its answer with the connection, read back from the server once
    // it answered again: one sentence each, saying whether the change was saved.
    void unansweredSettled(const QStringList &messages);

private:
    void poll(bool announce = true);
    void heard(const QString &name, QSqlDriver::NotificationSource source);
    void listen();
    void checkServer();
    void settleUnanswered();

    Database &m_db;
    QTimer m_poll;
    qint64 m_dataVersion = -1;
    int m_generation = 0; // the connection's generation listened on
    bool m_saidLost = false;
};
