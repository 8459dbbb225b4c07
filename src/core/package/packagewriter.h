#pragma once

#include "packagemanifest.h"

#include <util/error.h>

#include <QString>

namespace TinyDeploy::Package {

/// @brief Writes the deployment package of the built project in @p projectDir to @p outPath
/// (a gzip-compressed tar, manifest.json first; docs/package-format.md).
///
/// It holds the flash recipe the build wrote (build/flash_recipe.json) and the files it names,
/// the board data (boards.json), the sample inputs and expected outputs of the model's sample
/// kit (SampleKit) and the build's record (deployment.json and the build log) from
/// @p recordFolder (empty: the record the project remembers); the manifest lists every member
/// with its SHA-256 and size, the model's hash and summary, the board, the template and how the
/// Run step talks to the device. NotPackageable, with what to do, for a project that is not
/// built, or whose template does not describe how to flash without it (a foreign template).
/// The file appears complete or not at all. Blocking; a few MiB are read.
Result<PackageManifest> writePackage(const QString &projectDir,
                                     const QString &recordFolder,
                                     const QString &outPath);

} // namespace TinyDeploy::Package
