// Deployment::profile(): per-operator times of the model on the connected device.

#include "deployment.h"
#include "deploytr.h"

#include <microtvm/rpcrunner.h>

namespace TinyDeploy::Deploy {

Result<void> Deployment::profile(quint32 repeats, bool dumpTensors)
{
    if (m_facts.runChoice && !m_facts.runChoice->canProfile()) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("Profiling needs a host-driven project with the graph executor, and "
                           "this one runs %1.")
                        .arg(runDescription()),
                    m_facts.projectDir,
                    Tr::tr("Generate a project with project_type host_driven from a "
                           "graph-executor archive built with --runtime-crt-system-lib (for "
                           "example digits_int8_graph.tar)."));
    }
    auto *runner = qobject_cast<MicroTvm::RpcRunner *>(m_runner.data());
    if (isActive() || !runner || runner->isBusy()) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The model can be profiled only on a connected device, between runs."),
                    QStringLiteral("Deployment::profile"),
                    Tr::tr("Run the model first, and profile once the run has finished."));
    }
    if (repeats < 1) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("A profile times each operator at least once."),
                    QStringLiteral("Deployment::profile"));
    }
    logInfo(Tr::tr("Profiling every operator (%n repeat(s)).", nullptr, int(repeats)));
    const quint64 request = m_request;
    // Single-shot: a new runner (runAgain after a broken link) has a new connection.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(runner,
                          &MicroTvm::RpcRunner::profileFinished,
                          this,
                          [this, request, connection](
                              const Result<MicroTvm::OperatorProfile> &profiled) {
                              disconnect(*connection);
                              if (request != m_request)
                                  return;
                              if (profiled) {
                                  logInfo(Tr::tr("Profile: %n operator(s), %1 us in total.",
                                                 nullptr,
                                                 int(profiled->operators.size()))
                                              .arg(profiled->totalUs, 0, 'f', 1));
                              } else {
                                  logInfo(
                                      Tr::tr("Profile failed: %1").arg(profiled.error().oneLine()));
                              }
                              emit profileFinished(profiled);
                          });
    runner->profile(repeats, dumpTensors);
    return ok();
}

} // namespace TinyDeploy::Deploy
