#pragma once

#include <util/error.h>

#include <QByteArray>
#include <QString>

#include <functional>

namespace TinyDeploy::Tensor {

/// @brief Reads the whole file @p path for a tensor reader. @p checkSize sees the file's size
/// before anything is read and may refuse it, so a wrong multi-gigabyte file is never loaded.
/// Errors name the file: NotFound, Io, or what @p checkSize returned.
Result<QByteArray> readTensorFile(const QString &path,
                                  const std::function<Result<void>(qint64 size)> &checkSize);

/// A checkSize for readTensorFile(): LimitExceeded above @p maximum bytes.
std::function<Result<void>(qint64)> atMost(qint64 maximum, const QString &path);

} // namespace TinyDeploy::Tensor
