#include "batchdeployment.h"
#include "batchreport.h"
#include "batchtr.h"

#include <deploy/deploymentrecord.h>
#include <deploy/samplekit.h>
#include <package/packagereader.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <QTimer>

namespace TinyDeploy::Batch {

using namespace TinyDeploy::Deploy;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

Error cancelledError()
{
    return makeError(ErrorCode::Cancelled,
                     Tr::tr("The batch was cancelled before this board was done."),
                     QStringLiteral("batch"),
                     Tr::tr("Retry the board, or start the batch again."));
}

} // namespace

BatchDeployment::BatchDeployment(QObject *parent)
    : QObject(parent)
    , m_factory(createDeploymentJob)
    , m_maxParallel(std::max(1, QThread::idealThreadCount()))
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(std::chrono::seconds(1));
    connect(m_poll, &QTimer::timeout, this, &BatchDeployment::poll);
}

BatchDeployment::~BatchDeployment()
{
    // The jobs are children: their deployments kill what still runs.
    for (BatchJob *job : std::as_const(m_running))
        disconnect(job, nullptr, this, nullptr);
    for (BatchJob *job : std::as_const(m_cleaning))
        disconnect(job, nullptr, this, nullptr);
    if (m_buildJob)
        disconnect(m_buildJob, nullptr, this, nullptr);
}

void BatchDeployment::setSettings(const DeploymentSettings &settings)
{
    m_settings = settings;
}

void BatchDeployment::setTargets(const QList<BoardTarget> &targets)
{
    if (m_state != BatchState::Idle)
        return;
    m_rows.clear();
    for (qsizetype i = 0; i < targets.size(); ++i) {
        BoardRow row;
        row.target = targets.at(i);
        row.target.index = int(i);
        m_rows.append(row);
    }
}

void BatchDeployment::setMatcher(const BoardMatcher &matcher)
{
    m_matcher = matcher;
}

void BatchDeployment::setMaxParallel(int count)
{
    m_maxParallel = std::max(1, count);
    if (m_state == BatchState::Deploying)
        schedule();
}

void BatchDeployment::setJobFactory(JobFactory factory)
{
    m_factory = factory ? std::move(factory) : JobFactory(createDeploymentJob);
}

void BatchDeployment::setPollInterval(std::chrono::milliseconds interval)
{
    m_poll->setInterval(interval);
}

bool BatchDeployment::isActive() const
{
    return m_state == BatchState::Building || m_state == BatchState::Deploying
           || m_state == BatchState::Cancelling;
}

void BatchDeployment::setState(BatchState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

Result<void> BatchDeployment::start()
{
    if (m_state != BatchState::Idle) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("This batch has already been started."),
                    QStringLiteral("BatchDeployment::start"));
    }
    if (m_rows.isEmpty()) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The batch has no boards."),
                    QStringLiteral("BatchDeployment::start"),
                    Tr::tr("Connect the boards, or give the number of emulated boards."));
    }
    if (isFromPackage()) {
        // Refuses what is not a package before a folder is made; each board checks it whole.
        Result<Package::PackageManifest> manifest = Package::readManifest(m_settings.packagePath);
        if (!manifest)
            return fail(manifest.error());
        m_settings.templateName = manifest->templateName;
    }
    m_started = QDateTime::currentDateTimeUtc();
    m_startMs = nowMs();
    const QString root = m_settings.recordsRoot.isEmpty() ? DeploymentRecord::defaultRoot()
                                                          : m_settings.recordsRoot;
    m_settings.recordsRoot = root;
    const QString base = QStringLiteral("%1/batch-%2-%3")
                             .arg(root,
                                  m_started.toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                  isFromPackage()
                                      ? QFileInfo(m_settings.packagePath).completeBaseName()
                                      : modelStem(m_settings.modelPath));
    QString folder = base;
    for (int n = 2; QFileInfo::exists(folder); ++n)
        folder = base + QStringLiteral("-%1").arg(n);
    if (!QDir().mkpath(folder + QStringLiteral("/boards"))) {
        return fail(ErrorCode::Io,
                    Tr::tr("The batch folder could not be created."),
                    folder,
                    Tr::tr("Check that the records folder can be written and the disk has "
                           "room."));
    }
    m_folder = folder;
    if (!m_matcher.isEmulated())
        m_poll->start();
    if (isFromPackage()) {
        // The package holds the built firmware: its boards' turn comes at once.
        m_build = JobOutcome{};
        m_build->state = DeploymentState::Finished;
        startBoards();
        return ok();
    }

    JobRequest request;
    request.kind = JobRequest::Kind::Build;
    request.settings = m_settings;
    request.settings.firstStep = DeploymentStep::Generate;
    request.settings.lastStep = DeploymentStep::Build;
    request.settings.serialPort.clear();
    request.settings.keepDeviceOpen = false;
    m_buildJob = m_factory(request, this);
    connect(m_buildJob, &BatchJob::logLine, this, [this](const QString &text) {
        emit logLine(-1, text);
    });
    connect(m_buildJob, &BatchJob::finished, this, &BatchDeployment::onBuildFinished);
    setState(BatchState::Building);
    if (Result<void> started = m_buildJob->start(); !started) {
        m_buildJob->deleteLater();
        m_buildJob = nullptr;
        m_state = BatchState::Idle;
        QDir(m_folder).removeRecursively();
        m_folder.clear();
        m_poll->stop();
        emit stateChanged(m_state);
        return started;
    }
    return ok();
}

