#include "modelarchive.h"

#include "entrypointscanner.h"
#include "metadataparser.h"
#include "mlftr.h"
#include "modelinfomerge.h"
#include "paramsdecoder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcMlfArchive, "tinydeploy.mlf.archive", QtWarningMsg)

namespace TinyDeploy::Mlf {

namespace {

// Large blocks: fewer callbacks, and libarchive hands out views into this buffer for
// uncompressed tar data, so nothing is copied twice.
constexpr qsizetype readBlockSize = 1024 * 1024;

/// "a/\xff.c" style rendering of raw bytes, lossless for display in errors.
QString escapedName(QByteArrayView raw)
{
    QString out;
    out.reserve(raw.size());
    for (const char ch : raw) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x20 && c < 0x7f && c != '\\')
            out += QLatin1Char(char(c));
        else
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    }
    return out;
}

std::optional<QString> decodeUtf8(QByteArrayView raw)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(raw);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

bool hasControlCharacter(const QString &name)
{
    return std::any_of(name.cbegin(), name.cend(), [](QChar c) {
        return c.unicode() < 0x20 || c.unicode() == 0x7f;
    });
}

/// Resolves @p target relative to the folder of @p linkName without touching the disk.
/// Returns std::nullopt when the result would leave the archive root.
std::optional<QString> resolveInside(const QString &linkName, const QString &target)
{
    QStringList parts = linkName.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!parts.isEmpty())
        parts.removeLast();
    const QStringList targetParts = target.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : targetParts) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (parts.isEmpty())
                return std::nullopt;
            parts.removeLast();
            continue;
        }
        parts << part;
    }
    return parts.join(QLatin1Char('/'));
}

// Read callbacks over a plain file descriptor: counted, 1 MiB blocks, and a skip that seeks
// but never past the end, so that a truncated member is reported rather than treated as EOF.
struct FileSource
{
    int fd = -1;
    qint64 size = 0;
    QByteArray buffer;
    ReadStats *stats = nullptr;
};

la_ssize_t fileRead(struct archive *, void *client, const void **block)
{
    auto *source = static_cast<FileSource *>(client);
    for (;;) {
        const ssize_t n = ::read(source->fd, source->buffer.data(), size_t(source->buffer.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n > 0)
            source->stats->bytesFromDisk += n;
        *block = source->buffer.constData();
        return n;
    }
}

la_int64_t fileSkip(struct archive *, void *client, la_int64_t request)
{
    auto *source = static_cast<FileSource *>(client);
    const off_t position = ::lseek(source->fd, 0, SEEK_CUR);
    if (position < 0 || request <= 0)
        return 0;
    const la_int64_t step = std::min<la_int64_t>(request, source->size - position);
    if (step <= 0 || ::lseek(source->fd, step, SEEK_CUR) < 0)
        return 0;
    source->stats->bytesSkipped += step;
    return step;
}

struct DirectoryEntry
{
    MemberEntry entry;
    QByteArray rawName;
    bool special = false; // device node, FIFO or socket
};

} // namespace

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

    Error libarchiveError(const QString &member) const
    {
        const char *text = a ? archive_error_string(a) : nullptr;
        const QString details = text ? QString::fromLocal8Bit(text) : QString();
        ErrorCode code = ErrorCode::ArchiveCorrupt;
        QString message;
        QString hint;
        if (details.contains(QLatin1String("Unrecognized archive format"))) {
            code = ErrorCode::NotAnArchive;
            message = Tr::tr("This is not a tar archive.");
            hint = Tr::tr(
                "Choose a Model Library Format archive (.tar, .tar.gz, .tar.xz or .tar.zst) "
                "or its extracted folder, as written by TVM's "
                "export_model_library_format or tvmc compile.");
        } else if (details.contains(QLatin1String("runcated"))
                   || details.contains(QLatin1String("Premature end"))
                   || details.contains(QLatin1String("premature end"))) {
            code = ErrorCode::ArchiveTruncated;
            message = Tr::tr("The archive is truncated: it ends in the middle of a member.");
            hint = Tr::tr(
                "The file was probably not copied or downloaded completely; get it again.");
        } else {
            message = Tr::tr("The archive is damaged and cannot be read.");
            hint = Tr::tr("Get the archive again or export it again with TVM.");
        }
        Error e = error(code, message, member, hint);
        e.details = details;
        return e;
    }

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
    FileSource source;
    QByteArrayView memory;
    bool haveFirstHeader = false;
    int firstStatus = ARCHIVE_OK;
    struct archive_entry *firstEntry = nullptr;

    bool isDirectory = false;
    QString root;
    QList<DirectoryEntry> directoryEntries;
    qsizetype directoryIndex = -1;

    std::optional<MemberEntry> current;
    bool currentRead = false;
    int members = 0;
    qint64 declaredBytes = 0;
    QHash<QString, MemberType> seen;
    QSet<QString> symlinks;
};

