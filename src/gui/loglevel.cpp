#include "loglevel.h"

#include <QRegularExpression>

namespace TinyDeploy::Gui {

namespace {
const QRegularExpression &errorPattern()
{
    static const QRegularExpression re(
        QStringLiteral("(?i:\\berror\\b\\s*:|\\bfatal\\b\\s*:|undefined reference)"
                       "|\\bError\\b|\\bERROR\\b|FAILED|\\bFAIL\\b|Traceback|Exception\\b"));
    return re;
}

const QRegularExpression &warningPattern()
{
    static const QRegularExpression re(
        QStringLiteral("(?i:\\bwarning\\b\\s*:)|\\bWarning\\b|\\bWARN(ING)?\\b"));
    return re;
}
} // namespace

LogLevel classifyLogLine(QStringView line)
{
    if (line.isEmpty())
        return LogLevel::Normal;
    if (errorPattern().match(line).hasMatch())
        return LogLevel::Error;
    if (warningPattern().match(line).hasMatch())
        return LogLevel::Warning;
    return LogLevel::Normal;
}

} // namespace TinyDeploy::Gui
