#pragma once

#include "modelinfo.h"
#include "util/error.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace TinyDeploy::Mlf {

/// What the C interface header `codegen/host/include/tvmgen_<mod>.h` declares.
struct HeaderInfo
{
    QString moduleName;
    QStringList inputs;         ///< Members of struct tvmgen_<mod>_inputs, in declaration order.
    QStringList outputs;        ///< Members of struct tvmgen_<mod>_outputs.
    QStringList workspacePools; ///< Members of struct tvmgen_<mod>_workspace_pools.
    QStringList devices;        ///< Members of struct tvmgen_<mod>_devices.
    /// Every `#define TVMGEN_<MOD>_<X>_SIZE <n>`, keyed by <X> ("INPUT_0", "WORKSPACE", ...).
    QHash<QString, qint64> sizeMacros;
    qint64 workspaceBytes = -1; ///< TVMGEN_<MOD>_WORKSPACE_SIZE; -1 when absent.
    QList<PoolInfo> pools; ///< From the <POOL>_WORKSPACE_POOL_SIZE / _CONSTANT_POOL_SIZE macros.
    QStringList functions; ///< Declared functions tvmgen_<mod>_*, in order.
    QString declaredEntryPoint; ///< tvmgen_<mod>_run (or _run_model) if declared; else empty.

    /// Size in bytes that the header gives for the tensor whose struct member is @p cName,
    /// from TVMGEN_<MOD>_<CNAME>_SIZE (TVM 0.11+); -1 when absent.
    qint64 tensorBytes(const QString &cName) const;
};

/// Largest header accepted.
constexpr qint64 maxHeaderBytes = 4 * 1024 * 1024;

/// @brief Parses the interface header of module @p moduleName. Pure.
/// Errors: LimitExceeded (over maxHeaderBytes), InvalidValue (nothing of the module declared).
Result<HeaderInfo> parseHeader(QByteArrayView text,
                               const QString &moduleName,
                               const QString &member = QString());

} // namespace TinyDeploy::Mlf
