#pragma once

#include <optional>

#include <QString>

class QCommandLineParser;

namespace TinyDeploy::Deploy {
class Deployment;
}

namespace TinyDeploy::Cli {

class SignalWatcher;

/// How `deploy` and `run` present a deployment.
struct DeployPresentation
{
    bool json = false;    ///< Print one JSON document on stdout (logs still go to stderr).
    bool verbose = false; ///< Every log line, not only step headers and errors.
    /// Stop the emulated device (host runner, QEMU) when the command ends.
    bool stopDeviceAtExit = false;
};

/// Adds --input, --runs, --port and --json.
void addRunOptions(QCommandLineParser &parser);

/// The value of --runs (1 to Device::Protocol::MaxRuns); std::nullopt after printing a usage error.
std::optional<uint> runsOption(const QCommandLineParser &parser);

/// Starts @p deployment (already configured) and runs it to the end in a local event loop:
/// streams its log to stderr, prints the device, the outputs (labels, top-k), the latency, the
/// agreement with expected outputs and the record folder (or JSON with --json). A signal seen
/// by @p watcher cancels it. Stops the device at the end if asked. Returns the exit code:
/// 0 finished and no output disagrees with a known expected one, 1 failed or disagreement,
/// 130 cancelled.
int executeDeployment(Deploy::Deployment &deployment,
                      SignalWatcher &watcher,
                      const DeployPresentation &presentation);

} // namespace TinyDeploy::Cli
