#include "files/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace AtomicFile {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AtomicFile", text);
}
} // namespace

QString refusal(const QString &target, bool overwrite)
{
    if (QFileInfo::exists(target) && !overwrite)
        return tr("%1 already exists; it has not been replaced.").arg(target);
    const QFileInfo dir(QFileInfo(target).absolutePath());
    if (!dir.isDir() || !dir.isWritable())
        return tr("%1 cannot be written: the folder does not exist or is not writable.")
            .arg(target);
    return {};
}

QString write(const QString &target, const QByteArray &bytes)
{
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2")
            .arg(QDir::toNativeSeparators(target), file.errorString());
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString why = file.error() != QFileDevice::NoError
                                ? file.errorString()
                                : tr("the disk is full or the file is too large");
        file.cancelWriting();
        return tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(target), why);
    }
    if (!file.commit())
        return tr("%1 cannot be written: %2")
            .arg(QDir::toNativeSeparators(target), file.errorString());
    return {};
}

QString temporaryBeside(const QString &target, QString *error)
{
    const QFileInfo info(target);
    // QTemporaryFile picks an unused name and creates it, so no other writer can take it;
    // the writer wants to create the file itself, so it is removed again straight away.
    QTemporaryFile reserve(info.absolutePath() + QLatin1Char('/') + QLatin1Char('.') +
                           info.fileName() + QStringLiteral(".XXXXXX.part"));
    if (!reserve.open()) {
        if (error)
            *error = tr("%1 cannot be written: %2")
                         .arg(QDir::toNativeSeparators(target), reserve.errorString());
        return {};
    }
    const QString name = reserve.fileName();
    reserve.close();
    reserve.remove();
    return name;
}

QString replace(const QString &written, const QString &target)
{
    // rename(2) replaces the target in one step on the same file system.
    if (std::rename(QFile::encodeName(written).constData(),
                    QFile::encodeName(target).constData()) == 0)
        return {};
    const QString why = QString::fromLocal8Bit(std::strerror(errno));
    QFile::remove(written);
    return tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(target), why);
}

} // namespace AtomicFile