Result<void> ModelArchive::Private::openArchive(ArchiveFormat)
{
    a = archive_read_new();
    if (!a)
        return fail(error(ErrorCode::Internal, Tr::tr("Out of memory.")));
    // Only what an MLF can be: tar (ustar, pax, GNU) inside no filter, gzip, xz or zstd.
    archive_read_support_filter_gzip(a);
    archive_read_support_filter_xz(a);
    archive_read_support_filter_zstd(a);
    archive_read_support_format_tar(a);

    int r = ARCHIVE_OK;
    if (source.fd >= 0) {
        source.buffer.resize(readBlockSize);
        source.stats = &stats;
        archive_read_set_callback_data(a, &source);
        archive_read_set_read_callback(a, fileRead);
        archive_read_set_skip_callback(a, fileSkip);
        r = archive_read_open1(a);
    } else {
        r = archive_read_open_memory(a, memory.data(), size_t(memory.size()));
    }
    if (r != ARCHIVE_OK)
        return fail(libarchiveError({}));

    // Reading the first header decides the format by content, whatever the file name says.
    firstStatus = archive_read_next_header(a, &firstEntry);
    haveFirstHeader = true;
    if (firstStatus < ARCHIVE_WARN)
        return fail(libarchiveError({}));
    switch (archive_filter_code(a, 0)) {
    case ARCHIVE_FILTER_NONE:
        format = ArchiveFormat::Tar;
        return checkTarTail();
    case ARCHIVE_FILTER_GZIP:
        format = ArchiveFormat::TarGzip;
        break;
    case ARCHIVE_FILTER_XZ:
        format = ArchiveFormat::TarXz;
        break;
    case ARCHIVE_FILTER_ZSTD:
        format = ArchiveFormat::TarZstd;
        break;
    default:
        return fail(error(ErrorCode::NotAnArchive,
                          Tr::tr("This archive uses an unsupported compression.")));
    }
    return ok();
}

// A tar file is a sequence of 512-byte blocks closed by zero blocks. Anything else at the end
// means the file was cut; libarchive alone would accept a cut between two members.
Result<void> ModelArchive::Private::checkTarTail()
{
    char tail[512];
    qint64 size = 0;
    if (source.fd >= 0) {
        size = source.size;
        if (size % 512 == 0 && size >= 512) {
            const ssize_t n = ::pread(source.fd, tail, sizeof tail, size - 512);
            if (n != ssize_t(sizeof tail))
                return fail(error(ErrorCode::Io, Tr::tr("The archive could not be read.")));
        }
    } else {
        size = memory.size();
        if (size % 512 == 0 && size >= 512)
            std::memcpy(tail, memory.data() + size - 512, sizeof tail);
    }
    const bool zeroTail = size % 512 == 0 && size >= 512
                          && std::all_of(std::begin(tail), std::end(tail), [](char c) {
                                 return c == 0;
                             });
    if (!zeroTail) {
        return fail(
            error(ErrorCode::ArchiveTruncated,
                  Tr::tr("The archive is truncated: it does not end with the end-of-archive "
                         "marker of a tar file."),
                  {},
                  Tr::tr("The file was probably not copied or downloaded completely; get it "
                         "again.")));
    }
    return ok();
}

