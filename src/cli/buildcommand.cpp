#include "clitr.h"
#include "commands.h"
#include "output.h"
#include "projectsupport.h"
#include "serversession.h"
#include "signalwatcher.h"

#include <projectapi/methods.h>

#include <QCommandLineParser>

namespace TinyDeploy::Cli {

int runBuild(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Builds a generated project with the options given at generate time, plus the "
               "ones given here. Server output is shown on stderr, each line prefixed with "
               "\"| \"."));
    parser.addHelpOption();
    addProjectOptions(parser);
    parser.addPositionalArgument(QStringLiteral("PROJECT_DIR"), Tr::tr("The generated project."));
    parser.process(arguments);
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    if (parser.positionalArguments().size() != 1) {
        err() << Tr::tr("Usage: tinydeploy-cli build PROJECT_DIR [-o name=value]...") << '\n';
        return ExitUsage;
    }
    const QString projectDir = absolutePath(parser.positionalArguments().first());

    SignalWatcher watcher;
    ServerSession session(&watcher);
    const Result<QJsonObject> options = openProjectForMethod(session,
                                                             projectDir,
                                                             parser.values(
                                                                 QStringLiteral("option")),
                                                             QString(ProjectApi::Method::Build));
    if (!options)
        return reportFailure(options.error(), verbose);
    if (Result<void> built = session.build(*options); !built)
        return reportFailure(built.error(), verbose);
    session.close();
    out() << Tr::tr("Built %1.").arg(projectDir) << '\n';
    out().flush();
    return ExitOk;
}

} // namespace TinyDeploy::Cli
