#pragma once

#include <QString>
#include <QStringList>

namespace TinyDeploy::InstallPaths {

/// The data TinyDeploy ships beside its executables.
enum class Data {
    Templates, ///< the template projects (firmware_templates/)
    Samples,   ///< the sample models (digits_*.tar and their inputs)
    Plugins,   ///< the Qt plugins (latency plot)
};

/// The one rule by which the executables find their data, relative to the folder they run from
/// (QCoreApplication::applicationDirPath()), so that the build tree and any installed prefix
/// work alike and no absolute path is built in:
///
/// | data      | build tree (<build>/bin)          | installed (<prefix>/bin)                  |
/// | --------- | --------------------------------- | ----------------------------------------- |
/// | Templates | ../firmware_templates             | ../share/tinydeploy/firmware_templates    |
/// | Samples   | ../samples                        | ../share/tinydeploy/samples               |
/// | Plugins   | ../lib/tinydeploy/plugins         | ../lib/tinydeploy/plugins                 |
///
/// Returns the candidate folders in that order (build tree first), cleaned, whether they exist
/// or not (for messages saying where TinyDeploy looked).
QStringList candidates(Data data, const QString &applicationDir);
/// The candidates that exist as folders.
QStringList existing(Data data, const QString &applicationDir);
/// candidates() for the running application (QCoreApplication::applicationDirPath()); empty
/// when there is no QCoreApplication.
QStringList candidates(Data data);
/// The first existing candidate for the running application, empty when none exists or there is
/// no QCoreApplication.
QString find(Data data);

} // namespace TinyDeploy::InstallPaths
