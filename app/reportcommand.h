#pragma once

#include <QString>

class QCommandLineParser;
struct CommandDatabase;

// `--read-report FILE...` reads Ofsted reports and prints what it read as CSV, saving
// nothing; `--import-report FILE...` also saves it to the database. One row a file.
namespace ReportCommand {

void addOptions(QCommandLineParser &parser);
bool requested(const QCommandLineParser &parser);
// Exit 0 when every file was read, 1 when any was refused, 2 for bad arguments.
int run(const QCommandLineParser &parser, const CommandDatabase &database);

} // namespace ReportCommand
