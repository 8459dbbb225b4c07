#pragma once

#include "npy.h"
#include "tensor.h"
#include "util/error.h"

#include <QList>
#include <QString>

class QByteArray;

namespace TinyDeploy::Tensor {

/// One array of an .npz file: the member name without ".npy" ("x" for "x.npy").
struct NamedTensor
{
    QString name;
    Tensor tensor;
};

/// Limits of an .npz read; each member is also bound by @ref NpyLimits.
struct NpzLimits
{
    int maxMembers = 1024;
    qint64 maxTotalBytes = qint64(1) << 30;
    NpyLimits npy;
};

/// @brief Parses an .npz file (a zip of .npy members, as numpy.savez and savez_compressed write
/// it). Arrays keep the archive's order; members not ending in ".npy" are skipped.
Result<QList<NamedTensor>> readNpz(const QByteArray &bytes,
                                   const QString &source = {},
                                   const NpzLimits &limits = {});
/// Reads and parses the .npz file at @p path.
Result<QList<NamedTensor>> readNpzFile(const QString &path, const NpzLimits &limits = {});

} // namespace TinyDeploy::Tensor
