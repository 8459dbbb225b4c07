#pragma once

#include "dataset.h"
#include "validationmetrics.h"

#include <deploy/resultbuilder.h>
#include <deploy/samplekit.h>
#include <device/messages.h>
#include <device/modelrunner.h>
#include <util/error.h>

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

namespace TinyDeploy::Validate {

enum class ValidationState { Idle, Running, Paused, Finished, Failed, Cancelled };
/// "idle", "running", ...
QString validationStateName(ValidationState state);

/// What a validation is asked to do.
struct ValidationSettings
{
    /// Where validation.json and validation_samples.jsonl go (a deployment's record folder).
    QString recordFolder;
    /// Expected: the data set's expected outputs; Labels: its labels only; Host: the outputs
    /// of the reference runner (setReference()). Labels are used for accuracy in every mode.
    Reference reference = Reference::Expected;
    int topK = 3;
    /// Samples to run at most (the first ones); 0 for all.
    qsizetype limit = 0;
    /// Worst samples kept in validation.json.
    qsizetype worstCount = 10;
};

/// @brief Runs a data set through a connected Device::ModelRunner (the board), one sample at a
/// time, and compares each output with the reference: the data set's expected outputs, or, in
/// differential mode, the same input on a reference runner (a host build of the model).
///
/// Builds on the pipeline's parts: DataSet reads and checks each sample (RunInputs' image
/// conversion), ResultBuilder types the outputs and ranks the classes, Tensor::compare() gives
/// the errors, ValidationMetrics adds them up. Writes validation_samples.jsonl line by line
/// as samples finish, and validation.json at the end (also after a cancel or a failure, with
/// the completed count), both in settings.recordFolder.
///
/// pause() lets the sample in progress finish and waits; resume() goes on; cancel() abandons
/// the sample in progress. Nothing blocks; the runners are not owned and must outlive the run.
class Validation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Validation)

public:
    explicit Validation(QObject *parent = nullptr);
    ~Validation() override;

    void setSettings(const ValidationSettings &settings) { m_settings = settings; }
    const ValidationSettings &settings() const { return m_settings; }
    void setDataSet(const DataSet &dataSet) { m_dataSet = dataSet; }
    const DataSet &dataSet() const { return m_dataSet; }
    /// Labels (class names) and quantization of the model (its sample kit).
    void setSampleKit(const Deploy::SampleKit &kit) { m_kit = kit; }
    /// The device under validation, connected, and what it runs.
    void setBoard(Device::ModelRunner *runner, const Device::DeviceHello &device);
    /// The reference for Reference::Host, connected.
    void setReference(Device::ModelRunner *runner, const Device::DeviceHello &device);

    /// Checks the settings and the first sample, then runs. Errors found here leave the state
    /// Idle and write nothing.
    Result<void> start();
    void pause();
    void resume();
    void cancel();

    ValidationState state() const { return m_state; }
    bool isActive() const;
    /// Samples to run, and done so far.
    qsizetype total() const { return m_total; }
    qsizetype completed() const { return m_metrics.count(); }
    const ValidationMetrics &metrics() const { return m_metrics; }
    const QList<SampleOutcome> &outcomes() const { return m_outcomes; }
    std::optional<Error> error() const { return m_error; }
    /// The content of validation.json.
    QJsonObject summaryJson() const;
    QString summaryPath() const;
    QString samplesPath() const;

    /// Time from start() to the end, and of it the time spent waiting for the runners.
    qint64 wallNs() const { return m_wallNs; }
    qint64 waitNs() const { return m_waitNs; }

signals:
    void stateChanged(TinyDeploy::Validate::ValidationState state);
    void progress(qsizetype done, qsizetype total);
    void sampleFinished(const TinyDeploy::Validate::SampleOutcome &outcome);
    /// A record file could not be written; the run goes on.
    void warning(const QString &text);
    /// Entered Finished, Failed or Cancelled; validation.json is written.
    void finished(TinyDeploy::Validate::ValidationState state);

private:
    enum class Waiting { Nothing, Reference, Board };

    void setState(ValidationState state);
    void runNext();
    /// Sends the next sample when the validation may go on (running, no pause asked, samples
    /// left, it loads); false when runNext() has to decide (pause, end, a sample that fails).
    bool sendNext();
    /// Reads the sample after the one on the device while the device works on it.
    void prefetch();
    /// The sample @p index: the prefetched one when it is that one, else read now.
    Result<LoadedSample> takeSample(qsizetype index);
    void send(Device::ModelRunner *runner, Waiting waiting);
    void onInference(Waiting from, const Result<Device::InferenceResult> &result);
    void finishSample(const Device::InferenceResult &board);
    void end(ValidationState state, std::optional<Error> error = std::nullopt);
    void writeSummary();
    void appendSample(const SampleOutcome &outcome);

    ValidationSettings m_settings;
    DataSet m_dataSet;
    Deploy::SampleKit m_kit;
    QPointer<Device::ModelRunner> m_board;
    QPointer<Device::ModelRunner> m_reference;
    Device::DeviceHello m_boardDevice;
    Device::DeviceHello m_referenceDevice;
    QList<QMetaObject::Connection> m_connections;
    /// Type the outputs and rank the classes (made once per run).
    Deploy::ResultBuilder m_boardBuilder;
    Deploy::ResultBuilder m_referenceBuilder;

    ValidationState m_state = ValidationState::Idle;
    bool m_pauseAsked = false;
    Waiting m_waiting = Waiting::Nothing;
    qsizetype m_total = 0;
    qsizetype m_next = 0;
    std::optional<LoadedSample> m_sample;
    /// The next sample, read ahead by prefetch() (its index, and the sample or why not).
    qsizetype m_prefetchedIndex = -1;
    std::optional<Result<LoadedSample>> m_prefetched;
    std::optional<Device::InferenceResult> m_referenceResult;
    ValidationMetrics m_metrics;
    QList<SampleOutcome> m_outcomes;
    std::optional<Error> m_error;
    std::unique_ptr<QFile> m_samplesFile;
    bool m_warned = false;

    QElapsedTimer m_wall;
    QElapsedTimer m_waitTimer;
    qint64 m_wallNs = 0;
    qint64 m_waitNs = 0;
};

} // namespace TinyDeploy::Validate
