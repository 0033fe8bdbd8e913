#include "store/changewatcher.h"

#include "store/database.h"

#include <QSqlQuery>

namespace {
const QString channel = QStringLiteral("cstracker_changed");
}

ChangeWatcher::ChangeWatcher(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    if (m_db.dialect() == Database::Dialect::Postgres) {
        QSqlDriver *driver = m_db.connection().driver();
        if (driver->subscribeToNotification(channel)) {
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &name, QSqlDriver::NotificationSource source,
                           const QVariant &) { heard(name, source); });
        }
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

void ChangeWatcher::heard(const QString &name, QSqlDriver::NotificationSource source)
{
    if (name == channel && source == QSqlDriver::OtherSource)
        emit changedElsewhere();
}
