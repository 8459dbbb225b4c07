#include "modelarchive_p.h"

#include "mlftr.h"

#include <QFile>
#include <QStringDecoder>

#include <algorithm>

namespace TinyDeploy::Mlf {

using Internal::DirectoryEntry;
using Internal::readBlockSize;

namespace {

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

} // namespace

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
} // namespace TinyDeploy::Mlf
