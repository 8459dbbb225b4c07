#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace TinyDeploy::History {

/// An inline SVG bar chart (no script, no external resource): one bar per value, labelled
/// under each bar when @p labels has one, the largest value on the axis; @p unit follows the
/// numbers ("us"). Text is XML-escaped. Empty when @p values is empty.
QString svgBarChart(const QString &title,
                    const QList<double> &values,
                    const QStringList &labels,
                    const QString &unit);

/// An inline SVG of a used-versus-available bar ("Flash: 80 KiB of 4 MiB"), red when @p used
/// exceeds @p available.
QString svgFitBar(const QString &title, qint64 used, qint64 available);

/// "12.0 KiB", "4.0 MiB", "512 bytes".
QString byteText(qint64 bytes);

} // namespace TinyDeploy::History
