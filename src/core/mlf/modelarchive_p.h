#pragma once

// Internal to ModelArchive: the reader state shared by its three source files,
// modelarchive.cpp (opening and listing), modelarchivemembers.cpp (member checks and reading)
// and modelarchivesummary.cpp (the summary pass).

#include "mlftr.h"
#include "modelarchive.h"

#include <QHash>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

namespace TinyDeploy::Mlf {

namespace Internal {

// Large blocks: fewer callbacks, and libarchive hands out views into this buffer for
// uncompressed tar data, so nothing is copied twice.
constexpr qsizetype readBlockSize = 1024 * 1024;

// Read callbacks over a plain file descriptor: counted, 1 MiB blocks, and a skip that seeks
// but never past the end, so that a truncated member is reported rather than treated as EOF.
struct FileSource
{
    int fd = -1;
    qint64 size = 0;
    QByteArray buffer;
    ReadStats *stats = nullptr;
};

struct DirectoryEntry
{
    MemberEntry entry;
    QByteArray rawName;
    bool special = false; // device node, FIFO or socket
};

} // namespace Internal

class ModelArchive::Private
{
public:
    ~Private() { close(); }

    void close()
    {
        if (a) {
            archive_read_free(a);
            a = nullptr;
        }
        if (source.fd >= 0) {
            ::close(source.fd);
            source.fd = -1;
        }
    }

    Error error(ErrorCode code,
                const QString &message,
                const QString &member = {},
                const QString &hint = {}) const
    {
        QString location = displayName;
        if (!member.isEmpty())
            location += QStringLiteral(": ") + member;
        return makeError(code, message, location, hint);
    }

    Error libarchiveError(const QString &member) const;
    /// libarchiveError() for a failure to open, telling a cut first header from no tar.
    Error openingError() const;

    Result<void> checkCancel(const QString &member) const
    {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return fail(
                error(ErrorCode::Cancelled, Tr::tr("Reading the archive was cancelled."), member));
        return ok();
    }

    Result<void> openArchive(ArchiveFormat hint);
    Result<void> openDirectory(const QString &dir);
    Result<void> checkTarTail();
    Result<std::optional<MemberEntry>> nextFromArchive();
    Result<std::optional<MemberEntry>> nextFromDirectory();
    Result<void> admit(MemberEntry &entry,
                       QByteArrayView rawName,
                       QByteArrayView rawLink,
                       bool special);
    Result<void> readArchiveData(const std::function<bool(QByteArrayView)> &sink);
    Result<void> readDirectoryData(const std::function<bool(QByteArrayView)> &sink);

    ArchiveLimits limits;
    const std::atomic<bool> *cancel = nullptr;
    ReadStats stats;
    ArchiveFormat format = ArchiveFormat::Unknown;
    QString path;
    QString displayName;
    qint64 archiveBytes = 0;

    struct archive *a = nullptr;
    Internal::FileSource source;
    QByteArrayView memory;
    bool haveFirstHeader = false;
    int firstStatus = ARCHIVE_OK;
    struct archive_entry *firstEntry = nullptr;

    bool isDirectory = false;
    QString root;
    QList<Internal::DirectoryEntry> directoryEntries;
    qsizetype directoryIndex = -1;

    std::optional<MemberEntry> current;
    bool currentRead = false;
    int members = 0;
    qint64 declaredBytes = 0;
    QHash<QString, MemberType> seen;
    QSet<QString> symlinks;
};

} // namespace TinyDeploy::Mlf
