#include "runpage.h"
#include "drawingcanvas.h"
#include "imageinput.h"
#include "latencychart.h"
#include "logmodel.h"
#include "logview.h"
#include "outputsview.h"
#include "profiledialog.h"
#include "runcoalescer.h"
#include "serialconsole.h"
#include "strokeraster.h"
#include "ui_runpage.h"
#include "validatedialog.h"
#include "wizardcontroller.h"

#include <deploy/deployment.h>
#include <deploy/runinputs.h>
#include <deploy/samplekit.h>

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLayout>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTimer>

namespace TinyDeploy::Gui {

namespace {
const char allSamples[] = "samples:*";
const char randomInputKey[] = "random";
const char drawInputKey[] = "draw";

QString shapeText(const QList<qint32> &shape)
{
    QStringList parts;
    for (qint32 dim : shape)
        parts << QString::number(dim);
    return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
}
} // namespace

RunPage::RunPage(WizardController *controller, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RunPage>())
    , m_controller(controller)
{
    m_ui->setupUi(this);
    m_ui->errorPanel->hide();
    // The model is the page's, not the view's, so that it outlives the view (see StepBinding).
    m_log = new LogView(new LogModel(this), m_ui->logTab);
    m_ui->logTab->layout()->addWidget(m_log);
    // The record's Connect and Run logs; the device's own lines are in the console instead.
    m_log->model()->followRecordLogs(controller->logPaths(WizardStep::Run),
                                     {Deploy::LogStream::Device});

    // Validation with a data set, on the device the Run step left open.
    m_validateButton = new QPushButton(tr("Vali&date…"), this);
    m_validateButton->setObjectName(QStringLiteral("validateButton"));
    m_validateButton->setToolTip(
        tr("Run a whole data set on the device and compare with the expected outputs or labels."));
    if (QLayout *row = m_ui->runOnceButton->parentWidget()->layout())
        row->addWidget(m_validateButton);
    connect(m_validateButton, &QPushButton::clicked, this, &RunPage::openValidation);

    // The drawing input, beside the class bars so that both are seen while drawing.
    m_drawing = new DrawingPanel(m_ui->outputsTab);
    m_drawing->hide();
    m_ui->outputsLayout->removeWidget(m_ui->outputsView);
    auto *outputsRow = new QHBoxLayout;
    outputsRow->addWidget(m_drawing, 2);
    outputsRow->addWidget(m_ui->outputsView, 3);
    m_ui->outputsLayout->insertLayout(0, outputsRow, 1);
    m_coalescer = new RunCoalescer(
        [this](const Deploy::InputSet &input) {
            return m_controller->runAgain({input}, quint32(m_ui->runsSpin->value()));
        },
        [this] { return m_controller->isBusy(); },
        this);
    connect(m_coalescer, &RunCoalescer::startFailed, this, [this](const Error &error) {
        m_ui->errorPanel->setError(error);
        m_ui->errorPanel->show();
    });
    connect(m_drawing->canvas(), &DrawingCanvas::drawingFinished, this, &RunPage::runDrawing);
    connect(m_drawing->canvas(), &DrawingCanvas::cleared, m_coalescer, &RunCoalescer::clearPending);
    connect(m_ui->inputCombo, &QComboBox::currentIndexChanged, this, [this] {
        const bool draw = m_ui->inputCombo->currentData().toString() == QLatin1String(drawInputKey);
        m_drawing->setVisible(draw);
        if (draw)
            m_ui->tabs->setCurrentWidget(m_ui->outputsTab);
    });
    connect(m_ui->runOnceButton, &QPushButton::clicked, this, &RunPage::runOnce);
    connect(m_ui->runContinuousButton, &QPushButton::toggled, this, &RunPage::setContinuous);
    connect(m_ui->chooseFileButton, &QPushButton::clicked, this, &RunPage::chooseFile);
    connect(m_ui->profileButton, &QPushButton::clicked, this, &RunPage::profile);
    connect(controller, &WizardController::deviceInfoReceived, this, &RunPage::showDevice);
    connect(controller, &WizardController::runResultReady, this, &RunPage::showResult);
    connect(controller, &WizardController::runFinished, this, &RunPage::onRunFinished);
    connect(controller, &WizardController::runFinished, m_coalescer, &RunCoalescer::runFinished);
    connect(controller, &WizardController::statesChanged, this, &RunPage::update);
    connect(controller,
            &WizardController::logLine,
            this,
            [this](WizardStep step,
                   const QDateTime &when,
                   const QString &text,
                   Deploy::LogStream stream) {
                if (step != WizardStep::Run)
                    return;
                if (stream == Deploy::LogStream::Device)
                    m_ui->serialConsole->appendLine(text, when);
                else
                    m_log->model()->refreshLater();
            });
    connect(controller, &WizardController::deploymentChanged, this, [this](Deploy::Deployment *d) {
        if (!d)
            return;
        m_log->model()->followRecordLogs(m_controller->logPaths(WizardStep::Run),
                                         {Deploy::LogStream::Device});
        m_predicted.reset();
        m_ui->deviceLabel->setText(tr("Connecting to the device…"));
        m_ui->predictionLabel->clear();
        m_ui->outputsView->clear();
        m_ui->latencyChart->clear();
        rebuildInputs();
    });
    rebuildInputs();
    update();
}

RunPage::~RunPage() = default;

OutputsView *RunPage::outputsView() const
{
    return m_ui->outputsView;
}

LatencyChart *RunPage::latencyChart() const
{
    return m_ui->latencyChart;
}

SerialConsole *RunPage::serialConsole() const
{
    return m_ui->serialConsole;
}

QString RunPage::predictionText() const
{
    return m_ui->predictionLabel->text();
}

QString RunPage::deviceText() const
{
    return m_ui->deviceLabel->text();
}

QString RunPage::protocolText() const
{
    return m_ui->protocolLabel->text();
}

QString RunPage::statusText() const
{
    return m_ui->statusLabel->text();
}

bool RunPage::isContinuous() const
{
    return m_ui->runContinuousButton->isChecked();
}

void RunPage::rebuildInputs()
{
    const QVariant current = m_ui->inputCombo->currentData();
    m_ui->inputCombo->clear();
    if (const Deploy::SampleKit *kit = sampleKit(); kit && kit->hasSamples()) {
        m_ui->inputCombo->addItem(tr("All sample inputs (%n)", nullptr, int(kit->samples().size())),
                                  QLatin1String(allSamples));
        for (const Deploy::SampleFile &sample : kit->samples()) {
            const QString label = sample.trueClass && *sample.trueClass < kit->labels().size()
                                      ? kit->labels().at(*sample.trueClass)
                                      : QString();
            m_ui->inputCombo->addItem(label.isEmpty()
                                          ? tr("Sample %1").arg(sample.name)
                                          : tr("Sample %1 (a \"%2\")").arg(sample.name, label),
                                      QString(QStringLiteral("sample:") + sample.inputPath));
        }
    }
    m_ui->inputCombo->addItem(tr("Random values"), QLatin1String(randomInputKey));
    // A picture small enough to draw (isDrawableInput(): the digits sample's 8x8).
    const Deploy::Deployment *deployment = m_controller->deployment();
    const std::optional<Device::DeviceHello> hello = deployment ? deployment->deviceInfo()
                                                                : std::nullopt;
    if (hello && isDrawableInput(*hello))
        m_ui->inputCombo->addItem(tr("Draw a digit"), QLatin1String(drawInputKey));
    for (const QString &file : std::as_const(m_files))
        m_ui->inputCombo->addItem(tr("File %1").arg(QFileInfo(file).fileName()),
                                  QString(QStringLiteral("file:") + file));
    const int index = m_ui->inputCombo->findData(current);
    m_ui->inputCombo->setCurrentIndex(index >= 0 ? index : 0);
}

const Deploy::SampleKit *RunPage::sampleKit() const
{
    // Found once, when the deployment started; its results carry the same labels.
    const Deploy::Deployment *deployment = m_controller->deployment();
    return deployment ? &deployment->sampleKit() : nullptr;
}

void RunPage::addInputFile(const QString &path)
{
    if (!m_files.contains(path))
        m_files << path;
    rebuildInputs();
    m_ui->inputCombo->setCurrentIndex(
        m_ui->inputCombo->findData(QString(QStringLiteral("file:") + path)));
}

void RunPage::chooseFile()
{
    auto *dialog = new QFileDialog(this,
                                   tr("Choose an Input"),
                                   QString(),
                                   tr("Inputs (*.npy *.npz *.bin *.png *.jpg *.jpeg *.bmp *.pgm);;"
                                      "All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &RunPage::addInputFile);
    dialog->open();
}

Result<Deploy::InputSet> RunPage::randomInput(const Device::DeviceHello *device) const
{
    if (!device)
        return fail(ErrorCode::InvalidArgument,
                    tr("Random inputs need a connected device with one input."));
    return Deploy::RunInputs::random(*device, *QRandomGenerator::global());
}

Result<Deploy::InputSet> RunPage::imageInput(const Device::DeviceHello *device,
                                             const QString &path) const
{
    if (!device || device->inputs.size() != 1 || device->inputs.constFirst().shape.size() < 2)
        return fail(ErrorCode::InvalidArgument,
                    tr("An image needs a device whose one input is an image."),
                    path);
    // Only the decoding is ours; RunInputs sizes, scales and quantizes for the model.
    const QList<qint32> &shape = device->inputs.constFirst().shape;
    const bool colour = shape.size() >= 3 && shape.constLast() == 3;
    const Result<Deploy::ImagePixels> pixels = readImagePixels(path, colour);
    if (!pixels)
        return fail(pixels.error());
    const Deploy::SampleKit *kit = sampleKit();
    return Deploy::RunInputs::image(*device,
                                    *pixels,
                                    QFileInfo(path).completeBaseName(),
                                    path,
                                    kit ? kit->inputQuant() : QHash<QString, Tensor::QuantParams>());
}

Result<Deploy::InputSet> RunPage::rawInput(const Device::DeviceHello *device,
                                           const QString &path) const
{
    if (!device)
        return fail(ErrorCode::InvalidArgument,
                    tr("A raw input file needs a connected device with one input."),
                    path);
    return Deploy::RunInputs::rawFile(*device, path);
}

Result<QList<Deploy::InputSet>> RunPage::chosenInputs() const
{
    const QString choice = m_ui->inputCombo->currentData().toString();
    // What the device said at Connect: the deployment keeps it.
    const Deploy::Deployment *deployment = m_controller->deployment();
    const std::optional<Device::DeviceHello> hello = deployment ? deployment->deviceInfo()
                                                                : std::nullopt;
    const Device::DeviceHello *device = hello ? &*hello : nullptr;
    const int inputCount = device ? int(device->inputs.size()) : 1;
    if (choice == QLatin1String(allSamples)) {
        QStringList paths;
        if (const Deploy::SampleKit *kit = sampleKit()) {
            for (const Deploy::SampleFile &sample : kit->samples())
                paths << sample.inputPath;
        }
        return Deploy::loadInputFiles(paths, inputCount);
    }
    if (choice.startsWith(QLatin1String("sample:")))
        return Deploy::loadInputFiles({choice.mid(7)}, inputCount);
    if (choice == QLatin1String(randomInputKey)) {
        Result<Deploy::InputSet> input = randomInput(device);
        if (!input)
            return fail(input.error());
        return QList<Deploy::InputSet>{*input};
    }
    if (choice == QLatin1String(drawInputKey)) {
        Result<Deploy::InputSet> input = drawnInput(device);
        if (!input)
            return fail(input.error());
        return QList<Deploy::InputSet>{*input};
    }
    if (choice.startsWith(QLatin1String("file:"))) {
        const QString path = choice.mid(5);
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == QLatin1String("npy") || suffix == QLatin1String("npz"))
            return Deploy::loadInputFiles({path}, inputCount);
        Result<Deploy::InputSet> input = isImageFile(path) ? imageInput(device, path)
                                                           : rawInput(device, path);
        if (!input)
            return fail(input.error());
        return QList<Deploy::InputSet>{*input};
    }
    return fail(ErrorCode::InvalidArgument, tr("Choose an input first."));
}

Result<Deploy::InputSet> RunPage::drawnInput(const Device::DeviceHello *device) const
{
    if (!device)
        return fail(ErrorCode::InvalidArgument, tr("A drawing needs a connected device."));
    if (m_drawing->canvas()->isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    tr("The drawing is empty."),
                    QString(),
                    tr("Draw a digit in the white square first."));
    const Deploy::SampleKit *kit = sampleKit();
    return drawingInput(m_drawing->canvas()->strokes(),
                        *device,
                        kit ? kit->inputQuant() : QHash<QString, Tensor::QuantParams>());
}

void RunPage::runDrawing()
{
    const Deploy::Deployment *deployment = m_controller->deployment();
    const std::optional<Device::DeviceHello> hello = deployment ? deployment->deviceInfo()
                                                                : std::nullopt;
    const Result<Deploy::InputSet> input = drawnInput(hello ? &*hello : nullptr);
    if (!input) {
        m_ui->errorPanel->setError(input.error());
        m_ui->errorPanel->show();
        return;
    }
    m_coalescer->submit(*input);
    update();
}

void RunPage::runOnce()
{
    const Result<QList<Deploy::InputSet>> inputs = chosenInputs();
    Result<void> started = inputs
                               ? m_controller->runAgain(*inputs, quint32(m_ui->runsSpin->value()))
                               : Result<void>(fail(inputs.error()));
    if (!started) {
        m_ui->errorPanel->setError(started.error());
        m_ui->errorPanel->show();
        m_ui->runContinuousButton->setChecked(false);
        return;
    }
    m_ui->errorPanel->hide();
    update();
}

void RunPage::profile()
{
    Deploy::Deployment *deployment = m_controller->deployment();
    if (!deployment)
        return;
    // The dialog observes the deployment; it is there before the profile can finish.
    auto *dialog = new ProfileDialog(deployment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Result<void> started = deployment->profile(quint32(m_ui->runsSpin->value()), false);
    if (!started) {
        delete dialog;
        m_ui->errorPanel->setError(started.error());
        m_ui->errorPanel->show();
        return;
    }
    m_ui->errorPanel->hide();
    dialog->open();
}

void RunPage::setContinuous(bool continuous)
{
    if (m_ui->runContinuousButton->isChecked() != continuous)
        m_ui->runContinuousButton->setChecked(continuous);
    if (continuous && !m_controller->isBusy())
        runOnce();
    update();
}

void RunPage::showDevice(const Device::DeviceHello &hello)
{
    rebuildInputs();
    QStringList inputs;
    for (const Device::TensorInfo &input : hello.inputs)
        inputs << tr("%1 %2 %3").arg(input.name, input.dtype(), shapeText(input.shape));
    QStringList outputs;
    for (const Device::TensorInfo &output : hello.outputs)
        outputs << tr("%1 %2 %3").arg(output.name, output.dtype(), shapeText(output.shape));
    QString clock = hello.cyclesHz ? tr("%1 MHz").arg(hello.cyclesHz / 1e6, 0, 'g', 4)
                                   : tr("unknown clock");
    if (hello.cyclesEmulated())
        clock += tr(" (emulated: cycle counts are not silicon timing)");
    m_ui->deviceLabel->setText(
        tr("<b>%1</b> running <b>%2</b> (firmware %3, %4)<br>Inputs: %5<br>Outputs: %6")
            .arg(hello.board.toHtmlEscaped(),
                 hello.model.toHtmlEscaped(),
                 hello.firmware.toHtmlEscaped(),
                 clock,
                 inputs.join(QLatin1String("; ")).toHtmlEscaped(),
                 outputs.join(QLatin1String("; ")).toHtmlEscaped()));
    update();
}

void RunPage::showResult(const Deploy::RunResult &result)
{
    if (!result.outputs.isEmpty()) {
        const Deploy::SampleKit *kit = sampleKit();
        m_ui->outputsView->setLabels(kit ? kit->labels() : QStringList());
        const QString name = result.outputNames.value(0);
        const Tensor::Tensor &raw = result.outputs.constFirst();
        // Real values when the kit knows the output's scale and zero point: the result has
        // them (ResultBuilder), so results.json, the CLI and this page agree.
        const Tensor::Tensor real = result.dequantized.value(0);
        if (!real.isNull())
            m_ui->outputsView->setOutput(name, real, raw);
        else
            m_ui->outputsView->setOutput(name, raw);
        m_ui->outputsView->setComparison(result.comparisons.isEmpty()
                                             ? std::nullopt
                                             : std::optional(result.comparisons.constFirst()));
    }
    QList<double> latencies;
    for (const Device::RunLatency &latency : result.latencies)
        latencies << double(latency.microseconds);
    m_ui->latencyChart->setEmulated(result.cyclesEmulated);
    m_ui->latencyChart->addRuns(latencies);

    if (!result.topK.isEmpty()) {
        m_predicted = result.topK.constFirst().index;
        const QString predicted = result.topKLabels.value(0, QString::number(*m_predicted));
        const QString input = result.input.name.toHtmlEscaped();
        const QString shown = predicted.toHtmlEscaped();
        // Whole sentences, so that each language can order them its own way.
        QStringList sentences;
        if (!result.trueClass) {
            sentences << tr("Input <b>%1</b>: the device predicts <b>%2</b>.").arg(input, shown);
        } else if (*result.trueClass == *m_predicted) {
            sentences << tr("Input <b>%1</b>: the device predicts <b>%2</b>, which is right.")
                             .arg(input, shown);
        } else {
            sentences << tr("Input <b>%1</b>: the device predicts <b>%2</b>, but it is %3.")
                             .arg(input, shown, QString::number(*result.trueClass));
        }
        if (result.agreementKnown()) {
            sentences << (result.agrees() ? tr("Outputs agree with the expected ones.")
                                          : tr("Outputs differ from the expected ones."));
        }
        m_ui->predictionLabel->setText(sentences.join(QLatin1Char(' ')));
    }
    const Deploy::LatencySummary latency = result.latency();
    m_ui->statusLabel->setText(
        tr("%n run(s), latency min %1 µs, median %2 µs, max %3 µs.", nullptr, latency.runs)
            .arg(latency.minUs)
            .arg(latency.medianUs)
            .arg(latency.maxUs));
}

void RunPage::onRunFinished(bool success)
{
    if (const Error *error = m_controller->error(WizardStep::Run);
        !success && error && m_controller->state(WizardStep::Run) == StepState::Failed) {
        m_ui->errorPanel->setError(*error);
        m_ui->errorPanel->show();
        m_ui->runContinuousButton->setChecked(false);
    }
    if (success && isContinuous()) {
        // Next round from the event loop, never recursively from the finished signal.
        QTimer::singleShot(0, this, [this] {
            if (isContinuous() && !m_controller->isBusy())
                runOnce();
        });
    }
    update();
}

void RunPage::update()
{
    // Observed from the deployment, which decided it at Connect.
    const Deploy::Deployment *deployment = m_controller->deployment();
    const QString run = deployment ? deployment->runDescription() : QString();
    m_ui->protocolLabel->setText(run.isEmpty() ? QString() : tr("Protocol: %1").arg(run));
    m_ui->protocolLabel->setVisible(!run.isEmpty());
    const bool flashed = m_controller->state(WizardStep::Flash) == StepState::Done;
    const bool busy = m_controller->isBusy();
    m_ui->runOnceButton->setEnabled(flashed && !busy);
    m_ui->runContinuousButton->setEnabled(flashed && (!busy || isContinuous()));
    m_ui->chooseFileButton->setEnabled(flashed);
    // Profiling needs microTVM RPC with the graph executor, on the connection kept open.
    const std::optional<Deploy::RunChoice> choice = deployment ? deployment->runChoice()
                                                               : std::nullopt;
    const bool canProfile = choice && choice->canProfile();
    m_ui->profileButton->setEnabled(canProfile && !busy && deployment->isDeviceOpen());
    if (choice && !canProfile) {
        m_ui->profileButton->setToolTip(
            tr("Profiling needs a host-driven project with the graph executor (microTVM RPC); "
               "this one runs %1.")
                .arg(run));
    } else if (!choice) {
        m_ui->profileButton->setToolTip(tr("Connect to the device first."));
    } else if (busy) {
        m_ui->profileButton->setToolTip(tr("Wait for the run to finish."));
    } else {
        m_ui->profileButton->setToolTip(
            tr("Times every operator of the model on the device and shows each one's share."));
    }
    m_validateButton->setEnabled(!busy && deployment && deployment->runner());
    if (m_controller->state(WizardStep::Run) == StepState::Failed && !busy) {
        if (const Error *error = m_controller->error(WizardStep::Run)) {
            m_ui->errorPanel->setError(*error);
            m_ui->errorPanel->show();
        }
    } else if (busy) {
        m_ui->errorPanel->hide();
    }
}

void RunPage::openValidation()
{
    Deploy::Deployment *deployment = m_controller->deployment();
    if (!deployment || !deployment->runner())
        return;
    // Window-modal: the Run page does not use the device while the validation does.
    auto *dialog = new ValidateDialog(deployment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

} // namespace TinyDeploy::Gui
