#include "modelstaging.h"
#include "deploytr.h"

#include <mlf/extractsafely.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

#include <sys/stat.h>
#include <unistd.h>

namespace TinyDeploy::Deploy {

namespace {

constexpr qint64 copyChunkBytes = 64 * 1024;

struct ArchiveDeleter
{
    void operator()(struct archive *a) const { archive_write_free(a); }
};
struct EntryDeleter
{
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};
using WriterPtr = std::unique_ptr<struct archive, ArchiveDeleter>;
using EntryPtr = std::unique_ptr<archive_entry, EntryDeleter>;

la_ssize_t writeCallback(struct archive *, void *clientData, const void *buffer, size_t length)
{
    auto *file = static_cast<QSaveFile *>(clientData);
    const qint64 written = file->write(static_cast<const char *>(buffer), qint64(length));
    return written < 0 ? -1 : la_ssize_t(written);
}

// The raw target of a symlink as stored on disk (QFileInfo only gives the resolved path).
QByteArray readLinkTarget(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    QByteArray buffer(4096, Qt::Uninitialized);
    const ssize_t n = ::readlink(native.constData(), buffer.data(), size_t(buffer.size()));
    if (n < 0 || n >= buffer.size())
        return {};
    buffer.truncate(qsizetype(n));
    return buffer;
}

class TarWriter
{
public:
    TarWriter(const QString &sourceDir, const QString &tarPath)
        : m_sourceDir(sourceDir)
        , m_tarPath(tarPath)
        , m_file(tarPath)
    {}

    Result<void> run()
    {
        if (!QFileInfo(m_sourceDir).isDir()) {
            return fail(ErrorCode::NotFound,
                        Tr::tr("The folder to pack does not exist."),
                        m_sourceDir);
        }
        if (!m_file.open(QIODevice::WriteOnly))
            return ioError(m_file.errorString());
        m_archive.reset(archive_write_new());
        // PAX like Python's tarfile (TVM's writer); no compression filter: servers use
        // tarfile.TarFile(path), which reads only uncompressed tar.
        if (archive_write_set_format_pax(m_archive.get()) != ARCHIVE_OK
            || archive_write_add_filter_none(m_archive.get()) != ARCHIVE_OK
            || archive_write_open2(m_archive.get(), &m_file, nullptr, writeCallback, nullptr, nullptr)
                   != ARCHIVE_OK) {
            return archiveError();
        }
        if (Result<void> r = addEntry(QFileInfo(m_sourceDir), QStringLiteral(".")); !r)
            return r;
        if (Result<void> r = addChildren(m_sourceDir, QString()); !r)
            return r;
        if (archive_write_close(m_archive.get()) != ARCHIVE_OK)
            return archiveError();
        m_archive.reset();
        if (!m_file.commit())
            return ioError(m_file.errorString());
        return ok();
    }

private:
    Result<void> addChildren(const QString &dir, const QString &prefix)
    {
        const QFileInfoList children = QDir(dir).entryInfoList(QDir::AllEntries | QDir::Hidden
                                                                   | QDir::System
                                                                   | QDir::NoDotAndDotDot,
                                                               QDir::Name);
        for (const QFileInfo &child : children) {
            const QString relative = prefix.isEmpty()
                                         ? child.fileName()
                                         : prefix + QLatin1Char('/') + child.fileName();
            if (Result<void> r = addEntry(child, relative); !r)
                return r;
            if (child.isDir() && !child.isSymLink()) {
                if (Result<void> r = addChildren(child.filePath(), relative); !r)
                    return r;
            }
        }
        return ok();
    }

