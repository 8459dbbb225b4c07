#pragma once

#include <device/messages.h>
#include <util/error.h>

#include <QByteArray>
#include <QList>
#include <QString>

namespace TinyDeploy::MicroTvm {

enum class Executor { Graph, Aot };

/// What the host needs to drive a model over RPC (built from the MLF by the caller).
struct ModelPlan
{
    Executor executor = Executor::Graph;
    QByteArray graphJson; ///< executor-config/graph/default.graph (minified by the runner)
    QByteArray params;    ///< parameters/default.params (tvm::runtime::SaveParams format)
    QString moduleName = QStringLiteral("default");
    QList<Device::TensorInfo> inputs, outputs; ///< from metadata.json, in order
    QString model, board;                      ///< for DeviceInfo
    /// The firmware holds the weights (link-params, `_lookup_linked_param`): the executor
    /// must not load params, and the profiler still copies them into its own buffers.
    bool paramsLinked = false;
};

/// Builds the plan from an extracted MLF folder (metadata.json, graph, params), or a clear
/// error: an archive built without the CRT system library says "the archive was not built
/// with --runtime-crt-system-lib" and what to do.
Result<ModelPlan> planFromMlf(const QString &extractedMlfDir);

/// "graph executor" / "AOT executor".
QString executorName(Executor executor);

} // namespace TinyDeploy::MicroTvm
