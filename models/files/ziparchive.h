#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A ZIP archive built in memory, its entries stored uncompressed: the container of an
// OpenDocument file, whose first entry must be its uncompressed "mimetype", and whose
// images are PNGs that would not compress further anyway.
class ZipArchive
{
public:
    void add(const QString &name, const QByteArray &data);
    QByteArray bytes() const;

    // CRC-32 as ZIP (and PNG, and zlib) define it.
    static quint32 crc32(const QByteArray &data);

private:
    struct Entry
    {
        QByteArray name; // UTF-8
        QByteArray data;
    };
    QList<Entry> m_entries;
};
