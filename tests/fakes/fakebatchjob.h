#pragma once

// A batch job whose end the test decides, for BatchDeployment's scheduling tests.

#include <batch/batchjob.h>

#include <QList>
#include <QPointer>
#include <QTimer>

namespace FakeBatch {

class FakeJob final : public TinyDeploy::Batch::BatchJob
{
    Q_OBJECT

public:
    FakeJob(const TinyDeploy::Batch::JobRequest &request, QObject *parent)
        : BatchJob(parent)
        , m_request(request)
    {}

    const TinyDeploy::Batch::JobRequest &request() const { return m_request; }
    bool started() const { return m_started; }
    bool cancelRequested() const { return m_cancelled; }
    bool ended() const { return m_ended; }

    TinyDeploy::Result<void> start() override
    {
        m_started = true;
        emit stepChanged(m_request.kind == TinyDeploy::Batch::JobRequest::Kind::Build
                             ? TinyDeploy::Deploy::DeploymentStep::Build
                             : TinyDeploy::Deploy::DeploymentStep::Flash);
        return TinyDeploy::ok();
    }
    void cancel() override
    {
        m_cancelled = true;
        QTimer::singleShot(0, this, [this] { end(TinyDeploy::Deploy::DeploymentState::Cancelled); });
    }
    TinyDeploy::Batch::JobOutcome outcome() const override { return m_outcome; }

    /// Ends the job (from the event loop, as a deployment would).
    void end(TinyDeploy::Deploy::DeploymentState state, quint64 compared = 5, quint64 agreeing = 5)
    {
        if (m_ended)
            return;
        m_ended = true;
        m_outcome.state = state;
        m_outcome.projectDir = QStringLiteral("/nonexistent/built-project");
        if (state == TinyDeploy::Deploy::DeploymentState::Failed) {
            m_outcome.failedStep = TinyDeploy::Deploy::DeploymentStep::Flash;
            m_outcome.error = TinyDeploy::makeError(TinyDeploy::ErrorCode::ServerError,
                                                    QStringLiteral("The fake flash failed."),
                                                    QStringLiteral("fake"));
        } else if (state == TinyDeploy::Deploy::DeploymentState::Finished) {
            m_outcome.compared = compared;
            m_outcome.agreeing = agreeing;
            m_outcome.latencyUs = 6000;
            m_outcome.results = 5;
        }
        QTimer::singleShot(0, this, [this] {
            emit resultReady();
            emit finished();
        });
    }

private:
    TinyDeploy::Batch::JobRequest m_request;
    TinyDeploy::Batch::JobOutcome m_outcome;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_ended = false;
};

/// Creates FakeJobs and remembers them; the build ends by itself (Finished) unless told.
class FakeFactory
{
public:
    TinyDeploy::Deploy::DeploymentState buildEnds = TinyDeploy::Deploy::DeploymentState::Finished;
    QList<QPointer<FakeJob>> boardJobs;
    QList<int> startedRows;                        ///< Row index of each board job, in start order.
    QList<TinyDeploy::Batch::JobRequest> requests; ///< Of each board job (jobs are deleted).
    int running = 0;
    int maxRunning = 0;

    TinyDeploy::Batch::JobFactory factory()
    {
        return [this](const TinyDeploy::Batch::JobRequest &request, QObject *parent) {
            auto *job = new FakeJob(request, parent);
            if (request.kind == TinyDeploy::Batch::JobRequest::Kind::Build) {
                const auto state = buildEnds;
                QTimer::singleShot(0, job, [job, state] { job->end(state); });
                return static_cast<TinyDeploy::Batch::BatchJob *>(job);
            }
            boardJobs.append(job);
            startedRows.append(request.target.index);
            requests.append(request);
            ++running;
            maxRunning = std::max(maxRunning, running);
            QObject::connect(job, &TinyDeploy::Batch::BatchJob::resultReady, job, [this] {
                --running;
            });
            return static_cast<TinyDeploy::Batch::BatchJob *>(job);
        };
    }
};

} // namespace FakeBatch