void BatchDeployment::onBuildFinished()
{
    m_build = m_buildJob->outcome();
    m_buildJob->deleteLater();
    m_buildJob = nullptr;
    if (m_state == BatchState::Cancelling || m_build->state == DeploymentState::Cancelled) {
        for (int i = 0; i < m_rows.size(); ++i)
            endRow(i, RowState::Cancelled, cancelledError());
        setState(BatchState::Cancelling);
        maybeFinish();
        return;
    }
    if (m_build->state != DeploymentState::Finished) {
        const Error cause = m_build->error.value_or(
            makeError(ErrorCode::Internal, Tr::tr("The build did not finish."), QString()));
        Error error
            = makeError(cause.code,
                        Tr::tr("The build failed, so no board was flashed: %1").arg(cause.message),
                        cause.location,
                        cause.hint,
                        cause.details);
        for (int i = 0; i < m_rows.size(); ++i)
            endRow(i, RowState::Failed, error);
        m_pending.clear();
        m_poll->stop();
        m_wallMs = nowMs() - m_startMs;
        setState(BatchState::Failed);
        if (Result<void> written = writeBatchReport(*this); !written)
            emit warning(written.error().oneLine());
        emit finished(m_state);
        return;
    }
    startBoards();
}

void BatchDeployment::startBoards()
{
    m_pending.clear(); // rows added during the build are among these
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).state == RowState::Waiting)
            m_pending.append(i);
    }
    setState(BatchState::Deploying);
    schedule();
}

DeploymentSettings BatchDeployment::boardSettings(const BoardRow &row) const
{
    DeploymentSettings settings = m_settings;
    settings.firstStep = DeploymentStep::Flash;
    settings.lastStep = DeploymentStep::Run;
    // A package is unpacked into each board's record; a built project is copied per board.
    settings.projectDir = isFromPackage() ? QString()
                                          : QStringLiteral("%1/boards/%2/project")
                                                .arg(m_folder, row.target.folderName());
    settings.serialPort = row.target.isReal() ? row.target.port : QString();
    settings.keepDeviceOpen = false;
    settings.checkFit = false; // checked once, by the build
    return settings;
}

void BatchDeployment::schedule()
{
    if (m_state != BatchState::Deploying) {
        maybeFinish(); // cancelling: ends once the last job has
        return;
    }
    qsizetype next = 0;
    while (m_running.size() < m_maxParallel && next < m_pending.size()) {
        const int index = m_pending.at(next);
        BoardRow &row = m_rows[index];
        if (row.target.isReal()) {
            const std::optional<Device::PortInfo> now = m_matcher.locate(row.target);
            if (!now) {
                m_pending.removeAt(next);
                endRow(index,
                       RowState::Failed,
                       makeError(ErrorCode::PortUnavailable,
                                 Tr::tr("The board %1 is no longer connected: it was unplugged "
                                        "before its turn.")
                                     .arg(row.target.displayName()),
                                 row.target.port,
                                 Tr::tr("Plug it in again and press Retry.")));
                continue;
            }
            if (m_portOwner.contains(now->systemLocation)) {
                ++next; // one owner per port: its turn comes when the port is free
                continue;
            }
            if (now->systemLocation != row.target.port) {
                emit logLine(index,
                             Tr::tr("The board %1 is now %2 (was %3).")
                                 .arg(row.target.displayName(),
                                      now->systemLocation,
                                      row.target.port));
                row.target.port = now->systemLocation;
            }
        }
        m_pending.removeAt(next);
        startRow(index);
    }
    maybeFinish();
}

