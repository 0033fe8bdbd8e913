#pragma once

#include "store/store.h"
#include "support/testserver.h"

#include <QHash>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A fresh, empty database for one test: a file in its own temporary folder, or, when the
// test runs with CSTRACKER_TEST_STORE=postgresql (as CTest's `_postgresql` twin of every
// store test does), a new database on the throwaway PostgreSQL server, dropped afterwards.
// The same test code then checks both stores.
class TempDatabase
{
public:
    TempDatabase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariable("CSTRACKER_TEST_STORE") == QLatin1String("postgresql"))
            m_server = std::make_unique<TestServer>();
    }
    ~TempDatabase()
    {
        if (m_server) {
            for (const QString &database : std::as_const(m_databases))
                m_server->dropDatabase(database);
        }
    }
    TempDatabase(const TempDatabase &) = delete;
    TempDatabase &operator=(const TempDatabase &) = delete;

    // The file's path, for tests of a file's own behaviour (its bytes, locks, copies).
    QString path(const QString &name = QStringLiteral("test.sqlite")) const
    {
        return m_dir.filePath(name);
    }

    // What Store::open and --database take: the file's path, or the server database's
    // address (one database per name, made on first use).
    QString address(const QString &name = QStringLiteral("test.sqlite"))
    {
        if (!m_server)
            return path(name);
        if (!m_server->isRunning()) {
            qWarning("the test PostgreSQL server is not running (CTest starts it)");
            return QString();
        }
        QString &database = m_databases[name];
        if (database.isEmpty())
            database = m_server->freshDatabase();
        return m_server->address(database);
    }

    std::unique_ptr<Store> open(const QString &name = QStringLiteral("test.sqlite"))
    {
        OpenError error;
        std::unique_ptr<Store> store = Store::open(address(name), &error);
        if (!store)
            qWarning("could not open the test database: %s", qPrintable(error.message));
        return store;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestServer> m_server;
    QHash<QString, QString> m_databases; // name -> database on the server
};
