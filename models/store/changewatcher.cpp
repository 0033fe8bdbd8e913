#include "store/changewatcher.h"

#include "store/database.h"

#include <QLocale>
#include <QSqlQuery>

namespace {
const QString channel = QStringLiteral("cstracker_changed");
}

ChangeWatcher::ChangeWatcher(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    if (m_db.dialect() == Database::Dialect::Postgres) {
        listen();
        connect(m_db.connection().driver(), &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source,
                       const QVariant &) { heard(name, source); });
        m_poll.setInterval(serverCheckMilliseconds);
        connect(&m_poll, &QTimer::timeout, this, &ChangeWatcher::checkServer);
        m_poll.start();
        return;
    }
    poll();
    m_poll.setInterval(pollMilliseconds);
    connect(&m_poll, &QTimer::timeout, this, [this]() { poll(); });
    m_poll.start();
}

void ChangeWatcher::catchUp()
{
    if (m_db.dialect() == Database::Dialect::Sqlite)
        poll(false);
}

void ChangeWatcher::poll(bool announce)
{
    // Changes only when another connection commits; a read of one page of memory.
    QSqlQuery q = m_db.prepare(QStringLiteral("PRAGMA data_version"));
    if (!q.exec() || !q.next())
        return;
    const qint64 version = q.value(0).toLongLong();
    q.finish();
    if (announce && m_dataVersion >= 0 && version != m_dataVersion)
        emit changedElsewhere();
    m_dataVersion = version;
}

void ChangeWatcher::listen()
{
    m_generation = m_db.connectionGeneration();
    QSqlDriver *driver = m_db.connection().driver();
    if (!driver->subscribedToNotifications().contains(channel))
        driver->subscribeToNotification(channel);
}

void ChangeWatcher::checkServer()
{
    // A statement of nothing notices a dropped connection even when the user does nothing;
    // the next statement after that opens it again.
    if (!m_db.isConnectionLost()) {
        QSqlQuery q = m_db.prepare(QStringLiteral("SELECT 1"));
        q.exec();
    }
    if (m_db.isConnectionLost() && !m_db.reconnectIfLost()) {
        if (!m_saidLost) {
            m_saidLost = true;
            emit connectionLost();
        }
        return;
    }
    if (m_generation != m_db.connectionGeneration()) {
        // Open again: listen again, and read again what others saved meanwhile.
        listen();
        if (!m_saidLost)
            emit connectionLost();
        m_saidLost = false;
        emit changedElsewhere();
        emit connectionRestored();
    }
    settleUnanswered();
}

void ChangeWatcher::settleUnanswered()
{
    if (m_db.unanswered().isEmpty())
        return;
    QStringList messages;
    const QList<Database::SettledCommit> settled = m_db.settleUnanswered();
    for (const Database::SettledCommit &c : settled) {
        const QString when = QLocale().toString(c.commit.sentAt.time(), QLocale::ShortFormat);
        switch (c.landed) {
        case Database::Landed::Yes:
            messages << tr("The change you saved at %1, as the connection was lost, did reach "
                           "the server: it is saved.")
                            .arg(when);
            break;
        case Database::Landed::No:
            messages << tr("The change you saved at %1, as the connection was lost, did not "
                           "reach the server: nothing of it was saved. Make it again.")
                            .arg(when);
            break;
        case Database::Landed::CannotTell:
        case Database::Landed::NotYetKnown:
            messages << tr("The server cannot say for sure whether the change you saved at %1, "
                           "as the connection was lost, was saved (it restarted meanwhile). "
                           "Look at it and make it again if it is missing.")
                            .arg(when);
            break;
        }
    }
    if (!messages.isEmpty())
        emit unansweredSettled(messages);
}

void ChangeWatcher::heard(const QString &name, QSqlDriver::NotificationSource source)
{
    if (name == channel && source == QSqlDriver::OtherSource)
        emit changedElsewhere();
}
