#pragma once

#include <QString>

class QCommandLineParser;
struct CommandDatabase;

// Builds a board pack PDF without a window. Exit codes as for a chart export: 0 done,
// 1 the work failed, 2 bad arguments.
namespace BoardPackCommand {
void addOptions(QCommandLineParser &parser);
bool requested(const QCommandLineParser &parser);
int run(const QCommandLineParser &parser, const CommandDatabase &database);
} // namespace BoardPackCommand
