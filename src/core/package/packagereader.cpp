#include "packagereader.h"
#include "packagetr.h"

#include <deploy/modelstaging.h>
#include <mlf/extractsafely.h>
#include <mlf/modelarchive.h>

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace TinyDeploy::Package {

namespace {

// A package holds a firmware image, a few sample tensors and a record: far below these.
Mlf::ArchiveLimits packageLimits()
{
    Mlf::ArchiveLimits limits;
    limits.maxEntries = 10'000;
    limits.maxTotalBytes = qint64(1) * 1024 * 1024 * 1024;
    return limits;
}

QString changedHint()
{
    return Tr::tr("Do not flash it: ask for the package again, or make it again from the built "
                  "project.");
}

Error tampered(const QString &package, const QString &member, const QString &message)
{
    return makeError(ErrorCode::PackageTampered,
                     message,
                     QStringLiteral("%1:%2").arg(QFileInfo(package).fileName(), member),
                     changedHint());
}

} // namespace

QString OpenedPackage::filePath(const QString &member) const
{
    return QDir(directory).filePath(member);
}

Result<PackageManifest> readManifest(const QString &path)
{
    if (!QFileInfo(path).isFile()) {
        return fail(ErrorCode::NotFound,
                    Tr::tr("The deployment package does not exist or is not a file."),
                    path,
                    Tr::tr("Give the path of a .tdpkg file."));
    }
    Result<QList<Mlf::MemberEntry>> listed = Mlf::ModelArchive::list(path, packageLimits());
    if (!listed) {
        Error error = listed.error();
        if (error.code == ErrorCode::NotAnArchive) {
            error.code = ErrorCode::PackageInvalid;
            error.message = Tr::tr("The file is not a deployment package (not a tar archive).");
        }
        return fail(error);
    }
    const Mlf::MemberEntry *first = nullptr;
    for (const Mlf::MemberEntry &entry : std::as_const(*listed)) {
        if (entry.type != Mlf::MemberType::Directory) {
            first = &entry;
            break;
        }
    }
    if (!first || first->name != QLatin1String(PackageManifest::FileName)) {
        return fail(ErrorCode::PackageInvalid,
                    Tr::tr("The file is not a deployment package: its first member is not "
                           "manifest.json."),
                    path,
                    Tr::tr("Make packages with tinydeploy-cli package or the GUI's Export "
                           "Deployment Package."));
    }
    Result<QByteArray> bytes = Mlf::ModelArchive::readMember(path,
                                                             QString::fromLatin1(
                                                                 PackageManifest::FileName),
                                                             PackageManifest::MaxBytes);
    if (!bytes)
        return fail(bytes.error());
    Result<PackageManifest> manifest = PackageManifest::parse(*bytes);
    if (!manifest) {
        Error error = manifest.error();
        error.location = QFileInfo(path).fileName() + QLatin1Char(':') + error.location;
        return fail(error);
    }
    return manifest;
}

Result<OpenedPackage> openPackage(const QString &path, const QString &extractDir)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Result<PackageManifest> manifest = readManifest(absolute);
    if (!manifest)
        return fail(manifest.error());
    Result<QList<Mlf::MemberEntry>> listed = Mlf::ModelArchive::list(absolute, packageLimits());
    if (!listed)
        return fail(listed.error());

    // The archive's files against the manifest's list, before anything is written.
    QHash<QString, qint64> files;
    for (const Mlf::MemberEntry &entry : std::as_const(*listed)) {
        if (entry.type == Mlf::MemberType::Directory)
            continue;
        if (entry.type != Mlf::MemberType::File) {
            return fail(ErrorCode::PackageInvalid,
                        Tr::tr("The package holds a link; deployment packages hold only files."),
                        QStringLiteral("%1:%2").arg(QFileInfo(absolute).fileName(), entry.name),
                        changedHint());
        }
        if (entry.name == QLatin1String(PackageManifest::FileName))
            continue;
        files.insert(entry.name, entry.size);
        const PackageMember *member = manifest->member(entry.name);
        if (!member) {
            return fail(tampered(absolute,
                                 entry.name,
                                 Tr::tr("The package was changed after it was written: it holds "
                                        "%1, which its manifest does not list.")
                                     .arg(entry.name)));
        }
        if (member->size != entry.size) {
            return fail(tampered(absolute,
                                 entry.name,
                                 Tr::tr("The package was changed after it was written: %1 has "
                                        "%2 bytes, its manifest recorded %3.")
                                     .arg(entry.name)
                                     .arg(entry.size)
                                     .arg(member->size)));
        }
    }
    for (const PackageMember &member : std::as_const(manifest->members)) {
        if (!files.contains(member.path)) {
            return fail(tampered(absolute,
                                 member.path,
                                 Tr::tr("The package was changed after it was written: %1, "
                                        "which its manifest lists, is missing.")
                                     .arg(member.path)));
        }
    }

    Mlf::ExtractOptions options;
    options.limits = packageLimits();
    if (Result<void> extracted = Mlf::extractSafely(absolute, extractDir, options); !extracted)
        return fail(extracted.error());
    OpenedPackage opened;
    opened.path = absolute;
    opened.directory = QFileInfo(extractDir).absoluteFilePath();
    opened.manifest = *manifest;
    for (const PackageMember &member : std::as_const(manifest->members)) {
        Result<QString> hash = Deploy::sha256OfFile(opened.filePath(member.path));
        if (!hash || *hash != member.sha256) {
            QDir(opened.directory).removeRecursively();
            if (!hash)
                return fail(hash.error());
            return fail(tampered(absolute,
                                 member.path,
                                 Tr::tr("The package was changed after it was written: the "
                                        "contents of %1 differ from what its manifest recorded "
                                        "(SHA-256 %2, expected %3).")
                                     .arg(member.path, hash->left(12), member.sha256.left(12))));
        }
    }
    Result<QString> hash = Deploy::sha256OfFile(absolute);
    if (!hash) {
        QDir(opened.directory).removeRecursively();
        return fail(hash.error());
    }
    opened.sha256 = *hash;
    return opened;
}

} // namespace TinyDeploy::Package