Result<void> ModelArchive::Private::openDirectory(const QString &dir)
{
    isDirectory = true;
    format = ArchiveFormat::Directory;
    root = dir;
    QDirIterator it(dir,
                    QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    const QDir base(dir);
    while (it.hasNext()) {
        if (auto c = checkCancel({}); !c)
            return c;
        const QString file = it.next();
        if (directoryEntries.size() >= limits.maxEntries) {
            return fail(error(ErrorCode::LimitExceeded,
                              Tr::tr("The folder has more than %1 files.").arg(limits.maxEntries)));
        }
        const QByteArray encoded = QFile::encodeName(file);
        struct stat st;
        if (::lstat(encoded.constData(), &st) != 0)
            continue; // vanished meanwhile
        DirectoryEntry d;
        d.entry.name = base.relativeFilePath(file);
        d.rawName = d.entry.name.toUtf8();
        d.entry.mode = int(st.st_mode & 0777);
        if (S_ISREG(st.st_mode)) {
            d.entry.type = MemberType::File;
            d.entry.size = st.st_size;
            archiveBytes += st.st_size;
        } else if (S_ISDIR(st.st_mode)) {
            d.entry.type = MemberType::Directory;
        } else if (S_ISLNK(st.st_mode)) {
            d.entry.type = MemberType::Symlink;
            QByteArray target(4096, Qt::Uninitialized);
            const ssize_t n = ::readlink(encoded.constData(), target.data(), size_t(target.size()));
            target.resize(n > 0 ? n : 0);
            d.entry.linkTarget = QFile::decodeName(target);
        } else {
            d.special = true;
        }
        directoryEntries << d;
    }
    std::sort(directoryEntries.begin(),
              directoryEntries.end(),
              [](const DirectoryEntry &x, const DirectoryEntry &y) {
                  return x.entry.name < y.entry.name;
              });
    return ok();
}

Result<void> ModelArchive::Private::admit(MemberEntry &entry,
                                          QByteArrayView rawName,
                                          QByteArrayView rawLink,
                                          bool special)
{
    const QString shown = escapedName(rawName);
    if (rawName.size() > limits.maxNameBytes) {
        return fail(error(ErrorCode::UnsafeMember,
                          Tr::tr("A member name is longer than %1 bytes.").arg(limits.maxNameBytes),
                          shown.left(80) + QStringLiteral("...")));
    }
    const std::optional<QString> decoded = decodeUtf8(rawName);
    if (!decoded) {
        return fail(error(ErrorCode::UnsafeMember,
                          Tr::tr("The member name is not valid UTF-8."),
                          shown,
                          Tr::tr("TVM writes UTF-8 names only; this archive was altered by another "
                                 "tool. Rename the file and pack the archive again.")));
    }
    if (hasControlCharacter(*decoded)) {
        return fail(error(ErrorCode::UnsafeMember,
                          Tr::tr("The member name contains control characters."),
                          shown));
    }
    if (decoded->startsWith(QLatin1Char('/'))) {
        return fail(
            error(ErrorCode::UnsafeMember,
                  Tr::tr("The member has an absolute path; extracting it would write outside "
                         "the target folder."),
                  shown,
                  Tr::tr("Do not use this archive; it may have been crafted to overwrite "
                         "files.")));
    }
    const QString name = normalizeMemberName(*decoded);
    if (name.split(QLatin1Char('/')).contains(QLatin1String(".."))) {
        return fail(
            error(ErrorCode::UnsafeMember,
                  Tr::tr("The member name contains \"..\"; extracting it would write outside "
                         "the target folder."),
                  shown,
                  Tr::tr("Do not use this archive; it may have been crafted to overwrite "
                         "files.")));
    }
    entry.name = name;
    if (name.isEmpty())
        return ok(); // the root entry "."

    if (special) {
        return fail(
            error(ErrorCode::UnsafeMember,
                  Tr::tr("The member is a device node, FIFO or socket, which a model archive "
                         "never contains."),
                  name,
                  Tr::tr("Do not use this archive.")));
    }
    // Never write through a symlink of the same archive, even one that points inside.
    const QStringList parts = name.split(QLatin1Char('/'));
    QString prefix;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        prefix += (i ? QStringLiteral("/") : QString()) + parts.at(i);
        if (symlinks.contains(prefix)) {
            return fail(error(ErrorCode::UnsafeMember,
                              Tr::tr("The member would be written through the symbolic link \"%1\" "
                                     "of the same archive.")
                                  .arg(prefix),
                              name,
                              Tr::tr("Do not use this archive; it may have been crafted to write "
                                     "outside its folder.")));
        }
    }
    if (entry.type == MemberType::Symlink || entry.type == MemberType::HardLink) {
        const std::optional<QString> link = rawLink.isNull() && !entry.linkTarget.isNull()
                                                ? std::optional<QString>(entry.linkTarget)
                                                : decodeUtf8(rawLink);
        if (!link) {
            return fail(
                error(ErrorCode::UnsafeMember, Tr::tr("The link target is not valid UTF-8."), name));
        }
        const bool absolute = link->startsWith(QLatin1Char('/'));
        if (entry.type == MemberType::Symlink) {
            const std::optional<QString> resolved = absolute ? std::nullopt
                                                             : resolveInside(name, *link);
            if (!resolved || link->isEmpty()) {
                return fail(
                    error(ErrorCode::UnsafeMember,
                          Tr::tr("The symbolic link points outside the archive (to \"%1\").")
                              .arg(*link),
                          name,
                          Tr::tr("Do not use this archive; it may have been crafted to "
                                 "write outside its folder.")));
            }
            entry.linkTarget = *link;
            symlinks.insert(name);
        } else {
            const QString target = normalizeMemberName(*link);
            if (absolute || target.split(QLatin1Char('/')).contains(QLatin1String(".."))
                || seen.value(target, MemberType::Directory) != MemberType::File) {
                return fail(error(ErrorCode::UnsafeMember,
                                  Tr::tr("The hard link points to \"%1\", which is not an earlier "
                                         "file of the archive.")
                                      .arg(*link),
                                  name,
                                  Tr::tr("Do not use this archive; it may have been crafted to "
                                         "write outside its folder.")));
            }
            entry.linkTarget = target;
        }
    }

    if (const auto it = seen.constFind(name); it != seen.cend()) {
        if (*it == MemberType::Directory && entry.type == MemberType::Directory)
            return ok();
        return fail(error(ErrorCode::DuplicateMember,
                          Tr::tr("The archive contains \"%1\" twice.").arg(name),
                          name,
                          Tr::tr("Tools disagree on which copy wins; pack the archive again with "
                                 "each file once.")));
    }
    seen.insert(name, entry.type);

    if (++members > limits.maxEntries) {
        return fail(error(ErrorCode::LimitExceeded,
                          Tr::tr("The archive has more than %1 members.").arg(limits.maxEntries),
                          name));
    }
    if (entry.size < 0)
        return fail(
            error(ErrorCode::ArchiveCorrupt, Tr::tr("The member has a negative size."), name));
    if (entry.size > limits.maxTotalBytes - declaredBytes) {
        return fail(error(ErrorCode::LimitExceeded,
                          Tr::tr("The archive unpacks to more than %1 MiB (the member declares %2 "
                                 "bytes).")
                              .arg(limits.maxTotalBytes / (1024 * 1024))
                              .arg(entry.size),
                          name,
                          Tr::tr("This is far larger than any model; the archive may be a "
                                 "decompression bomb.")));
    }
    declaredBytes += entry.size;
    return ok();
}

