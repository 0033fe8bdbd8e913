#include "charts/chartpalette.h"

namespace ChartPalette {

QColor series(int index)
{
    static const QList<QColor> colours = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00),
                                          QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                          QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
                                          QColor(0x00, 0x00, 0x00), QColor(0xf0, 0xe4, 0x42)};
    return colours.at(index % colours.size());
}

} // namespace ChartPalette
