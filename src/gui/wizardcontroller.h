#pragma once

#include "wizardstep.h"

#include <deploy/deploymenttypes.h>
#include <device/portdiscovery.h>
#include <mlf/modelinfo.h>
#include <util/error.h>

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace TinyDeploy::Mlf {
class ModelLoader;
}
namespace TinyDeploy::Templates {
class TemplateCatalog;
struct TemplateInfo;
struct BoardInfo;
} // namespace TinyDeploy::Templates
namespace TinyDeploy::Deploy {
class Deployment;
struct InputSet;
struct RunResult;
} // namespace TinyDeploy::Deploy
namespace TinyDeploy::Device {
struct DeviceHello;
}

namespace TinyDeploy::Gui {

/// @brief Decides which wizard steps are done, failed and reachable, from the core objects it
/// owns (ModelLoader, TemplateCatalog, Deployment) and the user's choices (model, template,
/// board, port, options). The pages observe it; none of them holds workflow state.
class WizardController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardController)

public:
    explicit WizardController(QObject *parent = nullptr);
    ~WizardController() override;

    /// The bundled sample model (digits_float32.tar) beside the executable: ../samples in the
    /// build tree, ../share/tinydeploy/samples when installed. Empty when not found.
    static QString bundledSamplePath();
    /// Overrides bundledSamplePath() (tests, packagers).
    void setSamplePath(const QString &path);
    QString samplePath() const;

    Mlf::ModelLoader *modelLoader() const { return m_loader; }
    /// Created on first use, so that start-up never spawns template servers.
    Templates::TemplateCatalog *catalog();
    bool hasCatalog() const { return m_catalog != nullptr; }
    /// Starts a catalog refresh unless one ran already or is running.
    void ensureCatalog();

    /// Opens @p path without blocking; modelChanged() or the Failed state follows.
    void openModel(const QString &path);
    void openSample();
    void cancelModelLoad();
    void closeModel();
    const Mlf::ModelInfo *model() const { return m_model ? &*m_model : nullptr; }
    const std::optional<Error> &modelError() const { return m_modelError; }
    QString loadingPath() const { return m_loadingPath; }

    void setTemplateName(const QString &name);
    QString templateName() const { return m_templateName; }
    /// The selected template as the catalog knows it, or null.
    const Templates::TemplateInfo *templateInfo() const;
    void setBoardName(const QString &name);
    QString boardName() const { return m_boardName; }
    /// The selected board of the selected template, or null.
    const Templates::BoardInfo *board() const;
    void setSerialPort(const QString &port) { m_serialPort = port; }
    QString serialPort() const { return m_serialPort; }
    /// Translated warnings about the model on the chosen board (target CPU, executor).
    QStringList compatibilityWarnings() const;

    /// The validated option values; marks the Options step done.
    void acceptOptions(const QJsonObject &values);
    QJsonObject optionValues() const { return m_optionValues; }
    void invalidateOptions();

    /// Where deployment records go (tests point it at a temporary folder).
    void setRecordsRoot(const QString &path) { m_recordsRoot = path; }
    QString recordsRoot() const { return m_recordsRoot; }
    void setStandaloneCrtDir(const QString &path) { m_crtDir = path; }

    StepState state(WizardStep step) const;
    bool isReachable(WizardStep step) const;
    /// The step's error when it failed; null otherwise.
    const Error *error(WizardStep step) const;

    /// The deployment of the current choices; null before Deploy.
    Deploy::Deployment *deployment() const { return m_deployment; }
    /// The deployment steps shown on @p page: Generate and Build on Build, Connect and Run on
    /// Run; none on the setup pages.
    static QList<Deploy::DeploymentStep> deploymentSteps(WizardStep page);
    /// The deployment record's logs of the steps shown on @p page, in order (the files appear
    /// when their step logs its first line); empty before a deployment has a record.
    QStringList logPaths(WizardStep page) const;
    /// Starts a new deployment of the current choices (generate, build, flash, connect, run).
    void deploy();
    /// Runs the model of a recorded deployment again on the same board (History's Run Again):
    /// selects the project's model, template, board and options, then, once the model is open
    /// and the templates are known, deploys the project from Connect (from Flash when an
    /// emulated device has stopped: Deploy::planRunAgain()) on the port where the board with
    /// @p serialNumber is now; recordRunStarted() follows. Nothing is generated or built.
    /// Returns a note when the board moved ("ttyACM0 is gone: the board with serial number
    /// 0669FF is now ttyACM1."), else an empty string. Errors (a deployment in progress, the
    /// project or its model gone, the board not plugged in) come back at once and change
    /// nothing.
    Result<QString> runRecordAgain(const QString &projectDir, const QString &serialNumber);
    /// The ports runRecordAgain() looks for the board in (test seam; default: the system's).
    void setPortLister(Device::PortLister lister) { m_portLister = std::move(lister); }
    void cancel();
    /// Retries the failed step without redoing the earlier ones.
    void retry();
    bool isBusy() const;

    /// Runs @p inputs (all sample inputs when empty) @p runs times each on the flashed device,
    /// on the connection the deployment keeps open (Deployment::runAgain()): no new port
    /// open, no new record. Needs Flash done.
    Result<void> runAgain(const QList<Deploy::InputSet> &inputs, quint32 runs);
    /// Whether a run (the first or runAgain()) is in progress.
    bool isRunning() const;
    /// Closes the serial port the deployment keeps open between runs (it reopens on the next
    /// run); stopDevice() and resetting the deployment close it too.
    void closeDevice();
    /// Closes the port, then stops the device (host runner, QEMU) the flashed project left
    /// running; @p done follows.
    void stopDevice(std::function<void()> done = {});
    /// Whether the flashed project records a running device.
    bool hasRunningDevice() const;

