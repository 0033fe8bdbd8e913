#pragma once

#include <QString>

// Remembers which database files were last seen whole, so that opening one does not read
// every page again to prove it. A file is "seen whole" when SQLite's quick_check passed on
// it, or when this program closed it cleanly after opening it whole. The mark records what
// identifies the file's bytes on disk (device, inode, size, change and modification times);
// any write by anyone (another program, a copy over it, a bad sector rewritten, an
// interrupted session that left a write-ahead log) changes that, and the next opening checks
// the whole file again. The marks live in the user's cache folder: losing them costs one
// full check, nothing else.
namespace IntegrityMark {

// What identifies the file's current bytes; empty when it cannot be told (no such file, or
// a write-ahead log that still holds changes).
QString fingerprint(const QString &path);

// True when the file is exactly as it was when last marked.
bool isWhole(const QString &path);

// Marks the file, as it is now, as whole (nothing is marked if its fingerprint is empty).
void markWhole(const QString &path);

// Forgets the file, after it was found damaged.
void forget(const QString &path);

} // namespace IntegrityMark
