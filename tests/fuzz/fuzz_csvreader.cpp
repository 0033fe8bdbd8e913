// libFuzzer: the CSV reader, fed any bytes.
#include "csv/csvreader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QStringList row;
    qint64 lastLine = 0;
    while (reader.readRow(&row)) {
        // Lines only ever go forward, and a row always has a field.
        if (reader.rowLine() < lastLine || row.isEmpty())
            __builtin_trap();
        lastLine = reader.rowLine();
        for (const QString &field : std::as_const(row))
            (void)CsvReader::unguarded(field);
    }
    return 0;
}
