#include "metrics.h"

#include "tensortr.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace TinyDeploy::Tensor {

namespace {

QList<qint64> squeezed(const QList<qint64> &shape)
{
    QList<qint64> result;
    for (const qint64 dim : shape) {
        if (dim != 1)
            result.append(dim);
    }
    return result;
}

Result<void> checkReadable(const Tensor &tensor, const QString &what)
{
    if (tensor.isNull() || !tensor.hasReadableValues()) {
        return fail(ErrorCode::UnsupportedDType,
                    Tr::tr("The %1 tensor's values cannot be read (data type \"%2\").")
                        .arg(what, tensor.dtype().name()));
    }
    return ok();
}

} // namespace

Result<Comparison> compare(const Tensor &actual, const Tensor &expected, const Tolerance &tolerance)
{
    if (const auto readable = checkReadable(actual, Tr::tr("actual")); !readable)
        return fail(readable.error());
    if (const auto readable = checkReadable(expected, Tr::tr("expected")); !readable)
        return fail(readable.error());
    if (actual.dtype() != expected.dtype()) {
        return fail(ErrorCode::DTypeMismatch,
                    Tr::tr("The output is %1, but the expected output is %2.")
                        .arg(actual.dtype().name(), expected.dtype().name()),
                    {},
                    Tr::tr("Compare against expected outputs of the same model variant."));
    }
    if (actual.shape() != expected.shape()
        && squeezed(actual.shape()) != squeezed(expected.shape())) {
        return fail(ErrorCode::ShapeMismatch,
                    Tr::tr("The output has the shape %1, but the expected output has %2.")
                        .arg(actual.shapeText(), expected.shapeText()),
                    {},
                    Tr::tr("Compare against expected outputs of the same model."));
    }

    Comparison result;
    result.count = actual.scalarCount();
    const bool exact = !actual.dtype().isFloat();
    double sumSquares = 0.0;
    double dot = 0.0;
    double normActual = 0.0;
    double normExpected = 0.0;
    bool sawNan = false;
    for (qint64 i = 0; i < result.count; ++i) {
        const double a = actual.valueAt(i);
        const double e = expected.valueAt(i);
        // Equal infinities are equal; their difference would be NaN.
        const double diff = a == e ? 0.0 : std::abs(a - e);
        if (std::isnan(diff)) {
            sawNan = true;
        } else if (diff > result.maxAbsDiff) {
            result.maxAbsDiff = diff;
            result.maxAbsIndex = i;
        }
        if (e != 0.0 && !std::isnan(diff))
            result.maxRelDiff = std::max(result.maxRelDiff, diff / std::abs(e));
        sumSquares += diff * diff;
        dot += a * e;
        normActual += a * a;
        normExpected += e * e;
        const bool within = exact ? a == e
                                  : diff <= tolerance.absolute + tolerance.relative * std::abs(e);
        if (!within) {
            if (result.mismatches++ == 0)
                result.firstMismatch = i;
        }
    }
    if (sawNan)
        result.maxAbsDiff = std::numeric_limits<double>::quiet_NaN();
    result.rmse = result.count > 0 ? std::sqrt(sumSquares / double(result.count)) : 0.0;
    if (normActual == 0.0 && normExpected == 0.0)
        result.cosineSimilarity = 1.0;
    else if (normActual == 0.0 || normExpected == 0.0)
        result.cosineSimilarity = 0.0;
    else
        result.cosineSimilarity = dot / (std::sqrt(normActual) * std::sqrt(normExpected));
    result.agrees = result.mismatches == 0;
    return result;
}

Result<qint64> argmax(const Tensor &tensor)
{
    if (const auto readable = checkReadable(tensor, Tr::tr("output")); !readable)
        return fail(readable.error());
    if (tensor.scalarCount() == 0)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The tensor is empty; it has no largest value."));
    qint64 best = 0;
    double bestValue = tensor.valueAt(0);
    for (qint64 i = 1; i < tensor.scalarCount() && !std::isnan(bestValue); ++i) {
        const double v = tensor.valueAt(i);
        if (std::isnan(v) || v > bestValue) {
            best = i;
            bestValue = v;
        }
    }
    return best;
}

Result<QList<RankedValue>> topK(const Tensor &tensor, int k)
{
    if (const auto readable = checkReadable(tensor, Tr::tr("output")); !readable)
        return fail(readable.error());
    if (k < 0)
        return fail(ErrorCode::InvalidArgument, Tr::tr("k must not be negative (it is %1).").arg(k));
    QList<RankedValue> values;
    values.reserve(tensor.scalarCount());
    for (qint64 i = 0; i < tensor.scalarCount(); ++i)
        values.append({i, tensor.valueAt(i)});
    const qsizetype n = std::min<qsizetype>(k, values.size());
    std::partial_sort(values.begin(),
                      values.begin() + n,
                      values.end(),
                      [](const RankedValue &a, const RankedValue &b) {
                          const bool aNan = std::isnan(a.value);
                          const bool bNan = std::isnan(b.value);
                          if (aNan != bNan)
                              return bNan;
                          if (!aNan && a.value != b.value)
                              return a.value > b.value;
                          return a.index < b.index;
                      });
    values.resize(n);
    return values;
}

} // namespace TinyDeploy::Tensor
