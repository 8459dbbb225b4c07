#include "modelarchive_p.h"

#include "mlftr.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcMlfArchive, "tinydeploy.mlf.archive", QtWarningMsg)

namespace TinyDeploy::Mlf {

using Internal::DirectoryEntry;
using Internal::FileSource;
using Internal::readBlockSize;

namespace {

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

} // namespace

Error ModelArchive::Private::libarchiveError(const QString &member) const
{
    const char *text = a ? archive_error_string(a) : nullptr;
    const QString details = text ? QString::fromLocal8Bit(text) : QString();
    ErrorCode code = ErrorCode::ArchiveCorrupt;
    QString message;
    QString hint;
    if (details.contains(QLatin1String("Unrecognized archive format"))) {
        code = ErrorCode::NotAnArchive;
        message = Tr::tr("This is not a tar archive.");
        hint = Tr::tr("Choose a Model Library Format archive (.tar, .tar.gz, .tar.xz or .tar.zst) "
                      "or its extracted folder, as written by TVM's "
                      "export_model_library_format or tvmc compile.");
    } else if (details.contains(QLatin1String("runcated"))
               || details.contains(QLatin1String("Premature end"))
               || details.contains(QLatin1String("premature end"))) {
        code = ErrorCode::ArchiveTruncated;
        message = Tr::tr("The archive is truncated: it ends in the middle of a member.");
        hint = Tr::tr("The file was probably not copied or downloaded completely; get it again.");
    } else {
        message = Tr::tr("The archive is damaged and cannot be read.");
        hint = Tr::tr("Get the archive again or export it again with TVM.");
    }
    Error e = error(code, message, member, hint);
    e.details = details;
    return e;
}

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
        return fail(openingError());

    // Reading the first header decides the format by content, whatever the file name says.
    firstStatus = archive_read_next_header(a, &firstEntry);
    haveFirstHeader = true;
    if (firstStatus < ARCHIVE_WARN)
        return fail(openingError());
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

// libarchive does not recognize a tar file cut inside its first header (shorter than one
// block): it only says "Unrecognized archive format". The ustar magic tells such a file apart
// from one that is no tar at all.
Error ModelArchive::Private::openingError() const
{
    Error e = libarchiveError({});
    if (e.code != ErrorCode::NotAnArchive)
        return e;
    constexpr qsizetype magicOffset = 257;
    char start[512];
    qsizetype n = 0;
    if (source.fd >= 0) {
        const ssize_t got = ::pread(source.fd, start, sizeof start, 0);
        n = got > 0 ? qsizetype(got) : 0;
    } else {
        n = std::min<qsizetype>(memory.size(), sizeof start);
        std::memcpy(start, memory.data(), size_t(n));
    }
    if (n >= qsizetype(sizeof start) || n < magicOffset + 5
        || std::memcmp(start + magicOffset, "ustar", 5) != 0)
        return e;
    Error cut = error(ErrorCode::ArchiveTruncated,
                      Tr::tr("The archive is truncated: it ends inside the header of its first "
                             "member."),
                      {},
                      Tr::tr("The file was probably not copied or downloaded completely; get it "
                             "again."));
    cut.details = e.details;
    return cut;
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

ModelArchive::ModelArchive()
    : d(std::make_unique<Private>())
{}

ModelArchive::~ModelArchive() = default;
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

} // namespace TinyDeploy::Mlf
