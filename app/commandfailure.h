#pragma once

#include <QString>

#include <cstdio>

// How a command-line run reports that it could not do its work: one line on standard
// error, and the exit code to return (1 the work failed, 2 bad arguments).
inline int commandFailure(int code, const QString &message)
{
    std::fprintf(stderr, "cstracker: %s\n", qPrintable(message));
    return code;
}
