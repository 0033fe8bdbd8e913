#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

// Reads RFC 4180 CSV as spreadsheets write it: a UTF-8 byte order mark, CRLF or LF line
// ends, quoted fields holding commas, quotes ("") and line breaks. Reads a row at a time,
// so a large file never has to fit in memory.
class CsvReader
{
public:
    explicit CsvReader(QIODevice *device);

    // The next row, or false at the end (or on an error: see error()).
    bool readRow(QStringList *fields);
    // The physical line the last row returned started on, counting from 1.
    qint64 rowLine() const { return m_rowLine; }
    // Bytes consumed so far, for progress.
    qint64 bytesRead() const { return m_bytes; }
    QString error() const { return m_error; }

    // A field as it was before CsvWriter guarded it against running as a formula.
    static QString unguarded(const QString &field);

private:
    bool fill();

    QIODevice *m_device;
    QString m_buffer;
    int m_pos = 0;
    qint64 m_line = 1;
    qint64 m_rowLine = 0;
    qint64 m_bytes = 0;
    bool m_atStart = true;
    bool m_eof = false;
    QString m_error;
    QByteArray m_pending; // bytes of a UTF-8 sequence split between reads
};
