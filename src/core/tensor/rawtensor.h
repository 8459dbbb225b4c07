#pragma once

#include "tensor.h"
#include "util/error.h"

#include <QList>
#include <QString>

class QByteArray;

namespace TinyDeploy::Tensor {

/// @brief Takes raw little-endian bytes (a .bin input) as a tensor of @p dtype and @p shape;
/// the size must match exactly. @p source names the file in errors.
Result<Tensor> readRaw(const QByteArray &bytes,
                       DType dtype,
                       const QList<qint64> &shape,
                       const QString &source = {});
/// Reads the raw .bin file at @p path.
Result<Tensor> readRawFile(const QString &path, DType dtype, const QList<qint64> &shape);

} // namespace TinyDeploy::Tensor
