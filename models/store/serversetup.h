#pragma once

#include "store/result.h"

#include <QString>

class Database;

// What a person may do on a team's server, as the server itself enforces it.
enum class ServerRole
{
    Reader,        // sees and exports everything, changes nothing (board members)
    Editor,        // also action plans, updates, figures, targets, inspections
    Administrator, // also authorities, neighbours, the catalogue, and who is who
};

// The parts of a team's server beyond its tables: roles, rights and the audit trail
// (resources/schema/postgresql/server.sql), set up once by an administrator.
namespace ServerSetup {

// Sets up (or brings up to date) the roles, their rights and the audit trail, in one
// transaction. Needs a user who owns the tables and may create roles.
Status initialise(Database &db);

// Makes the login role `user` a reader, editor or administrator (and nothing more).
Status grant(Database &db, const QString &user, ServerRole role);

// What the connected user may do, read from the rights the server grants them.
ServerRole roleOf(Database &db);

QString roleName(ServerRole role);

} // namespace ServerSetup
