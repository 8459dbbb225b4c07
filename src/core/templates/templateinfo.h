#pragma once

#include "boardinfo.h"
#include "templatelocation.h"

#include <projectapi/projectoption.h>
#include <util/error.h>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace TinyDeploy::Templates {

enum class TemplateStatus {
    Pending,           ///< Found on disk, not asked yet.
    Querying,          ///< Its server is being asked (server_info_query).
    Available,         ///< Answered, and says its tools are all there.
    Problems,          ///< Answered, but its "environment" lists missing tools.
    Unavailable,       ///< Did not answer: see TemplateInfo::error.
    NeedsConfirmation, ///< A user folder not confirmed yet: its server was not started.
};

/// "pending", "querying", "available", "problems", "unavailable", "needs-confirmation".
QString statusName(TemplateStatus status);

/// Everything the catalog knows about one template.
struct TemplateInfo
{
    TemplateLocation location;
    TemplateStatus status = TemplateStatus::Pending;
    /// The parsed answer (Available, Problems).
    ProjectApi::ServerInfo serverInfo;
    /// The answer as sent, including extensions such as "environment".
    QJsonObject rawServerInfo;
    /// From the answer's "environment" extension, e.g. "arm-none-eabi-gcc not found: install
    /// gcc-arm-none-eabi".
    QStringList problems;
    /// Why the template is unavailable: a one-line message (e.g. "ModuleNotFoundError: No
    /// module named 'usb'"), a hint, and the details (command, exit status, stderr tail).
    Error error;
    /// The boards of boards.json; empty when the template has none.
    QList<BoardInfo> boards;
    /// Set when boards.json exists but is invalid (the template itself may still work).
    std::optional<Error> boardsError;
    bool fromCache = false;

    const QString &name() const { return location.name; }
    const QString &path() const { return location.path; }
    /// Available or Problems: its server answered and can be used.
    bool isUsable() const
    {
        return status == TemplateStatus::Available || status == TemplateStatus::Problems;
    }
};

} // namespace TinyDeploy::Templates
