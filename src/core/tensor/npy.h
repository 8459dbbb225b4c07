#pragma once

#include "tensor.h"
#include "util/error.h"

#include <QString>

class QByteArray;

namespace TinyDeploy::Tensor {

/// Limits applied while reading .npy data, so that a hostile file cannot exhaust memory.
struct NpyLimits
{
    qint64 maxHeaderBytes = 64 * 1024;
    qint64 maxDataBytes = qint64(1) << 30;
};

/// @brief Parses the bytes of a NumPy .npy file (format 1.0, 2.0 or 3.0).
/// Supports little-endian and single-byte bool, int, uint and float dtypes; Fortran-order
/// arrays are transposed to C order. @p source names the file in errors.
Result<Tensor> readNpy(const QByteArray &bytes,
                       const QString &source = {},
                       const NpyLimits &limits = {});
/// Reads and parses the .npy file at @p path.
Result<Tensor> readNpyFile(const QString &path, const NpyLimits &limits = {});

/// The NumPy type string of @p dtype ("<f4", "|i1", "|b1"), or an error if NumPy has none.
Result<QString> npyDescr(DType dtype);
/// Encodes @p tensor as .npy (format 1.0, or 2.0 when the header needs it), byte for byte as
/// numpy.save writes it.
Result<QByteArray> writeNpy(const Tensor &tensor);
/// Writes @p tensor to @p path atomically.
Result<void> writeNpyFile(const Tensor &tensor, const QString &path);

} // namespace TinyDeploy::Tensor
