#include "quantization.h"

#include "tensortr.h"

#include <QList>

#include <cmath>

namespace TinyDeploy::Tensor {

namespace {

Result<void> checkScale(const QuantParams &params)
{
    if (!std::isfinite(params.scale) || params.scale <= 0.0) {
        return fail(ErrorCode::InvalidValue,
                    Tr::tr("The quantization scale %1 is not a positive number.").arg(params.scale),
                    {},
                    Tr::tr("Check the scale in the model's quantization parameters."));
    }
    return ok();
}

} // namespace

Result<Tensor> dequantize(const Tensor &quantized, const QuantParams &params)
{
    if (const auto valid = checkScale(params); !valid)
        return fail(valid.error());
    if (!quantized.dtype().isInteger() || quantized.dtype().isBool()
        || !quantized.hasReadableValues()) {
        return fail(ErrorCode::DTypeMismatch,
                    Tr::tr("Only integer tensors can be dequantized; this one is %1.")
                        .arg(quantized.dtype().name()));
    }
    QList<double> values;
    values.reserve(quantized.scalarCount());
    for (qint64 i = 0; i < quantized.scalarCount(); ++i)
        values.append(params.scale * (quantized.valueAt(i) - double(params.zeroPoint)));
    return Tensor::fromValues(DType(DTypeCode::Float, 32, quantized.dtype().lanes()),
                              quantized.shape(),
                              values);
}

Result<Tensor> quantize(const Tensor &real, DType target, const QuantParams &params)
{
    if (const auto valid = checkScale(params); !valid)
        return fail(valid.error());
    if (!target.isInteger() || target.isBool() || target.lanes() != real.dtype().lanes()) {
        return fail(ErrorCode::UnsupportedDType,
                    Tr::tr("Values can only be quantized to an integer type, not to %1.")
                        .arg(target.name()));
    }
    if (!real.dtype().isFloat() || !real.hasReadableValues()) {
        return fail(ErrorCode::DTypeMismatch,
                    Tr::tr("Only float tensors can be quantized; this one is %1.")
                        .arg(real.dtype().name()));
    }
    QList<double> values;
    values.reserve(real.scalarCount());
    for (qint64 i = 0; i < real.scalarCount(); ++i) {
        // nearbyint rounds half to even in the default rounding mode, like numpy.round.
        values.append(std::nearbyint(real.valueAt(i) / params.scale) + double(params.zeroPoint));
    }
    return Tensor::fromValues(target, real.shape(), values);
}

} // namespace TinyDeploy::Tensor