    Result<void> addEntry(const QFileInfo &info, const QString &relative)
    {
        // TVM's names: "./" for the root, "./a/b" below it, a trailing '/' on directories.
        QString name = relative == QLatin1String(".") ? QStringLiteral("./")
                                                      : QStringLiteral("./") + relative;
        EntryPtr entry(archive_entry_new());
        struct stat st;
        if (::lstat(QFile::encodeName(info.filePath()).constData(), &st) != 0)
            return ioError(qt_error_string(errno), info.filePath());
        qint64 size = 0;
        if (S_ISLNK(st.st_mode)) {
            const QByteArray target = readLinkTarget(info.filePath());
            if (target.isEmpty())
                return ioError(Tr::tr("Cannot read the link."), info.filePath());
            archive_entry_set_filetype(entry.get(), AE_IFLNK);
            archive_entry_set_symlink(entry.get(), target.constData());
        } else if (S_ISDIR(st.st_mode)) {
            if (!name.endsWith(QLatin1Char('/')))
                name += QLatin1Char('/');
            archive_entry_set_filetype(entry.get(), AE_IFDIR);
        } else if (S_ISREG(st.st_mode)) {
            size = qint64(st.st_size);
            archive_entry_set_filetype(entry.get(), AE_IFREG);
            archive_entry_set_size(entry.get(), size);
        } else {
            return fail(ErrorCode::UnsafeMember,
                        Tr::tr("The extracted model contains a special file (device, FIFO or "
                               "socket)."),
                        info.filePath(),
                        Tr::tr("Only regular files, folders and links can be packed."));
        }
        const QByteArray utf8Name = name.toUtf8();
        archive_entry_set_pathname_utf8(entry.get(), utf8Name.constData());
        archive_entry_set_perm(entry.get(), st.st_mode & 07777);
        archive_entry_set_mtime(entry.get(), st.st_mtime, 0);
        archive_entry_set_uid(entry.get(), 0);
        archive_entry_set_gid(entry.get(), 0);
        archive_entry_set_uname(entry.get(), "root");
        archive_entry_set_gname(entry.get(), "root");
        if (archive_write_header(m_archive.get(), entry.get()) != ARCHIVE_OK)
            return archiveError(info.filePath());
        if (size > 0)
            return copyData(info.filePath(), size);
        return ok();
    }

    Result<void> copyData(const QString &path, qint64 size)
    {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return ioError(in.errorString(), path);
        QByteArray buffer(copyChunkBytes, Qt::Uninitialized);
        qint64 remaining = size;
        while (remaining > 0) {
            const qint64 n = in.read(buffer.data(), qMin(remaining, copyChunkBytes));
            if (n <= 0) {
                // The file shrank while we packed it: the header promised more bytes.
                return ioError(Tr::tr("The file changed while it was packed."), path);
            }
            if (archive_write_data(m_archive.get(), buffer.constData(), size_t(n)) != n)
                return archiveError(path);
            remaining -= n;
        }
        return ok();
    }

    std::unexpected<Error> ioError(const QString &details, const QString &where = {})
    {
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot write the model tar for the template."),
                    where.isEmpty() ? m_tarPath : where,
                    Tr::tr("Check the free space and permissions of the work folder."),
                    details);
    }

    std::unexpected<Error> archiveError(const QString &where = {})
    {
        const char *text = m_archive ? archive_error_string(m_archive.get()) : nullptr;
        return ioError(text ? QString::fromLocal8Bit(text) : m_file.errorString(), where);
    }

    QString m_sourceDir;
    QString m_tarPath;
    QSaveFile m_file;
    WriterPtr m_archive;
};

Result<void> removeIfPresent(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return ok();
    const bool removed = info.isDir() && !info.isSymLink() ? QDir(path).removeRecursively()
                                                           : QFile::remove(path);
    if (!removed) {
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot remove the result of an earlier staging."),
                    path,
                    Tr::tr("Check the permissions of the work folder."));
    }
    return ok();
}

} // namespace

Result<void> writeModelTar(const QString &sourceDir, const QString &tarPath)
{
    TarWriter writer(sourceDir, tarPath);
    return writer.run();
}

