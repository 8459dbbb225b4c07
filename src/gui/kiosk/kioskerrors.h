#pragma once

#include <deploy/deploymenttypes.h>
#include <util/error.h>

#include <QString>

#include <optional>

namespace TinyDeploy::Gui {

/// @brief The one sentence a student reads when the kiosk's deployment fails: what happened in
/// plain words and what to do (plug the board in again, press Deploy, ask the teacher). The
/// pipeline's own error, with its details, stays one click away ("Details").
///
/// Decided from the error's code and the step it failed in (@p step; none for a failure
/// before any step, such as a configuration that cannot be read).
QString kioskErrorText(const Error &error, std::optional<Deploy::DeploymentStep> step);

} // namespace TinyDeploy::Gui
