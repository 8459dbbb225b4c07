#pragma once

#include "batchjob.h"

#include <QPointer>

namespace TinyDeploy::Deploy {
class Deployment;
}

namespace TinyDeploy::Batch {

/// @brief The batch job that drives one Deploy::Deployment (see createDeploymentJob()).
class DeploymentJob final : public BatchJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentJob)

public:
    DeploymentJob(const JobRequest &request, QObject *parent = nullptr);
    ~DeploymentJob() override;

    Result<void> start() override;
    void cancel() override;
    JobOutcome outcome() const override;

private:
    void onDeploymentFinished();
    void end();

    JobRequest m_request;
    Deploy::Deployment *m_deployment = nullptr;
    bool m_stopping = false; ///< Stopping the emulated device before finished().
    bool m_ended = false;
};

} // namespace TinyDeploy::Batch
