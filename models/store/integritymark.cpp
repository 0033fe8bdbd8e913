#include "store/integritymark.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

QString marksFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/verified-databases.ini");
}

// One key per file, whatever characters its path holds.
QString keyFor(const QString &path)
{
    const QByteArray canonical = QFileInfo(path).absoluteFilePath().toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha1).toHex());
}

bool walHoldsChanges(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return wal.exists() && wal.size() > 0;
}

} // namespace

namespace IntegrityMark {

QString fingerprint(const QString &path)
{
    if (walHoldsChanges(path))
        return {};
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return {};
    // The change time cannot be set back by a program, unlike the modification time.
    return QStringLiteral("%1:%2:%3:%4.%5:%6.%7")
        .arg(quint64(st.st_dev))
        .arg(quint64(st.st_ino))
        .arg(qint64(st.st_size))
        .arg(qint64(st.st_mtim.tv_sec))
        .arg(qint64(st.st_mtim.tv_nsec))
        .arg(qint64(st.st_ctim.tv_sec))
        .arg(qint64(st.st_ctim.tv_nsec));
#else
    const QFileInfo info(path);
    if (!info.isFile())
        return {};
    return QStringLiteral("%1:%2:%3")
        .arg(info.size())
        .arg(info.lastModified().toMSecsSinceEpoch())
        .arg(info.metadataChangeTime().toMSecsSinceEpoch());
#endif
}

bool isWhole(const QString &path)
{
    const QString now = fingerprint(path);
    if (now.isEmpty())
        return false;
    QSettings marks(marksFile(), QSettings::IniFormat);
    return marks.value(keyFor(path)).toString() == now;
}

void markWhole(const QString &path)
{
    const QString now = fingerprint(path);
    if (now.isEmpty())
        return;
    QDir().mkpath(QFileInfo(marksFile()).absolutePath());
    QSettings marks(marksFile(), QSettings::IniFormat);
    marks.setValue(keyFor(path), now);
}

void forget(const QString &path)
{
    QSettings marks(marksFile(), QSettings::IniFormat);
    marks.remove(keyFor(path));
}

} // namespace IntegrityMark
