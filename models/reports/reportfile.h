#pragma once

#include "authorities/authority.h"
#include "reports/reportreading.h"

#include <QString>

#include <optional>

class AuthorityMatcher;

// One report file read: what it says, the authority it is about, and the file itself
// (its name and SHA-256) so every value can point back to it. `refusal` says why a file
// is not read; a refused file is never saved.
struct ReportFile
{
    QString path;
    QString fileName;
    QString sha256; // hex
    ReportReading reading;
    std::optional<Authority> authority;
    QString refusal;

    bool ok() const { return refusal.isEmpty(); }

    // Reads the file at `path` and matches its authority.
    static ReportFile read(const QString &path, const AuthorityMatcher &matcher);
    // The same for bytes already in memory (what the fuzzer and the tests feed).
    static ReportFile fromBytes(const QString &path, const QByteArray &bytes,
                                const AuthorityMatcher &matcher);
};
