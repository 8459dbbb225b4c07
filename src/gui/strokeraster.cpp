#include "strokeraster.h"

#include <device/messages.h>

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPen>

#include <algorithm>
#include <limits>

namespace TinyDeploy::Gui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TinyDeploy::Gui::DrawingCanvas)
};

// Height and width of an image input's shape ([H, W], [H, W, C], [1, H, W, C]); {0, 0} otherwise.
std::pair<int, int> imageSize(const QList<qint32> &shape, int *channels)
{
    *channels = 0;
    if (shape.size() == 2) {
        *channels = 1;
        return {shape.at(0), shape.at(1)};
    }
    if (shape.size() == 3 || (shape.size() == 4 && shape.at(0) == 1)) {
        *channels = shape.constLast();
        return {shape.at(shape.size() - 3), shape.at(shape.size() - 2)};
    }
    return {0, 0};
}
} // namespace

void paintStrokes(QPainter &painter,
                  const QList<Stroke> &strokes,
                  const std::function<QPointF(const QPointF &)> &map)
{
    for (const Stroke &stroke : strokes) {
        if (stroke.isEmpty())
            continue;
        if (stroke.size() == 1) {
            painter.drawPoint(map(stroke.constFirst()));
            continue;
        }
        QPainterPath path(map(stroke.constFirst()));
        for (qsizetype i = 1; i < stroke.size(); ++i)
            path.lineTo(map(stroke.at(i)));
        painter.drawPath(path);
    }
}

Deploy::ImagePixels rasterizeStrokes(const QList<Stroke> &strokes, double penWidth, int side)
{
    side = std::max(side, 1);
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(0);
    // The bounding box of every point.
    double left = std::numeric_limits<double>::max();
    double top = left;
    double right = -left;
    double bottom = -left;
    for (const Stroke &stroke : strokes) {
        for (const QPointF &point : stroke) {
            left = std::min(left, point.x());
            right = std::max(right, point.x());
            top = std::min(top, point.y());
            bottom = std::max(bottom, point.y());
        }
    }
    if (right >= left) {
        const double pen = std::clamp(penWidth, 0.01, 1.0) * side;
        // The longer side of the box spans the image, the pen's half width inside each edge.
        const double span = std::max(right - left, bottom - top);
        const double room = std::max(side - pen, 0.0);
        const double scale = span > 0 ? room / span : 0.0;
        const QPointF centre((left + right) / 2, (top + bottom) / 2);
        const QPointF middle(side / 2.0, side / 2.0);
        const auto map = [&](const QPointF &point) { return middle + (point - centre) * scale; };

        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(Qt::white, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        paintStrokes(painter, strokes, map);
    }
    Deploy::ImagePixels pixels;
    pixels.width = side;
    pixels.height = side;
    pixels.channels = 1;
    pixels.lightInk = true;
    pixels.data.reserve(qsizetype(side) * side);
    for (int y = 0; y < side; ++y)
        pixels.data.append(reinterpret_cast<const char *>(image.constScanLine(y)), side);
    return pixels;
}

bool isDrawableInput(const Device::DeviceHello &device)
{
    if (device.inputs.size() != 1)
        return false;
    const Device::TensorInfo &input = device.inputs.constFirst();
    int channels = 0;
    const auto [height, width] = imageSize(input.shape, &channels);
    if (channels != 1 || height < 4 || width < 4 || height > 64 || width > 64
        || height * width > 4096)
        return false;
    const bool isFloat = input.dtypeCode == 2 || input.dtypeCode == 4;
    const bool isByte = (input.dtypeCode == 0 || input.dtypeCode == 1) && input.dtypeBits == 8;
    return isFloat || isByte;
}

int rasterSideFor(const Device::DeviceHello &device)
{
    int channels = 0;
    const auto [height, width] = device.inputs.isEmpty()
                                     ? std::pair<int, int>{0, 0}
                                     : imageSize(device.inputs.constFirst().shape, &channels);
    return std::clamp(8 * std::max(height, width), 64, 512);
}

Result<Deploy::InputSet> drawingInput(const QList<Stroke> &strokes,
                                      const Device::DeviceHello &device,
                                      const QHash<QString, Tensor::QuantParams> &quant,
                                      double penWidth)
{
    if (!isDrawableInput(device)) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("This model's input is not a small grey picture, so it cannot be "
                           "drawn."),
                    QString(),
                    Tr::tr("Choose a sample input or a file instead."));
    }
    const Deploy::ImagePixels pixels = rasterizeStrokes(strokes, penWidth, rasterSideFor(device));
    return Deploy::RunInputs::image(device, pixels, QStringLiteral("drawing"), QString(), quant);
}

} // namespace TinyDeploy::Gui
