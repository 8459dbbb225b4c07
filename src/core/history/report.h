#pragma once

#include <util/error.h>

#include <QJsonObject>
#include <QString>

namespace TinyDeploy::History {

/// The report format this version writes (docs/report-schema.json, "report_format").
inline constexpr int ReportFormatVersion = 1;

/// Limits that keep a report readable and bounded whatever the record holds.
struct ReportLimits
{
    int maxResults = 100;           ///< The latest results shown (the count of all is kept).
    int maxValuesPerOutput = 32;    ///< Output values shown per tensor.
    qint64 maxLogBytes = 64 * 1024; ///< The end of each step's log.
};

/// @brief The hand-over report of one deployment record, as JSON (docs/report-schema.json):
/// summary, fit check, options, tool versions, firmware, steps and timings, outputs,
/// validation (validation.json) and the end of each step's log.
///
/// Built from the record's files only (deployment.json, results.json, validation.json, logs/),
/// so a record of another machine reports the same. Errors name the file that could not be read;
/// a missing results.json or validation.json only leaves those parts empty.
Result<QJsonObject> buildReport(const QString &recordFolder, const ReportLimits &limits = {});

/// Writes @p report as indented JSON, or as HTML (reporthtml.h), to @p path atomically.
Result<void> writeJsonReport(const QJsonObject &report, const QString &path);
Result<void> writeHtmlReport(const QJsonObject &report, const QString &path);

} // namespace TinyDeploy::History
