#pragma once

#include <QByteArray>
#include <QString>

class QImage;

// Encodes an opaque picture (a chart on white paper) as PNG, the same pixels Qt's own
// writer gives, in a fraction of its time: Qt's writer takes every row through a copy and
// a format conversion, keeps an alpha channel nobody sees, and lets libpng try all five
// row filters. A chart is mostly flat colour, for which no filter and a quick deflate give
// a file no larger; and the deflating, most of the work left, is shared between the cores
// (bands of rows deflated side by side and joined into the one stream PNG wants). The
// resolution goes with it (pHYs), so the picture keeps its size in centimetres when placed
// in a document.
namespace PngEncoder {

// The PNG bytes, or empty with `problem` set when the compressor fails.
QByteArray encode(const QImage &image, QString *problem = nullptr);

} // namespace PngEncoder