Result<StagedModel> stageModel(const QString &archive,
                               const QString &workDir,
                               const StageOptions &options)
{
    const QString archivePath = QFileInfo(archive).absoluteFilePath();
    const QString work = QDir::cleanPath(QDir(workDir).absolutePath());

    Mlf::SummarizeOptions summarizeOptions;
    summarizeOptions.limits = options.limits;
    summarizeOptions.cancel = options.cancel;
    Result<Mlf::ModelInfo> summary = Mlf::ModelArchive::summarize(archivePath, summarizeOptions);
    if (!summary)
        return fail(summary.error());

    if (!options.standaloneCrtDir.isEmpty() && !QFileInfo(options.standaloneCrtDir).isDir()) {
        return fail(ErrorCode::NotFound,
                    Tr::tr("The standalone C runtime folder does not exist."),
                    options.standaloneCrtDir,
                    Tr::tr("Name the standalone_crt folder of a TVM build, or leave it out."));
    }

    StagedModel staged;
    staged.model = *summary;
    staged.warnings = summary->warnings;
    staged.extractedDir = work + QStringLiteral("/model");
    staged.tarPath = work + QStringLiteral("/model.tar");
    const QString emptyCrt = work + QStringLiteral("/empty-crt");

    if (!QDir().mkpath(work)) {
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot create the work folder."),
                    work,
                    Tr::tr("Check the permissions of its parent folder."));
    }
    for (const QString &old : {staged.extractedDir, staged.tarPath, emptyCrt}) {
        if (Result<void> r = removeIfPresent(old); !r)
            return fail(r.error());
    }

    Mlf::ExtractOptions extractOptions;
    extractOptions.limits = options.limits;
    extractOptions.cancel = options.cancel;
    if (Result<void> r = Mlf::extractSafely(archivePath, staged.extractedDir, extractOptions); !r)
        return fail(r.error());

    if (Result<void> r = writeModelTar(staged.extractedDir, staged.tarPath); !r) {
        QFile::remove(staged.tarPath);
        return fail(r.error());
    }

    const QString runtime = staged.extractedDir + QStringLiteral("/runtime");
    if (QFileInfo(runtime).isDir()) {
        staged.crtSource = CrtSource::Archive;
        staged.standaloneCrtDir = runtime;
        if (!QFileInfo::exists(runtime + QStringLiteral("/CMakeLists.txt"))) {
            staged.warnings.append(
                Tr::tr("The archive's runtime/ folder has no CMakeLists.txt (an older TVM "
                       "release); templates that build TVM's C runtime with CMake may fail."));
        }
    } else if (!options.standaloneCrtDir.isEmpty()) {
        staged.crtSource = CrtSource::User;
        staged.standaloneCrtDir = QDir::cleanPath(QDir(options.standaloneCrtDir).absolutePath());
    } else {
        if (!QDir().mkpath(emptyCrt)) {
            return fail(ErrorCode::Io,
                        Tr::tr("Cannot create the work folder."),
                        emptyCrt,
                        Tr::tr("Check the permissions of the work folder."));
        }
        staged.crtSource = CrtSource::Empty;
        staged.standaloneCrtDir = emptyCrt;
        staged.warnings.append(
            Tr::tr("The archive has no runtime/ folder and no standalone C runtime folder was "
                   "given: the template may need TVM's standalone C runtime "
                   "(--standalone-crt DIR)."));
    }
    return staged;
}

Result<QString> sha256OfFile(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).isDir())
        return QString();
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot read the model archive."),
                    path,
                    Tr::tr("Check that the file exists and is readable."),
                    file.errorString());
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot read the model archive."),
                    path,
                    QString(),
                    file.errorString());
    }
    return QString::fromLatin1(hash.result().toHex());
}

StagingJob::StagingJob(QObject *parent)
    : QObject(parent)
    , m_result(std::make_unique<Result<StagedModel>>(
          fail(ErrorCode::Internal, Tr::tr("Staging gave no result."))))
{}

StagingJob::~StagingJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void StagingJob::start(const QString &archive, const QString &workDir, StageOptions options)
{
    m_cancel = false;
    m_sha256.clear();
    m_result = std::make_unique<Result<StagedModel>>(
        fail(ErrorCode::Internal, Tr::tr("Staging gave no result.")));
    options.cancel = &m_cancel;
    m_thread = QThread::create([this, archive, workDir, options] {
        Result<QString> sha = sha256OfFile(archive);
        if (!sha) {
            *m_result = fail(sha.error());
            return;
        }
        m_sha256 = *sha;
        *m_result = stageModel(archive, workDir, options);
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished();
    });
    m_thread->start();
}

} // namespace TinyDeploy::Deploy
