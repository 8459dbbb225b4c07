#include "clitr.h"
#include "commands.h"
#include "output.h"
#include "projectsupport.h"
#include "serversession.h"
#include "signalwatcher.h"

#include <projectapi/methods.h>

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace TinyDeploy::Cli {

int runFlash(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Flashes a built project to its board (or starts the emulated board) and prints "
               "the serial port when the template reports one. Server output is shown on "
               "stderr, each line prefixed with \"| \"."));
    parser.addHelpOption();
    addProjectOptions(parser);
    parser.addOption({QStringLiteral("json"), Tr::tr("Prints the flash result as JSON.")});
    parser.addPositionalArgument(QStringLiteral("PROJECT_DIR"), Tr::tr("The generated project."));
    parser.process(arguments);
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    if (parser.positionalArguments().size() != 1) {
        err() << Tr::tr("Usage: tinydeploy-cli flash PROJECT_DIR [-o name=value]...") << '\n';
        return ExitUsage;
    }
    const QString projectDir = absolutePath(parser.positionalArguments().first());

    SignalWatcher watcher;
    ServerSession session(&watcher);
    const Result<QJsonObject> options = openProjectForMethod(session,
                                                             projectDir,
                                                             parser.values(
                                                                 QStringLiteral("option")),
                                                             QString(ProjectApi::Method::Flash));
    if (!options)
        return reportFailure(options.error(), verbose);
    const Result<QJsonValue> result = session.flash(*options);
    if (!result)
        return reportFailure(result.error(), verbose);
    session.close();

    // TinyDeploy's templates return {"serial_port": ...}; TVM's return null.
    const QString port = result->toObject().value(QStringLiteral("serial_port")).toString();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object{{QStringLiteral("project"), projectDir},
                           {QStringLiteral("result"), *result}};
        if (!port.isEmpty())
            object.insert(QStringLiteral("serial_port"), port);
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        out() << Tr::tr("Flashed %1.").arg(projectDir) << '\n';
        if (!port.isEmpty())
            out() << Tr::tr("Serial port: %1").arg(port) << '\n';
    }
    out().flush();
    return ExitOk;
}

} // namespace TinyDeploy::Cli
