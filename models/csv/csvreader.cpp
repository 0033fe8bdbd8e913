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

QString CsvReader::unguarded(const QString &field)
{
    if (field.size() < 2 || field.at(0) != QLatin1Char('\''))
        return field;
    const QChar second = field.at(1);
    const bool guarded = second == QLatin1Char('=') || second == QLatin1Char('+') ||
                         second == QLatin1Char('-') || second == QLatin1Char('@') ||
                         second == QLatin1Char('\t') || second == QLatin1Char('\r') ||
                         second == QLatin1Char('\'');
    return guarded ? field.mid(1) : field;
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
    QString field;          // a field being read across a quote or the end of the buffer
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
        const QChar *data = m_buffer.constData();
        const int size = int(m_buffer.size());
        if (quoted) {
            // Everything up to the next quote is the field's, line breaks included.
            int end = m_pos;
            while (end < size && data[end] != QLatin1Char('"')) {
                if (data[end] == QLatin1Char('\n'))
                    ++m_line;
                ++end;
            }
            field.append(data + m_pos, end - m_pos);
            m_pos = end;
            if (m_pos >= size)
                continue; // the buffer ran out inside the quotes
            ++m_pos;      // the quote
            if (m_pos >= m_buffer.size())
                fill();
            if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == QLatin1Char('"')) {
                field += QLatin1Char('"');
                ++m_pos;
            } else {
                quoted = false;
            }
            continue;
        }
        // Outside quotes: a run of plain characters, taken in one piece.
        int end = m_pos;
        while (end < size) {
            const char16_t c = data[end].unicode();
            if (c == u',' || c == u'\n' || c == u'\r' || c == u'"')
                break;
            ++end;
        }
        if (end > m_pos) {
            if (field.isEmpty())
                field = QString(data + m_pos, end - m_pos);
            else
                field.append(data + m_pos, end - m_pos);
            m_pos = end;
        }
        if (m_pos >= size)
            continue; // the field goes on in the next chunk
        const QChar c = data[m_pos++];
        if (c == QLatin1Char(',')) {
            fields->append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('"')) {
            if (field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                field += c; // a stray quote inside a plain field is kept as it stands
            }
        } else { // a line break ends the row
            if (c == QLatin1Char('\r')) {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == QLatin1Char('\n'))
                    ++m_pos;
            }
            ++m_line;
            fields->append(field);
            return true;
        }
    }
}