bool BatchDeployment::startRow(int index)
{
    BoardRow &row = m_rows[index];
    JobRequest request;
    request.kind = JobRequest::Kind::Board;
    request.settings = boardSettings(row);
    request.builtProjectDir = m_build->projectDir;
    request.target = row.target;
    row.attempts += 1;
    row.state = RowState::Running;
    row.step.reset();
    row.progress = -1;
    row.error.reset();
    row.outcome = {};
    row.started = QDateTime::currentDateTimeUtc();
    row.finished = {};
    BatchJob *job = m_factory(request, this);
    m_running.insert(index, job);
    if (row.target.isReal())
        m_portOwner.insert(row.target.port, index);
    connect(job, &BatchJob::stepChanged, this, [this, index](DeploymentStep step) {
        m_rows[index].step = step;
        m_rows[index].progress = -1;
        emit rowChanged(index);
    });
    connect(job, &BatchJob::progress, this, [this, index](int percent) {
        m_rows[index].progress = percent;
        emit rowChanged(index);
    });
    connect(job, &BatchJob::logLine, this, [this, index](const QString &text) {
        emit logLine(index, text);
    });
    connect(job, &BatchJob::resultReady, this, [this, index] { onRowResult(index); });
    connect(job, &BatchJob::finished, this, [this, index, job] {
        if (m_running.value(index) == job)
            onRowResult(index);
        m_cleaning.remove(job);
        disconnect(job, nullptr, this, nullptr);
        job->deleteLater();
        onRowFinished(index);
    });
    emit rowChanged(index);
    if (Result<void> started = job->start(); !started) {
        disconnect(job, nullptr, this, nullptr);
        m_running.remove(index);
        m_portOwner.remove(row.target.port);
        job->deleteLater();
        endRow(index, RowState::Failed, started.error());
        return false;
    }
    return true;
}

void BatchDeployment::onRowFinished(int)
{
    maybeFinish();
}

void BatchDeployment::onRowResult(int index)
{
    BatchJob *job = m_running.take(index);
    if (!job)
        return;
    m_cleaning.insert(job);
    BoardRow &row = m_rows[index];
    row.outcome = job->outcome();
    m_portOwner.remove(row.target.port);
    const JobOutcome &outcome = row.outcome;
    if (outcome.state == DeploymentState::Cancelled) {
        endRow(index, RowState::Cancelled, outcome.error.value_or(cancelledError()));
    } else if (outcome.state != DeploymentState::Finished) {
        endRow(index,
               RowState::Failed,
               outcome.error.value_or(makeError(ErrorCode::Internal,
                                                Tr::tr("The deployment did not finish."),
                                                outcome.recordFolder)));
    } else if (!outcome.passed()) {
        endRow(index,
               RowState::Failed,
               makeError(ErrorCode::InvalidValue,
                         Tr::tr("The board's outputs differ from the expected outputs: %1 of %2 "
                                "agree.")
                             .arg(outcome.agreeing)
                             .arg(outcome.compared),
                         outcome.recordFolder,
                         Tr::tr("Look at the board's record; retry it, or check the model and "
                                "the firmware.")));
    } else {
        endRow(index, RowState::Passed, std::nullopt);
    }
    schedule();
}

void BatchDeployment::endRow(int index, RowState state, const std::optional<Error> &error)
{
    BoardRow &row = m_rows[index];
    if (row.state == RowState::Passed || row.state == RowState::Failed
        || row.state == RowState::Cancelled) {
        if (state == RowState::Cancelled)
            return; // a board that is done stays as it is
    }
    row.state = state;
    row.error = error;
    row.finished = QDateTime::currentDateTimeUtc();
    emit rowChanged(index);
}

void BatchDeployment::maybeFinish()
{
    if (m_state != BatchState::Deploying && m_state != BatchState::Cancelling)
        return;
    if (m_buildJob || !m_running.isEmpty() || !m_cleaning.isEmpty())
        return; // a batch leaves no device running
    if (m_state == BatchState::Deploying && !m_pending.isEmpty())
        return; // waiting rows whose port is taken cannot be: nothing runs
    m_pending.clear();
    m_poll->stop();
    m_wallMs = nowMs() - m_startMs;
    setState(m_state == BatchState::Cancelling ? BatchState::Cancelled : BatchState::Finished);
    if (Result<void> written = writeBatchReport(*this); !written)
        emit warning(written.error().oneLine());
    emit finished(m_state);
}