signals:
    /// Any step's state, reachability or error may have changed.
    void statesChanged();
    void modelChanged();
    void templatesChanged();
    void selectionChanged();
    /// A new deployment has started (its record exists; its first signals came before this
    /// one), or null: the deployment was reset.
    void deploymentChanged(TinyDeploy::Deploy::Deployment *deployment);
    /// Forwarded from the deployment (its first run and runAgain()).
    void logLine(TinyDeploy::Gui::WizardStep step,
                 const QDateTime &timestamp,
                 const QString &text,
                 TinyDeploy::Deploy::LogStream stream);
    void progress(TinyDeploy::Gui::WizardStep step, int percent);
    void stepStarted(TinyDeploy::Gui::WizardStep step, const QString &what);
    void deviceInfoReceived(const TinyDeploy::Device::DeviceHello &info);
    void runResultReady(const TinyDeploy::Deploy::RunResult &result);
    /// A run (first or again) ended, successfully or not.
    void runFinished(bool success);
    /// runRecordAgain()'s deployment has started at @p page (Flash or Run).
    void recordRunStarted(TinyDeploy::Gui::WizardStep page);

private:
    void resetDeployment();
    void startDeployment(const Deploy::DeploymentSettings &settings);
    /// Starts runRecordAgain()'s deployment once the model is open and the catalog is ready.
    void startPendingRun();
    void connectDeployment(Deploy::Deployment *deployment);
    static WizardStep wizardStepOf(Deploy::DeploymentStep step);
    /// Build, Flash, Run: from the deployment's state and step records.
    StepState deploymentState(WizardStep page) const;

    Mlf::ModelLoader *m_loader = nullptr;
    Templates::TemplateCatalog *m_catalog = nullptr;
    Deploy::Deployment *m_deployment = nullptr;

    std::optional<Mlf::ModelInfo> m_model;
    std::optional<Error> m_modelError;
    QString m_loadingPath;
    QString m_samplePath;
    QString m_templateName;
    QString m_boardName;
    QString m_serialPort;
    QJsonObject m_optionValues;
    bool m_optionsAccepted = false;
    QString m_recordsRoot;
    QString m_crtDir;
    /// Why the deployment did not start (it stays Idle and keeps no error of its own).
    std::optional<Error> m_startError;
    /// runRecordAgain()'s deployment, waiting for its model and the catalog.
    std::optional<Deploy::DeploymentSettings> m_pendingRun;
    Device::PortLister m_portLister;
};

} // namespace TinyDeploy::Gui
