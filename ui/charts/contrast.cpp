#include "charts/contrast.h"

#include <cmath>

namespace Contrast {

namespace {
double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

QColor mixed(const QColor &from, const QColor &to, double t)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t), from.alphaF());
}
} // namespace

double luminance(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor &colour, const QColor &background, double minimum)
{
    if (ratio(colour, background) >= minimum)
        return colour;
    const QColor towards = ratio(Qt::black, background) >= ratio(Qt::white, background)
                               ? QColor(Qt::black)
                               : QColor(Qt::white);
    // Small steps, so the shade is no further from the designed colour than it must be.
    for (int step = 1; step <= 50; ++step) {
        const QColor candidate = mixed(colour, towards, step / 50.0);
        if (ratio(candidate, background) >= minimum)
            return candidate;
    }
    return towards;
}

} // namespace Contrast
