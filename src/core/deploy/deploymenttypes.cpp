#include "deploymenttypes.h"
#include "deploytr.h"

#include <algorithm>

namespace TinyDeploy::Deploy {

QString stateName(DeploymentState state)
{
    switch (state) {
    case DeploymentState::Idle:
        return QStringLiteral("idle");
    case DeploymentState::Staging:
        return QStringLiteral("staging");
    case DeploymentState::Generating:
        return QStringLiteral("generating");
    case DeploymentState::Building:
        return QStringLiteral("building");
    case DeploymentState::Flashing:
        return QStringLiteral("flashing");
    case DeploymentState::Connecting:
        return QStringLiteral("connecting");
    case DeploymentState::Running:
        return QStringLiteral("running");
    case DeploymentState::Finished:
        return QStringLiteral("finished");
    case DeploymentState::Failed:
        return QStringLiteral("failed");
    case DeploymentState::Cancelling:
        return QStringLiteral("cancelling");
    case DeploymentState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

QString stepName(DeploymentStep step)
{
    switch (step) {
    case DeploymentStep::Generate:
        return QStringLiteral("generate");
    case DeploymentStep::Build:
        return QStringLiteral("build");
    case DeploymentStep::Flash:
        return QStringLiteral("flash");
    case DeploymentStep::Connect:
        return QStringLiteral("connect");
    case DeploymentStep::Run:
        return QStringLiteral("run");
    }
    return QString();
}

QString stepTitle(DeploymentStep step)
{
    switch (step) {
    case DeploymentStep::Generate:
        return Tr::tr("Generate project");
    case DeploymentStep::Build:
        return Tr::tr("Build");
    case DeploymentStep::Flash:
        return Tr::tr("Flash");
    case DeploymentStep::Connect:
        return Tr::tr("Connect to the device");
    case DeploymentStep::Run:
        return Tr::tr("Run the model");
    }
    return QString();
}

DeploymentState stateOfStep(DeploymentStep step)
{
    switch (step) {
    case DeploymentStep::Generate:
        return DeploymentState::Generating;
    case DeploymentStep::Build:
        return DeploymentState::Building;
    case DeploymentStep::Flash:
        return DeploymentState::Flashing;
    case DeploymentStep::Connect:
        return DeploymentState::Connecting;
    case DeploymentStep::Run:
        return DeploymentState::Running;
    }
    return DeploymentState::Idle;
}

QString logStreamName(LogStream stream)
{
    switch (stream) {
    case LogStream::Stdout:
        return QStringLiteral("stdout");
    case LogStream::Stderr:
        return QStringLiteral("stderr");
    case LogStream::Device:
        return QStringLiteral("device");
    case LogStream::Info:
        return QStringLiteral("info");
    }
    return QString();
}

LatencySummary LatencySummary::of(const QList<Device::RunLatency> &latencies, bool hasCycles)
{
    LatencySummary summary;
    summary.runs = int(latencies.size());
    summary.hasCycles = hasCycles;
    if (latencies.isEmpty())
        return summary;
    QList<quint64> cycles;
    QList<quint32> us;
    for (const Device::RunLatency &run : latencies) {
        cycles.append(run.cycles);
        us.append(run.microseconds);
    }
    std::sort(cycles.begin(), cycles.end());
    std::sort(us.begin(), us.end());
    const qsizetype n = latencies.size();
    // The median of an even count is the mean of the two middle values.
    const auto medianOf = [n](const auto &sorted) {
        return n % 2 ? double(sorted.at(n / 2))
                     : (double(sorted.at(n / 2 - 1)) + double(sorted.at(n / 2))) / 2.0;
    };
    summary.minCycles = cycles.first();
    summary.maxCycles = cycles.last();
    summary.medianCycles = quint64(medianOf(cycles) + 0.5);
    summary.minUs = us.first();
    summary.maxUs = us.last();
    summary.medianUs = medianOf(us);
    return summary;
}

bool RunResult::agrees() const
{
    if (comparisons.isEmpty())
        return false;
    return std::all_of(comparisons.cbegin(), comparisons.cend(), [](const Tensor::Comparison &c) {
        return c.agrees;
    });
}

} // namespace TinyDeploy::Deploy
