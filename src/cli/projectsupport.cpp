#include "projectsupport.h"
#include "clitr.h"
#include "commands.h"
#include "output.h"
#include "signalwatcher.h"

#include <deploy/deployment.h>
#include <templates/templatecatalog.h>
#include <templates/templatelocator.h>

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>

namespace TinyDeploy::Cli {

using namespace TinyDeploy::Templates;

namespace {

Result<TemplateInfo> checkUsable(const TemplateInfo &info, bool allowProject)
{
    if (info.isUsable())
        return info;
    if (allowProject && info.error.code == ErrorCode::NotATemplate)
        return info;
    return fail(info.error);
}

} // namespace

void runCatalog(TemplateCatalog &catalog, SignalWatcher *watcher)
{
    QEventLoop loop;
    QObject::connect(&catalog, &TemplateCatalog::finished, &loop, &QEventLoop::quit);
    if (watcher) {
        QObject::connect(watcher, &SignalWatcher::signalReceived, &loop, [&catalog] {
            catalog.cancel();
        });
    }
    catalog.refresh();
    loop.exec();
}

Result<TemplateInfo> resolveTemplate(const QString &nameOrDir,
                                     SignalWatcher *watcher,
                                     bool allowProject)
{
    QString dir;
    if (!nameOrDir.contains(QLatin1Char('/'))) {
        TemplateLocator locator;
        locator.setUserFolders(UserTemplateFolders().folders());
        const QList<TemplateLocation> locations = locator.locate();
        QStringList names;
        for (const TemplateLocation &location : locations) {
            names.append(location.name);
            if (location.name != nameOrDir || !dir.isEmpty())
                continue;
            if (!location.confirmed) {
                return fail(ErrorCode::TemplateUnavailable,
                            Tr::tr("The template folder was added but not confirmed yet."),
                            location.path,
                            Tr::tr("Confirm it in the app, or give its path on the command "
                                   "line."));
            }
            dir = location.path;
        }
        if (dir.isEmpty() && !QFileInfo(nameOrDir).isDir()) {
            return fail(ErrorCode::NotFound,
                        Tr::tr("There is no template called \"%1\".").arg(nameOrDir),
                        QString(),
                        names.isEmpty()
                            ? Tr::tr("No template was found: set TINYDEPLOY_TEMPLATE_PATH or "
                                     "give a template folder.")
                            : Tr::tr("Known templates: %1. Run \"tinydeploy-cli templates\" for "
                                     "details.")
                                  .arg(names.join(QStringLiteral(", "))));
        }
    }
    if (dir.isEmpty()) {
        dir = absolutePath(nameOrDir);
        if (!QFileInfo(dir).isDir()) {
            return fail(ErrorCode::NotFound,
                        Tr::tr("The folder does not exist."),
                        dir,
                        Tr::tr("Give a template name or an existing folder."));
        }
        if (!TemplateLocator::isTemplateDir(dir)) {
            return fail(ErrorCode::ServerNotFound,
                        Tr::tr("The folder has no Project API server (microtvm_api_server.py or "
                               "launch_microtvm_api_server.sh)."),
                        dir,
                        Tr::tr("Give a template folder, or a template name from "
                               "\"tinydeploy-cli templates\"."));
        }
    }

    // Ask only this template's server (or use the cached answer).
    TemplateLocator single;
    single.setSearchPaths({dir});
    single.setUseEnvironment(false);
    single.setUseBundled(false);
    TemplateCatalog catalog;
    catalog.setLocator(single);
    runCatalog(catalog, watcher);
    if (watcher && watcher->interrupted())
        return fail(ErrorCode::Cancelled, Tr::tr("Interrupted."));
    if (catalog.templates().isEmpty())
        return fail(ErrorCode::Internal, Tr::tr("The template was not found again."), dir);
    return checkUsable(catalog.templates().first(), allowProject);
}

QString absolutePath(const QString &path)
{
    return QDir::cleanPath(QDir::current().absoluteFilePath(path));
}

void addProjectOptions(QCommandLineParser &parser)
{
    parser.addOption({{QStringLiteral("o"), QStringLiteral("option")},
                      Tr::tr("Sets a project option (repeatable); see \"tinydeploy-cli options\"."),
                      QStringLiteral("name=value")});
    parser.addOption({QStringLiteral("verbose"),
                      Tr::tr("On failure, also print the details (traceback, exit status, "
                             "last lines of stderr).")});
}

void warnAboutProblems(const TemplateInfo &info)
{
    for (const QString &problem : info.problems) {
        err() << Tr::tr("tinydeploy-cli: warning: template %1: %2").arg(info.name(), problem)
              << '\n';
    }
    err().flush();
}

int runSteps(Deploy::Deployment &deployment, SignalWatcher &watcher, bool verbose)
{
    using Deploy::Deployment;
    QEventLoop loop;
    QObject::connect(&deployment, &Deployment::finished, &loop, &QEventLoop::quit);
    QObject::connect(&watcher, &SignalWatcher::signalReceived, &deployment, [&deployment] {
        deployment.cancel();
    });
    QObject::connect(&deployment,
                     &Deployment::logLine,
                     &loop,
                     [](Deploy::DeploymentStep,
                        const QDateTime &,
                        const QString &text,
                        Deploy::LogStream stream) {
                         if (stream == Deploy::LogStream::Stdout
                             || stream == Deploy::LogStream::Stderr)
                             err() << "| " << text << Qt::endl;
                     });
    QObject::connect(&deployment, &Deployment::warning, &loop, [](const QString &text) {
        err() << Tr::tr("tinydeploy-cli: warning: %1").arg(text) << Qt::endl;
    });
    if (Result<void> started = deployment.start(); !started)
        return reportFailure(started.error(), verbose);
    if (watcher.interrupted())
        deployment.cancel();
    if (deployment.isActive())
        loop.exec();

    // A server retired by the last step exits on its own; wait for it rather than kill it.
    if (deployment.hasRunningServer()) {
        QEventLoop stopLoop;
        QObject::connect(&deployment, &Deployment::serversStopped, &stopLoop, &QEventLoop::quit);
        QObject::connect(&watcher, &SignalWatcher::signalReceived, &stopLoop, &QEventLoop::quit);
        if (deployment.hasRunningServer() && !watcher.interrupted())
            stopLoop.exec();
    }
    if (deployment.state() == Deploy::DeploymentState::Cancelled || watcher.interrupted())
        return ExitCancelled;
    if (deployment.state() != Deploy::DeploymentState::Finished) {
        if (deployment.error())
            return reportFailure(*deployment.error(), verbose);
        return ExitFailed;
    }
    return ExitOk;
}

int reportFailure(const Error &error, bool verbose)
{
    printError(error, verbose);
    return error.code == ErrorCode::Cancelled ? ExitCancelled : ExitFailed;
}

} // namespace TinyDeploy::Cli
