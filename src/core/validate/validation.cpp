#include "validation.h"
#include "validatetr.h"

#include <deploy/deploymentrecord.h>
#include <deploy/resultbuilder.h>
#include <deploy/runinputs.h>

#include <QDir>
#include <QJsonDocument>
#include <QTimer>

#include <cmath>

namespace TinyDeploy::Validate {

namespace {

// As the Run step compares with expected outputs (ResultBuilder): 1e-5 relative for floats,
// with a small absolute term for values that are zero in one and denormal-small in the other.
constexpr Tensor::Tolerance floatTolerance{1e-7, 1e-5};

qint64 elementsOf(const Device::TensorInfo &info)
{
    Result<Tensor::DType> dtype = Tensor::DType::parse(info.dtype());
    if (!dtype)
        return 0;
    return Tensor::Tensor::elementCountOf(Deploy::RunInputs::shapeOf(info, *dtype)).value_or(0);
}

bool sameTensors(const QList<Device::TensorInfo> &a, const QList<Device::TensorInfo> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).dtype() != b.at(i).dtype() || a.at(i).bytes != b.at(i).bytes)
            return false;
    }
    return true;
}

} // namespace

QString validationStateName(ValidationState state)
{
    switch (state) {
    case ValidationState::Idle:
        return QStringLiteral("idle");
    case ValidationState::Running:
        return QStringLiteral("running");
    case ValidationState::Paused:
        return QStringLiteral("paused");
    case ValidationState::Finished:
        return QStringLiteral("finished");
    case ValidationState::Failed:
        return QStringLiteral("failed");
    case ValidationState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

Validation::Validation(QObject *parent)
    : QObject(parent)
{}

Validation::~Validation()
{
    if (isActive())
        cancel();
}

void Validation::setBoard(Device::ModelRunner *runner, const Device::DeviceHello &device)
{
    m_board = runner;
    m_boardDevice = device;
}

void Validation::setReference(Device::ModelRunner *runner, const Device::DeviceHello &device)
{
    m_reference = runner;
    m_referenceDevice = device;
}

bool Validation::isActive() const
{
    return m_state == ValidationState::Running || m_state == ValidationState::Paused;
}

QString Validation::summaryPath() const
{
    return QDir(m_settings.recordFolder).filePath(QStringLiteral("validation.json"));
}

QString Validation::samplesPath() const
{
    return QDir(m_settings.recordFolder).filePath(QStringLiteral("validation_samples.jsonl"));
}

Result<void> Validation::start()
{
    if (isActive())
        return fail(ErrorCode::InvalidArgument, Tr::tr("The validation is already running."));
    if (!m_board) {
        return fail(ErrorCode::DeviceDisconnected,
                    Tr::tr("No device is connected for the validation."),
                    m_dataSet.path(),
                    Tr::tr("Connect to the board first."));
    }
    if (m_settings.recordFolder.isEmpty() || !QDir().mkpath(m_settings.recordFolder)) {
        return fail(ErrorCode::Io,
                    Tr::tr("The record folder of the validation cannot be created."),
                    m_settings.recordFolder,
                    Tr::tr("Check that the disk is writable."));
    }
    if (m_dataSet.size() == 0) {
        return fail(ErrorCode::NotFound,
                    Tr::tr("The data set has no samples."),
                    m_dataSet.path(),
                    Tr::tr("Choose a data set folder."));
    }
    switch (m_settings.reference) {
    case Reference::Expected:
        if (!m_dataSet.hasExpected()) {
            return fail(ErrorCode::MissingField,
                        Tr::tr("The data set has no expected outputs to compare with."),
                        m_dataSet.path(),
                        m_dataSet.hasLabels()
                            ? Tr::tr("Validate against its labels, or against the host.")
                            : Tr::tr("Add expected/ outputs or labels, or validate against the "
                                     "host."));
        }
        break;
    case Reference::Labels:
        if (!m_dataSet.hasLabels()) {
            return fail(ErrorCode::MissingField,
                        Tr::tr("The data set has no labels."),
                        m_dataSet.path(),
                        Tr::tr("Add a labels.csv (file,label), or validate against the host."));
        }
        break;
    case Reference::Host:
        if (!m_reference) {
            return fail(ErrorCode::DeviceDisconnected,
                        Tr::tr("The host reference is not running."),
                        m_dataSet.path(),
                        Tr::tr("Build and start the host project of the model first."));
        }
        if (!sameTensors(m_boardDevice.inputs, m_referenceDevice.inputs)
            || !sameTensors(m_boardDevice.outputs, m_referenceDevice.outputs)) {
            return fail(ErrorCode::ShapeMismatch,
                        Tr::tr("The host reference runs another model (%1) than the board (%2): "
                               "their inputs or outputs differ.")
                            .arg(m_referenceDevice.model, m_boardDevice.model),
                        m_dataSet.path(),
                        Tr::tr("Build the host reference from the board's model archive."));
        }
        break;
    }
    Result<LoadedSample> first = m_dataSet.load(0, m_boardDevice);
    if (!first)
        return fail(first.error());

    m_total = m_settings.limit > 0 ? std::min(m_settings.limit, m_dataSet.size())
                                   : m_dataSet.size();
    m_next = 0;
    m_sample = *first;
    m_prefetched.reset();
    m_prefetchedIndex = -1;
    m_metrics = ValidationMetrics();
    m_metrics.setTopK(m_settings.topK);
    const qint64 classes = m_boardDevice.outputs.size() == 1
                               ? elementsOf(m_boardDevice.outputs.constFirst())
                               : 0;
    m_metrics.setClasses(classes,
                         m_dataSet.classFolders().isEmpty() ? m_kit.labels()
                                                            : m_dataSet.classFolders());
    // Without the kit: its sample matching (a file lookup per sample) and labels are not
    // needed here, only typed outputs and the top-k.
    m_boardBuilder = Deploy::ResultBuilder(m_boardDevice, Deploy::SampleKit(), m_settings.topK);
    m_referenceBuilder = Deploy::ResultBuilder(m_referenceDevice,
                                               Deploy::SampleKit(),
                                               m_settings.topK);
    m_outcomes.clear();
    m_error.reset();
    m_pauseAsked = false;
    m_waitNs = 0;
    m_wallNs = 0;
    m_warned = false;
    m_samplesFile = std::make_unique<QFile>(samplesPath());
    if (!m_samplesFile->open(QIODevice::WriteOnly | QIODevice::Truncate))
        emit warning(
            Tr::tr("%1 cannot be written: %2").arg(samplesPath(), m_samplesFile->errorString()));

    for (Device::ModelRunner *runner : {m_board.data(), m_reference.data()}) {
        if (!runner || (runner == m_reference && m_settings.reference != Reference::Host))
            continue;
        const Waiting from = runner == m_board ? Waiting::Board : Waiting::Reference;
        m_connections.append(connect(runner,
                                     &Device::ModelRunner::inferenceFinished,
                                     this,
                                     [this, from](const Result<Device::InferenceResult> &result) {
                                         onInference(from, result);
                                     }));
    }
    m_wall.start();
    setState(ValidationState::Running);
    emit progress(0, m_total);
    QTimer::singleShot(0, this, &Validation::runNext);
    return ok();
}

void Validation::pause()
{
    if (m_state == ValidationState::Running)
        m_pauseAsked = true; // takes effect once the sample in progress is done
}

void Validation::resume()
{
    m_pauseAsked = false;
    if (m_state != ValidationState::Paused)
        return;
    setState(ValidationState::Running);
    QTimer::singleShot(0, this, &Validation::runNext);
}

void Validation::cancel()
{
    if (!isActive())
        return;
    const Waiting waiting = m_waiting;
    m_waiting = Waiting::Nothing; // the Cancelled answer of the runner is not a failure
    if (waiting == Waiting::Board && m_board)
        m_board->cancel();
    else if (waiting == Waiting::Reference && m_reference)
        m_reference->cancel();
    end(ValidationState::Cancelled);
}

void Validation::setState(ValidationState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void Validation::runNext()
{
    if (m_state != ValidationState::Running || m_waiting != Waiting::Nothing)
        return;
    if (m_pauseAsked) {
        m_pauseAsked = false;
        setState(ValidationState::Paused);
        return;
    }
    if (m_next >= m_total) {
        end(ValidationState::Finished);
        return;
    }
    if (!m_sample) {
        Result<LoadedSample> sample = takeSample(m_next);
        if (!sample) {
            end(ValidationState::Failed, sample.error());
            return;
        }
        m_sample = *sample;
    }
    m_referenceResult.reset();
    if (m_settings.reference == Reference::Host)
        send(m_reference, Waiting::Reference);
    else
        send(m_board, Waiting::Board);
}

bool Validation::sendNext()
{
    if (m_state != ValidationState::Running || m_pauseAsked || m_next >= m_total
        || m_waiting != Waiting::Nothing || !m_board
        || (m_settings.reference == Reference::Host && !m_reference))
        return false; // a runner that went away: runNext() says so, once this sample is kept
    if (!m_sample) {
        Result<LoadedSample> sample = takeSample(m_next);
        if (!sample) {
            // runNext() ends the validation with this error.
            m_prefetchedIndex = m_next;
            m_prefetched = std::move(sample);
            return false;
        }
        m_sample = *sample;
    }
    runNext();
    return true;
}

void Validation::prefetch()
{
    const qsizetype index = m_next + 1;
    if (index >= m_total || m_prefetchedIndex == index || !isActive())
        return;
    m_prefetchedIndex = index;
    m_prefetched = m_dataSet.load(index, m_boardDevice);
}

Result<LoadedSample> Validation::takeSample(qsizetype index)
{
    if (m_prefetched && m_prefetchedIndex == index) {
        Result<LoadedSample> sample = std::move(*m_prefetched);
        m_prefetched.reset();
        m_prefetchedIndex = -1;
        return sample;
    }
    return m_dataSet.load(index, m_boardDevice);
}

void Validation::send(Device::ModelRunner *runner, Waiting waiting)
{
    if (!runner) {
        end(ValidationState::Failed,
            makeError(ErrorCode::DeviceDisconnected,
                      Tr::tr("The device went away during the validation."),
                      m_sample->input.source,
                      Tr::tr("Connect again and validate again.")));
        return;
    }
    QList<QByteArray> data;
    for (const Tensor::Tensor &tensor : std::as_const(m_sample->input.tensors))
        data.append(tensor.data());
    m_waiting = waiting;
    m_waitTimer.start();
    runner->runInference(data, 1);
}

void Validation::onInference(Waiting from, const Result<Device::InferenceResult> &result)
{
    if (from != m_waiting || !isActive())
        return; // an answer abandoned by cancel()
    m_waitNs += m_waitTimer.nsecsElapsed();
    m_waiting = Waiting::Nothing;
    if (!result) {
        Error error = result.error();
        error.withContext(from == Waiting::Reference
                              ? Tr::tr("Sample %1 on the host reference").arg(m_sample->input.name)
                              : Tr::tr("Sample %1 on the board").arg(m_sample->input.name));
        end(ValidationState::Failed, error);
        return;
    }
    if (from == Waiting::Reference) {
        m_referenceResult = *result;
        send(m_board, Waiting::Board);
        return;
    }
    finishSample(*result);
}

void Validation::finishSample(const Device::InferenceResult &board)
{
    const LoadedSample &sample = *m_sample;
    const Deploy::RunResult built = m_boardBuilder.build(sample.input, board.outputs);

    SampleOutcome outcome;
    outcome.index = m_next;
    outcome.name = sample.input.name;
    outcome.source = sample.input.source;
    outcome.label = sample.label;
    outcome.latencyUs = Deploy::LatencySummary::of(board.latencies, board.hasCycleCounts).medianUs;
    for (const Tensor::RankedValue &ranked : built.topK)
        outcome.topK.append(ranked.index);
    if (!built.topK.isEmpty())
        outcome.predicted = built.topK.constFirst().index;

    QList<Tensor::Tensor> reference;
    if (m_settings.reference == Reference::Host && m_referenceResult) {
        reference = m_referenceBuilder.build(sample.input, m_referenceResult->outputs).outputs;
    } else if (m_settings.reference == Reference::Expected && sample.expected) {
        reference.append(*sample.expected);
    }
    for (qsizetype i = 0; i < reference.size() && i < built.outputs.size(); ++i) {
        OutputError error;
        error.name = built.outputNames.value(i);
        Result<Tensor::Comparison> compared = Tensor::compare(built.outputs.at(i),
                                                              reference.at(i),
                                                              floatTolerance);
        if (compared) {
            error.count = compared->count;
            error.maxAbsError = compared->maxAbsDiff;
            error.rmse = compared->rmse;
            error.cosine = compared->cosineSimilarity;
            error.agrees = compared->agrees;
        } else {
            error.maxAbsError = std::nan("");
            error.agrees = false;
        }
        outcome.outputs.append(error);
    }
    if (m_metrics.isClassifier() && !reference.isEmpty()) {
        if (Result<qint64> top = Tensor::argmax(reference.constFirst()))
            outcome.expected = *top;
    }

    m_metrics.add(outcome);
    m_outcomes.append(outcome);
    m_sample.reset();
    ++m_next;
    // The device works on the next sample while this one is written and shown, and the one
    // after it is read: TinyDeploy's own work overlaps the device's instead of adding to it.
    const bool sent = sendNext();
    appendSample(outcome);
    emit sampleFinished(outcome);
    emit progress(m_metrics.count(), m_total);
    if (sent)
        prefetch();
    else
        runNext(); // pause, the end, or the next sample's error
}

void Validation::end(ValidationState state, std::optional<Error> error)
{
    m_waiting = Waiting::Nothing;
    m_error = std::move(error);
    m_wallNs = m_wall.isValid() ? m_wall.nsecsElapsed() : 0;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    if (m_samplesFile)
        m_samplesFile->close();
    m_sample.reset();
    m_prefetched.reset();
    m_prefetchedIndex = -1;
    setState(state);
    writeSummary();
    emit finished(state);
}

QJsonObject Validation::summaryJson() const
{
    QJsonObject root{{QStringLiteral("dataset"), m_dataSet.path()},
                     {QStringLiteral("reference"), referenceName(m_settings.reference)},
                     {QStringLiteral("samples"), qint64(m_total)},
                     {QStringLiteral("completed"), qint64(m_metrics.count())},
                     {QStringLiteral("cancelled"), m_state == ValidationState::Cancelled}};
    const QJsonObject figures = m_metrics.figuresJson();
    for (auto it = figures.begin(); it != figures.end(); ++it)
        root.insert(it.key(), it.value());
    QJsonArray worst;
    for (const SampleOutcome &outcome : worstFirst(m_outcomes, m_settings.worstCount)) {
        const QJsonObject line = outcome.toJson();
        QJsonObject entry;
        for (const char *key :
             {"sample", "index", "max_abs_error", "predicted", "expected", "label"})
            entry.insert(QLatin1String(key), line.value(QLatin1String(key)));
        worst.append(entry);
    }
    root.insert(QStringLiteral("worst"), worst);
    if (m_error)
        root.insert(QStringLiteral("error"), Deploy::errorToJson(*m_error));
    return root;
}

void Validation::writeSummary()
{
    const QByteArray json = QJsonDocument(summaryJson()).toJson(QJsonDocument::Indented);
    if (Result<void> written = Deploy::writeFileAtomically(summaryPath(), json); !written)
        emit warning(written.error().oneLine());
}

void Validation::appendSample(const SampleOutcome &outcome)
{
    if (!m_samplesFile || !m_samplesFile->isOpen())
        return;
    const QByteArray line = QJsonDocument(outcome.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if ((m_samplesFile->write(line) != line.size() || !m_samplesFile->flush()) && !m_warned) {
        m_warned = true;
        emit warning(
            Tr::tr("%1 cannot be written: %2").arg(samplesPath(), m_samplesFile->errorString()));
    }
}

} // namespace TinyDeploy::Validate
