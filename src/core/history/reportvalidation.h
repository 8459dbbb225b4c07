#pragma once

#include <QJsonObject>
#include <QString>

namespace TinyDeploy::History {

/// The "Validation" section of the HTML report from a record's validation.json (written by the
/// data-set run): metrics per output, classifier agreement and accuracy, the confusion matrix,
/// the latency statistics as an inline SVG chart and the worst samples. A section saying there
/// was no validation when @p validation is empty. Everything is HTML-escaped.
QString validationHtml(const QJsonObject &validation);

} // namespace TinyDeploy::History
