#include "clitr.h"
#include "commands.h"
#include "output.h"
#include "projectsupport.h"
#include "signalwatcher.h"

#include <deploy/deployment.h>

#include <QCommandLineParser>
#include <QFileInfo>

namespace TinyDeploy::Cli {

int runGenerate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Generates a project from a template and a Model Library Format archive. The "
               "archive is checked and repacked as a clean uncompressed tar first. Server "
               "output is shown on stderr, each line prefixed with \"| \"."));
    parser.addHelpOption();
    addProjectOptions(parser);
    parser.addOption({QStringLiteral("standalone-crt"),
                      Tr::tr("TVM's standalone C runtime folder, for archives without "
                             "runtime/."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("no-fit-check"),
                      Tr::tr("Generate and build even when the fit check says the model does "
                             "not fit the board's flash or RAM (its estimate errs on the safe "
                             "side).")});
    parser.addPositionalArgument(QStringLiteral("TEMPLATE_OR_DIR"),
                                 Tr::tr("A template name or a template folder."));
    parser.addPositionalArgument(QStringLiteral("MODEL"), Tr::tr("The MLF archive."));
    parser.addPositionalArgument(QStringLiteral("PROJECT_DIR"),
                                 Tr::tr("The project folder to create (must not exist)."));
    parser.process(arguments);
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3) {
        err() << Tr::tr("Usage: tinydeploy-cli generate TEMPLATE_OR_DIR MODEL PROJECT_DIR "
                        "[-o name=value]... [--standalone-crt DIR] [--no-fit-check]")
              << '\n';
        return ExitUsage;
    }
    // Relative paths would resolve against the server's cwd (the template folder).
    const QString model = absolutePath(positional.at(1));
    const QString projectDir = absolutePath(positional.at(2));
    const QString crtDir = parser.isSet(QStringLiteral("standalone-crt"))
                               ? absolutePath(parser.value(QStringLiteral("standalone-crt")))
                               : QString();
    const QStringList assignments = parser.values(QStringLiteral("option"));

    if (QFileInfo::exists(projectDir)) {
        return reportFailure(makeError(ErrorCode::InvalidArgument,
                                       Tr::tr("The project folder already exists."),
                                       projectDir,
                                       Tr::tr("Choose a new folder, or delete this one.")),
                             verbose);
    }
    if (!QFileInfo(model).isReadable()) {
        return reportFailure(makeError(ErrorCode::NotFound,
                                       Tr::tr("The model archive does not exist or cannot be "
                                              "read."),
                                       model),
                             verbose);
    }

    SignalWatcher watcher;
    const Result<Templates::TemplateInfo> templ = resolveTemplate(positional.at(0), &watcher);
    if (!templ)
        return reportFailure(templ.error(), verbose);
    warnAboutProblems(*templ);

    Deploy::DeploymentSettings settings;
    settings.modelPath = model;
    settings.templateDir = templ->path();
    settings.templateName = templ->name();
    settings.projectDir = projectDir;
    settings.standaloneCrtDir = crtDir;
    settings.optionAssignments = assignments;
    // Options are checked before any server runs: errors name the option and its values.
    settings.knownTemplateOptions = templ->serverInfo.projectOptions;
    settings.lastStep = Deploy::DeploymentStep::Generate;
    settings.checkFit = !parser.isSet(QStringLiteral("no-fit-check"));
    Deploy::Deployment deployment;
    deployment.setSettings(settings);
    if (const int code = runSteps(deployment, watcher, verbose); code != ExitOk)
        return code;

    out() << Tr::tr("Generated %1 from template %2.").arg(projectDir, templ->name()) << '\n';
    out().flush();
    return ExitOk;
}

} // namespace TinyDeploy::Cli
