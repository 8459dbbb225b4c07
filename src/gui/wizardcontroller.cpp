#include "wizardcontroller.h"

#include <deploy/deployment.h>
#include <mlf/modelloader.h>
#include <templates/templatecatalog.h>
#include <util/installpaths.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace TinyDeploy::Gui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TinyDeploy::Gui)
};

const char sampleFileName[] = "digits_float32.tar";
} // namespace

WizardController::WizardController(QObject *parent)
    : QObject(parent)
    , m_loader(new Mlf::ModelLoader(this))
{
    connect(m_loader, &Mlf::ModelLoader::loaded, this, [this](const Mlf::ModelInfo &info) {
        m_loadingPath.clear();
        m_model = info;
        m_modelError.reset();
        resetDeployment();
        emit modelChanged();
        emit statesChanged();
        startPendingRun();
    });
    connect(m_loader, &Mlf::ModelLoader::failed, this, [this](const QString &, const Error &error) {
        m_loadingPath.clear();
        m_model.reset();
        m_modelError = error;
        m_pendingRun.reset();
        resetDeployment();
        emit modelChanged();
        emit statesChanged();
    });
}

WizardController::~WizardController()
{
    m_loader->cancel();
    if (m_catalog)
        m_catalog->cancel();
}

QString WizardController::bundledSamplePath()
{
    const QStringList dirs = InstallPaths::candidates(InstallPaths::Data::Samples);
    for (const QString &dir : dirs) {
        const QString path = QDir(dir).filePath(QLatin1String(sampleFileName));
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

void WizardController::setSamplePath(const QString &path)
{
    m_samplePath = path;
    emit statesChanged();
}

QString WizardController::samplePath() const
{
    return m_samplePath.isEmpty() ? bundledSamplePath() : m_samplePath;
}

Templates::TemplateCatalog *WizardController::catalog()
{
    if (!m_catalog) {
        m_catalog = new Templates::TemplateCatalog(this);
        connect(m_catalog, &Templates::TemplateCatalog::templatesReset, this, [this] {
            emit templatesChanged();
            emit statesChanged();
        });
        connect(m_catalog, &Templates::TemplateCatalog::templateUpdated, this, [this] {
            emit templatesChanged();
            emit statesChanged();
        });
        connect(m_catalog, &Templates::TemplateCatalog::finished, this, [this] {
            emit templatesChanged();
            emit statesChanged();
            startPendingRun();
        });
    }
    return m_catalog;
}

void WizardController::ensureCatalog()
{
    Templates::TemplateCatalog *templates = catalog();
    if (!templates->isRunning() && templates->templates().isEmpty())
        templates->refresh();
}

void WizardController::openModel(const QString &path)
{
    m_loadingPath = path;
    m_modelError.reset();
    m_loader->load(path);
    emit statesChanged();
}

void WizardController::openSample()
{
    const QString path = samplePath();
    if (path.isEmpty()) {
        m_model.reset();
        m_modelError = makeError(ErrorCode::NotFound,
                                 Tr::tr("The sample model is not installed."),
                                 QLatin1String(sampleFileName),
                                 Tr::tr("Reinstall TinyDeploy, or open a model archive of your "
                                        "own."),
                                 Tr::tr("Looked in %1.")
                                     .arg(QDir::toNativeSeparators(
                                         InstallPaths::candidates(InstallPaths::Data::Samples)
                                             .join(QStringLiteral(", ")))));
        emit modelChanged();
        emit statesChanged();
        return;
    }
    openModel(path);
}

void WizardController::cancelModelLoad()
{
    m_pendingRun.reset();
    m_loader->cancel();
    m_loadingPath.clear();
    emit statesChanged();
}

void WizardController::closeModel()
{
    m_pendingRun.reset();
    m_loader->cancel();
    m_loadingPath.clear();
    m_model.reset();
    m_modelError.reset();
    resetDeployment();
    emit modelChanged();
    emit statesChanged();
}

void WizardController::setTemplateName(const QString &name)
{
    if (name == m_templateName)
        return;
    m_pendingRun.reset();
    m_templateName = name;
    m_boardName.clear();
    if (const Templates::TemplateInfo *info = templateInfo(); info && !info->boards.isEmpty())
        m_boardName = info->boards.constFirst().name;
    invalidateOptions();
    emit selectionChanged();
    emit statesChanged();
}

const Templates::TemplateInfo *WizardController::templateInfo() const
{
    if (!m_catalog || m_templateName.isEmpty())
        return nullptr;
    return m_catalog->find(m_templateName);
}

void WizardController::setBoardName(const QString &name)
{
    if (name == m_boardName)
        return;
    m_boardName = name;
    invalidateOptions();
    emit selectionChanged();
    emit statesChanged();
}

const Templates::BoardInfo *WizardController::board() const
{
    const Templates::TemplateInfo *info = templateInfo();
    if (!info)
        return nullptr;
    for (const Templates::BoardInfo &board : info->boards) {
        if (board.name == m_boardName)
            return &board;
    }
    return nullptr;
}

QStringList WizardController::compatibilityWarnings() const
{
    QStringList warnings;
    if (!m_model)
        return warnings;
    const Templates::BoardInfo *chosen = board();
    static const QRegularExpression mcpu(QStringLiteral("-mcpu=([A-Za-z0-9_.+-]+)"));
    for (const Mlf::ModuleInfo &module : m_model->modules) {
        if (module.executor == QLatin1String("graph")) {
            warnings << Tr::tr("Module \"%1\" uses the graph executor: it needs a JSON parser "
                               "and more memory on the device than the AOT executor, and our "
                               "templates expect AOT.")
                            .arg(module.name);
        }
        if (!chosen || chosen->cpu.isEmpty())
            continue;
        for (const QString &target : module.targets) {
            const QRegularExpressionMatch match = mcpu.match(target);
            if (match.hasMatch()
                && match.captured(1).compare(chosen->cpu, Qt::CaseInsensitive) != 0) {
                warnings << Tr::tr("The model was compiled for %1 but the board %2 has a %3: "
                                   "it may not build, or run slower than it could.")
                                .arg(match.captured(1), chosen->displayName, chosen->cpu);
                break;
            }
        }
    }
    return warnings;
}

void WizardController::acceptOptions(const QJsonObject &values)
{
    m_optionValues = values;
    m_optionsAccepted = true;
    emit statesChanged();
}

void WizardController::invalidateOptions()
{
    if (!m_optionsAccepted)
        return;
    m_optionsAccepted = false;
    resetDeployment();
    emit statesChanged();
}

StepState WizardController::state(WizardStep step) const
{
    switch (step) {
    case WizardStep::Model:
        if (!m_loadingPath.isEmpty())
            return StepState::Running;
        if (m_modelError)
            return StepState::Failed;
        return m_model ? StepState::Done : StepState::Pending;
    case WizardStep::Target: {
        if (m_catalog && m_catalog->isRunning() && !templateInfo())
            return StepState::Running;
        const Templates::TemplateInfo *info = templateInfo();
        if (!info)
            return StepState::Pending;
        if (info->status == Templates::TemplateStatus::Unavailable)
            return StepState::Failed;
        if (!info->isUsable())
            return StepState::Pending;
        return (info->boards.isEmpty() || board()) ? StepState::Done : StepState::Pending;
    }
    case WizardStep::Options:
        return m_optionsAccepted ? StepState::Done : StepState::Pending;
    case WizardStep::Build:
    case WizardStep::Flash:
    case WizardStep::Run:
        return deploymentState(step);
    }
    return StepState::Pending;
}

StepState WizardController::deploymentState(WizardStep page) const
{
    if (!m_deployment)
        return StepState::Pending;
    if (m_startError)
        return page == WizardStep::Build ? StepState::Failed : StepState::Pending;
    const QList<Deploy::DeploymentStep> steps = deploymentSteps(page);
    const Deploy::DeploymentStep last = steps.constLast();
    const QList<Deploy::StepRecord> &records = m_deployment->stepRecords();
    const bool lastDone = int(last) < records.size() && records.at(int(last)).done;
    const std::optional<Deploy::DeploymentStep> current = m_deployment->currentStep();
    if (!current || !steps.contains(*current))
        return lastDone ? StepState::Done : StepState::Pending;
    switch (m_deployment->state()) {
    case Deploy::DeploymentState::Failed:
        return StepState::Failed;
    case Deploy::DeploymentState::Cancelled:
        return StepState::Cancelled;
    default:
        break;
    }
    // A step that has just finished is Done before the next one begins.
    if (*current == last && lastDone)
        return StepState::Done;
    return m_deployment->isActive() ? StepState::Running : StepState::Pending;
}

bool WizardController::isReachable(WizardStep step) const
{
    switch (step) {
    case WizardStep::Model:
        return true;
    case WizardStep::Target:
        return state(WizardStep::Model) == StepState::Done;
    case WizardStep::Options:
        return isReachable(WizardStep::Target) && state(WizardStep::Target) == StepState::Done;
    case WizardStep::Build:
        return isReachable(WizardStep::Options) && state(WizardStep::Options) == StepState::Done
               && m_deployment;
    case WizardStep::Flash:
        return isReachable(WizardStep::Build) && state(WizardStep::Build) == StepState::Done;
    case WizardStep::Run:
        return isReachable(WizardStep::Flash) && state(WizardStep::Flash) == StepState::Done;
    }
    return false;
}

const Error *WizardController::error(WizardStep step) const
{
    switch (step) {
    case WizardStep::Model:
        return m_modelError ? &*m_modelError : nullptr;
    case WizardStep::Target: {
        const Templates::TemplateInfo *info = templateInfo();
        return info && info->status == Templates::TemplateStatus::Unavailable ? &info->error
                                                                              : nullptr;
    }
    case WizardStep::Options:
        return nullptr;
    case WizardStep::Build:
    case WizardStep::Flash:
    case WizardStep::Run: {
        if (m_startError)
            return step == WizardStep::Build ? &*m_startError : nullptr;
        const StepState shown = deploymentState(step);
        if (shown != StepState::Failed && shown != StepState::Cancelled)
            return nullptr;
        // The failed or cancelled step's record holds the deployment's error.
        const std::optional<Error> &error
            = m_deployment->stepRecords().at(int(*m_deployment->currentStep())).error;
        return error ? &*error : nullptr;
    }
    }
    return nullptr;
}

QList<Deploy::DeploymentStep> WizardController::deploymentSteps(WizardStep page)
{
    using Deploy::DeploymentStep;
    switch (page) {
    case WizardStep::Build:
        return {DeploymentStep::Generate, DeploymentStep::Build};
    case WizardStep::Flash:
        return {DeploymentStep::Flash};
    case WizardStep::Run:
        return {DeploymentStep::Connect, DeploymentStep::Run};
    case WizardStep::Model:
    case WizardStep::Target:
    case WizardStep::Options:
        break;
    }
    return {};
}

QStringList WizardController::logPaths(WizardStep page) const
{
    QStringList paths;
    const QString folder = m_deployment ? m_deployment->recordFolder() : QString();
    if (folder.isEmpty())
        return paths;
    for (Deploy::DeploymentStep step : deploymentSteps(page))
        paths << folder + QLatin1Char('/') + Deploy::DeploymentRecord::logName(step);
    return paths;
}

WizardStep WizardController::wizardStepOf(Deploy::DeploymentStep step)
{
    switch (step) {
    case Deploy::DeploymentStep::Generate:
    case Deploy::DeploymentStep::Build:
        return WizardStep::Build;
    case Deploy::DeploymentStep::Flash:
        return WizardStep::Flash;
    case Deploy::DeploymentStep::Connect:
    case Deploy::DeploymentStep::Run:
        return WizardStep::Run;
    }
    return WizardStep::Build;
}

} // namespace TinyDeploy::Gui
