#include "extractsafely.h"

#include "mlftr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace TinyDeploy::Mlf {

namespace {

constexpr qint64 progressStep = 1024 * 1024;

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool pathExists(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
}

struct WriteDiskDeleter
{
    void operator()(struct archive *a) const { archive_write_free(a); }
};

struct EntryDeleter
{
    void operator()(struct archive_entry *e) const { archive_entry_free(e); }
};

/// Removes the temporary folder unless released; the target then never appears half-written.
class TemporaryFolder final
{
public:
    explicit TemporaryFolder(QString path)
        : m_path(std::move(path))
    {}
    ~TemporaryFolder()
    {
        if (!m_path.isEmpty())
            QDir(m_path).removeRecursively(); // removes links, never follows them
    }
    TemporaryFolder(const TemporaryFolder &) = delete;
    TemporaryFolder &operator=(const TemporaryFolder &) = delete;

    const QString &path() const { return m_path; }
    void release() { m_path.clear(); }

private:
    QString m_path;
};

class Extractor final
{
public:
    Extractor(ModelArchive &archive, const QString &root, const ExtractOptions &options)
        : m_archive(archive)
        , m_root(root)
        , m_options(options)
    {}

    Result<void> run();

private:
    Result<void> checkParents(const MemberEntry &entry) const;
    Result<void> writeMember(const MemberEntry &entry);
    Error diskError(const MemberEntry &entry) const;
    void report(const QString &member, bool force);

    ModelArchive &m_archive;
    QString m_root;
    const ExtractOptions &m_options;
    std::unique_ptr<struct archive, WriteDiskDeleter> m_disk;
    ExtractProgress m_progress;
    qint64 m_lastReported = -1;
};

Error Extractor::diskError(const MemberEntry &entry) const
{
    Error e = m_archive.error(ErrorCode::Io,
                              Tr::tr("The member could not be written."),
                              entry.name,
                              Tr::tr("Check the free space and the permissions of the target "
                                     "folder."));
    if (const char *text = archive_error_string(m_disk.get()))
        e.details = QString::fromLocal8Bit(text);
    // libarchive's own secure-extraction checks speak of symlinks and "..": those are refusals.
    if (e.details.contains(QLatin1String("symlink")) || e.details.contains(QLatin1String(".."))
        || e.details.contains(QLatin1String("absolute"))) {
        e.code = ErrorCode::UnsafeMember;
        e.message = Tr::tr("The member would be written outside the target folder.");
        e.hint = Tr::tr("Do not use this archive; it may have been crafted to overwrite files.");
    }
    return e;
}

// Our own check besides libarchive's: every folder on the way must be a real folder that we
// created, never a link (also not one planted by an earlier member).
Result<void> Extractor::checkParents(const MemberEntry &entry) const
{
    const QStringList parts = entry.name.split(QLatin1Char('/'));
    QString path = m_root;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        path += QLatin1Char('/') + parts.at(i);
        struct stat st;
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            return ok(); // created by libarchive below; nothing further exists either
        if (!S_ISDIR(st.st_mode)) {
            return fail(
                m_archive.error(ErrorCode::UnsafeMember,
                                Tr::tr("The member would be written through \"%1\", which is "
                                       "not a folder.")
                                    .arg(parts.mid(0, i + 1).join(QLatin1Char('/'))),
                                entry.name,
                                Tr::tr("Do not use this archive.")));
        }
    }
    return ok();
}

void Extractor::report(const QString &member, bool force)
{
    if (!m_options.progress)
        return;
    m_progress.archiveBytesDone = m_archive.archiveBytesConsumed();
    m_progress.member = member;
    if (!force && m_progress.bytesWritten - m_lastReported < progressStep)
        return;
    m_lastReported = m_progress.bytesWritten;
    m_options.progress(m_progress);
}

Result<void> Extractor::writeMember(const MemberEntry &entry)
{
    if (auto r = checkParents(entry); !r)
        return r;
    const QString destination = m_root + QLatin1Char('/') + entry.name;
    if (!QDir::cleanPath(destination).startsWith(m_root + QLatin1Char('/'))) {
        return fail(
            m_archive.error(ErrorCode::UnsafeMember,
                            Tr::tr("The member would be written outside the target folder."),
                            entry.name));
    }
    std::unique_ptr<struct archive_entry, EntryDeleter> e(archive_entry_new());
    const QByteArray encoded = QFile::encodeName(destination);
    archive_entry_copy_pathname(e.get(), encoded.constData());
    QByteArray link;
    switch (entry.type) {
    case MemberType::File:
        archive_entry_set_filetype(e.get(), AE_IFREG);
        archive_entry_set_perm(e.get(), (entry.mode & 0111) ? 0755 : 0644);
        archive_entry_set_size(e.get(), entry.size);
        break;
    case MemberType::Directory:
        archive_entry_set_filetype(e.get(), AE_IFDIR);
        archive_entry_set_perm(e.get(), 0755);
        break;
    case MemberType::Symlink:
        archive_entry_set_filetype(e.get(), AE_IFLNK);
        archive_entry_set_perm(e.get(), 0777);
        link = QFile::encodeName(entry.linkTarget);
        archive_entry_copy_symlink(e.get(), link.constData());
        break;
    case MemberType::HardLink:
        archive_entry_set_filetype(e.get(), AE_IFREG);
        archive_entry_set_perm(e.get(), 0644);
        link = QFile::encodeName(m_root + QLatin1Char('/') + entry.linkTarget);
        archive_entry_copy_hardlink(e.get(), link.constData());
        archive_entry_set_size(e.get(), 0);
        break;
    }
    if (archive_write_header(m_disk.get(), e.get()) < ARCHIVE_WARN)
        return fail(diskError(entry));

    if (entry.type == MemberType::File && entry.size > 0) {
        qint64 written = 0;
        std::optional<Error> failure;
        auto r = m_archive.readData([&](QByteArrayView chunk) {
            if (written + chunk.size() > entry.size) {
                failure = m_archive.error(ErrorCode::ArchiveCorrupt,
                                          Tr::tr("The member holds more data than it declares."),
                                          entry.name);
                return false;
            }
            if (archive_write_data(m_disk.get(), chunk.data(), size_t(chunk.size())) < 0) {
                failure = diskError(entry);
                return false;
            }
            written += chunk.size();
            m_progress.bytesWritten += chunk.size();
            report(entry.name, false);
            if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
                failure = m_archive.error(ErrorCode::Cancelled,
                                          Tr::tr("Extraction was cancelled."),
                                          entry.name);
                return false;
            }
            return true;
        });
        if (!r)
            return r;
        if (failure)
            return fail(*failure);
    }
    if (archive_write_finish_entry(m_disk.get()) < ARCHIVE_WARN)
        return fail(diskError(entry));
    return ok();
}

