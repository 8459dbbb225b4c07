#pragma once

#include <QList>
#include <QString>

namespace TinyDeploy::Templates {

/// Where a template folder was found. The order is the lookup priority of a template name.
enum class TemplateSource {
    Explicit,    ///< A search path given through the API (tests, a CLI argument).
    Environment, ///< TINYDEPLOY_TEMPLATE_PATH.
    User,        ///< A folder the user added (settings).
    Bundled,     ///< The firmware_templates/ shipped beside the executable.
};

/// One template folder on disk, before its server was asked anything.
struct TemplateLocation
{
    QString name; ///< The folder name, e.g. "qemu-cortex-m".
    QString path; ///< Absolute, cleaned path of the template folder.
    TemplateSource source = TemplateSource::Bundled;
    /// False for a user-added folder that the user has not confirmed yet: its server must
    /// not be started (DESIGN: user templates run only after the user confirmed the folder).
    bool confirmed = true;
};

/// "bundled", "environment", "user", "explicit": stable text for --json output.
QString sourceName(TemplateSource source);

} // namespace TinyDeploy::Templates
