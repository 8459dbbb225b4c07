#pragma once

#include <device/messages.h>
#include <util/error.h>

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class RunPage;
}
class QPushButton;

namespace TinyDeploy::Deploy {
struct InputSet;
struct RunResult;
class SampleKit;
} // namespace TinyDeploy::Deploy

namespace TinyDeploy::Gui {

class DrawingPanel;
class LatencyChart;
class LogView;
class RunCoalescer;
class OutputsView;
class SerialConsole;
class WizardController;

/// @brief Step 6: the device's identity, the input to send (sample inputs, a .npy/.npz/.bin
/// file, an image, random values, a digit drawn on the page), run once or continuously (a
/// drawing also runs as the pen lifts), and the results: outputs as
/// labelled bars, the predicted class against the true one, agreement with the expected
/// outputs, latency over time, the device's console and the log.
class RunPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPage)

public:
    explicit RunPage(WizardController *controller, QWidget *parent = nullptr);
    ~RunPage() override;

    /// Sends the chosen input once (each sample once for "all samples").
    void runOnce();
    /// Times every operator on the device and shows the table (microTVM RPC, graph executor).
    void profile();
    /// Keeps running until stopped or a run fails.
    void setContinuous(bool continuous);
    bool isContinuous() const;

    /// Adds a file (.npy, .npz, .bin, or an image) as an input choice and selects it.
    void addInputFile(const QString &path);

    OutputsView *outputsView() const;
    LatencyChart *latencyChart() const;
    SerialConsole *serialConsole() const;
    QString predictionText() const;
    QString deviceText() const;
    /// The protocol and the link the deployment drives the device with, e.g. "microTVM RPC,
    /// graph executor, over the Project API transport"; empty before it decided.
    QString protocolText() const;
    QString statusText() const;
    /// The drawing input (shown when "Draw a digit" is the input choice; offered for models
    /// whose input isDrawableInput()).
    DrawingPanel *drawingPanel() const { return m_drawing; }
    /// The class the device predicted last; nullopt before a result.
    std::optional<qint64> predictedClass() const { return m_predicted; }

private:
    void chooseFile();
    void showDevice(const Device::DeviceHello &hello);
    void showResult(const Deploy::RunResult &result);
    void onRunFinished(bool success);
    void rebuildInputs();
    void update();
    const Deploy::SampleKit *sampleKit() const;
    Result<QList<Deploy::InputSet>> chosenInputs() const;
    Result<Deploy::InputSet> randomInput(const Device::DeviceHello *device) const;
    Result<Deploy::InputSet> imageInput(const Device::DeviceHello *device,
                                        const QString &path) const;
    Result<Deploy::InputSet> rawInput(const Device::DeviceHello *device, const QString &path) const;

    void openValidation();
    /// The pen lifted: the drawing runs now, or as soon as the run in progress ends.
    void runDrawing();
    Result<Deploy::InputSet> drawnInput(const Device::DeviceHello *device) const;

    std::unique_ptr<Ui::RunPage> m_ui;
    QPushButton *m_validateButton = nullptr;
    WizardController *m_controller = nullptr;
    LogView *m_log = nullptr;
    DrawingPanel *m_drawing = nullptr;
    RunCoalescer *m_coalescer = nullptr;
    std::optional<qint64> m_predicted;
    QStringList m_files;
};

} // namespace TinyDeploy::Gui
