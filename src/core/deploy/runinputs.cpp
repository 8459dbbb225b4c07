#include "runinputs.h"
#include "deploytr.h"

#include <mlf/modelinfo.h>
#include <tensor/npy.h>
#include <tensor/rawtensor.h>

#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace TinyDeploy::Deploy::RunInputs {

namespace {

Result<Tensor::DType> dtypeOf(const Device::TensorInfo &info)
{
    return Tensor::DType::parse(info.dtype());
}

Result<const Device::TensorInfo *> singleInput(const Device::DeviceHello &device,
                                               const QString &what,
                                               const QString &where)
{
    if (device.inputs.size() != 1) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("%1 needs a model with exactly one input; this one has %2.")
                        .arg(what)
                        .arg(device.inputs.size()),
                    where,
                    Tr::tr("Give one .npy file per input, or an .npz file."));
    }
    return &device.inputs.constFirst();
}

// The [low, high] range random integers of @p dtype are drawn from.
std::pair<double, double> integerRange(const Tensor::DType &dtype)
{
    if (dtype.isBool())
        return {0, 1};
    // Doubles hold integers exactly up to 2^53; 64-bit types are drawn within that.
    const int bits = std::min(dtype.bits(), 53);
    if (dtype.code() == Tensor::DTypeCode::UInt)
        return {0, std::ldexp(1.0, bits) - 1};
    return {-std::ldexp(1.0, bits - 1), std::ldexp(1.0, bits - 1) - 1};
}

// Channel @p channel (-1: grey) averaged over the source box [x0, x1) x [y0, y1) that one
// output pixel covers: an area filter when shrinking, nearest-neighbour when enlarging.
double boxAverage(const ImagePixels &pixels, int channel, double x0, double x1, double y0, double y1)
{
    const int left = std::clamp(int(std::floor(x0)), 0, pixels.width - 1);
    const int right = std::clamp(int(std::ceil(x1)), left + 1, pixels.width);
    const int top = std::clamp(int(std::floor(y0)), 0, pixels.height - 1);
    const int bottom = std::clamp(int(std::ceil(y1)), top + 1, pixels.height);
    const int stride = pixels.width * pixels.channels;
    const auto *data = reinterpret_cast<const uchar *>(pixels.data.constData());
    double sum = 0;
    for (int y = top; y < bottom; ++y) {
        for (int x = left; x < right; ++x) {
            const uchar *p = data + qsizetype(y) * stride + qsizetype(x) * pixels.channels;
            if (channel < 0) {
                // Grey as Qt computes it (qGray): (11 r + 16 g + 5 b) / 32.
                sum += pixels.channels >= 3 ? (11.0 * p[0] + 16.0 * p[1] + 5.0 * p[2]) / 32.0
                                            : double(p[0]);
            } else {
                sum += pixels.channels >= 3 ? double(p[channel]) : double(p[0]);
            }
        }
    }
    return sum / double((right - left) * (bottom - top));
}

} // namespace

QList<qint64> shapeOf(const Device::TensorInfo &info, const Tensor::DType &dtype)
{
    QList<qint64> shape;
    for (const qint32 dim : info.shape)
        shape.append(dim);
    if (shape.isEmpty() && dtype.elementBytes() > 0)
        shape.append(qint64(info.bytes) / dtype.elementBytes());
    return shape;
}

Result<InputSet> zeros(const Device::DeviceHello &device)
{
    InputSet set{QStringLiteral("zeros"), QString(), {}};
    for (const Device::TensorInfo &info : device.inputs) {
        Result<Tensor::DType> dtype = dtypeOf(info);
        if (!dtype)
            return fail(dtype.error());
        Result<Tensor::Tensor> tensor = Tensor::Tensor::zeros(*dtype, shapeOf(info, *dtype));
        if (!tensor)
            return fail(tensor.error());
        set.tensors.append(*tensor);
    }
    return set;
}

Result<InputSet> random(const Device::DeviceHello &device, QRandomGenerator &generator)
{
    InputSet set{QStringLiteral("random"), QString(), {}};
    for (const Device::TensorInfo &info : device.inputs) {
        Result<Tensor::DType> dtype = dtypeOf(info);
        if (!dtype)
            return fail(dtype.error());
        const QList<qint64> shape = shapeOf(info, *dtype);
        Result<qint64> count = Tensor::Tensor::elementCountOf(shape);
        if (!count)
            return fail(count.error());
        const qint64 scalars = *count * dtype->lanes();
        QList<double> values;
        values.reserve(scalars);
        if (dtype->isFloat()) {
            for (qint64 i = 0; i < scalars; ++i)
                values.append(generator.generateDouble());
        } else {
            const auto [low, high] = integerRange(*dtype);
            const double span = high - low + 1;
            for (qint64 i = 0; i < scalars; ++i)
                values.append(std::min(high, low + std::floor(generator.generateDouble() * span)));
        }
        Result<Tensor::Tensor> tensor = Tensor::Tensor::fromValues(*dtype, shape, values);
        if (!tensor)
            return fail(tensor.error());
        set.tensors.append(*tensor);
    }
    return set;
}

