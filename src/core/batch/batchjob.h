#pragma once

#include "boardtarget.h"

#include <deploy/deploymenttypes.h>
#include <util/error.h>

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace TinyDeploy::Batch {

/// What a batch asks of one job: the one build, or one board's flash-to-run.
struct JobRequest
{
    enum class Kind {
        Build, ///< Generate and build once (settings.firstStep..lastStep = Generate..Build).
        Board  ///< Copy the built project for one board, then flash, connect and run.
    };
    Kind kind = Kind::Build;
    /// The deployment's settings, ready: for a board, firstStep Flash, its own projectDir (to
    /// be created from builtProjectDir) and, for a real board, its serial port.
    Deploy::DeploymentSettings settings;
    /// The project the build made (Board jobs); empty for a batch from a package, whose
    /// settings carry packagePath instead.
    QString builtProjectDir;
    BoardTarget target; ///< Board jobs.
};

/// How a job ended.
struct JobOutcome
{
    Deploy::DeploymentState state = Deploy::DeploymentState::Idle;
    std::optional<Deploy::DeploymentStep> failedStep;
    std::optional<Error> error;
    QString recordFolder;
    QString projectDir;
    QString serialPort;
    /// Median latency of the first result, in microseconds; none without results.
    std::optional<double> latencyUs;
    int results = 0;
    quint64 compared = 0; ///< Outputs compared with expected ones.
    quint64 agreeing = 0; ///< Of those, the ones that agree.
    QString predicted;    ///< Top-1 label (or index) of the first result; empty when none.

    bool passed() const
    {
        return state == Deploy::DeploymentState::Finished && agreeing == compared;
    }
};

/// @brief One unit of work of a batch (the seam between the scheduler and the deployments):
/// the default job drives a Deploy::Deployment; tests use fakes.
class BatchJob : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Starts; an error here is the job's outcome (finished() is not emitted).
    virtual Result<void> start() = 0;
    /// Stops it; finished() follows (state Cancelled) once nothing of it runs any more.
    virtual void cancel() = 0;
    virtual JobOutcome outcome() const = 0;

signals:
    void stepChanged(TinyDeploy::Deploy::DeploymentStep step);
    /// 0..100, or -1 while unknown.
    void progress(int percent);
    void logLine(const QString &text);
    /// The outcome is final; the job may still clean up (stop the emulated device), and
    /// finished() follows. A job may skip it: finished() then means both.
    void resultReady();
    /// The job has ended and nothing it started runs any more.
    void finished();
};

/// Creates the job for a request, owned by @p parent.
using JobFactory = std::function<BatchJob *(const JobRequest &request, QObject *parent)>;

/// The default: a Deploy::Deployment per job. A board job copies the built project first
/// (copyProjectFolder()) and stops the emulated device once its Run step ended.
BatchJob *createDeploymentJob(const JobRequest &request, QObject *parent);

} // namespace TinyDeploy::Batch
