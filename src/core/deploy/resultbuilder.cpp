#include "resultbuilder.h"
#include "runinputs.h"

#include <tensor/npy.h>
#include <tensor/quantization.h>

#include <QFileInfo>

namespace TinyDeploy::Deploy {

namespace {

// Floats from the device must match the expected outputs within 1e-5 relative; the small
// absolute term covers values that are zero in one and denormal-small in the other.
constexpr Tensor::Tolerance floatTolerance{1e-7, 1e-5};

QString canonical(const QString &path)
{
    const QString resolved = QFileInfo(path).canonicalFilePath();
    return resolved.isEmpty() ? QFileInfo(path).absoluteFilePath() : resolved;
}

} // namespace

ResultBuilder::ResultBuilder(Device::DeviceHello device, SampleKit kit, int topK)
    : m_device(std::move(device))
    , m_kit(std::move(kit))
    , m_topK(topK)
{}

RunResult ResultBuilder::build(const InputSet &input, const QList<QByteArray> &outputs) const
{
    RunResult result;
    result.input = input;
    for (qsizetype i = 0; i < outputs.size(); ++i) {
        const Device::TensorInfo info = m_device.outputs.value(i);
        result.outputNames.append(info.name);
        Result<Tensor::DType> dtype = Tensor::DType::parse(info.dtype());
        Result<Tensor::Tensor> tensor = dtype ? Tensor::Tensor::create(*dtype,
                                                                       RunInputs::shapeOf(info,
                                                                                          *dtype),
                                                                       outputs.at(i))
                                              : fail(dtype.error());
        if (!tensor) {
            // Keep the bytes even when they cannot be typed; the record shows them.
            tensor = Tensor::Tensor::create(Tensor::DType::uint8(),
                                            {qint64(outputs.at(i).size())},
                                            outputs.at(i));
        }
        result.outputs.append(tensor.value_or(Tensor::Tensor()));
    }

    // Quantized outputs in real values, when the kit says how (<model>.quant.json).
    if (!m_kit.outputQuant().isEmpty()) {
        bool any = false;
        QList<Tensor::Tensor> real;
        for (qsizetype i = 0; i < result.outputs.size(); ++i) {
            const Tensor::Tensor &raw = result.outputs.at(i);
            const auto params = m_kit.outputQuant().constFind(result.outputNames.at(i));
            Result<Tensor::Tensor> values = params != m_kit.outputQuant().cend()
                                                    && raw.dtype().isInteger()
                                                ? Tensor::dequantize(raw, *params)
                                                : fail(ErrorCode::InvalidArgument, QString());
            any = any || values.has_value();
            real.append(values.value_or(Tensor::Tensor()));
        }
        if (any)
            result.dequantized = real;
    }

    if (result.outputs.size() == 1 && result.outputs.first().elementCount() > 1
        && result.outputs.first().hasReadableValues()) {
        const Tensor::Tensor &scores = result.outputs.first();
        if (Result<QList<Tensor::RankedValue>> top = Tensor::topK(scores, m_topK)) {
            result.topK = *top;
            if (m_kit.labels().size() == scores.elementCount()) {
                for (const Tensor::RankedValue &entry : std::as_const(result.topK))
                    result.topKLabels.append(m_kit.labels().at(entry.index));
            }
        }
    }

    // Expected outputs are known for the kit's own sample files.
    for (const SampleFile &sample : m_kit.samples()) {
        if (input.source.isEmpty() || canonical(sample.inputPath) != canonical(input.source))
            continue;
        result.trueClass = sample.trueClass;
        if (sample.expectedPath.isEmpty() || result.outputs.size() != 1)
            break;
        Result<Tensor::Tensor> expected = Tensor::readNpyFile(sample.expectedPath);
        if (!expected)
            break;
        result.expected.append(*expected);
        Result<Tensor::Comparison> comparison = Tensor::compare(result.outputs.first(),
                                                                *expected,
                                                                floatTolerance);
        Tensor::Comparison c;
        if (comparison)
            c = *comparison;
        else
            c.agrees = false;
        result.comparisons.append(c);
        break;
    }
    return result;
}

} // namespace TinyDeploy::Deploy
