#pragma once

#include <QString>

namespace TinyDeploy::Gui {

class LogStore;

/// One bounded step of a search, for an incremental search that never blocks.
struct LogFindStep
{
    int match = -1;     ///< The matching row, or -1.
    int resumeRow = -1; ///< Where to continue when no match yet; -1 when done.
};

/// Looks at up to @p maxLines rows of @p store starting at @p from (inclusive), going
/// backwards when @p backward, for @p needle (case-insensitive). No wrap-around. A step reads
/// at most a few MiB, so lines of other files or very long lines make it look at fewer.
LogFindStep findLogStep(
    const LogStore &store, const QString &needle, int from, bool backward, int maxLines = 20000);
/// The whole search at once: the next match after @p from, wrapping around; -1 if none.
int findInLog(const LogStore &store, const QString &needle, int from, bool backward);

} // namespace TinyDeploy::Gui
