#pragma once

#include <util/error.h>

#include <QJsonObject>
#include <QString>

namespace TinyDeploy::Batch {

class BatchDeployment;

/// batch.json's format version.
inline constexpr int BatchReportVersion = 1;

/// @brief The batch as JSON (batch.json, and `tinydeploy-cli deploy --boards ... --json`):
/// {"batch_format", "state", "ok", "folder", "model", "template", "started", "wall_ms",
/// "max_parallel", "build": {"state", "record", "project_dir", "error"},
/// "summary": {"boards", "passed", "failed", "cancelled", "waiting", "reasons": [...]},
/// "boards": [{"index" (1-based), "kind" ("real"|"emulated"), "serial_number", "port", "label",
/// "state", "step", "attempts", "record", "latency_us", "predicted",
/// "agreement": {"compared", "agreeing"}, "error"}]}.
QJsonObject batchToJson(const BatchDeployment &batch);

/// The HTML summary: the summary, one table row per board, the reasons of the failures, with
/// links to each board's own hand-over report.
QString batchHtml(const QJsonObject &batchJson);

/// Writes, in the batch folder, batch.json and batch.html; in each board's record, its
/// hand-over report (report.html, History::buildReport()) and batch.json (the batch folder,
/// the board's row and the summary), so that a board's record says which batch it was part of.
/// The first error is returned after everything else was tried.
Result<void> writeBatchReport(const BatchDeployment &batch);

/// Writes the HTML summary of @p batch to @p path (Export report).
Result<void> exportBatchHtml(const BatchDeployment &batch, const QString &path);

} // namespace TinyDeploy::Batch
