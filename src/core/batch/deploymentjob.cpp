#include "deploymentjob.h"
#include "batchtr.h"
#include "projectcopy.h"

#include <deploy/deployment.h>
#include <deploy/devicestopper.h>

#include <QDir>
#include <QFileInfo>

namespace TinyDeploy::Batch {

using namespace TinyDeploy::Deploy;

BatchJob *createDeploymentJob(const JobRequest &request, QObject *parent)
{
    return new DeploymentJob(request, parent);
}

DeploymentJob::DeploymentJob(const JobRequest &request, QObject *parent)
    : BatchJob(parent)
    , m_request(request)
    , m_deployment(new Deployment(this))
{
    connect(m_deployment, &Deployment::stepStarted, this, &BatchJob::stepChanged);
    connect(m_deployment, &Deployment::progress, this, [this](DeploymentStep, int percent) {
        emit progress(percent);
    });
    connect(m_deployment,
            &Deployment::logLine,
            this,
            [this](DeploymentStep, const QDateTime &, const QString &text, LogStream) {
                emit logLine(text);
            });
    connect(m_deployment, &Deployment::finished, this, &DeploymentJob::onDeploymentFinished);
}

DeploymentJob::~DeploymentJob() = default;

Result<void> DeploymentJob::start()
{
    if (m_request.kind == JobRequest::Kind::Board && m_request.settings.packagePath.isEmpty()) {
        const QString projectDir = m_request.settings.projectDir;
        // A retried board starts from a fresh copy: whatever the failed attempt left goes.
        if (QFileInfo::exists(projectDir))
            QDir(projectDir).removeRecursively();
        if (Result<void> copied = copyProjectFolder(m_request.builtProjectDir, projectDir); !copied)
            return copied;
    }
    m_deployment->setSettings(m_request.settings);
    return m_deployment->start();
}

void DeploymentJob::cancel()
{
    if (m_deployment->isActive())
        m_deployment->cancel();
    // While the device is being stopped, finished() follows by itself.
}

void DeploymentJob::onDeploymentFinished()
{
    emit resultReady();
    const QString projectDir = m_deployment->projectDir();
    if (m_request.kind == JobRequest::Kind::Board && projectHasDeviceRecord(projectDir)) {
        // The board's emulated device (QEMU) has done its part; a batch leaves none running.
        m_stopping = true;
        stopProjectDevice(projectDir, this, [this](Result<void> stopped) {
            if (!stopped)
                emit logLine(stopped.error().oneLine());
            m_stopping = false;
            end();
        });
        return;
    }
    end();
}

void DeploymentJob::end()
{
    if (m_ended)
        return;
    if (m_deployment->hasRunningServer()) {
        // A retired server may take a moment to exit: finished() once none runs.
        connect(m_deployment,
                &Deployment::serversStopped,
                this,
                &DeploymentJob::end,
                Qt::SingleShotConnection);
        return;
    }
    m_ended = true;
    emit finished();
}

JobOutcome DeploymentJob::outcome() const
{
    JobOutcome outcome;
    outcome.state = m_deployment->state();
    outcome.failedStep = m_deployment->failedStep();
    outcome.error = m_deployment->error();
    outcome.recordFolder = m_deployment->recordFolder();
    outcome.projectDir = m_deployment->projectDir();
    outcome.serialPort = m_deployment->serialPort();
    const QList<RunResult> &results = m_deployment->results();
    outcome.results = int(results.size());
    if (!results.isEmpty()) {
        const RunResult &first = results.first();
        if (!first.latencies.isEmpty())
            outcome.latencyUs = first.latency().medianUs;
        if (!first.topK.isEmpty()) {
            outcome.predicted = first.topKLabels.isEmpty()
                                    ? QString::number(first.topK.first().index)
                                    : first.topKLabels.first();
        }
    }
    outcome.compared = m_deployment->resultStore().compared();
    outcome.agreeing = m_deployment->resultStore().agreeing();
    return outcome;
}

} // namespace TinyDeploy::Batch