Result<InputSet> rawFile(const Device::DeviceHello &device, const QString &path)
{
    Result<const Device::TensorInfo *> info = singleInput(device, Tr::tr("A raw input file"), path);
    if (!info)
        return fail(info.error());
    Result<Tensor::DType> dtype = dtypeOf(**info);
    if (!dtype)
        return fail(dtype.error());
    Result<Tensor::Tensor> tensor = Tensor::readRawFile(path, *dtype, shapeOf(**info, *dtype));
    if (!tensor)
        return fail(tensor.error());
    return InputSet{QFileInfo(path).completeBaseName(), path, {*tensor}};
}

Result<InputSet> image(const Device::DeviceHello &device,
                       const ImagePixels &pixels,
                       const QString &name,
                       const QString &source,
                       const QHash<QString, Tensor::QuantParams> &quant)
{
    const QString where = source.isEmpty() ? name : source;
    Result<const Device::TensorInfo *> single = singleInput(device, Tr::tr("An image"), where);
    if (!single)
        return fail(single.error());
    const Device::TensorInfo &info = **single;
    const QList<qint32> &shape = info.shape;
    if (shape.size() < 2) {
        return fail(ErrorCode::ShapeMismatch,
                    Tr::tr("The model's input \"%1\" is not an image (shape %2).")
                        .arg(info.name)
                        .arg(shape.size() == 1 ? QString::number(shape.first())
                                               : QStringLiteral("?")),
                    where,
                    Tr::tr("Give an .npy file of the input's shape instead."));
    }
    if (pixels.width <= 0 || pixels.height <= 0
        || (pixels.channels != 1 && pixels.channels != 3 && pixels.channels != 4)
        || pixels.data.size() < qsizetype(pixels.width) * pixels.height * pixels.channels) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The image has no usable pixels."),
                    where,
                    Tr::tr("Use a PNG, JPEG or BMP file."));
    }
    // NHWC (the digits model: [1, 8, 8, 1]), HWC or HW.
    const int height = shape.size() >= 3 ? shape.at(shape.size() - 3) : shape.at(0);
    const int width = shape.size() >= 3 ? shape.at(shape.size() - 2) : shape.at(1);
    const int channels = shape.size() >= 3 ? shape.last() : 1;
    if (width <= 0 || height <= 0 || (channels != 1 && channels != 3)) {
        return fail(ErrorCode::ShapeMismatch,
                    Tr::tr("The model's input \"%1\" is not a grey or RGB image.").arg(info.name),
                    where,
                    Tr::tr("Give an .npy file of the input's shape instead."));
    }
    const double sx = double(pixels.width) / width;
    const double sy = double(pixels.height) / height;
    QList<double> values;
    values.reserve(qsizetype(width) * height * channels);
    double sum = 0;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            for (int c = 0; c < channels; ++c) {
                const double value = boxAverage(pixels,
                                                channels == 1 ? -1 : c,
                                                x * sx,
                                                (x + 1) * sx,
                                                y * sy,
                                                (y + 1) * sy)
                                     / 255.0;
                values.append(value);
                sum += value;
            }
        }
    }
    // The sample models learnt light ink on a dark ground; most drawings are dark on white.
    if (!pixels.lightInk && !values.isEmpty() && sum / values.size() > 0.5) {
        for (double &value : values)
            value = 1.0 - value;
    }
    Result<Tensor::DType> dtype = dtypeOf(info);
    if (!dtype)
        return fail(dtype.error());
    if (!dtype->isFloat()) {
        // Quantized input: q = real / scale + zero point (the int8 sample: 1/255 and -128).
        const Tensor::QuantParams params = quant.value(info.name,
                                                       Tensor::QuantParams{1.0 / 255.0, -128});
        for (double &value : values)
            value = value / params.scale + double(params.zeroPoint);
    }
    QList<qint64> shape64;
    for (const qint32 dim : shape)
        shape64.append(dim);
    Result<Tensor::Tensor> tensor = Tensor::Tensor::fromValues(*dtype, shape64, values);
    if (!tensor)
        return fail(Error(tensor.error()).withContext(where));
    return InputSet{name, source, {*tensor}};
}

