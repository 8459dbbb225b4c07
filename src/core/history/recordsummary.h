#pragma once

#include <util/error.h>

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace TinyDeploy::History {

/// How a recorded deployment ended.
enum class RecordResult {
    Finished,
    Failed,
    Cancelled,
    /// Its process is gone while the record says a step was in progress (kill -9, crash).
    Interrupted,
    /// A step is in progress and its process still runs (or runs on another machine).
    InProgress,
};
/// "finished", "failed", "cancelled", "interrupted", "in-progress".
QString resultName(RecordResult result);
std::optional<RecordResult> resultFromName(const QString &name);
/// Translated: "Finished", "Interrupted", ...
QString resultTitle(RecordResult result);

/// @brief What a list of records shows of one record: read from its deployment.json (and
/// validation.json when present), never from results.json or the logs, so that hundreds list
/// quickly.
struct RecordSummary
{
    QString folder; ///< Absolute path of the record folder.
    QString id;     ///< The folder's name, e.g. "20261203-101500-digits".
    QString model;  ///< The model's file name without .tar (or the project's name).
    QString modelPath;
    QString projectDir; ///< The project the deployment made or used (what Run Again runs).
    QString templateName;
    QString board;
    QString serialNumber;
    QString serialPort;
    QString runProtocol;
    QString tinydeployVersion;
    QDateTime created;
    QDateTime updated;
    RecordResult result = RecordResult::Finished;
    /// The step that was in progress (interrupted, in progress), failed or was cancelled.
    QString step;
    QString errorMessage;
    std::optional<double> latencyMedianUs; ///< Of the latest result.
    qint64 compared = 0;                   ///< Results with known expected outputs.
    qint64 agreeing = 0;
    std::optional<double> accuracy;      ///< From validation.json, against labels.
    std::optional<double> top1Agreement; ///< From validation.json, against the reference.
    bool hasValidation = false;

    /// "interrupted during build", "failed during flash", "finished".
    QString resultText() const;
    /// Agreement or accuracy as the list shows it ("97.6 %", "3/3 agree"); empty when unknown.
    QString agreementText() const;
};

/// Reads the summary of the record in @p folder. InvalidJson or NotFound naming the file when
/// deployment.json is missing, not JSON, or lacks what every record has (state, created);
/// a record of a newer format is refused with the version it has. A broken validation.json
/// does not fail the summary (hasValidation stays false).
Result<RecordSummary> loadSummary(const QString &folder);

/// The parsed deployment.json of @p folder, with the same errors as loadSummary().
Result<QJsonObject> loadDeploymentJson(const QString &folder);
/// The parsed @p name ("validation.json", "results.json") of @p folder; std::nullopt when the
/// file does not exist; an error naming the file when it is not a JSON object.
Result<std::optional<QJsonObject>> loadOptionalJson(const QString &folder, const QString &name);

/// The record format this version writes and reads (deployment.json's format_version).
inline constexpr int RecordFormatVersion = 1;

} // namespace TinyDeploy::History
