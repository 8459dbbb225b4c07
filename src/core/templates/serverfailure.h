#pragma once

#include <QString>

namespace TinyDeploy::Templates {

/// Why a template server died before answering, in one line the user understands.
struct ServerFailureDiagnosis
{
    QString reason;     ///< "ModuleNotFoundError: No module named 'usb'", or the last stderr line.
    QString hint;       ///< What to do; empty when nothing specific is known.
    QString moduleName; ///< The missing Python module, when that is the reason.
};

/// Reads the server's captured stderr: the last line of a Python traceback ("XxxError: ...")
/// wins, else the last non-empty line. Empty reason when @p stderrText has nothing useful.
ServerFailureDiagnosis diagnoseServerFailure(const QString &stderrText);

} // namespace TinyDeploy::Templates
