#pragma once

#include <QString>

// Files the program writes replace what was there in one step: a crash, a kill or a full
// disk part-way leaves either the old file or the complete new one, never half of either.
// Writers that make their bytes in memory use write(); the others are for writers that insist
// on a file name of their own (libxlsxwriter, SQLite's VACUUM INTO).
namespace AtomicFile {

// Why `target` may not be written: it exists and `overwrite` is false, or its folder does
// not exist or cannot be written to. Empty when it may.
QString refusal(const QString &target, bool overwrite);

// Writes `bytes` as `target` through a QSaveFile, checking that every byte reached the file:
// QSaveFile alone commits a file that a full disk cut short when the last write was partial.
// Empty when done; otherwise why, and `target` is as it was.
QString write(const QString &target, const QByteArray &bytes);

// A name beside `target`, in the same folder (so on the same file system), that does not
// exist; empty, with *error set, when the folder cannot be written to.
QString temporaryBeside(const QString &target, QString *error);

// Moves `written` over `target` in one rename. On failure removes `written`, leaves `target`
// as it was, and says why; empty when done.
QString replace(const QString &written, const QString &target);

} // namespace AtomicFile
