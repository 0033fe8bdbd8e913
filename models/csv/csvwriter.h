#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

// Writes CSV that Excel and LibreOffice open as the user expects: UTF-8 with a byte order
// mark, CRLF line ends, and fields quoted when they hold commas, quotes or line breaks.
//
// A spreadsheet runs a cell that begins with =, +, -, @, a tab or a carriage return as a
// formula, so a title such as =HYPERLINK("http://...") would run on the reader's machine.
// Such a field (unless it is a plain number, such as -3.5) is written with an apostrophe
// before it, as is a field that already begins with one; CsvReader::unguarded() undoes
// exactly this, so the program's own files read back as they were written.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device);
    bool writeRow(const QStringList &fields);
    static QString quote(const QString &field);
    static QString guarded(const QString &field);

private:
    QIODevice *m_device;
    bool m_started = false;
};
