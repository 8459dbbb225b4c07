#pragma once

#include <QJsonObject>
#include <QString>

namespace TinyDeploy::History {

/// @brief The HTML form of a report (buildReport()): one self-contained page, no script, no
/// external resource (styles inline, charts as inline SVG), readable in any browser and when
/// printed. Every text from the record is HTML-escaped, so a model name or a log line cannot
/// add markup. Logs are folded in <details>.
QString reportHtml(const QJsonObject &report);

} // namespace TinyDeploy::History
