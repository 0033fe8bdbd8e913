#include "shell/serverpasswords.h"

#include "store/database.h"

#include <QEventLoop>
#include <QUrl>

#include <qt6keychain/keychain.h>

namespace {

const QString service = QStringLiteral("cstracker");

// One entry per server, database and user; the address as the user sees it.
QString keyFor(const QString &address)
{
    QUrl url(address);
    url.setPassword(QString());
    url.setQuery(QString());
    return url.toString();
}

template <typename Job> void runAndWait(Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
}

} // namespace

namespace ServerPasswords {

QString read(const QString &address)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(keyFor(address));
    runAndWait(job);
    return job.error() == QKeychain::NoError ? job.textData() : QString();
}

bool write(const QString &address, const QString &password, QString *problem)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(keyFor(address));
    job.setTextData(password);
    runAndWait(job);
    if (job.error() != QKeychain::NoError) {
        if (problem)
            *problem = job.errorString();
        return false;
    }
    return true;
}

void forget(const QString &address)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(keyFor(address));
    runAndWait(job);
}

QString withKeptPassword(const QString &address)
{
    if (!Database::isServerAddress(address))
        return address;
    QUrl url(address);
    if (!url.password().isEmpty() || qEnvironmentVariableIsSet("PGPASSWORD"))
        return address;
    const QString kept = read(address);
    if (kept.isEmpty())
        return address;
    url.setPassword(kept);
    return url.toString();
}

} // namespace ServerPasswords
