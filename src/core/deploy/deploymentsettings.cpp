#include "deploymentsettings.h"
#include "deploytr.h"
#include "optionresolver.h"
#include "projectstate.h"

#include <projectapi/methods.h>
#include <templates/templatelocator.h>

#include <QFileInfo>

namespace TinyDeploy::Deploy {

Error runsError(quint32 runs)
{
    return makeError(ErrorCode::InvalidArgument,
                     Tr::tr("The number of runs must be 1 to %1, not %2.")
                         .arg(Device::Protocol::MaxRuns)
                         .arg(runs),
                     QStringLiteral("runs"));
}

Result<void> prepareSettings(DeploymentSettings &settings, bool *optionsRemembered)
{
    const DeploymentStep first = settings.firstStep;
    if (settings.lastStep < first) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("A deployment cannot end at \"%1\" before it starts at \"%2\".")
                        .arg(stepTitle(settings.lastStep), stepTitle(first)),
                    QStringLiteral("Deployment::start"));
    }
    if (first == DeploymentStep::Run) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("A deployment starts with generate or, for an existing project, with "
                           "build, flash or connect."),
                    QStringLiteral("Deployment::start"));
    }
    if (settings.runs < 1 || settings.runs > Device::Protocol::MaxRuns)
        return std::unexpected<Error>(runsError(settings.runs));
    if (!settings.modelPath.isEmpty())
        settings.modelPath = QFileInfo(settings.modelPath).absoluteFilePath();
    if (!settings.packagePath.isEmpty()) {
        if (first != DeploymentStep::Flash) {
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("A deployment from a package starts at its Flash step: a "
                               "package holds built firmware."),
                        QStringLiteral("Deployment::start"));
        }
        settings.packagePath = QFileInfo(settings.packagePath).absoluteFilePath();
        if (!QFileInfo(settings.packagePath).isFile()) {
            return fail(ErrorCode::NotFound,
                        Tr::tr("The deployment package does not exist or is not a file."),
                        settings.packagePath,
                        Tr::tr("Give the path of a .tdpkg file."));
        }
        return ok();
    }
    if (first == DeploymentStep::Generate) {
        if (settings.modelPath.isEmpty() || !QFileInfo(settings.modelPath).isReadable()) {
            return fail(ErrorCode::NotFound,
                        Tr::tr("The model archive does not exist or cannot be read."),
                        settings.modelPath,
                        Tr::tr("Give the path of a Model Library Format archive (.tar)."));
        }
        if (!QFileInfo(settings.templateDir).isDir()) {
            return fail(ErrorCode::NotFound,
                        Tr::tr("The template folder does not exist."),
                        settings.templateDir,
                        Tr::tr("Choose one of the installed templates."));
        }
        settings.templateDir = QFileInfo(settings.templateDir).absoluteFilePath();
        if (!settings.projectDir.isEmpty()) {
            settings.projectDir = QFileInfo(settings.projectDir).absoluteFilePath();
            if (QFileInfo::exists(settings.projectDir)) {
                return fail(ErrorCode::InvalidArgument,
                            Tr::tr("The project folder already exists."),
                            settings.projectDir,
                            Tr::tr("Choose a new folder, or delete this one."));
            }
        }
        if (settings.knownTemplateOptions) {
            // Checked before anything runs: errors name the option and its allowed values.
            const OptionResolver resolver(*settings.knownTemplateOptions);
            Result<QJsonObject> user = resolver.userValues(settings.optionValues,
                                                           settings.optionAssignments);
            if (!user)
                return fail(user.error());
            Result<QJsonObject> sent = resolver.forMethod(QString(
                                                              ProjectApi::Method::GenerateProject),
                                                          *user);
            if (!sent)
                return fail(sent.error());
        }
        return ok();
    }

    settings.projectDir = QFileInfo(settings.projectDir).absoluteFilePath();
    if (settings.projectDir.isEmpty() || !QFileInfo(settings.projectDir).isDir()) {
        return fail(ErrorCode::NotFound,
                    Tr::tr("The project folder does not exist."),
                    settings.projectDir,
                    first == DeploymentStep::Connect
                        ? Tr::tr("Give the folder of a generated and flashed project.")
                        : Tr::tr("Give the folder of a generated project."));
    }
    if (first != DeploymentStep::Connect
        && !Templates::TemplateLocator::isTemplateDir(settings.projectDir)) {
        return fail(ErrorCode::ServerNotFound,
                    Tr::tr("The folder has no Project API server: it is not a generated project."),
                    settings.projectDir,
                    Tr::tr("Generate a project from a template first, and give its folder."));
    }
    // What the project remembers fills in what the settings leave open.
    Result<std::optional<ProjectState>> state = ProjectState::load(settings.projectDir);
    if (!state)
        return fail(state.error());
    if (*state) {
        const ProjectState &remembered = **state;
        if (settings.modelPath.isEmpty())
            settings.modelPath = remembered.modelPath;
        if (settings.templateDir.isEmpty())
            settings.templateDir = remembered.templateDir;
        if (settings.templateName.isEmpty())
            settings.templateName = remembered.templateName;
        if (settings.optionValues.isEmpty()) {
            settings.optionValues = remembered.options;
            *optionsRemembered = true;
        }
    }
    return ok();
}

} // namespace TinyDeploy::Deploy
