#pragma once

#include <strokeraster.h>

#include <deploy/deploymenttypes.h>
#include <deploy/kioskconfig.h>
#include <device/portdiscovery.h>
#include <templates/boardinfo.h>
#include <templates/templatelocator.h>
#include <util/error.h>

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QTimer;

namespace TinyDeploy::Deploy {
class Deployment;
class SampleKit;
} // namespace TinyDeploy::Deploy

namespace TinyDeploy::Gui {

class RunCoalescer;

/// @brief The kiosk's one workflow: a configuration a teacher prepared (KioskConfig), a board
/// to plug in, one Deploy, the result, then drawings run on the device. It owns the Deployment
/// and decides everything; KioskWindow only shows what it says and forwards the button.
///
/// Phases: NoConfiguration (the file could not be used: error()), WaitingForBoard (a physical
/// board is configured and no port with its USB id is there; polled every second), Ready,
/// Deploying, Done (a result is there; drawings run), Failed (error(), errorText()). Deploy
/// from Ready, Done or Failed starts a new deployment; the device a previous one left
/// running is stopped first.
class KioskController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskController)

public:
    enum class Phase { NoConfiguration, WaitingForBoard, Ready, Deploying, Done, Failed };
    Q_ENUM(Phase)

    explicit KioskController(QObject *parent = nullptr);
    ~KioskController() override;

    /// Where template names are looked up (default: the bundled and user templates and
    /// TINYDEPLOY_TEMPLATE_PATH). Before load().
    void setTemplateLocator(const Templates::TemplateLocator &locator);
    /// The ports seen (test seam; default: the system's). Before load().
    void setPortLister(Device::PortLister lister);
    /// Where deployment records go (default: the app's data folder).
    void setRecordsRoot(const QString &path) { m_recordsRoot = path; }

    /// Reads the .tdkiosk or .tdpkg @p path; on failure the phase is NoConfiguration and
    /// error() says why.
    Result<void> load(const QString &path);
    /// Uses @p config (already read).
    Result<void> setConfig(const Deploy::KioskConfig &config);
    const Deploy::KioskConfig &config() const { return m_config; }

    Phase phase() const { return m_phase; }
    /// One line about the board: "Plug in a board: STM32 Nucleo-F446RE", "Board ready on
    /// ttyACM0", "Emulated board: always ready".
    QString boardText() const { return m_boardText; }
    bool isBoardReady() const { return m_boardReady; }
    /// The model runs on this computer (the host template): no board at all.
    bool runsOnThisComputer() const
    {
        return !m_config.isPackage() && !m_board && m_phase != Phase::NoConfiguration;
    }
    /// Whether Deploy can be pressed now.
    bool canDeploy() const;

    /// Starts a deployment (Ready, Done, Failed); nothing otherwise.
    void deploy();
    /// The step in progress ("Build") and the whole deployment's progress, 0 to 100.
    QString stepText() const { return m_stepText; }
    int percent() const { return m_percent; }

    /// The last result (the first run or a drawing's).
    const std::optional<Deploy::RunResult> &result() const { return m_result; }
    /// The class labels of the model (the sample kit's labels.txt); may be empty.
    QStringList labels() const;
    /// Why the configuration or the deployment failed.
    const std::optional<Error> &error() const { return m_error; }
    /// The one sentence for the students (kioskErrorText()).
    QString errorText() const { return m_errorText; }

    /// Whether the device's input can be drawn (isDrawableInput()), once it is known.
    bool canDraw() const;
    /// Runs @p strokes on the device now, or when the run in progress ends (never a stale one).
    void runDrawing(const QList<Stroke> &strokes);

    Deploy::Deployment *deployment() const { return m_deployment; }
    /// Closes the port and stops the device the deployment left running; @p done follows.
    void shutdown(std::function<void()> done);

signals:
    void phaseChanged(TinyDeploy::Gui::KioskController::Phase phase);
    void boardChanged();
    void progressChanged();
    void resultChanged();

private:
    void setPhase(Phase phase);
    void setFailed(const Error &error,
                   std::optional<Deploy::DeploymentStep> step,
                   Phase phase = Phase::Failed);
    void pollBoard();
    void connectDeployment(Deploy::Deployment *deployment);
    void retireDeployment();
    void updateProgress(Deploy::DeploymentStep step, int stepPercent);

    Templates::TemplateLocator m_locator;
    Device::PortLister m_ports;
    QString m_recordsRoot;
    Deploy::KioskConfig m_config;
    QString m_templateDir;
    std::optional<Templates::BoardInfo> m_board;
    QTimer *m_boardTimer = nullptr;
    Deploy::Deployment *m_deployment = nullptr; ///< A child; replaced by each Deploy.
    RunCoalescer *m_coalescer = nullptr;

    Phase m_phase = Phase::NoConfiguration;
    bool m_boardReady = false;
    QString m_boardText;
    QString m_stepText;
    int m_percent = 0;
    std::optional<Deploy::RunResult> m_result;
    std::optional<Error> m_error;
    QString m_errorText;
};

} // namespace TinyDeploy::Gui