Result<std::optional<MemberEntry>> ModelArchive::Private::nextFromArchive()
{
    for (;;) {
        if (auto c = checkCancel({}); !c)
            return std::unexpected(c.error());
        struct archive_entry *e = nullptr;
        int r = ARCHIVE_OK;
        if (haveFirstHeader) {
            haveFirstHeader = false;
            r = firstStatus;
            e = firstEntry;
        } else {
            r = archive_read_next_header(a, &e);
        }
        if (r == ARCHIVE_EOF)
            return std::optional<MemberEntry>();
        if (r < ARCHIVE_WARN)
            return std::unexpected(libarchiveError(current ? current->name : QString()));
        if (r == ARCHIVE_WARN)
            qCDebug(lcMlfArchive) << "libarchive warning:" << archive_error_string(a);

        // Raw bytes: libarchive's locale conversion would reject UTF-8 names in the C locale.
        const char *rawName = archive_entry_pathname(e);
        const QByteArrayView raw = rawName ? QByteArrayView(rawName) : QByteArrayView("");
        MemberEntry entry;
        entry.size = archive_entry_size_is_set(e) ? archive_entry_size(e) : 0;
        entry.mode = int(archive_entry_perm(e) & 0777);
        bool special = false;
        QByteArrayView rawLink;
        if (const char *hard = archive_entry_hardlink(e)) {
            entry.type = MemberType::HardLink;
            rawLink = QByteArrayView(hard);
            entry.size = 0;
        } else {
            switch (archive_entry_filetype(e)) {
            case AE_IFREG:
                entry.type = MemberType::File;
                break;
            case AE_IFDIR:
                entry.type = MemberType::Directory;
                entry.size = 0;
                break;
            case AE_IFLNK: {
                entry.type = MemberType::Symlink;
                const char *target = archive_entry_symlink(e);
                rawLink = QByteArrayView(target ? target : "");
                entry.size = 0;
                break;
            }
            default:
                special = true;
                break;
            }
        }
        current.reset();
        if (auto admitted = admit(entry, raw, rawLink, special); !admitted)
            return std::unexpected(admitted.error());
        if (entry.name.isEmpty())
            continue;
        current = entry;
        currentRead = false;
        return current;
    }
}

Result<std::optional<MemberEntry>> ModelArchive::Private::nextFromDirectory()
{
    for (;;) {
        if (auto c = checkCancel({}); !c)
            return std::unexpected(c.error());
        if (++directoryIndex >= directoryEntries.size())
            return std::optional<MemberEntry>();
        DirectoryEntry &d = directoryEntries[directoryIndex];
        MemberEntry entry = d.entry;
        const QByteArray rawLink = entry.linkTarget.toUtf8();
        current.reset();
        if (auto admitted = admit(entry,
                                  d.rawName,
                                  entry.type == MemberType::Symlink ? QByteArrayView(rawLink)
                                                                    : QByteArrayView(),
                                  d.special);
            !admitted)
            return std::unexpected(admitted.error());
        current = entry;
        currentRead = false;
        return current;
    }
}

Result<void> ModelArchive::Private::readArchiveData(const std::function<bool(QByteArrayView)> &sink)
{
    static const QByteArray zeros(64 * 1024, '\0');
    qint64 position = 0;
    for (;;) {
        if (auto c = checkCancel(current->name); !c)
            return c;
        const void *block = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        const int r = archive_read_data_block(a, &block, &size, &offset);
        if (r == ARCHIVE_EOF)
            return ok();
        if (r < ARCHIVE_WARN)
            return fail(libarchiveError(current->name));
        // Sparse members come with holes: hand them out as zeros, bounded by the declared size.
        while (position < offset && position < current->size) {
            const qint64 n = std::min<qint64>(
                {offset - position, zeros.size(), current->size - position});
            stats.dataBytesRead += n;
            if (!sink(QByteArrayView(zeros.constData(), n)))
                return ok();
            position += n;
        }
        if (size == 0)
            continue;
        stats.dataBytesRead += qint64(size);
        position = offset + qint64(size);
        if (!sink(QByteArrayView(static_cast<const char *>(block), qsizetype(size))))
            return ok();
    }
}

Result<void> ModelArchive::Private::readDirectoryData(const std::function<bool(QByteArrayView)> &sink)
{
    if (current->type != MemberType::File)
        return ok();
    QFile file(root + QLatin1Char('/') + current->name);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(error(ErrorCode::Io,
                          Tr::tr("The file could not be read: %1").arg(file.errorString()),
                          current->name));
    }
    QByteArray buffer(readBlockSize, Qt::Uninitialized);
    for (;;) {
        if (auto c = checkCancel(current->name); !c)
            return c;
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            return fail(error(ErrorCode::Io,
                              Tr::tr("The file could not be read: %1").arg(file.errorString()),
                              current->name));
        }
        if (n == 0)
            return ok();
        stats.bytesFromDisk += n;
        stats.dataBytesRead += n;
        if (!sink(QByteArrayView(buffer.constData(), n)))
            return ok();
    }
}

ModelArchive::ModelArchive()
    : d(std::make_unique<Private>())
{}

ModelArchive::~ModelArchive() = default;

QString ModelArchive::normalizeMemberName(const QString &name)
{
    const QStringList parts = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList kept;
    kept.reserve(parts.size());
    for (const QString &part : parts) {
        if (part != QLatin1String("."))
            kept << part;
    }
    return kept.join(QLatin1Char('/'));
}

