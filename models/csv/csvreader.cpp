#include "csv/csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace {
constexpr qint64 chunkSize = 1 << 20;

// Bytes at the end of `data` that begin a UTF-8 sequence not yet complete.
int incompleteTail(const QByteArray &data)
{
    const int n = int(data.size());
    for (int back = 1; back <= 3 && back <= n; ++back) {
        const auto c = static_cast<unsigned char>(data.at(n - back));
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte: look further back
        int need = 1;
        if ((c & 0xE0) == 0xC0)
            need = 2;
        else if ((c & 0xF0) == 0xE0)
            need = 3;
        else if ((c & 0xF8) == 0xF0)
            need = 4;
        return need > back ? back : 0;
    }
    return 0;
}
} // namespace

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    QByteArray data = m_pending + m_device->read(chunkSize);
    m_pending.clear();
    if (data.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_bytes += data.size();
    if (m_device->atEnd() == false) {
        const int tail = incompleteTail(data);
        m_pending = data.right(tail);
        data.chop(tail);
        m_bytes -= tail;
    }
    m_buffer = m_buffer.mid(m_pos) + QString::fromUtf8(data);
    m_pos = 0;
    if (m_atStart) {
        if (m_buffer.startsWith(QChar(0xFEFF)))
            m_pos = 1;
        m_atStart = false;
    }
    return true;
}

bool CsvReader::readRow(QStringList *fields)
{
    fields->clear();
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    m_rowLine = m_line;
    QString field;
    bool quoted = false;    // inside quotes
    bool wasQuoted = false; // this field began with a quote
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (quoted) {
                m_error = QCoreApplication::translate(
                              "CsvReader",
                              "Line %1: a quoted field is not closed before the end of the file.")
                              .arg(m_rowLine);
                return false;
            }
            fields->append(field);
            return true;
        }
        const QChar c = m_buffer.at(m_pos++);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            fields->append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r')) {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == QLatin1Char('\n'))
                    ++m_pos;
            }
            ++m_line;
            fields->append(field);
            return true;
        } else {
            field += c;
        }
    }
}
