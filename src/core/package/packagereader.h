#pragma once

#include "packagemanifest.h"

#include <util/error.h>

#include <QString>

namespace TinyDeploy::Package {

/// A package checked and unpacked by openPackage().
struct OpenedPackage
{
    QString path;      ///< The .tdpkg file (absolute).
    QString sha256;    ///< Of the .tdpkg file.
    QString directory; ///< Where it was unpacked; the members keep their paths under it.
    PackageManifest manifest;

    /// The absolute path of @p member under directory.
    QString filePath(const QString &member) const;
};

/// @brief The manifest of the package at @p path, without unpacking it: the archive passes
/// the hostile-archive checks of the model reader (Mlf::ModelArchive), manifest.json is its
/// first file, and it parses (PackageManifest::parse()).
Result<PackageManifest> readManifest(const QString &path);

/// @brief Checks and unpacks the package at @p path into @p extractDir (which must not exist;
/// its parent must): the archive is extracted with Mlf::extractSafely() (no absolute paths,
/// "..", links, device nodes; size and entry limits), and every member must be exactly what
/// the manifest recorded: a file the manifest does not list, a listed file that is missing, a
/// different size or SHA-256 is refused with PackageTampered naming the member. Links are
/// refused (PackageInvalid). Nothing is left in @p extractDir on failure. Blocking, but short
/// for a package of a few MiB; call it from a worker thread for large ones.
Result<OpenedPackage> openPackage(const QString &path, const QString &extractDir);

} // namespace TinyDeploy::Package
