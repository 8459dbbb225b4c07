#pragma once

#include "modelarchive.h"

#include <util/error.h>

#include <QString>

#include <atomic>
#include <functional>

namespace TinyDeploy::Mlf {

/// Where extractSafely() is; reported from the extracting thread.
struct ExtractProgress
{
    qint64 archiveBytesDone = 0;  ///< Archive bytes consumed (compressed); for a folder, copied.
    qint64 archiveBytesTotal = 0; ///< Size of the archive file (of all files for a folder).
    qint64 bytesWritten = 0;      ///< Member data written so far.
    int entriesDone = 0;
    QString member; ///< The member being written.
};

struct ExtractOptions
{
    ArchiveLimits limits;
    /// Called on the extracting thread (a worker thread in the GUI: queue it to the UI thread),
    /// after every member and about every MiB of data.
    std::function<void(const ExtractProgress &)> progress;
    /// Set from any thread to stop; extractSafely() then fails with Cancelled and leaves nothing.
    const std::atomic<bool> *cancel = nullptr;
};

/// @brief Extracts the archive (or copies the extracted folder) at @p archivePath into
/// @p targetDir, which must not exist yet and whose parent must exist.
///
/// Every member passes ModelArchive's checks (no absolute paths, no "..", no link leaving the
/// target, nothing written through a link of the archive, no device nodes or FIFOs, no
/// duplicates, entry and byte limits), and is written by libarchive with its secure-extraction
/// flags besides. Members go into a private temporary folder beside the target, which is renamed
/// into place only when everything succeeded; on any failure or cancel it is removed, so the
/// target either appears complete or not at all. Permissions keep the executable bits only;
/// owners are not restored. Blocking: run it on a worker thread. Thread-safe.
Result<void> extractSafely(const QString &archivePath,
                           const QString &targetDir,
                           const ExtractOptions &options = {});

} // namespace TinyDeploy::Mlf
