#pragma once

#include "deploymenttypes.h"
#include "samplekit.h"

#include <device/messages.h>
#include <tensor/quantization.h>
#include <util/error.h>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QRandomGenerator;

namespace TinyDeploy::Mlf {
struct ModuleInfo;
}

namespace TinyDeploy::Deploy {

/// An image already decoded by the caller (the GUI decodes files with QImage): 8-bit pixels,
/// row after row, each row width * channels bytes with no padding, channels 1 (grey), 3 (RGB)
/// or 4 (RGBA; alpha is ignored).
struct ImagePixels
{
    int width = 0;
    int height = 0;
    int channels = 1;
    QByteArray data;
    /// The caller knows the ink is light on a dark ground (a drawing made for the model):
    /// image() then never inverts it, however much of it is inked.
    bool lightInk = false;
};

/// @brief Every kind of model input, made for the model a device announced (its HELLO).
///
/// Each function fails with a message that names the input and says what to give instead.
namespace RunInputs {

/// What a Run step runs: @p given sets when any, else @p files (.npy/.npz, loadInputFiles),
/// else the kit's sample inputs (single-input models), else one set of zeros. Zeros are
/// deterministic, so outputs can be compared between boards. Every set is check()ed.
Result<QList<InputSet>> prepare(const QList<InputSet> &given,
                                const QStringList &files,
                                const SampleKit &kit,
                                const Device::DeviceHello &device);

/// One set of zeros, shaped as the device announces ("zeros").
Result<InputSet> zeros(const Device::DeviceHello &device);

/// One set of random values ("random"): floats uniform in [0, 1) (the samples' pixel range),
/// integers uniform over the dtype's whole range (int8 -128..127, uint8 0..255, int16,
/// int32, ...; 64-bit ones over the range a double holds exactly), bool 0 or 1.
Result<InputSet> random(const Device::DeviceHello &device, QRandomGenerator &generator);

/// A raw little-endian file (.bin) for a single-input model, typed as the device's input.
Result<InputSet> rawFile(const Device::DeviceHello &device, const QString &path);

/// An image for a single-input model whose input is an image (NHWC or HW; one channel, or
/// three for RGB models): resized to the input's height and width (bilinear), scaled to 0..1,
/// inverted when it is mostly light (the samples are light ink on a dark ground) unless
/// @p pixels says its ink is light, then
/// quantized for an integer input with @p quant of the input's name (default 1/255 and -128,
/// the int8 sample's). @p name and @p source name the set ("drawing", the file).
Result<InputSet> image(const Device::DeviceHello &device,
                       const ImagePixels &pixels,
                       const QString &name,
                       const QString &source,
                       const QHash<QString, Tensor::QuantParams> &quant = {});

/// Checks @p files (.npy/.npz, loadInputFiles) against the inputs @p module declares, before
/// anything is generated: one tensor per input, of its dtype and element count where the
/// archive says them. Fails naming the file, what the model expects and what the file holds.
Result<void> checkFiles(const QStringList &files, const Mlf::ModuleInfo &module);

/// Checks that every set has one tensor per device input, of its dtype and byte size.
Result<void> check(const QList<InputSet> &sets, const Device::DeviceHello &device);

/// The device's shape of @p info, or a flat one when the device does not know it.
QList<qint64> shapeOf(const Device::TensorInfo &info, const Tensor::DType &dtype);

} // namespace RunInputs

} // namespace TinyDeploy::Deploy
