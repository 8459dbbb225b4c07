#pragma once

#include "modelinfo.h"

#include <util/error.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QLoggingCategory>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcMlfArchive)

namespace TinyDeploy::Mlf {

enum class MemberType { File, Directory, Symlink, HardLink };

/// One member of an archive (or one file of an extracted directory).
struct MemberEntry
{
    QString name;    ///< Normalized: no leading "./", no trailing "/", never "." or "".
    qint64 size = 0; ///< Declared data size in bytes (0 for directories and links).
    MemberType type = MemberType::File;
    QString linkTarget; ///< Symlink target as written, or the normalized hard link target.
    int mode = 0644;    ///< Permission bits (0777 mask).
};

/// Bounds that protect against hostile archives. Every reader and extractSafely() apply them.
struct ArchiveLimits
{
    qint64 maxEntries = 100'000;
    /// Sum of the declared sizes of all members; a gzip bomb stops here without decompressing.
    qint64 maxTotalBytes = qint64(4) * 1024 * 1024 * 1024;
    qint64 maxMetadataBytes = 16 * 1024 * 1024;
    qint64 maxHeaderBytes = 4 * 1024 * 1024;
    /// Only the start of the relay text is read: the main signature comes first.
    qint64 maxRelayBytes = 256 * 1024;
    qint64 maxGraphBytes = 64 * 1024 * 1024;
    int maxNameBytes = 4096;
};

/// What a reader actually did; used by tests and the benchmark to check that unneeded members
/// are skipped rather than read.
struct ReadStats
{
    qint64 bytesFromDisk = 0; ///< Bytes returned by read() on the archive file.
    qint64 bytesSkipped = 0;  ///< Bytes passed over by seeking (uncompressed archives).
    qint64 dataBytesRead = 0; ///< Member data bytes handed to the caller (after decompression).
    QStringList membersRead;  ///< Members whose data was read (fully or partly), in order.
};

struct SummarizeOptions
{
    ArchiveLimits limits;
    /// Checked between members and between data blocks; summarize() fails with Cancelled.
    const std::atomic<bool> *cancel = nullptr;
    /// When set, receives the counters of the run.
    ReadStats *stats = nullptr;
};

/// @brief Streams an MLF archive (.tar, .tar.gz/.tgz, .tar.xz, .tar.zst, decided by content)
/// or an extracted directory with libarchive, without extracting it.
///
/// The static functions are the usual entry points. An instance is a forward-only reader:
/// open(), then next() for each member and, optionally, readData()/readAll() for its data;
/// data not read is skipped (by seeking when the archive is not compressed).
///
/// Every member is checked as it is read, so that nothing downstream (extraction, a template
/// server's tarfile) sees an unsafe archive: names must be valid UTF-8, relative, without ".."
/// and not written through a symlink of the same archive; symlinks and hard links must stay
/// inside; device nodes, FIFOs and sockets are refused (UnsafeMember). Two non-directory members
/// with the same normalized name ("./a" and "a") are an error (DuplicateMember), because tools
/// disagree on which one wins. Limits give LimitExceeded. Thread-safe: instances share nothing.
class ModelArchive final
{
public:
    ModelArchive();
    ~ModelArchive();
    ModelArchive(const ModelArchive &) = delete;
    ModelArchive &operator=(const ModelArchive &) = delete;

    /// Reads what the summary needs (metadata.json, headers, relay text, params headers, the
    /// generated C that defines the entry point) and skips the rest.
    static Result<ModelInfo> summarize(const QString &path, const SummarizeOptions &options = {});
    /// Same as summarize() for an archive held in memory (fuzzing, tests).
    static Result<ModelInfo> summarizeBuffer(QByteArrayView data,
                                             const SummarizeOptions &options = {});
    /// Every member, in archive order (sorted by name for a directory).
    static Result<QList<MemberEntry>> list(const QString &path, const ArchiveLimits &limits = {});
    /// The data of @p member ("./x" and "x" are the same); LimitExceeded when it is larger
    /// than @p maxBytes, NotFound when absent.
    static Result<QByteArray> readMember(const QString &path,
                                         const QString &member,
                                         qint64 maxBytes = 16 * 1024 * 1024);
    /// Strips "./" prefixes, repeated and trailing slashes; "." becomes "".
    static QString normalizeMemberName(const QString &name);

    Result<void> open(const QString &path, const ArchiveLimits &limits = {});
    /// @p data must outlive the reader.
    Result<void> openBuffer(QByteArrayView data, const ArchiveLimits &limits = {});
    void setCancelFlag(const std::atomic<bool> *cancel);
    /// Starts again at the first member (reopens the file); stats() keep accumulating.
    Result<void> rewind();

    ArchiveFormat format() const;
    /// The name used in error locations: the file name of the archive, or "<memory>".
    QString displayName() const;
    /// Size of the archive file (sum of the files for a directory).
    qint64 archiveBytes() const;
    /// Archive bytes consumed so far (compressed), for progress.
    qint64 archiveBytesConsumed() const;
    int memberCount() const;
    const ReadStats &stats() const;

    /// The next member, or std::nullopt after the last one. The root entry "." is not reported.
    Result<std::optional<MemberEntry>> next();
    /// Passes the current member's data to @p sink chunk by chunk (views valid during the call
    /// only). The sink returns false to stop early; the rest is skipped by the next next().
    Result<void> readData(const std::function<bool(QByteArrayView)> &sink);
    /// The current member's data, at most @p maxBytes (LimitExceeded when larger).
    Result<QByteArray> readAll(qint64 maxBytes);

    /// An error located at the current archive, optionally at @p member.
    Error error(ErrorCode code,
                const QString &message,
                const QString &member = {},
                const QString &hint = {}) const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace TinyDeploy::Mlf
