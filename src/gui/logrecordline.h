#pragma once

#include <deploy/deploymenttypes.h>

#include <QByteArrayView>

#include <optional>

namespace TinyDeploy::Gui {

/// The start of a line of a deployment record's step log: DeploymentRecord::appendLog()
/// writes "<UTC time> [<stream>] <text>" (time as "2026-12-03T06:12:16.123Z", stream as
/// Deploy::logStreamName()).
struct RecordLinePrefix
{
    qint64 msecs = 0; ///< The time, in ms since the epoch.
    Deploy::LogStream stream = Deploy::LogStream::Stdout;
    qsizetype length = 0; ///< Bytes before the text.
};

/// Reads the prefix from @p head, the first bytes of a line; nullopt when it has none (the
/// second line of a text with a newline in it).
std::optional<RecordLinePrefix> parseRecordLinePrefix(QByteArrayView head);

} // namespace TinyDeploy::Gui
