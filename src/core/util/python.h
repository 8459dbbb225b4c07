#pragma once

#include "error.h"

#include <QString>

namespace TinyDeploy {

/// The Python interpreter that runs the templates' servers and tools: TINYDEPLOY_PYTHON when
/// set (a path, or a name looked up on PATH), else python3 on PATH. ServerStartFailed, naming
/// the variable or python3, when it is not an executable.
Result<QString> resolvePython();

} // namespace TinyDeploy
