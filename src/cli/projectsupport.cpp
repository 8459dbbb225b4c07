#include "projectsupport.h"
#include "clitr.h"
#include "commands.h"
#include "output.h"
#include "serversession.h"
#include "signalwatcher.h"

#include <projectapi/optionvalues.h>
#include <templates/templatecatalog.h>
#include <templates/templatelocator.h>

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace TinyDeploy::Cli {

using namespace TinyDeploy::Templates;

namespace {

constexpr int rememberedVersion = 1;

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

QString rememberedFile(const QString &projectDir)
{
    return projectDir + QStringLiteral("/.tinydeploy/options.json");
}

Result<std::optional<RememberedProject>> loadRemembered(const QString &projectDir)
{
    const QString fileName = rememberedFile(projectDir);
    QFile file(fileName);
    if (!file.exists())
        return std::optional<RememberedProject>();
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot read the options remembered at generate time."),
                    fileName,
                    Tr::tr("Check the file's permissions."),
                    file.errorString());
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || !root.value(QStringLiteral("options")).isObject()) {
        return fail(ErrorCode::InvalidJson,
                    Tr::tr("The options remembered at generate time are unreadable."),
                    fileName,
                    Tr::tr("Delete the file and give every option with -o."),
                    parseError.errorString());
    }
    RememberedProject project;
    const QJsonObject templ = root.value(QStringLiteral("template")).toObject();
    project.templateName = templ.value(QStringLiteral("name")).toString();
    project.templatePath = templ.value(QStringLiteral("path")).toString();
    project.modelPath = root.value(QStringLiteral("model")).toString();
    project.options = root.value(QStringLiteral("options")).toObject();
    return std::optional<RememberedProject>(project);
}

Result<void> saveRemembered(const QString &projectDir, const RememberedProject &project)
{
    const QString fileName = rememberedFile(projectDir);
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    QSaveFile file(fileName);
    QJsonObject root;
    root.insert(QStringLiteral("version"), rememberedVersion);
    root.insert(QStringLiteral("template"),
                QJsonObject{{QStringLiteral("name"), project.templateName},
                            {QStringLiteral("path"), project.templatePath}});
    root.insert(QStringLiteral("model"), project.modelPath);
    root.insert(QStringLiteral("options"), project.options);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot remember the options of the project."),
                    fileName,
                    Tr::tr("Check the permissions of the project folder."),
                    file.errorString());
    }
    return ok();
}

Result<QJsonObject> optionsForMethod(const QList<ProjectApi::ProjectOption> &schema,
                                     const QJsonObject &remembered,
                                     const QStringList &assignments,
                                     const QString &method,
                                     QJsonObject *userValues)
{
    ProjectApi::OptionValues values(schema);
    for (auto it = remembered.constBegin(); it != remembered.constEnd(); ++it) {
        // An option the server no longer declares is dropped rather than sent.
        bool declared = false;
        for (const ProjectApi::ProjectOption &option : schema)
            declared = declared || option.name == it.key();
        if (!declared)
            continue;
        if (Result<void> r = values.setValue(it.key(), it.value()); !r) {
            Error error = r.error();
            error.hint = Tr::tr("The value was remembered at generate time; override it with -o "
                                "%1=VALUE.")
                             .arg(it.key());
            return fail(error);
        }
    }
    for (const QString &assignment : assignments) {
        if (Result<void> r = values.setAssignment(assignment); !r)
            return fail(r.error());
    }
    if (userValues)
        *userValues = values.userValues();
    return values.forMethod(method);
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

Result<ProjectApi::ServerInfo> openProject(ServerSession &session, const QString &projectDir)
{
    if (!QFileInfo(projectDir).isDir()) {
        return fail(ErrorCode::NotFound,
                    Tr::tr("The project folder does not exist."),
                    projectDir,
                    Tr::tr("Create it with \"tinydeploy-cli generate\" first."));
    }
    if (!TemplateLocator::isTemplateDir(projectDir)) {
        return fail(ErrorCode::ServerNotFound,
                    Tr::tr("The folder has no Project API server: it is not a generated project."),
                    projectDir,
                    Tr::tr("Create it with \"tinydeploy-cli generate\" first."));
    }
    Result<ProjectApi::ServerInfo> info = session.open(projectDir);
    if (!info)
        return fail(info.error());
    // Spec 3.6: build and flash belong to a generated project, never to the template itself.
    if (info->isTemplate) {
        return fail(ErrorCode::NotAProject,
                    Tr::tr("The folder is a template, not a generated project."),
                    projectDir,
                    Tr::tr("Run \"tinydeploy-cli generate %1 MODEL PROJECT_DIR\" and use "
                           "PROJECT_DIR.")
                        .arg(projectDir));
    }
    return info;
}

Result<QJsonObject> openProjectForMethod(ServerSession &session,
                                         const QString &projectDir,
                                         const QStringList &assignments,
                                         const QString &method)
{
    const Result<std::optional<RememberedProject>> remembered = loadRemembered(projectDir);
    if (!remembered)
        return fail(remembered.error());
    const Result<ProjectApi::ServerInfo> info = openProject(session, projectDir);
    if (!info)
        return fail(info.error());
    return optionsForMethod(info->projectOptions,
                            *remembered ? (*remembered)->options : QJsonObject(),
                            assignments,
                            method);
}

int reportFailure(const Error &error, bool verbose)
{
    printError(error, verbose);
    return error.code == ErrorCode::Cancelled ? ExitCancelled : ExitFailed;
}

} // namespace TinyDeploy::Cli