Result<void> ModelArchive::open(const QString &path, const ArchiveLimits &limits)
{
    d->close();
    d->limits = limits;
    const QFileInfo info(path);
    d->path = info.absoluteFilePath();
    d->displayName = info.fileName().isEmpty() ? path : info.fileName();
    if (!info.exists()) {
        return fail(d->error(ErrorCode::NotFound,
                             Tr::tr("The file does not exist."),
                             {},
                             Tr::tr("Check the path.")));
    }
    if (info.isDir())
        return d->openDirectory(d->path);
    const QByteArray encoded = QFile::encodeName(d->path);
    d->source.fd = ::open(encoded.constData(), O_RDONLY | O_CLOEXEC);
    if (d->source.fd < 0) {
        return fail(d->error(ErrorCode::Io,
                             Tr::tr("The file could not be opened: %1")
                                 .arg(QString::fromLocal8Bit(std::strerror(errno)))));
    }
    struct stat st;
    if (::fstat(d->source.fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        return fail(d->error(ErrorCode::NotAnArchive,
                             Tr::tr("This is not a regular file."),
                             {},
                             Tr::tr("Choose a model archive or its extracted folder.")));
    }
    d->source.size = st.st_size;
    d->archiveBytes = st.st_size;
    if (st.st_size == 0) {
        return fail(d->error(ErrorCode::NotAnArchive,
                             Tr::tr("The file is empty."),
                             {},
                             Tr::tr("The export or the download probably failed; get the archive "
                                    "again.")));
    }
    return d->openArchive(ArchiveFormat::Unknown);
}

Result<void> ModelArchive::openBuffer(QByteArrayView data, const ArchiveLimits &limits)
{
    d->close();
    d->limits = limits;
    d->displayName = QStringLiteral("<memory>");
    d->memory = data;
    d->archiveBytes = data.size();
    if (data.isEmpty())
        return fail(d->error(ErrorCode::NotAnArchive, Tr::tr("The file is empty.")));
    return d->openArchive(ArchiveFormat::Unknown);
}

Result<void> ModelArchive::rewind()
{
    const ReadStats stats = d->stats;
    const ArchiveLimits limits = d->limits;
    const std::atomic<bool> *cancel = d->cancel;
    const QString path = d->path;
    const QByteArrayView memory = d->memory;
    const bool fromMemory = d->source.fd < 0 && !d->isDirectory;
    d = std::make_unique<Private>();
    d->cancel = cancel;
    Result<void> r = fromMemory ? openBuffer(memory, limits) : open(path, limits);
    d->stats.bytesFromDisk += stats.bytesFromDisk;
    d->stats.bytesSkipped += stats.bytesSkipped;
    d->stats.dataBytesRead += stats.dataBytesRead;
    d->stats.membersRead = stats.membersRead + d->stats.membersRead;
    return r;
}

void ModelArchive::setCancelFlag(const std::atomic<bool> *cancel)
{
    d->cancel = cancel;
}

ArchiveFormat ModelArchive::format() const
{
    return d->format;
}

QString ModelArchive::displayName() const
{
    return d->displayName;
}

qint64 ModelArchive::archiveBytes() const
{
    return d->archiveBytes;
}

qint64 ModelArchive::archiveBytesConsumed() const
{
    if (d->isDirectory)
        return d->stats.bytesFromDisk;
    return d->a ? archive_filter_bytes(d->a, -1) : 0;
}

int ModelArchive::memberCount() const
{
    return d->members;
}

const ReadStats &ModelArchive::stats() const
{
    return d->stats;
}

Result<std::optional<MemberEntry>> ModelArchive::next()
{
    if (d->isDirectory)
        return d->nextFromDirectory();
    if (!d->a)
        return fail(d->error(ErrorCode::Internal, Tr::tr("The archive is not open.")));
    return d->nextFromArchive();
}

Result<void> ModelArchive::readData(const std::function<bool(QByteArrayView)> &sink)
{
    if (!d->current || d->currentRead)
        return fail(d->error(ErrorCode::Internal, Tr::tr("No member to read.")));
    d->currentRead = true;
    d->stats.membersRead << d->current->name;
    if (d->isDirectory)
        return d->readDirectoryData(sink);
    return d->readArchiveData(sink);
}

Result<QByteArray> ModelArchive::readAll(qint64 maxBytes)
{
    if (!d->current)
        return fail(d->error(ErrorCode::Internal, Tr::tr("No member to read.")));
    const MemberEntry entry = *d->current;
    if (entry.size > maxBytes) {
        return fail(d->error(ErrorCode::LimitExceeded,
                             Tr::tr("The member is %1 bytes; at most %2 bytes are read.")
                                 .arg(entry.size)
                                 .arg(maxBytes),
                             entry.name));
    }
    QByteArray data;
    // Reserve by the declared size only: it is already bounded by maxBytes above.
    data.reserve(qsizetype(entry.size));
    bool tooLarge = false;
    auto r = readData([&](QByteArrayView chunk) {
        if (data.size() + chunk.size() > maxBytes) {
            tooLarge = true;
            return false;
        }
        data.append(chunk);
        return true;
    });
    if (!r)
        return std::unexpected(r.error());
    if (tooLarge) {
        return fail(d->error(ErrorCode::LimitExceeded,
                             Tr::tr("The member is larger than %1 bytes.").arg(maxBytes),
                             entry.name));
    }
    return data;
}

Error ModelArchive::error(ErrorCode code,
                          const QString &message,
                          const QString &member,
                          const QString &hint) const
{
    return d->error(code, message, member, hint);
}

Result<QList<MemberEntry>> ModelArchive::list(const QString &path, const ArchiveLimits &limits)
{
    ModelArchive archive;
    if (auto r = archive.open(path, limits); !r)
        return std::unexpected(r.error());
    QList<MemberEntry> entries;
    for (;;) {
        auto entry = archive.next();
        if (!entry)
            return std::unexpected(entry.error());
        if (!*entry)
            return entries;
        entries << **entry;
    }
}

Result<QByteArray> ModelArchive::readMember(const QString &path,
                                            const QString &member,
                                            qint64 maxBytes)
{
    const QString wanted = normalizeMemberName(member);
    ModelArchive archive;
    if (auto r = archive.open(path); !r)
        return std::unexpected(r.error());
    for (;;) {
        auto entry = archive.next();
        if (!entry)
            return std::unexpected(entry.error());
        if (!*entry)
            break;
        if ((*entry)->name == wanted && (*entry)->type == MemberType::File)
            return archive.readAll(maxBytes);
    }
    return fail(archive.error(ErrorCode::NotFound,
                              Tr::tr("The archive has no member \"%1\".").arg(wanted),
                              wanted));
}

namespace {

/// What one streaming pass keeps: the few small texts the summary needs, keyed by member.
struct Collected
{
    std::optional<QByteArray> metadata;
    QStringList nestedMetadata; ///< "<folder>/metadata.json", for a better hint
    QHash<QString, QByteArray> headers;
    QHash<QString, QByteArray> relays;
    QHash<QString, QByteArray> graphs;
    QHash<QString, QList<ParamInfo>> params;
    struct Source
    {
        QString member;
        QString module; ///< from the file name; empty for lib<N>.c
        qint64 size = 0;
        bool scanned = false;
    };
    QList<Source> sources;
    QHash<QString, ModuleEvidence> entryPoints; ///< module -> entry point fields only
    QStringList warnings;
    bool hasRuntime = false;
    bool hasTemplates = false;
};

const QRegularExpression &sourcePattern()
{
    // <mod>_lib<N>.c|cc|cpp (v3+) or lib<N>.c (v1/v2, operator style).
    static const QRegularExpression re(
        QStringLiteral("^codegen/host/src/(?:(.+)_)?lib\\d+\\.(?:c|cc|cpp)$"));
    return re;
}

const QRegularExpression &headerPattern()
{
    static const QRegularExpression re(QStringLiteral("^codegen/host/include/tvmgen_(.+)\\.h$"));
    return re;
}

bool isRelay(const QString &name)
{
    return name == QLatin1String("relay.txt") || name == QLatin1String("src/relay.txt")
           || (name.startsWith(QLatin1String("src/")) && name.endsWith(QLatin1String(".relay"))
               && name.count(QLatin1Char('/')) == 1);
}

bool isGraph(const QString &name)
{
    return name == QLatin1String("runtime-config/graph/graph.json")
           || (name.startsWith(QLatin1String("executor-config/graph/"))
               && name.count(QLatin1Char('/')) == 2
               && (name.endsWith(QLatin1String(".graph")) || name.endsWith(QLatin1String(".json"))));
}

bool isParams(const QString &name)
{
    return name.startsWith(QLatin1String("parameters/")) && name.endsWith(QLatin1String(".params"))
           && name.count(QLatin1Char('/')) == 1;
}

QString memberWarning(const QString &member, const QString &message)
{
    return Tr::tr("%1: %2").arg(member, message);
}

/// Reads at most @p limit bytes of the current member; the rest is skipped.
Result<QByteArray> readPrefix(ModelArchive &archive, qint64 limit)
{
    QByteArray data;
    auto r = archive.readData([&](QByteArrayView chunk) {
        data.append(chunk.first(std::min<qsizetype>(chunk.size(), limit - data.size())));
        return data.size() < limit;
    });
    if (!r)
        return std::unexpected(r.error());
    return data;
}

Result<QList<ParamInfo>> decodeParamsMember(ModelArchive &archive, const MemberEntry &entry)
{
    ParamsDecoder decoder(entry.name);
    std::optional<Error> failure;
    auto r = archive.readData([&](QByteArrayView chunk) {
        if (auto fed = decoder.feed(chunk); !fed) {
            failure = fed.error();
            return false;
        }
        // The data of the last array reaches the end of the member: skip it, do not read it
        // (a seek for an uncompressed archive).
        const qint64 skippable = decoder.bytesToSkip();
        if (skippable > 0 && decoder.offset() + skippable == entry.size) {
            if (auto s = decoder.skipped(skippable); !s)
                failure = s.error();
            return false;
        }
        return !decoder.isComplete();
    });
    if (!r)
        return std::unexpected(r.error());
    if (failure)
        return fail(*failure);
    return decoder.finish();
}

void scanSource(ModelArchive &archive,
                Collected &collected,
                Collected::Source &source,
                const QStringList &modules)
{
    std::vector<EntryPointScanner> scanners;
    scanners.reserve(size_t(modules.size()));
    for (const QString &module : modules)
        scanners.emplace_back(module);
    bool found = false;
    auto r = archive.readData([&](QByteArrayView chunk) {
        for (EntryPointScanner &scanner : scanners)
            found = scanner.feed(chunk) || found;
        return !found;
    });
    if (!r) {
        collected.warnings << memberWarning(source.member, r.error().message);
        return;
    }
    source.scanned = true;
    for (qsizetype i = 0; i < modules.size(); ++i) {
        const EntryPointScanner &scanner = scanners[size_t(i)];
        if (!scanner.isFound())
            continue;
        ModuleEvidence &evidence = collected.entryPoints[modules.at(i)];
        evidence.entryPoint = scanner.kind();
        evidence.entryPointSymbol = scanner.symbol();
        evidence.entryPointMember = source.member;
    }
}

/// Reads a member of at most @p limit bytes into @p into; a larger one is skipped with
/// @p tooLarge ("... larger than %1 bytes ...") as a warning, not an error.
Result<void> readWholeMember(ModelArchive &archive,
                             const MemberEntry &entry,
                             qint64 limit,
                             const QString &tooLarge,
                             QHash<QString, QByteArray> &into,
                             QStringList &warnings)
{
    if (entry.size > limit) {
        warnings << memberWarning(entry.name, tooLarge.arg(limit));
        return ok();
    }
    auto data = archive.readAll(limit);
    if (!data)
        return std::unexpected(data.error());
    into.insert(entry.name, *data);
    return ok();
}

Result<void> collectMember(ModelArchive &archive,
                           const MemberEntry &entry,
                           const ArchiveLimits &limits,
                           Collected &collected,
                           const QStringList &knownModules)
{
    const QString &name = entry.name;
    if (name.startsWith(QLatin1String("runtime/")) || name == QLatin1String("runtime"))
        collected.hasRuntime = true;
    if (name.startsWith(QLatin1String("templates/")) || name == QLatin1String("templates"))
        collected.hasTemplates = true;
    if (entry.type != MemberType::File)
        return ok();

    if (name == QLatin1String("metadata.json")) {
        auto data = archive.readAll(limits.maxMetadataBytes);
        if (!data) {
            Error e = data.error();
            if (e.code == ErrorCode::LimitExceeded) {
                e.message = Tr::tr("metadata.json is %1 bytes; at most %2 bytes are accepted.")
                                .arg(entry.size)
                                .arg(limits.maxMetadataBytes);
                e.hint = Tr::tr("Real metadata is a few KiB; this archive is damaged or hostile.");
            }
            return fail(e);
        }
        collected.metadata = *data;
        return ok();
    }
    if (name.endsWith(QLatin1String("/metadata.json")) && collected.nestedMetadata.size() < 4) {
        collected.nestedMetadata << name;
        return ok();
    }
    if (headerPattern().match(name).hasMatch()) {
        return readWholeMember(archive,
                               entry,
                               limits.maxHeaderBytes,
                               Tr::tr("The header is larger than %1 bytes and was not read."),
                               collected.headers,
                               collected.warnings);
    }
    if (isRelay(name)) {
        auto data = readPrefix(archive, limits.maxRelayBytes);
        if (!data)
            return std::unexpected(data.error());
        collected.relays.insert(name, *data);
        return ok();
    }
    if (isGraph(name)) {
        return readWholeMember(archive,
                               entry,
                               limits.maxGraphBytes,
                               Tr::tr("The graph JSON is larger than %1 bytes and was not read."),
                               collected.graphs,
                               collected.warnings);
    }
    if (isParams(name)) {
        auto params = decodeParamsMember(archive, entry);
        if (!params)
            return fail(Error(params.error()).withContext(archive.displayName()));
        collected.params.insert(name, *params);
        return ok();
    }
    if (const QRegularExpressionMatch m = sourcePattern().match(name); m.hasMatch()) {
        Collected::Source source{name, m.captured(1), entry.size, false};
        // One definition is enough: the rest of a module's sources is skipped.
        QStringList modules;
        if (!source.module.isEmpty())
            modules << source.module;
        else
            modules = knownModules;
        modules.removeIf([&](const QString &module) {
            return module.isEmpty()
                   || collected.entryPoints.value(module).entryPoint != EntryPointKind::None;
        });
        if (!modules.isEmpty())
            scanSource(archive, collected, source, modules);
        collected.sources << source;
        return ok();
    }
    return ok();
}

template<typename T>
std::optional<std::pair<QString, T>> pick(const QHash<QString, T> &map, const QStringList &names)
{
    for (const QString &name : names) {
        if (const auto it = map.constFind(name); it != map.cend())
            return std::make_pair(name, *it);
    }
    return std::nullopt;
}

Result<ModelInfo> collectSummary(ModelArchive &archive, const ArchiveLimits &limits)
{
    Collected collected;
    QStringList knownModules;
    for (;;) {
        auto entry = archive.next();
        if (!entry)
            return std::unexpected(entry.error());
        if (!*entry)
            break;
        if (auto r = collectMember(archive, **entry, limits, collected, knownModules); !r)
            return std::unexpected(r.error());
        if (collected.metadata && knownModules.isEmpty()) {
            // Parsing early lets lib<N>.c sources after metadata.json be scanned too; a
            // metadata error is reported after the pass so that container errors come first.
            if (auto early = parseMetadata(*collected.metadata); early) {
                for (const ModuleInfo &module : std::as_const(early->modules))
                    knownModules << module.name;
            }
            if (knownModules.isEmpty())
                knownModules << QString(); // parsed once; nothing to scan for
        }
    }

    if (!collected.metadata) {
        QString hint = Tr::tr("Every Model Library Format archive has metadata.json at its top "
                              "level; export the model again with TVM "
                              "(tvm.micro.export_model_library_format or tvmc compile "
                              "--output-format mlf).");
        if (!collected.nestedMetadata.isEmpty()) {
            hint = Tr::tr("Found %1: the archive has an extra top folder. Pack the contents of "
                          "that folder instead.")
                       .arg(collected.nestedMetadata.first());
        }
        return fail(archive.error(ErrorCode::MissingMetadata,
                                  Tr::tr("The archive has no metadata.json, so it is not a Model "
                                         "Library Format archive."),
                                  {},
                                  hint));
    }
    auto parsed = parseMetadata(*collected.metadata);
    if (!parsed)
        return fail(Error(parsed.error()).withContext(archive.displayName()));
    ModelInfo info = std::move(*parsed);
    info.hasRuntime = collected.hasRuntime;
    info.hasTemplates = collected.hasTemplates;
    info.memberCount = archive.memberCount();
    info.warnings = collected.warnings + info.warnings;

    // lib<N>.c sources (v1/v2, operator style) that came before metadata.json could not be
    // scanned without the module names: look at just those again, for AOT modules only.
    QStringList pending;
    for (const ModuleInfo &module : std::as_const(info.modules)) {
        if (module.executor == QLatin1String("aot")
            && collected.entryPoints.value(module.name).entryPoint == EntryPointKind::None)
            pending << module.name;
    }
    QSet<QString> unscanned;
    for (const Collected::Source &source : std::as_const(collected.sources)) {
        if (source.module.isEmpty() && !source.scanned)
            unscanned.insert(source.member);
    }
    if (!pending.isEmpty() && !unscanned.isEmpty()) {
        if (auto r = archive.rewind(); !r)
            return std::unexpected(r.error());
        for (;;) {
            auto entry = archive.next();
            if (!entry)
                return std::unexpected(entry.error());
            if (!*entry)
                break;
            if (!unscanned.contains((*entry)->name))
                continue;
            for (Collected::Source &source : collected.sources) {
                if (source.member == (*entry)->name) {
                    pending.removeIf([&](const QString &module) {
                        return collected.entryPoints.value(module).entryPoint
                               != EntryPointKind::None;
                    });
                    if (!pending.isEmpty())
                        scanSource(archive, collected, source, pending);
                }
            }
        }
    }

    const bool single = info.modules.size() == 1;
    QHash<QString, ModuleEvidence> evidence;
    for (ModuleInfo &module : info.modules) {
        const QString &mod = module.name;
        ModuleEvidence e = collected.entryPoints.value(mod);
        QStringList relayNames{QStringLiteral("src/%1.relay").arg(mod)};
        QStringList graphNames{QStringLiteral("executor-config/graph/%1.graph").arg(mod)};
        if (single) {
            relayNames << QStringLiteral("src/relay.txt") << QStringLiteral("relay.txt");
            graphNames << QStringLiteral("executor-config/graph/graph.json")
                       << QStringLiteral("runtime-config/graph/graph.json");
        }
        if (const auto relay = pick(collected.relays, relayNames)) {
            e.relayMember = relay->first;
            if (auto r = parseRelayMain(relay->second, relay->first))
                e.relay = *r;
            else
                info.warnings << r.error().oneLine();
        }
        if (const auto graph = pick(collected.graphs, graphNames)) {
            e.graphMember = graph->first;
            if (auto g = parseGraphJson(graph->second, graph->first))
                e.graph = *g;
            else
                info.warnings << g.error().oneLine();
        }
        const QString headerName = QStringLiteral("codegen/host/include/tvmgen_%1.h").arg(mod);
        if (const auto it = collected.headers.constFind(headerName);
            it != collected.headers.cend()) {
            e.headerMember = headerName;
            if (auto h = parseHeader(*it, mod, headerName))
                e.header = *h;
            else
                info.warnings << h.error().oneLine();
        }
        const QString paramsName = QStringLiteral("parameters/%1.params").arg(mod);
        if (const auto it = collected.params.constFind(paramsName); it != collected.params.cend()) {
            e.paramsMember = paramsName;
            e.params = *it;
        }
        e.sourcesScanned = true;
        for (const Collected::Source &source : std::as_const(collected.sources)) {
            if (source.module != mod && !(source.module.isEmpty() && single))
                continue;
            module.sourceMembers << source.member;
            module.sourceBytes += source.size;
            if (!source.scanned && e.entryPoint == EntryPointKind::None)
                e.sourcesScanned = false;
        }
        // Without any generated C there is nothing to look in: say nothing about it here.
        if (module.sourceMembers.isEmpty())
            e.sourcesScanned = false;
        evidence.insert(mod, e);
    }
    completeModelInfo(info, evidence);
    return info;
}

} // namespace

Result<ModelInfo> ModelArchive::summarize(const QString &path, const SummarizeOptions &options)
{
    ModelArchive archive;
    archive.setCancelFlag(options.cancel);
    auto opened = archive.open(path, options.limits);
    Result<ModelInfo> result = opened ? collectSummary(archive, options.limits)
                                      : Result<ModelInfo>(std::unexpected(opened.error()));
    if (options.stats)
        *options.stats = archive.stats();
    if (result) {
        result->path = QFileInfo(path).absoluteFilePath();
        result->format = archive.format();
        result->archiveBytes = archive.archiveBytes();
    }
    return result;
}

Result<ModelInfo> ModelArchive::summarizeBuffer(QByteArrayView data, const SummarizeOptions &options)
{
    ModelArchive archive;
    archive.setCancelFlag(options.cancel);
    auto opened = archive.openBuffer(data, options.limits);
    Result<ModelInfo> result = opened ? collectSummary(archive, options.limits)
                                      : Result<ModelInfo>(std::unexpected(opened.error()));
    if (options.stats)
        *options.stats = archive.stats();
    if (result) {
        result->format = archive.format();
        result->archiveBytes = archive.archiveBytes();
    }
    return result;
}

} // namespace TinyDeploy::Mlf
