#pragma once

#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QUuid>

// The throwaway PostgreSQL server CTest starts for the run (tests/postgres/cluster.sh), and a
// fresh database on it for each test that asks.
class TestServer
{
public:
    // Where cluster.sh wrote how to reach the server: the environment's
    // CSTRACKER_TEST_POSTGRES_STATE, else the file this test was built to read.
    static QString stateFile()
    {
        const QString fromEnvironment = qEnvironmentVariable("CSTRACKER_TEST_POSTGRES_STATE");
        if (!fromEnvironment.isEmpty())
            return fromEnvironment;
#ifdef CSTRACKER_TEST_POSTGRES_STATE
        return QStringLiteral(CSTRACKER_TEST_POSTGRES_STATE);
#else
        return QString();
#endif
    }

    explicit TestServer(const QString &stateFile = TestServer::stateFile())
    {
        QFile state(stateFile);
        if (!state.open(QIODevice::ReadOnly))
            return;
        for (const QByteArray &line : state.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                m_state.insert(QString::fromUtf8(line.left(eq)),
                               QString::fromUtf8(line.mid(eq + 1)));
        }
    }

    bool isRunning() const
    {
        return m_state.contains(QStringLiteral("CSTRACKER_TEST_POSTGRES"));
    }
    QString password() const
    {
        return m_state.value(QStringLiteral("CSTRACKER_TEST_POSTGRES_PASSWORD"));
    }
    QString directory() const
    {
        return m_state.value(QStringLiteral("CSTRACKER_TEST_POSTGRES_DIR"));
    }
    QString binaries() const
    {
        return m_state.value(QStringLiteral("CSTRACKER_TEST_POSTGRES_BIN"));
    }
    QUrl adminUrl() const
    {
        return QUrl(m_state.value(QStringLiteral("CSTRACKER_TEST_POSTGRES")));
    }
    int port() const
    {
        return adminUrl().port();
    }

    // The address of database `name` for `user`, with a password in it when given.
    QString address(const QString &name, const QString &user = QStringLiteral("cstracker_admin"),
                    const QString &password = QString()) const
    {
        QUrl url = adminUrl();
        url.setPath(QLatin1Char('/') + name);
        url.setUserName(user);
        url.setPassword(password.isNull() && user == QLatin1String("cstracker_admin")
                            ? this->password()
                            : password);
        return url.toString();
    }

    // Runs SQL as the cluster's superuser on database `on`; false (with the message) on failure.
    bool admin(const QString &sql, QString *problem = nullptr,
               const QString &on = QStringLiteral("postgres")) const
    {
        const QString name =
            QStringLiteral("test-admin-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(adminUrl().host());
            db.setPort(port());
            db.setDatabaseName(on);
            db.setUserName(QStringLiteral("cstracker_admin"));
            db.setPassword(password());
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(sql);
                if (!ok && problem)
                    *problem = q.lastError().text();
            } else if (problem) {
                *problem = db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    // A new, empty database; its name.
    QString freshDatabase() const
    {
        const QString name = QStringLiteral("t_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        admin(QStringLiteral("CREATE DATABASE %1").arg(name));
        return name;
    }

    // Removes a database made by freshDatabase(), closing any connection still on it.
    void dropDatabase(const QString &name) const
    {
        admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    }

private:
    QHash<QString, QString> m_state;
};
