#pragma once

#include "deploymenttypes.h"

#include <util/error.h>

namespace TinyDeploy::Deploy {

/// Checks @p settings before a deployment starts and completes them: absolute paths, the
/// steps' order, the runs, the model and template (for Generate), the project folder (for a
/// deployment that starts at an existing project), and the options against
/// knownTemplateOptions. For an existing project, what its ProjectState remembers fills in the
/// model, the template and the options left empty (@p optionsRemembered is then set).
Result<void> prepareSettings(DeploymentSettings &settings, bool *optionsRemembered);

/// "The number of runs must be 1 to MaxRuns, not @p runs."
Error runsError(quint32 runs);

} // namespace TinyDeploy::Deploy