void BatchDeployment::cancel()
{
    if (!isActive() || m_state == BatchState::Cancelling)
        return;
    const BatchState was = m_state;
    setState(BatchState::Cancelling);
    for (const int index : std::as_const(m_pending))
        endRow(index, RowState::Cancelled, cancelledError());
    m_pending.clear();
    if (was == BatchState::Building && m_buildJob) {
        m_buildJob->cancel();
        return; // onBuildFinished() ends the rows
    }
    const QList<BatchJob *> jobs = m_running.values();
    for (BatchJob *job : jobs)
        job->cancel();
    maybeFinish();
}

Result<void> BatchDeployment::retry(int index)
{
    if (index < 0 || index >= m_rows.size()) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("There is no board %1 in this batch.").arg(index + 1),
                    QStringLiteral("BatchDeployment::retry"));
    }
    BoardRow &row = m_rows[index];
    if (row.state != RowState::Failed && row.state != RowState::Cancelled) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("Only a board that failed or was cancelled can be retried."),
                    QStringLiteral("BatchDeployment::retry"));
    }
    if (!m_build || m_build->state != DeploymentState::Finished) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The build did not succeed, so there is nothing to flash."),
                    QStringLiteral("BatchDeployment::retry"),
                    Tr::tr("Fix the build, then start the batch again."));
    }
    if (m_state == BatchState::Cancelling) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The batch is being cancelled."),
                    QStringLiteral("BatchDeployment::retry"),
                    Tr::tr("Wait until it has stopped, then retry the board."));
    }
    row.state = RowState::Waiting;
    row.error.reset();
    emit rowChanged(index);
    m_pending.append(index);
    if (m_state != BatchState::Deploying) {
        m_startMs = nowMs() - m_wallMs; // the wall time goes on from where it was
        setState(BatchState::Deploying);
        if (!m_matcher.isEmulated())
            m_poll->start();
    }
    schedule();
    return ok();
}

Result<int> BatchDeployment::addTarget(BoardTarget target)
{
    for (const BoardRow &row : std::as_const(m_rows)) {
        if (target.isReal() && !target.serialNumber.isEmpty()
            && row.target.serialNumber == target.serialNumber) {
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("The board %1 is already in the batch.").arg(target.serialNumber),
                        QStringLiteral("BatchDeployment::addTarget"));
        }
    }
    BoardRow row;
    row.target = target;
    row.target.index = int(m_rows.size());
    m_rows.append(row);
    const int index = row.target.index;
    emit rowAdded(index);
    if (m_state == BatchState::Building || m_state == BatchState::Deploying) {
        m_pending.append(index);
        schedule();
    } else if (m_state == BatchState::Finished) {
        m_pending.append(index);
        m_startMs = nowMs() - m_wallMs;
        setState(BatchState::Deploying);
        schedule();
    }
    return index;
}

void BatchDeployment::setLabel(int index, const QString &label)
{
    if (index < 0 || index >= m_rows.size() || m_rows[index].target.label == label)
        return;
    m_rows[index].target.label = label;
    emit rowChanged(index);
}

void BatchDeployment::poll()
{
    for (const BoardTarget &seen : m_matcher.connected()) {
        if (seen.serialNumber.isEmpty() || m_offered.contains(seen.serialNumber))
            continue;
        const bool inBatch = std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const BoardRow &r) {
            return r.target.serialNumber == seen.serialNumber;
        });
        if (inBatch)
            continue;
        m_offered.insert(seen.serialNumber);
        emit boardOffered(seen);
    }
}

BatchSummary BatchDeployment::summary() const
{
    BatchSummary summary;
    summary.boards = int(m_rows.size());
    for (const BoardRow &row : m_rows) {
        switch (row.state) {
        case RowState::Passed:
            ++summary.passed;
            break;
        case RowState::Failed:
            ++summary.failed;
            summary.reasons.append(
                QStringLiteral("%1: %2").arg(row.target.displayName(),
                                             row.error ? row.error->oneLine() : QString()));
            break;
        case RowState::Cancelled:
            ++summary.cancelled;
            break;
        case RowState::Waiting:
        case RowState::Running:
            ++summary.waiting;
            break;
        }
    }
    return summary;
}

} // namespace TinyDeploy::Batch
