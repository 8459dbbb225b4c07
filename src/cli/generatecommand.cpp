#include "clitr.h"
#include "commands.h"
#include "output.h"
#include "projectsupport.h"
#include "serversession.h"
#include "signalwatcher.h"

#include <deploy/modelstaging.h>
#include <projectapi/methods.h>

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

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
                        "[-o name=value]... [--standalone-crt DIR]")
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

    // Options are checked before any server runs: errors name the option and its values.
    QJsonObject userValues;
    const Result<QJsonObject> options = optionsForMethod(templ->serverInfo.projectOptions,
                                                         {},
                                                         assignments,
                                                         QString(
                                                             ProjectApi::Method::GenerateProject),
                                                         &userValues);
    if (!options)
        return reportFailure(options.error(), verbose);

    QTemporaryDir work(QDir::tempPath() + QStringLiteral("/tinydeploy-stage-XXXXXX"));
    if (!work.isValid()) {
        return reportFailure(makeError(ErrorCode::Io,
                                       Tr::tr("Cannot create a temporary folder."),
                                       QDir::tempPath(),
                                       QString(),
                                       work.errorString()),
                             verbose);
    }
    Deploy::StageOptions stageOptions;
    stageOptions.standaloneCrtDir = crtDir;
    stageOptions.cancel = &SignalWatcher::cancelFlag();
    const Result<Deploy::StagedModel> staged = Deploy::stageModel(model, work.path(), stageOptions);
    if (!staged)
        return reportFailure(staged.error(), verbose);
    for (const QString &warning : staged->warnings)
        err() << Tr::tr("tinydeploy-cli: warning: %1").arg(warning) << '\n';
    err().flush();

    ServerSession session(&watcher);
    const Result<ProjectApi::ServerInfo> templateInfo = session.open(templ->path());
    if (!templateInfo)
        return reportFailure(templateInfo.error(), verbose);
    if (!templateInfo->isTemplate) {
        return reportFailure(makeError(ErrorCode::NotATemplate,
                                       Tr::tr("The server says this folder is not a template "
                                              "(is_template is false)."),
                                       templ->path(),
                                       Tr::tr("Give a template folder; a generated project is "
                                              "used with build and flash.")),
                             verbose);
    }
    if (Result<void> generated = session.generateProject(staged->tarPath,
                                                         staged->standaloneCrtDir,
                                                         projectDir,
                                                         *options);
        !generated) {
        return reportFailure(generated.error(), verbose);
    }
    session.close();

    // Spec 3.6: the new folder must be a project whose own server says is_template=false.
    const Result<ProjectApi::ServerInfo> projectInfo = openProject(session, projectDir);
    session.close();
    if (!projectInfo) {
        Error error = projectInfo.error();
        if (error.code == ErrorCode::NotAProject)
            error.message = Tr::tr("The generated project's server still says it is a template.");
        return reportFailure(error, verbose);
    }

    RememberedProject remembered;
    remembered.templateName = templ->name();
    remembered.templatePath = templ->path();
    remembered.modelPath = model;
    remembered.options = userValues;
    if (Result<void> saved = saveRemembered(projectDir, remembered); !saved)
        return reportFailure(saved.error(), verbose);

    out() << Tr::tr("Generated %1 from template %2.").arg(projectDir, templ->name()) << '\n';
    out().flush();
    return ExitOk;
}

} // namespace TinyDeploy::Cli
