#include "python.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

namespace TinyDeploy {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TinyDeploy::Util)
};

} // namespace

Result<QString> resolvePython()
{
    const QString configured = qEnvironmentVariable("TINYDEPLOY_PYTHON");
    if (!configured.isEmpty()) {
        QString path;
        if (configured.contains(QLatin1Char('/'))) {
            const QFileInfo info(configured);
            if (info.isFile() && info.isExecutable())
                path = info.absoluteFilePath();
        } else {
            path = QStandardPaths::findExecutable(configured);
        }
        if (path.isEmpty()) {
            return fail(ErrorCode::ServerStartFailed,
                        Tr::tr("TINYDEPLOY_PYTHON is set to '%1', which is not an executable.")
                            .arg(configured),
                        QStringLiteral("TINYDEPLOY_PYTHON"),
                        Tr::tr("Set TINYDEPLOY_PYTHON to a Python 3 interpreter, or unset it to "
                               "use python3 from PATH."));
        }
        return path;
    }
    const QString path = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (path.isEmpty()) {
        return fail(ErrorCode::ServerStartFailed,
                    Tr::tr("No python3 was found on PATH to run the template's server."),
                    QStringLiteral("microtvm_api_server.py"),
                    Tr::tr("Install Python 3, or set TINYDEPLOY_PYTHON to an interpreter."));
    }
    return path;
}

} // namespace TinyDeploy
