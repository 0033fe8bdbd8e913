#pragma once

class QCommandLineParser;
struct CommandDatabase;

// A team's server, from the command line: `--init-server` sets up the tables, roles and
// audit trail (once, by an administrator); `--grant-role USER=ROLE` makes a login role a
// reader, editor or administrator; `--copy-to TARGET` moves a database between a file and a
// server, either way.
namespace ServerCommand {

void addOptions(QCommandLineParser &parser);
bool requested(const QCommandLineParser &parser);
// Exit 0 when done, 1 when the server refused, 2 for bad arguments.
int run(const QCommandLineParser &parser, const CommandDatabase &database);

} // namespace ServerCommand
