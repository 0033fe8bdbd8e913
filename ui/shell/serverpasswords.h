#pragma once

#include <QString>

// A server's password in the desktop's keyring (Secret Service, KWallet), through
// QtKeychain; never in a file. Each call waits for the keyring, which answers at once or
// says it is not there (a headless session has none); then there is simply no password.
namespace ServerPasswords {

// The password kept for `address` (postgresql://user@host:port/db, without a password);
// empty when there is none or no keyring.
QString read(const QString &address);
// Keeps it; false with `problem` set when the keyring cannot.
bool write(const QString &address, const QString &password, QString *problem = nullptr);
void forget(const QString &address);

// The address with the kept password in it, for connecting only (never shown or kept):
// unchanged when it has a password already, PGPASSWORD is set, or none is kept.
QString withKeptPassword(const QString &address);

} // namespace ServerPasswords
