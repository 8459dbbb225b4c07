#include "serverfailure.h"
#include "templatestr.h"

#include <QRegularExpression>
#include <QStringList>

namespace TinyDeploy::Templates {

ServerFailureDiagnosis diagnoseServerFailure(const QString &stderrText)
{
    // The exception line of a traceback: a dotted Python identifier ending in Error, Exception,
    // Interrupt or Exit, then ": message" (or nothing).
    static const QRegularExpression exceptionLine(QStringLiteral(
        R"(^([A-Za-z_][\w.]*(?:Error|Exception|Interrupt|Exit|Warning))(?::\s*(.*))?$)"));
    static const QRegularExpression missingModule(
        QStringLiteral(R"(^(?:ModuleNotFoundError|ImportError): No module named '([^']+)')"));

    const QStringList lines = stderrText.split(QLatin1Char('\n'));
    QString lastNonEmpty;
    QString exception;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        lastNonEmpty = line;
        // Indented lines are the source lines of a traceback, never the exception itself.
        if (!raw.startsWith(QLatin1Char(' ')) && exceptionLine.match(line).hasMatch())
            exception = line;
    }

    ServerFailureDiagnosis diagnosis;
    diagnosis.reason = exception.isEmpty() ? lastNonEmpty : exception;
    const QRegularExpressionMatch module = missingModule.match(diagnosis.reason);
    if (module.hasMatch()) {
        diagnosis.moduleName = module.captured(1);
        const QString topLevel = diagnosis.moduleName.section(QLatin1Char('.'), 0, 0);
        // Debian names Python packages python3-<module> with dashes.
        const QString package = QStringLiteral("python3-")
                                + topLevel.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
        diagnosis.hint = Tr::tr("Install the Python module \"%1\" for the interpreter that runs "
                                "the template (TINYDEPLOY_PYTHON, else python3), for example "
                                "with apt-get install %2.")
                             .arg(topLevel, package);
    } else if (diagnosis.reason.startsWith(QLatin1String("SyntaxError"))) {
        diagnosis.hint = Tr::tr("The template's server does not run with this Python version.");
    }
    return diagnosis;
}

} // namespace TinyDeploy::Templates
