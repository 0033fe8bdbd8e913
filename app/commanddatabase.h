#pragma once

#include "authorities/authority.h"

#include <QString>

#include <memory>
#include <optional>

class Store;

// The database options every command takes alike: --database FILE, --demo, --read-only.
struct CommandDatabase
{
    QString path;           // --database, or the user's own database when not given
    bool given = false;     // --database was on the command line
    bool demo = false;      // --demo: a new (empty) database is filled with the demo data
    bool readOnly = false;  // --read-only: nothing is written to the database

    enum class Need
    {
        Existing, // a command that only reads: a missing file is an error, unless --demo
        Any,      // a command that imports: a missing file is created
    };

    // Opens the database for a command, or says why not (in *error) and returns null.
    std::unique_ptr<Store> open(Need need, QString *error) const;
    // Opens an existing database and finds the authority a command is for (--authority):
    // both, or null with why not in *error (a server's address shown without its password).
    std::unique_ptr<Store> openFor(const QString &authorityName, Authority *authority,
                                   QString *error) const;

private:
    QString shownPath() const; // the file, or the server's address without its password
};
