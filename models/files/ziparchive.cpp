#include "files/ziparchive.h"

#include <QtEndian>

#include <array>

namespace {

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// 1 January 1980, the earliest date a ZIP entry can carry: the archive's bytes depend only
// on what is in it, so the same pack written twice is the same file.
constexpr quint16 dosTime = 0;
constexpr quint16 dosDate = (0 << 9) | (1 << 5) | 1;
constexpr quint16 version = 20; // 2.0: stored entries
constexpr quint16 utf8Names = 1 << 11;

} // namespace

quint32 ZipArchive::crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xffffffffu;
    for (char byte : data)
        c = table[(c ^ quint8(byte)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

void ZipArchive::add(const QString &name, const QByteArray &data)
{
    m_entries.append({name.toUtf8(), data});
}

QByteArray ZipArchive::bytes() const
{
    QByteArray out;
    QByteArray directory;
    for (const Entry &e : m_entries) {
        const quint32 offset = quint32(out.size());
        const quint32 crc = crc32(e.data);
        const auto size = quint32(e.data.size());
        // Local file header.
        put32(out, 0x04034b50);
        put16(out, version);
        put16(out, utf8Names);
        put16(out, 0); // stored
        put16(out, dosTime);
        put16(out, dosDate);
        put32(out, crc);
        put32(out, size);
        put32(out, size);
        put16(out, quint16(e.name.size()));
        put16(out, 0);
        out.append(e.name);
        out.append(e.data);
        // Its central directory record.
        put32(directory, 0x02014b50);
        put16(directory, version);
        put16(directory, version);
        put16(directory, utf8Names);
        put16(directory, 0);
        put16(directory, dosTime);
        put16(directory, dosDate);
        put32(directory, crc);
        put32(directory, size);
        put32(directory, size);
        put16(directory, quint16(e.name.size()));
        put16(directory, 0); // extra
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, offset);
        directory.append(e.name);
    }
    const auto directoryOffset = quint32(out.size());
    out.append(directory);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}
