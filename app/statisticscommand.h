#pragma once

#include <QString>

class QCommandLineParser;
struct CommandDatabase;

// `--import-statistics FILE...`: imports published DfE statistics files the catalogue
// knows into the database, reporting each file's rows and figures.
namespace StatisticsCommand {

void addOptions(QCommandLineParser &parser);
bool requested(const QCommandLineParser &parser);
// Exit 0 when every file was imported, 1 when any was refused, 2 for bad arguments.
int run(const QCommandLineParser &parser, const CommandDatabase &database);

} // namespace StatisticsCommand
