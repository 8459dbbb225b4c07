// The names of BatchDeployment's states, for JSON, the report and the tables.

#include "batchdeployment.h"
#include "batchtr.h"

namespace TinyDeploy::Batch {

QString rowStateName(RowState state)
{
    switch (state) {
    case RowState::Waiting:
        return QStringLiteral("waiting");
    case RowState::Running:
        return QStringLiteral("running");
    case RowState::Passed:
        return QStringLiteral("passed");
    case RowState::Failed:
        return QStringLiteral("failed");
    case RowState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString rowStateTitle(RowState state)
{
    switch (state) {
    case RowState::Waiting:
        return Tr::tr("Waiting");
    case RowState::Running:
        return Tr::tr("Running");
    case RowState::Passed:
        return Tr::tr("Passed");
    case RowState::Failed:
        return Tr::tr("Failed");
    case RowState::Cancelled:
        return Tr::tr("Cancelled");
    }
    return {};
}

QString batchStateName(BatchState state)
{
    switch (state) {
    case BatchState::Idle:
        return QStringLiteral("idle");
    case BatchState::Building:
        return QStringLiteral("building");
    case BatchState::Deploying:
        return QStringLiteral("deploying");
    case BatchState::Finished:
        return QStringLiteral("finished");
    case BatchState::Failed:
        return QStringLiteral("failed");
    case BatchState::Cancelling:
        return QStringLiteral("cancelling");
    case BatchState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace TinyDeploy::Batch
