#include "sources/evidence.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QUrl>

bool Evidence::isWebAddress() const
{
    const QUrl url(location.trimmed());
    return url.isValid() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

bool Evidence::operator==(const Evidence &o) const
{
    return id == o.id && actionId == o.actionId && updateId == o.updateId && title == o.title &&
           kind == o.kind && datedOn == o.datedOn && location == o.location && sha256 == o.sha256;
}

QStringList Evidences::kinds()
{
    return {QStringLiteral("audit"),  QStringLiteral("case_file_audit"), QStringLiteral("minutes"),
            QStringLiteral("survey"), QStringLiteral("report"),          QStringLiteral("data"),
            QStringLiteral("other")};
}

QString Evidences::kindTitle(const QString &kind)
{
    if (kind == QLatin1String("audit"))
        return tr("Audit");
    if (kind == QLatin1String("case_file_audit"))
        return tr("Case file audit");
    if (kind == QLatin1String("minutes"))
        return tr("Minutes");
    if (kind == QLatin1String("survey"))
        return tr("Survey");
    if (kind == QLatin1String("report"))
        return tr("Report");
    if (kind == QLatin1String("data"))
        return tr("Data");
    return tr("Other");
}

Status Evidences::validate(const Evidence &e)
{
    if (e.title.trimmed().isEmpty())
        return Status::failure(tr("Evidence needs a title."));
    if (!kinds().contains(e.kind))
        return Status::failure(tr("'%1' is not a kind of evidence.").arg(e.kind));
    if (e.location.trimmed().isEmpty())
        return Status::failure(
            tr("Evidence “%1” needs a web address or a file.").arg(e.title.trimmed()));
    if (e.datedOn && e.datedOn->isValid() && *e.datedOn > QDate::currentDate())
        return Status::failure(
            tr("Evidence “%1” is dated %2, in the future.")
                .arg(e.title.trimmed(), e.datedOn->toString(QStringLiteral("d MMMM yyyy"))));
    if (e.isWebAddress()) {
        if (!e.sha256.isEmpty())
            return Status::failure(tr("A web address has no SHA-256."));
        return {};
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(e.sha256).hasMatch())
        return Status::failure(
            tr("The file of evidence “%1” has no SHA-256 to know it by; attach it again.")
                .arg(e.title.trimmed()));
    return {};
}

Result<QString> Evidences::fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QString>::failure(
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Result<QString>::failure(
            tr("%1 could not be read to the end.").arg(QDir::toNativeSeparators(path)));
    return Result<QString>(QString::fromLatin1(hash.result().toHex()));
}

namespace {
// The SHA-256 of files already read, by path, while their size and time of change hold:
// the action plan checks its evidence at each selection, and a large file is not read again
// for each.
struct Seen
{
    qint64 size = 0;
    QDateTime modified;
    QString sha256;
};
QMutex seenLock;
QHash<QString, Seen> seen;

Result<QString> currentFingerprint(const QString &path)
{
    const QFileInfo info(path);
    const QDateTime modified = info.lastModified();
    {
        QMutexLocker locked(&seenLock);
        const auto it = seen.constFind(path);
        if (it != seen.cend() && it->size == info.size() && it->modified == modified)
            return Result<QString>(it->sha256);
    }
    const Result<QString> sha = Evidences::fingerprint(path);
    // A file changed in the last seconds may change again within one tick of its clock,
    // keeping its size and time: it is read again next time.
    if (sha.ok() && modified.isValid() && modified.secsTo(QDateTime::currentDateTime()) > 2) {
        QMutexLocker locked(&seenLock);
        seen.insert(path, {info.size(), modified, sha.value()});
    }
    return sha;
}
} // namespace

Evidences::FileState Evidences::check(const Evidence &e)
{
    if (e.isWebAddress())
        return FileState::WebAddress;
    if (!QFileInfo::exists(e.location))
        return FileState::Missing;
    const Result<QString> now = currentFingerprint(e.location);
    if (!now.ok())
        return FileState::Unreadable;
    return now.value() == e.sha256 ? FileState::Same : FileState::Changed;
}

QString Evidences::problem(const Evidence &e)
{
    const QString where = QDir::toNativeSeparators(e.location);
    switch (check(e)) {
    case FileState::WebAddress:
    case FileState::Same:
        return {};
    case FileState::Missing:
        return tr("The file of “%1” is no longer at %2: it has been moved, renamed or deleted. "
                  "When attached, its SHA-256 was %3; a file with that SHA-256 is the same "
                  "document.")
            .arg(e.title, where, e.sha256);
    case FileState::Changed:
        return tr("The file of “%1” at %2 has changed since it was attached: its SHA-256 was "
                  "%3 and is now %4. Check that it is still the evidence the board saw.")
            .arg(e.title, where, e.sha256, currentFingerprint(e.location).value());
    case FileState::Unreadable:
        return tr("The file of “%1” at %2 cannot be read; when attached, its SHA-256 was %3.")
            .arg(e.title, where, e.sha256);
    }
    return {};
}

QString Evidences::localDiskWarning(const QString &location)
{
    Evidence e;
    e.location = location;
    if (location.trimmed().isEmpty() || e.isWebAddress())
        return {};
    // A Windows share (\\server\share) or a network file system is one colleagues can reach.
    if (location.startsWith(QLatin1String("\\\\")) || location.startsWith(QLatin1String("//")))
        return {};
    const QStorageInfo volume(QFileInfo(location).absolutePath());
    const QString type = QString::fromLatin1(volume.fileSystemType()).toLower();
    static const QStringList shared = {QStringLiteral("nfs"),   QStringLiteral("nfs4"),
                                       QStringLiteral("cifs"),  QStringLiteral("smb3"),
                                       QStringLiteral("smbfs"), QStringLiteral("fuse.sshfs"),
                                       QStringLiteral("afs"),   QStringLiteral("fuse.davfs"),
                                       QStringLiteral("davfs"), QStringLiteral("9p")};
    if (volume.isValid() && shared.contains(type))
        return {};
    return tr("%1 is on this computer's own disk, which colleagues using the team's server "
              "cannot open. Put the file on a shared drive, or give its web address, so the "
              "board's evidence can be checked by anyone.")
        .arg(QDir::toNativeSeparators(location));
}
