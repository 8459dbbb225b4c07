#pragma once

#include "tensor.h"
#include "util/error.h"

#include <QList>

namespace TinyDeploy::Tensor {

/// Float agreement bound, as numpy.allclose: |actual - expected| <= absolute + relative * |expected|.
struct Tolerance
{
    double absolute = 1e-5;
    double relative = 1e-5;
};

/// @brief How far an actual tensor (from the device) is from the expected one.
struct Comparison
{
    qint64 count = 0;        ///< Values compared.
    double maxAbsDiff = 0.0; ///< NaN if a NaN was compared.
    qint64 maxAbsIndex = -1; ///< Where maxAbsDiff is; -1 when all values are equal.
    /// max |a - e| / |e| over the values whose expected value is not 0.
    double maxRelDiff = 0.0;
    double rmse = 0.0;
    /// a·e / (|a| |e|); 1 when both are all zeros, 0 when only one is.
    double cosineSimilarity = 1.0;
    /// Values outside the tolerance (floats) or not exactly equal (integers and bool).
    qint64 mismatches = 0;
    qint64 firstMismatch = -1;
    /// Floats agree within the tolerance; integers and bool must be equal.
    bool agrees = false;
};

/// One entry of a top-k list.
struct RankedValue
{
    qint64 index = 0;
    double value = 0.0;
};

/// @brief Compares @p actual with @p expected. Both need the same dtype and the same shape
/// (size-1 dimensions aside: [1, 10] and [10] compare).
Result<Comparison> compare(const Tensor &actual,
                           const Tensor &expected,
                           const Tolerance &tolerance = {});

/// Index of the largest value (the first one on ties; a NaN counts as largest, as in numpy).
Result<qint64> argmax(const Tensor &tensor);

/// The @p k largest values, largest first, lower index first on ties, NaNs last. Returns all
/// values when @p k exceeds their number.
Result<QList<RankedValue>> topK(const Tensor &tensor, int k);

} // namespace TinyDeploy::Tensor
