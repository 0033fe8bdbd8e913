#pragma once

#include "store/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// A document that shows an action's work: an audit, the minutes of a meeting, a case file
// audit, a survey... at a web address, or in a file on disk kept as the sources are: its
// path with its SHA-256, so a file moved or changed since it was attached is noticed.
// Evidence belongs to its action (saved, undone and conflict-checked with it), and may say
// which of the action's progress updates it backs; or it shows that a recommendation was
// met, and belongs to the recommendation's closing (see Recommendation::closedEvidence).
struct Evidence
{
    qint64 id = 0;
    qint64 actionId = 0;            // 0 for a recommendation's closing
    std::optional<qint64> updateId; // the update it backs, if any
    QString title;
    QString kind = QStringLiteral("report"); // see Evidences::kinds()
    std::optional<QDate> datedOn;
    QString location; // a web address (http, https) or a file's path
    QString sha256;   // of a file, as lowercase hex; empty for a web address

    bool isWebAddress() const;
    bool operator==(const Evidence &other) const;
    bool operator!=(const Evidence &other) const { return !(*this == other); }
};

class Evidences
{
    Q_DECLARE_TR_FUNCTIONS(Evidences)
public:
    static QStringList kinds();                    // codes, in the order offered
    static QString kindTitle(const QString &kind); // "Case file audit"
    // A title, a known kind, a location; a file's SHA-256 as 64 hex digits.
    static Status validate(const Evidence &evidence);
    // The SHA-256 of a file, as lowercase hex; says why when it cannot be read.
    static Result<QString> fingerprint(const QString &path);

    // Whether an attached file is still as it was.
    enum class FileState
    {
        WebAddress, // nothing to check
        Same,
        Missing, // moved, renamed or deleted
        Changed,
        Unreadable,
    };
    static FileState check(const Evidence &evidence);
    // What check() found, for the user: empty for a web address or a file still the same;
    // otherwise what is wrong, with the SHA-256 it had when attached.
    static QString problem(const Evidence &evidence);
    // For a team's server: a file on this computer's own disk (not a shared drive or a web
    // address) that colleagues may not reach, said in words; empty when shared.
    static QString localDiskWarning(const QString &location);
};
