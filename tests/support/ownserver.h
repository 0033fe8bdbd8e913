#pragma once

#include "support/testserver.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>
#include <unistd.h>

// A PostgreSQL server of a test's own, with fsync on (the shared one trades durability for
// speed), which the test may stop, crash and start again without disturbing the others.
// Needs CSTRACKER_CLUSTER_SCRIPT, the path of tests/postgres/cluster.sh.
class OwnServer
{
public:
    OwnServer() = default;
    OwnServer(const OwnServer &) = delete;
    OwnServer &operator=(const OwnServer &) = delete;
    ~OwnServer()
    {
        if (m_started)
            QProcess::execute(script(), {QStringLiteral("stop"), m_state});
    }
    bool start()
    {
        m_state = m_dir.filePath(QStringLiteral("durable.env"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CSTRACKER_TEST_POSTGRES_DURABLE"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(script(), {QStringLiteral("start"), m_state});
        m_started = p.waitForFinished(120000) && p.exitCode() == 0;
        m_server = std::make_unique<TestServer>(m_state);
        return m_started && m_server->isRunning();
    }
    const TestServer &server() const { return *m_server; }
    // Stops it as a crash does: no shutdown, no checkpoint.
    bool crash() { return stop(QStringLiteral("immediate")); }
    // Stops it as an administrator does: sessions ended, their transactions rolled back.
    bool shutDown() { return stop(QStringLiteral("fast")); }
    // Starts it again on the same port (it recovers from its log first).
    bool restart()
    {
        QFile options(m_server->directory() + QStringLiteral("/options"));
        if (!options.open(QIODevice::ReadOnly))
            return false;
        return pgctl({QStringLiteral("-D"), data(), QStringLiteral("-l"),
                      m_server->directory() + QStringLiteral("/server.log"), QStringLiteral("-w"),
                      QStringLiteral("-o"), QString::fromUtf8(options.readAll()).trimmed(),
                      QStringLiteral("start")});
    }

private:
    static QString script() { return QStringLiteral(CSTRACKER_CLUSTER_SCRIPT); }
    QString data() const { return m_server->directory() + QStringLiteral("/data"); }
    bool stop(const QString &mode)
    {
        return pgctl({QStringLiteral("-D"), data(), QStringLiteral("-m"), mode,
                      QStringLiteral("-w"), QStringLiteral("stop")});
    }
    // As root the server runs as postgres, and only its owner may stop or start it.
    bool pgctl(const QStringList &arguments) const
    {
        const QString program = m_server->binaries() + QStringLiteral("/pg_ctl");
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        if (::geteuid() == 0)
            p.start(QStringLiteral("runuser"),
                    QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                QStringLiteral("--"), program} +
                        arguments);
        else
            p.start(program, arguments);
        return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit &&
               p.exitCode() == 0;
    }

    QTemporaryDir m_dir;
    QString m_state;
    bool m_started = false;
    std::unique_ptr<TestServer> m_server;
};
