#pragma once

#include <QString>

class QCommandLineParser;
struct CommandDatabase;
class QCommandLineOption;

// The headless export of one chart, for scripted reports: reads the options, draws the
// chart from the database and writes it. Returns the process exit code: 0 done, 1 the
// work failed (an unknown authority or indicator, an unwritable file), 2 bad arguments.
namespace ChartCommand {
void addOptions(QCommandLineParser &parser);
bool requested(const QCommandLineParser &parser);
int run(const QCommandLineParser &parser, const CommandDatabase &database);
} // namespace ChartCommand
