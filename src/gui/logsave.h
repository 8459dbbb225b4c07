#pragma once

#include <util/error.h>

#include <QString>
#include <QtGlobal>

#include <functional>
#include <vector>

class QObject;

namespace TinyDeploy::Gui {

/// @brief What saving a log copies: byte ranges of open files, each written with a newline
/// after it. Holds its own descriptors of the files (closed when it goes), so the files may
/// be closed, renamed or replaced while it is written.
struct LogSaveJob
{
    struct Range
    {
        qsizetype file = 0; ///< Index into fds.
        qint64 start = 0;
        qint64 length = 0;
    };
    std::vector<Range> ranges;
    std::vector<int> fds; ///< -1 for a file that could not be opened again.

    LogSaveJob() = default;
    LogSaveJob(LogSaveJob &&) = default;
    LogSaveJob &operator=(LogSaveJob &&) = delete;
    LogSaveJob(const LogSaveJob &) = delete;
    LogSaveJob &operator=(const LogSaveJob &) = delete;
    ~LogSaveJob();
};

/// Writes @p job to @p path (through a temporary file: all or nothing) in a worker thread;
/// @p done follows in @p context's thread, unless @p context is gone by then.
void saveLogInBackground(LogSaveJob job,
                         const QString &path,
                         QObject *context,
                         std::function<void(Result<void>)> done);

} // namespace TinyDeploy::Gui