Result<void> Extractor::run()
{
    m_disk.reset(archive_write_disk_new());
    if (!m_disk)
        return fail(m_archive.error(ErrorCode::Internal, Tr::tr("Out of memory.")));
    // SECURE_NOABSOLUTEPATHS cannot be set: libarchive resolves relative paths against the
    // process-wide working directory, which a library must not change from a worker thread, so
    // we pass absolute paths of our own making. ModelArchive refuses absolute member names
    // before they get here.
    archive_write_disk_set_options(m_disk.get(),
                                   ARCHIVE_EXTRACT_SECURE_SYMLINKS | ARCHIVE_EXTRACT_SECURE_NODOTDOT
                                       | ARCHIVE_EXTRACT_NO_OVERWRITE);
    m_progress.archiveBytesTotal = m_archive.archiveBytes();
    for (;;) {
        if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
            return fail(m_archive.error(ErrorCode::Cancelled, Tr::tr("Extraction was cancelled.")));
        auto entry = m_archive.next();
        if (!entry)
            return std::unexpected(entry.error());
        if (!*entry)
            break;
        if (auto r = writeMember(**entry); !r)
            return r;
        ++m_progress.entriesDone;
        report((*entry)->name, true);
    }
    if (archive_write_close(m_disk.get()) < ARCHIVE_WARN) {
        return fail(
            m_archive.error(ErrorCode::Io,
                            Tr::tr("The extracted files could not be finished: %1")
                                .arg(QString::fromLocal8Bit(archive_error_string(m_disk.get())))));
    }
    return ok();
}

} // namespace

Result<void> extractSafely(const QString &archivePath,
                           const QString &targetDir,
                           const ExtractOptions &options)
{
    ModelArchive archive;
    archive.setCancelFlag(options.cancel);
    if (auto r = archive.open(archivePath, options.limits); !r)
        return r;

    const QFileInfo target(targetDir);
    const QString parent = target.absolutePath();
    const QString targetName = target.fileName();
    const auto targetError = [&](ErrorCode code, const QString &message, const QString &hint) {
        return fail(makeError(code, message, targetDir, hint));
    };
    if (targetName.isEmpty() || targetName == QLatin1String(".")
        || targetName == QLatin1String("..")) {
        return targetError(ErrorCode::InvalidArgument,
                           Tr::tr("The target must name a new folder."),
                           {});
    }
    if (pathExists(target.absoluteFilePath())) {
        return targetError(ErrorCode::InvalidArgument,
                           Tr::tr("The target folder already exists."),
                           Tr::tr("Choose a new folder name or remove the existing folder."));
    }
    // Canonical, so that no link sits in the prefix of the paths handed to libarchive.
    const QString canonicalParent = QFileInfo(parent).canonicalFilePath();
    if (canonicalParent.isEmpty() || !QFileInfo(canonicalParent).isDir()) {
        return targetError(ErrorCode::NotFound,
                           Tr::tr("The folder that should contain the target does not exist."),
                           Tr::tr("Create it first."));
    }

    QByteArray pattern = QFile::encodeName(canonicalParent + QStringLiteral("/.") + targetName
                                           + QStringLiteral(".partial-XXXXXX"));
    if (!::mkdtemp(pattern.data())) {
        return targetError(ErrorCode::Io,
                           Tr::tr("A temporary folder could not be created beside the target: %1")
                               .arg(systemError()),
                           Tr::tr("Check the permissions of the folder."));
    }
    TemporaryFolder temporary(QFile::decodeName(pattern));

    Extractor extractor(archive, temporary.path(), options);
    if (auto r = extractor.run(); !r)
        return r;

    ::chmod(pattern.constData(), 0755);
    const QByteArray finalPath = QFile::encodeName(canonicalParent + QLatin1Char('/') + targetName);
    int renamed = ::renameat2(AT_FDCWD,
                              pattern.constData(),
                              AT_FDCWD,
                              finalPath.constData(),
                              RENAME_NOREPLACE);
    if (renamed != 0 && (errno == EINVAL || errno == ENOSYS)) {
        // File systems without RENAME_NOREPLACE: the check above plus rename is the best left.
        renamed = pathExists(QFile::decodeName(finalPath))
                      ? -1
                      : ::rename(pattern.constData(), finalPath.constData());
    }
    if (renamed != 0) {
        return targetError(ErrorCode::Io,
                           Tr::tr("The extracted folder could not be moved into place: %1")
                               .arg(systemError()),
                           Tr::tr("Another program may have created the target meanwhile."));
    }
    temporary.release();
    return ok();
}

} // namespace TinyDeploy::Mlf
