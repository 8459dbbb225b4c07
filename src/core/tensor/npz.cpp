#include "npz.h"

#include "tensorfile.h"
#include "tensorlog.h"
#include "tensortr.h"

#include <QByteArray>
#include <QFile>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace TinyDeploy::Tensor {

namespace {

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};

QString archiveMessage(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromLocal8Bit(text) : QString();
}

} // namespace

Result<QList<NamedTensor>> readNpz(const QByteArray &bytes,
                                   const QString &source,
                                   const NpzLimits &limits)
{
    const QString where = source.isEmpty() ? Tr::tr(".npz data") : source;
    const QString hint = Tr::tr("Save the arrays again with numpy.savez().");
    if (bytes.isEmpty())
        return fail(ErrorCode::InvalidNpy,
                    Tr::tr("The file is empty; an .npz file was expected."),
                    where,
                    hint);
    if (bytes.startsWith("\x93NUMPY")) {
        return fail(ErrorCode::InvalidNpy,
                    Tr::tr("This is a single .npy array, not an .npz archive."),
                    where,
                    Tr::tr("Open it as an .npy file."));
    }
    if (!bytes.startsWith("PK")) {
        return fail(ErrorCode::InvalidNpy,
                    Tr::tr("This is not an .npz file: it is not a zip archive."),
                    where,
                    hint,
                    Tr::tr("First bytes: %1").arg(QString::fromLatin1(bytes.left(16).toHex(' '))));
    }

    std::unique_ptr<archive, ArchiveDeleter> reader(archive_read_new());
    if (!reader)
        return fail(ErrorCode::Internal, Tr::tr("libarchive could not allocate a reader."), where);
    archive_read_support_format_zip(reader.get());
    if (archive_read_open_memory(reader.get(), bytes.constData(), size_t(bytes.size()))
        != ARCHIVE_OK) {
        return fail(ErrorCode::ArchiveCorrupt,
                    Tr::tr("The zip archive cannot be opened."),
                    where,
                    hint,
                    archiveMessage(reader.get()));
    }

    QList<NamedTensor> tensors;
    qint64 total = 0;
    int members = 0;
    for (;;) {
        archive_entry *entry = nullptr;
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status != ARCHIVE_OK && status != ARCHIVE_WARN) {
            return fail(ErrorCode::ArchiveCorrupt,
                        Tr::tr("The zip archive is damaged after %n member(s).", nullptr, members),
                        where,
                        hint,
                        archiveMessage(reader.get()));
        }
        if (++members > limits.maxMembers) {
            return fail(ErrorCode::LimitExceeded,
                        Tr::tr("The archive has more than %1 members.").arg(limits.maxMembers),
                        where);
        }
        const char *rawName = archive_entry_pathname(entry);
        const QString name = rawName ? QString::fromUtf8(rawName) : QString();
        const QString member = where + u':' + name;
        if (archive_entry_filetype(entry) != AE_IFREG || !name.endsWith(u".npy")) {
            qCDebug(tensorLog) << "Skipping npz member" << member;
            continue;
        }
        for (const NamedTensor &seen : std::as_const(tensors)) {
            if (seen.name + QStringLiteral(".npy") == name) {
                return fail(ErrorCode::DuplicateMember,
                            Tr::tr("The archive holds the array twice."),
                            member,
                            hint);
            }
        }
        // Read in chunks rather than trusting the declared size, which a hostile zip can fake.
        QByteArray data;
        const qint64 cap = qMin(limits.npy.maxDataBytes + limits.npy.maxHeaderBytes + 16,
                                limits.maxTotalBytes - total);
        char buffer[64 * 1024];
        for (;;) {
            const la_ssize_t n = archive_read_data(reader.get(), buffer, sizeof buffer);
            if (n == 0)
                break;
            if (n < 0) {
                return fail(ErrorCode::ArchiveCorrupt,
                            Tr::tr("The member cannot be decompressed."),
                            member,
                            hint,
                            archiveMessage(reader.get()));
            }
            if (data.size() + n > cap) {
                return fail(ErrorCode::LimitExceeded,
                            Tr::tr("The member is larger than the %1 bytes accepted.").arg(cap),
                            member);
            }
            data.append(buffer, n);
        }
        total += data.size();
        Result<Tensor> tensor = readNpy(data, member, limits.npy);
        if (!tensor)
            return fail(tensor.error());
        tensors.append({name.chopped(4), std::move(*tensor)});
    }
    return tensors;
}

Result<QList<NamedTensor>> readNpzFile(const QString &path, const NpzLimits &limits)
{
    const Result<QByteArray> bytes = readTensorFile(path, atMost(limits.maxTotalBytes, path));
    if (!bytes)
        return fail(bytes.error());
    return readNpz(*bytes, path, limits);
}

} // namespace TinyDeploy::Tensor
