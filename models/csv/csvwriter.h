#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

// Writes CSV that Excel and LibreOffice open as the user expects: UTF-8 with a byte order
// mark, CRLF line ends, and fields quoted when they hold commas, quotes or line breaks.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device);
    bool writeRow(const QStringList &fields);
    static QString quote(const QString &field);

private:
    QIODevice *m_device;
    bool m_started = false;
};
