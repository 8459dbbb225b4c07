#pragma once

#include <deploy/deploymenttypes.h>
#include <deploy/runinputs.h>
#include <tensor/quantization.h>
#include <util/error.h>

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

#include <functional>

class QPainter;

namespace TinyDeploy::Device {
struct DeviceHello;
}

namespace TinyDeploy::Gui {

/// One pen stroke, its points in the drawing's unit square: (0, 0) top left, (1, 1) bottom
/// right, whatever the size of the canvas it was drawn on.
using Stroke = QList<QPointF>;

/// The pen's width as a fraction of the model input's side: 2 pixels of the digits sample's 8,
/// as thick as the strokes of the data set it learnt from.
inline constexpr double DefaultPenWidth = 0.25;

/// Renders @p strokes as light ink (255) on a dark ground (0), as the digits data set is:
/// the drawing's bounding box is centred and scaled, keeping its proportions, so that its
/// longer side spans the image with the pen inside it (the data set's digits fill their box
/// too), however small or off-centre the user drew. @p penWidth is a fraction of @p side;
/// round caps and joins; antialiased. A single point draws a dot. Grey, @p side x @p side.
Deploy::ImagePixels rasterizeStrokes(const QList<Stroke> &strokes, double penWidth, int side);

/// Draws @p strokes with @p painter's pen (a single point as a dot), each point placed by
/// @p map: what the canvas shows and what rasterizeStrokes() renders are drawn alike.
void paintStrokes(QPainter &painter,
                  const QList<Stroke> &strokes,
                  const std::function<QPointF(const QPointF &)> &map);

/// Whether the model input @p device announces is a picture a person can draw: exactly one
/// input, shaped [H, W], [H, W, C] or [1, H, W, C] with C 1 (grey), H and W 4 to 64 and at
/// most 4096 pixels, of a float type or an 8-bit integer (int8, uint8). The digits sample's
/// [1, 8, 8, 1] is; an audio frame [1, 49, 40, 1] would be too, by shape, which is why the
/// canvas is an input choice, never forced.
bool isDrawableInput(const Device::DeviceHello &device);

/// The raster side used for @p device's input: 8 times its larger side, 64 to 512, so that
/// every input pixel averages whole raster pixels.
int rasterSideFor(const Device::DeviceHello &device);

/// The model input for a drawing: rasterizeStrokes() at rasterSideFor(), then the same
/// conversion an image file goes through (Deploy::RunInputs::image(): resized to the input,
/// scaled to 0..1, quantized with @p quant for an integer input). Named "drawing".
Result<Deploy::InputSet> drawingInput(const QList<Stroke> &strokes,
                                      const Device::DeviceHello &device,
                                      const QHash<QString, Tensor::QuantParams> &quant = {},
                                      double penWidth = DefaultPenWidth);

} // namespace TinyDeploy::Gui
