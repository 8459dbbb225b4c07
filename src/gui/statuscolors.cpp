#include "statuscolors.h"

#include <cmath>

namespace TinyDeploy::Gui::StatusColors {

namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF())
           + 0.0722 * linear(color.blueF());
}

} // namespace

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor text(Status status, const QColor &background)
{
    // Each pair: for light backgrounds, for dark ones (both above 4.5:1 on white or #efefef,
    // and on #1e1e1e or #353535 respectively).
    const QColor onLight(status == Status::Error ? 0xc01c28 : 0x8a5a00);
    const QColor onDark(status == Status::Error ? 0xff7b72 : 0xe3b341);
    return contrast(onLight, background) >= contrast(onDark, background) ? onLight : onDark;
}

} // namespace TinyDeploy::Gui::StatusColors
