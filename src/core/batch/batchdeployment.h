#pragma once

#include "batchjob.h"
#include "boardmatcher.h"
#include "boardtarget.h"

#include <deploy/deploymenttypes.h>
#include <util/error.h>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <chrono>
#include <optional>

class QTimer;

namespace TinyDeploy::Batch {

/// Where one board of a batch is.
enum class RowState {
    Waiting,   ///< Its turn has not come (or the build still runs).
    Running,   ///< Its deployment runs (BoardRow::step says which step).
    Passed,    ///< Ran, and every output compared agrees with the expected one.
    Failed,    ///< BoardRow::error says why; retry() runs it again.
    Cancelled, ///< The batch was cancelled before or while it ran.
};
/// Stable names ("waiting", "passed", ...) for JSON output and the report.
QString rowStateName(RowState state);
/// Translated ("Waiting", "Passed", ...).
QString rowStateTitle(RowState state);

/// One board's row: what the table, the CLI and the report show.
struct BoardRow
{
    BoardTarget target;
    RowState state = RowState::Waiting;
    std::optional<Deploy::DeploymentStep> step; ///< The step running, or the last one run.
    int progress = -1;                          ///< Of the step: 0..100, -1 unknown.
    int attempts = 0;                           ///< Deployments started for this row.
    std::optional<Error> error;                 ///< Why it failed (or was cancelled).
    JobOutcome outcome;                         ///< Of its last deployment.
    QDateTime started;
    QDateTime finished;
};

/// The batch as a whole.
enum class BatchState { Idle, Building, Deploying, Finished, Failed, Cancelling, Cancelled };
QString batchStateName(BatchState state);

/// Counts at the end of a batch, and why boards failed.
struct BatchSummary
{
    int boards = 0;
    int passed = 0;
    int failed = 0;
    int cancelled = 0;
    int waiting = 0;
    /// "Table 3: Flash failed: ..." per failed board, in row order.
    QStringList reasons;
    bool allPassed() const { return boards > 0 && passed == boards; }
};

/// @brief Deploys one model to many boards: **builds once** (one Deploy::Deployment from
/// Generate to Build), then, for each board, one Deploy::Deployment from Flash to Run on a
/// copy of the built project (copyProjectFolder(): our servers keep one device per project
/// folder), with at most maxParallel() boards at once and one owner per serial port.
///
/// A real board is found again by its USB serial number when its turn comes (BoardMatcher),
/// and the deployment gets its port, whose serial number fills the template's serial_number
/// option, so that the flasher addresses that board and no other. A board that is gone by
/// then fails its row with the reason; a board that is plugged in during the batch is not
/// added: boardOffered() tells, and addTarget() adds it. Each row is started exactly once per
/// start() or retry(); a failed row stays failed (retry(index)) while the others go on.
///
/// From a deployment package (settings().packagePath set), nothing is built: the batch goes
/// straight to its boards, and each board's Deployment flashes the package by its recipe
/// (Deploy::DeploymentSettings::packagePath), unpacked into its own record.
///
/// Records: each board's record is its own Deployment's record (under the records root,
/// as one deployment's), plus batch.json there naming the batch; the batch folder
/// (<records root>/batch-<time>-<model>/) holds the boards' project copies, batch.json
/// (every row, the summary) and batch.html (batchreport.h), written when the batch ends.
class BatchDeployment final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchDeployment)

