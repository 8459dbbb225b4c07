#pragma once

#include "deploymenttypes.h"

#include <util/error.h>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace TinyDeploy::Templates {
class TemplateLocator;
}

namespace TinyDeploy::Deploy {

/// @brief What a kiosk deploys, as a teacher prepared it once (docs/kiosk.md): a kiosk
/// configuration (.tdkiosk, JSON) or a deployment package (.tdpkg).
///
/// Paths in a .tdkiosk are relative to the file, so that a folder with the file, the model and
/// a template can be copied to every computer of a classroom.
struct KioskConfig
{
    /// The .tdkiosk or .tdpkg file, absolute.
    QString filePath;
    QString title;     ///< The big title; default: "TinyDeploy".
    QString message;   ///< One or two sentences for the students; may be empty.
    QString modelPath; ///< The MLF archive, absolute.
    /// The template as written: a name ("host", "qemu-cortex-m") or a path (it has a '/').
    QString templateRef;
    QString board;       ///< The "board" option; empty for the template's default.
    QJsonObject options; ///< Typed option values, as a form would give them.
    /// Set for a .tdpkg: the deployment runs from the package (see DeploymentSettings).
    QString packagePath;

    bool isPackage() const { return !packagePath.isEmpty(); }
};

/// The "format" value of a .tdkiosk.
inline constexpr char kioskFormat[] = "tinydeploy-kiosk";
/// The only version there is.
inline constexpr int kioskVersion = 1;
/// Largest .tdkiosk read (a real one is a few hundred bytes).
inline constexpr qint64 maxKioskConfigBytes = 256 * 1024;

/// Parses the content of the .tdkiosk @p filePath: {"format": "tinydeploy-kiosk", "version": 1,
/// "model": PATH, "template": NAME_OR_PATH, "board"?: str, "options"?: {...}, "title"?: str,
/// "message"?: str}. Unknown fields are refused (a misspelt one would be silently lost); the
/// model must exist. Errors name the file and the field, and say what to fix.
Result<KioskConfig> parseKioskConfig(const QByteArray &json, const QString &filePath);

/// Reads @p path: a .tdpkg is taken as a deployment package (title: its base name), anything
/// else is parsed as a .tdkiosk.
Result<KioskConfig> loadKioskConfig(const QString &path);

/// The .tdkiosk text for @p config, to be written at @p filePath: the model's and a template
/// folder's paths relative to the file's folder when they share a folder below the root (else
/// absolute). Indented, keys in alphabetical order.
QByteArray kioskConfigJson(const KioskConfig &config, const QString &filePath);

/// Writes kioskConfigJson(@p config, @p filePath) to @p filePath (replacing it whole, or not at
/// all), after checking that it reads back (parseKioskConfig()): what the kiosk will read is
/// what was meant. Errors say what to do.
Result<void> writeKioskConfig(const KioskConfig &config, const QString &filePath);

/// The template folder @p config names: a path relative to the file, or a name looked up by
/// @p locator (the bundled and user templates, TINYDEPLOY_TEMPLATE_PATH). File-system work
/// only: no server runs.
Result<QString> kioskTemplateDir(const KioskConfig &config,
                                 const Templates::TemplateLocator &locator);

/// The settings of the kiosk's deployment: the model, @p templateDir, the options with the
/// board, the GUI's device handling (the port stays open for runs of drawings); a package runs
/// from its Flash step.
DeploymentSettings kioskSettings(const KioskConfig &config, const QString &templateDir);

} // namespace TinyDeploy::Deploy
