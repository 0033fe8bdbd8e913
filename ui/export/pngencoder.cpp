#include "export/pngencoder.h"

#include <QImage>
#include <QThread>
#include <QtEndian>

#include <algorithm>
#include <thread>
#include <vector>

#include <zlib.h>

namespace {

// A chart is mostly flat colour: deflate's third level gives a file as small as its sixth,
// in half the time.
constexpr int deflateLevel = 3;

// One band of rows, deflated on its own: raw deflate (no zlib header), ended on a byte
// boundary so the next band's stream can follow it, or ended for good when it is the last.
struct Band
{
    int firstRow = 0;
    int rows = 0;
    bool last = false;
    QByteArray deflated;
    uLong adler = 1; // of the band's filtered rows
    uLong length = 0;
    bool ok = false;
};

void deflateBand(const QImage &image, Band &band)
{
    z_stream z{};
    if (deflateInit2(&z, deflateLevel, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return;
    const int width = image.width();
    // Each row: filter type 0 (none), then red, green, blue for every pixel.
    std::vector<Bytef> row(size_t(width) * 3 + 1);
    band.deflated.resize(qsizetype(deflateBound(&z, uLong(row.size()) * uLong(band.rows)) + 16));
    z.next_out = reinterpret_cast<Bytef *>(band.deflated.data());
    z.avail_out = uInt(band.deflated.size());
    bool ok = true;
    for (int r = 0; r < band.rows && ok; ++r) {
        const auto *pixels = reinterpret_cast<const QRgb *>(image.constScanLine(band.firstRow + r));
        Bytef *out = row.data();
        *out++ = 0;
        for (int x = 0; x < width; ++x) {
            *out++ = Bytef(qRed(pixels[x]));
            *out++ = Bytef(qGreen(pixels[x]));
            *out++ = Bytef(qBlue(pixels[x]));
        }
        band.adler = adler32(band.adler, row.data(), uInt(row.size()));
        band.length += uLong(row.size());
        z.next_in = row.data();
        z.avail_in = uInt(row.size());
        const bool end = r == band.rows - 1;
        const int flush = end ? (band.last ? Z_FINISH : Z_SYNC_FLUSH) : Z_NO_FLUSH;
        const int rc = deflate(&z, flush);
        ok = z.avail_in == 0 && rc == (flush == Z_FINISH ? Z_STREAM_END : Z_OK);
    }
    band.deflated.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    band.ok = ok;
}

void appendChunk(QByteArray &png, const char type[4], const QByteArray &data)
{
    char length[4];
    qToBigEndian(quint32(data.size()), length);
    png.append(length, 4);
    const qsizetype start = png.size();
    png.append(type, 4);
    png.append(data);
    const uLong crc = crc32(0, reinterpret_cast<const Bytef *>(png.constData() + start),
                            uInt(png.size() - start));
    char crcBytes[4];
    qToBigEndian(quint32(crc), crcBytes);
    png.append(crcBytes, 4);
}

QByteArray bigEndian(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

} // namespace

namespace PngEncoder {

QByteArray encode(const QImage &image, QString *problem)
{
    if (image.isNull()) {
        if (problem)
            *problem = QStringLiteral("there is no picture to encode");
        return {};
    }
    // Read as 32-bit RGB: an opaque picture loses nothing, and the rows are taken to the
    // three bytes a pixel PNG stores as they are deflated.
    const QImage rgb = image.format() == QImage::Format_RGB32 ||
                               image.format() == QImage::Format_ARGB32 ||
                               image.format() == QImage::Format_ARGB32_Premultiplied
                           ? image
                           : image.convertToFormat(QImage::Format_RGB32);

    // Bands deflated side by side, one a core, joined into one zlib stream: each but the
    // last ends on a byte boundary without ending the stream, and the checksum of the whole
    // is worked out from the bands' own.
    const int height = rgb.height();
    const int cores = std::clamp(QThread::idealThreadCount(), 1, 8);
    const int bandCount = std::clamp(height / 64, 1, cores);
    std::vector<Band> bands(static_cast<size_t>(bandCount));
    for (int b = 0; b < bandCount; ++b) {
        Band &band = bands[static_cast<size_t>(b)];
        band.firstRow = int(qint64(height) * b / bandCount);
        band.rows = int(qint64(height) * (b + 1) / bandCount) - band.firstRow;
        band.last = b == bandCount - 1;
    }
    std::vector<std::thread> helpers;
    for (size_t b = 1; b < bands.size(); ++b)
        helpers.emplace_back(deflateBand, std::cref(rgb), std::ref(bands[b]));
    deflateBand(rgb, bands[0]);
    for (std::thread &t : helpers)
        t.join();

    QByteArray stream;
    stream.append(char(0x78)); // deflate with a 32 KiB window
    stream.append(char(0x5e)); // a fast level; (0x78 * 256 + 0x5e) is a multiple of 31
    uLong adler = 1;
    for (const Band &band : bands) {
        if (!band.ok) {
            if (problem)
                *problem = QStringLiteral("the compressor stopped");
            return {};
        }
        stream.append(band.deflated);
        adler = adler32_combine(adler, band.adler, z_off_t(band.length));
    }
    stream.append(bigEndian(quint32(adler)));

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray header = bigEndian(quint32(rgb.width())) + bigEndian(quint32(height));
    header.append(char(8));    // bits a channel
    header.append(char(2));    // red, green, blue
    header.append(3, char(0)); // deflate, adaptive filtering (type 0 used), no interlace
    appendChunk(png, "IHDR", header);
    // The resolution goes with the picture, so it keeps its size in centimetres.
    if (rgb.dotsPerMeterX() > 0 && rgb.dotsPerMeterY() > 0) {
        QByteArray physical =
            bigEndian(quint32(rgb.dotsPerMeterX())) + bigEndian(quint32(rgb.dotsPerMeterY()));
        physical.append(char(1)); // per metre
        appendChunk(png, "pHYs", physical);
    }
    appendChunk(png, "IDAT", stream);
    appendChunk(png, "IEND", {});
    return png;
}

} // namespace PngEncoder