public:
    explicit BatchDeployment(QObject *parent = nullptr);
    ~BatchDeployment() override;

    /// What to deploy: as for one Deployment (model, template, options, inputs, runs,
    /// records root), or a package (packagePath). firstStep, lastStep, projectDir and
    /// serialPort are the batch's to set.
    void setSettings(const Deploy::DeploymentSettings &settings);
    const Deploy::DeploymentSettings &settings() const { return m_settings; }
    /// The boards, indexes 0..n-1 (BoardMatcher::select()). Before start().
    void setTargets(const QList<BoardTarget> &targets);
    /// How real boards are found again and new ones noticed (default: no real boards).
    void setMatcher(const BoardMatcher &matcher);
    /// Boards deployed at once, at least 1. Default: QThread::idealThreadCount().
    void setMaxParallel(int count);
    int maxParallel() const { return m_maxParallel; }
    /// Test seam; default createDeploymentJob().
    void setJobFactory(JobFactory factory);
    /// How often the ports are listed for new boards while the batch runs (default 1 s).
    void setPollInterval(std::chrono::milliseconds interval);

    /// Creates the batch folder and starts the build. Errors (no boards, no model) leave it Idle.
    Result<void> start();
    /// Stops every running deployment and leaves the waiting rows Cancelled; Cancelled follows.
    void cancel();
    /// Runs the Failed (or Cancelled) row @p index again while the others go on (a finished
    /// batch resumes). InvalidArgument when the row is not failed or the build did not succeed.
    Result<void> retry(int index);
    /// Adds a board (one boardOffered() told of) as a new waiting row; its index.
    Result<int> addTarget(BoardTarget target);
    void setLabel(int index, const QString &label);

    BatchState state() const { return m_state; }
    bool isActive() const;
    /// Flashes a deployment package (settings().packagePath): no build.
    bool isFromPackage() const { return !m_settings.packagePath.isEmpty(); }
    const QList<BoardRow> &rows() const { return m_rows; }
    int runningCount() const { return int(m_running.size()); }
    QString batchFolder() const { return m_folder; }
    /// The build's outcome (its record folder, the built project) once it ended.
    const std::optional<JobOutcome> &buildOutcome() const { return m_build; }
    BatchSummary summary() const;
    QDateTime startedAt() const { return m_started; }
    qint64 wallMs() const { return m_wallMs; }

signals:
    void stateChanged(TinyDeploy::Batch::BatchState state);
    void rowChanged(int index);
    void rowAdded(int index);
    /// A board of the type, not in the batch, was plugged in while it ran.
    void boardOffered(const TinyDeploy::Batch::BoardTarget &target);
    /// A line of the log of row @p index (-1: the build).
    void logLine(int index, const QString &text);
    /// The batch ended (Finished, Failed or Cancelled); the report is written.
    void finished(TinyDeploy::Batch::BatchState state);
    /// Something the user should know that does not stop the batch (a report not written).
    void warning(const QString &text);

private:
    void setState(BatchState state);
    void onBuildFinished();
    /// The build is done (or there is none, from a package): the waiting rows' turn comes.
    void startBoards();
    void schedule();
    bool startRow(int index);
    /// The row's outcome is known: its slot (and port) is free for the next board.
    void onRowResult(int index);
    /// Its job has cleaned up too.
    void onRowFinished(int index);
    void endRow(int index, RowState state, const std::optional<Error> &error);
    void maybeFinish();
    void poll();
    Deploy::DeploymentSettings boardSettings(const BoardRow &row) const;

    Deploy::DeploymentSettings m_settings;
    BoardMatcher m_matcher;
    JobFactory m_factory;
    int m_maxParallel = 1;
    QTimer *m_poll = nullptr;

    BatchState m_state = BatchState::Idle;
    QList<BoardRow> m_rows;
    QList<int> m_pending;             ///< Rows to start, in order.
    QHash<int, BatchJob *> m_running; ///< Row index to its job.
    QSet<BatchJob *> m_cleaning;      ///< Jobs with a result, still stopping their device.
    QHash<QString, int> m_portOwner;  ///< Serial port to the row that uses it.
    QSet<QString> m_offered;          ///< Serial numbers already offered.
    BatchJob *m_buildJob = nullptr;
    std::optional<JobOutcome> m_build;
    QString m_folder;
    QDateTime m_started;
    qint64 m_wallMs = 0;
    qint64 m_startMs = 0;
};

} // namespace TinyDeploy::Batch