Result<QList<InputSet>> prepare(const QList<InputSet> &given,
                                const QStringList &files,
                                const SampleKit &kit,
                                const Device::DeviceHello &device)
{
    const int inputCount = int(device.inputs.size());
    QList<InputSet> sets;
    if (!given.isEmpty()) {
        sets = given;
    } else if (!files.isEmpty()) {
        Result<QList<InputSet>> loaded = loadInputFiles(files, inputCount);
        if (!loaded)
            return loaded;
        sets = *loaded;
    } else if (kit.hasSamples() && inputCount == 1) {
        for (const SampleFile &sample : kit.samples()) {
            Result<Tensor::Tensor> tensor = Tensor::readNpyFile(sample.inputPath);
            if (!tensor)
                return fail(tensor.error());
            sets.append(InputSet{sample.name, sample.inputPath, {*tensor}});
        }
    } else {
        Result<InputSet> set = zeros(device);
        if (!set)
            return fail(set.error());
        sets.append(*set);
    }
    if (Result<void> checked = check(sets, device); !checked)
        return fail(checked.error());
    return sets;
}

Result<void> checkFiles(const QStringList &files, const Mlf::ModuleInfo &module)
{
    const int inputCount = int(module.inputs.size());
    Result<QList<InputSet>> sets = loadInputFiles(files, std::max(inputCount, 1));
    if (!sets || inputCount == 0)
        return sets ? ok() : fail(sets.error());
    for (const InputSet &set : std::as_const(*sets)) {
        if (set.tensors.size() != inputCount) {
            return fail(ErrorCode::ShapeMismatch,
                        Tr::tr("The file holds %1 arrays, but the model has %n input(s).",
                               nullptr,
                               inputCount)
                            .arg(set.tensors.size()),
                        set.source,
                        Tr::tr("Give one array per model input."));
        }
        for (int i = 0; i < inputCount; ++i) {
            const Mlf::TensorInfo &input = module.inputs.at(i);
            const Tensor::Tensor &tensor = set.tensors.at(i);
            if (!input.dtype.isEmpty() && tensor.dtype().name() != input.dtype) {
                return fail(ErrorCode::DTypeMismatch,
                            Tr::tr("Input \"%1\" of the model is %2, but the file holds %3.")
                                .arg(input.name, input.dtype, tensor.dtype().name()),
                            set.source,
                            Tr::tr("Convert the input to %1 (for a quantized model, quantize "
                                   "it with the model's scale and zero point).")
                                .arg(input.dtype));
            }
            const Result<qint64> expected = Tensor::Tensor::elementCountOf(input.shape);
            if (!input.shape.isEmpty() && expected && *expected != tensor.elementCount()) {
                return fail(ErrorCode::ShapeMismatch,
                            Tr::tr("Input \"%1\" of the model has the shape %2, but the file "
                                   "holds %3.")
                                .arg(input.name,
                                     Tensor::Tensor::shapeText(input.shape),
                                     tensor.shapeText()),
                            set.source,
                            Tr::tr("Give an array of the model's input shape."));
            }
        }
    }
    return ok();
}

Result<void> check(const QList<InputSet> &sets, const Device::DeviceHello &device)
{
    const int inputCount = int(device.inputs.size());
    for (const InputSet &set : sets) {
        const QString where = set.source.isEmpty() ? set.name : set.source;
        if (set.tensors.size() != inputCount) {
            return fail(ErrorCode::ShapeMismatch,
                        Tr::tr("Input set \"%1\" has the wrong number of tensors (%2): the "
                               "model on the device has %n input(s).",
                               nullptr,
                               inputCount)
                            .arg(set.name)
                            .arg(set.tensors.size()),
                        where,
                        Tr::tr("Give one tensor per model input."));
        }
        for (int i = 0; i < inputCount; ++i) {
            const Device::TensorInfo &info = device.inputs.at(i);
            const Tensor::Tensor &tensor = set.tensors.at(i);
            if (tensor.dtype().name() != info.dtype()) {
                return fail(ErrorCode::DTypeMismatch,
                            Tr::tr("Input \"%1\" of the model is %2, but the given tensor is %3.")
                                .arg(info.name, info.dtype(), tensor.dtype().name()),
                            where,
                            Tr::tr("Convert the input to %1 (for a quantized model, quantize "
                                   "it with the model's scale and zero point).")
                                .arg(info.dtype()));
            }
            if (tensor.byteSize() != qint64(info.bytes)) {
                return fail(ErrorCode::SizeMismatch,
                            Tr::tr("Input \"%1\" of the model takes %2 bytes, but the given "
                                   "tensor %3 has %4.")
                                .arg(info.name)
                                .arg(info.bytes)
                                .arg(tensor.shapeText())
                                .arg(tensor.byteSize()),
                            where,
                            Tr::tr("Give a tensor of the model's input shape."));
            }
        }
    }
    return ok();
}

} // namespace TinyDeploy::Deploy::RunInputs
