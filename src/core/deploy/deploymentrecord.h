#pragma once

#include "deploymenttypes.h"

#include <device/messages.h>
#include <util/error.h>

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <array>
#include <memory>

class QFile;

namespace TinyDeploy::Deploy {

/// @brief The record folder of one deployment, written as the deployment goes.
///
/// <root>/<yyyyMMdd-HHmmss>-<model>/ holds deployment.json (settings, step results, state),
/// logs/<n>-<step>.log (one per step, appended and flushed line by line) and results.json.
/// JSON files are written to a temporary file and renamed, so a crash or a kill leaves either
/// the previous or the new version, never a torn one. A log that reaches the log limit is
/// renamed to <name>.1 (replacing an older one) and started afresh, so that a device running
/// for hours fills at most twice the limit per step.
class DeploymentRecord final
{
public:
    DeploymentRecord();
    ~DeploymentRecord();
    DeploymentRecord(const DeploymentRecord &) = delete;
    DeploymentRecord &operator=(const DeploymentRecord &) = delete;

    /// AppLocalDataLocation/deployments.
    static QString defaultRoot();

    /// Creates a new, unique record folder under @p root for model @p modelName.
    Result<void> create(const QString &root, const QString &modelName, const QDateTime &when);
    bool isOpen() const { return !m_folder.isEmpty(); }
    QString folder() const { return m_folder; }
    /// logs/<n>-<step>.log, relative to folder().
    static QString logName(DeploymentStep step);
    QString logPath(DeploymentStep step) const;

    /// Bytes after which a step's log is rotated (see the class comment).
    static constexpr qint64 DefaultLogLimit = 16 * 1024 * 1024;
    /// 0: never rotate.
    void setLogLimit(qint64 bytes) { m_logLimit = bytes; }

    /// Appends "<UTC time> [<stream>] <text>" to the step's log and flushes it.
    Result<void> appendLog(DeploymentStep step,
                           const QDateTime &when,
                           LogStream stream,
                           const QString &text);
    Result<void> writeDeployment(const QJsonObject &document);
    Result<void> writeResults(const QJsonObject &document);
    /// Closes the log files (they reopen on the next appendLog()).
    void closeLogs();

private:
    Result<void> writeJson(const QString &name, const QJsonObject &document);
    void rotateLog(DeploymentStep step);

    QString m_folder;
    std::array<std::unique_ptr<QFile>, StepCount> m_logs;
    std::array<qint64, StepCount> m_logSizes{};
    qint64 m_logLimit = DefaultLogLimit;
};

/// JSON forms shared by the record and the CLI's --json output.
QJsonObject errorToJson(const Error &error);
QJsonObject deviceInfoToJson(const Device::DeviceHello &info);
QJsonObject tensorToJson(const Tensor::Tensor &tensor);
QJsonObject latencyToJson(const LatencySummary &latency);
QJsonObject runResultToJson(const RunResult &result, bool withPerRunLatencies = true);
/// Writes @p bytes to @p path through a temporary file and a rename.
Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes);
/// ISO 8601 with milliseconds, UTC.
QString timestampText(const QDateTime &when);

} // namespace TinyDeploy::Deploy
