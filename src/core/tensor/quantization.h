#pragma once

#include "tensor.h"
#include "util/error.h"

namespace TinyDeploy::Tensor {

/// Affine quantization of a whole tensor: real = scale * (q - zeroPoint).
struct QuantParams
{
    double scale = 1.0;
    qint64 zeroPoint = 0;
};

/// @brief Integer tensor to float32 real values.
Result<Tensor> dequantize(const Tensor &quantized, const QuantParams &params);

/// @brief Real values to the integer @p target dtype: round(real / scale) + zeroPoint, rounding
/// half to even as numpy does, saturated to the dtype's range.
Result<Tensor> quantize(const Tensor &real, DType target, const QuantParams &params);

} // namespace TinyDeploy::Tensor
