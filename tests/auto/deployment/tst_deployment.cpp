// Deployment controller against the fake Project API server (tests/fakes) and a scripted
// device on a FakeSerialLink: state sequence, failure at each step, retry, cancel, records,
// and runAgain() on the connection kept open (results capped, one record).

#include "fakes/fakeseriallink.h"
#include "fakes/fakeserver.h"

#include <deploy/deployment.h>
#include <device/framecodec.h>
#include <device/messages.h>
#include <tensor/npy.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace TinyDeploy;
using namespace TinyDeploy::Deploy;

namespace {

const QString samplesDir = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples");

// A device running the digits model: answers HELLO, acknowledges INPUT chunks, and answers RUN
// with the expected output of the sample whose bytes it received (zeros for unknown inputs).
class ScriptedDevice
{
public:
    enum class Mode { Normal, FailRun, Silent };

    /// Counts the HELLO requests it receives in @p hellos.
    explicit ScriptedDevice(FakeSerialLink *link, Mode mode, int *hellos)
        : m_link(link)
        , m_mode(mode)
        , m_hellos(hellos)
    {
        const QDir inputs(samplesDir + QStringLiteral("/inputs/float32"));
        for (const QString &file : inputs.entryList({QStringLiteral("*.npy")})) {
            const auto in = Tensor::readNpyFile(inputs.filePath(file));
            const auto out = Tensor::readNpyFile(samplesDir + QStringLiteral("/expected/float32/")
                                                 + file);
            if (in && out)
                m_answers.insert(in->data(), out->data());
        }
        link->setResponder([this](const QByteArray &bytes) { onWritten(bytes); });
    }

    void setMode(Mode mode) { m_mode = mode; }

private:
    void onWritten(const QByteArray &bytes)
    {
        for (const Device::Frame &frame : m_codec.feed(bytes)) {
            if (frame.messageType() == Device::MessageType::Hello)
                ++*m_hellos;
            if (m_mode == Mode::Silent)
                continue;
            switch (frame.messageType()) {
            case Device::MessageType::Hello:
                reply(Device::MessageType::HelloReply, frame.seq, hello().encode());
                break;
            case Device::MessageType::Input: {
                const auto chunk = Device::TensorChunk::decode(frame.payload,
                                                               Device::MessageType::Input);
                QVERIFY(chunk.has_value());
                m_input.replace(chunk->offset, chunk->data.size(), chunk->data);
                reply(Device::MessageType::InputAck,
                      frame.seq,
                      Device::InputAck{chunk->tensor, quint32(chunk->offset + chunk->data.size())}
                          .encode());
                break;
            }
            case Device::MessageType::Run: {
                const auto run = Device::RunRequest::decode(frame.payload);
                QVERIFY(run.has_value());
                if (m_mode == Mode::FailRun) {
                    reply(Device::MessageType::Error,
                          frame.seq,
                          Device::DeviceErrorFrame{7,
                                                   QStringLiteral("the model returned -3 in "
                                                                  "run 0")}
                              .encode());
                    reply(Device::MessageType::RunDone, frame.seq, Device::RunDone{-3, 0}.encode());
                    break;
                }
                Device::Timing timing;
                for (quint32 i = 0; i < run->runs; ++i)
                    timing.runs.append({1000 + i, 40 + i});
                reply(Device::MessageType::Timing, frame.seq, timing.encode());
                const QByteArray output = m_answers.value(m_input, QByteArray(40, '\0'));
                reply(Device::MessageType::Output,
                      frame.seq,
                      Device::TensorChunk{0, 0, output}.encode());
                reply(Device::MessageType::RunDone,
                      frame.seq,
                      Device::RunDone{0, run->runs}.encode());
                break;
            }
            default:
                break;
            }
        }
    }

    void reply(Device::MessageType type, quint16 seq, const QByteArray &payload)
    {
        m_link->feed(Device::FrameCodec::encode(type, seq, payload));
    }

    static Device::DeviceHello hello()
    {
        Device::DeviceHello hello;
        hello.flags = 0x03;
        hello.maxPayload = 1024;
        hello.cyclesHz = 25000000;
        hello.firmware = QStringLiteral("tinydeploy-runner 0.1.0");
        hello.board = QStringLiteral("fake-board");
        hello.model = QStringLiteral("default");
        hello.entryPoint = QStringLiteral("tvmgen_default_run");
        hello.inputs = {{QStringLiteral("serving_default_input_1:0"), 2, 32, {1, 8, 8, 1}, 256}};
        hello.outputs = {{QStringLiteral("output"), 2, 32, {1, 10}, 40}};
        return hello;
    }

    FakeSerialLink *m_link;
    Mode m_mode;
    int *m_hellos;
    Device::FrameCodec m_codec;
    QByteArray m_input = QByteArray(256, '\0');
    QHash<QByteArray, QByteArray> m_answers;
};

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QJsonObject stepJson(const QJsonObject &record, DeploymentStep step)
{
    return record.value(QStringLiteral("steps")).toArray().at(int(step)).toObject();
}

} // namespace

class tst_Deployment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fullDeployment();
    void startRefusesBadSettings();
    void failureStopsAtFailingStep_data();
    void failureStopsAtFailingStep();
    void retryRunsOnlyTheFailedStep();
    void cancelDuringSlowBuild();
    void cancelDuringGenerateRecordsCancelled();
    void zerosForModelsWithoutSamples();
    void inputOfWrongSizeFailsRun();
    void latencySummary();
    void runAgainUsesTheOpenSession();
    void runAgainKeepsTheLatestResults();
    void runAgainRefused();
    void runAgainAfterDeviceVanished();
    void cancelDuringRunAgain();
    void closingTheConnection();
    void logsRotate();
    void recordNamesTheToolsTheTemplateReports();

private:
    Deployment *makeDeployment(const QString &behaviour,
                               ScriptedDevice::Mode mode = ScriptedDevice::Mode::Normal);
    /// A full deployment that keeps the device open, run to Finished.
    Deployment *finishedKeepingDeviceOpen();
    QProcessEnvironment serverEnvironment(const QString &behaviour) const;

    QTemporaryDir m_dir;
    QString m_templateDir;
    QString m_recordsRoot;
    QString m_wireLog;
    QString m_pidFile;
    std::unique_ptr<ScriptedDevice> m_device;
    QPointer<FakeSerialLink> m_link; ///< The latest link the deployment made.
    std::optional<Error> m_openError;
    int m_links = 0;  ///< Links made, each opened once: how often the port was opened.
    int m_hellos = 0; ///< HELLO requests the devices received.
    int m_case = 0;
};

void tst_Deployment::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Orphans of killed servers come back to us, so "nothing left running" can be checked.
    FakeServer::becomeSubreaper();
    QVERIFY(m_dir.isValid());
    m_templateDir = m_dir.filePath(QStringLiteral("template"));
    QVERIFY(FakeServer::makeServerDir(m_templateDir));
}

void tst_Deployment::init()
{
    ++m_case;
    m_recordsRoot = m_dir.filePath(QStringLiteral("records%1").arg(m_case));
    m_wireLog = m_dir.filePath(QStringLiteral("wire%1.log").arg(m_case));
    m_pidFile = m_dir.filePath(QStringLiteral("grandchild%1.pid").arg(m_case));
    m_openError.reset();
    m_links = 0;
    m_hellos = 0;
}

void tst_Deployment::cleanup()
{
    m_device.reset();
}

QProcessEnvironment tst_Deployment::serverEnvironment(const QString &behaviour) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FAKE_SERVER_BEHAVIOUR"), behaviour);
    environment.insert(QStringLiteral("FAKE_SERVER_WIRE_LOG"), m_wireLog);
    environment.insert(QStringLiteral("FAKE_SERVER_PIDFILE"), m_pidFile);
    environment.insert(QStringLiteral("FAKE_SERVER_DELAY"), QStringLiteral("0.2"));
    return environment;
}

Deployment *tst_Deployment::makeDeployment(const QString &behaviour, ScriptedDevice::Mode mode)
{
    auto *deployment = new Deployment(this);
    DeploymentSettings settings;
    settings.modelPath = samplesDir + QStringLiteral("/digits_float32.tar");
    settings.templateDir = m_templateDir;
    settings.optionAssignments = {QStringLiteral("project_type=host_driven")};
    settings.recordsRoot = m_recordsRoot;
    settings.runs = 2;
    deployment->setSettings(settings);
    deployment->setServerEnvironment(serverEnvironment(behaviour));
    deployment->setDeviceTimeouts(std::chrono::milliseconds(2000), std::chrono::milliseconds(2000));
    deployment->setLinkFactory([this, mode](const QString &, qint32) {
        auto *link = new FakeSerialLink;
        link->setOpenError(m_openError);
        m_device = std::make_unique<ScriptedDevice>(link, mode, &m_hellos);
        m_link = link;
        ++m_links;
        return link;
    });
    return deployment;
}

Deployment *tst_Deployment::finishedKeepingDeviceOpen()
{
    Deployment *deployment = makeDeployment(QStringLiteral("normal"));
    DeploymentSettings settings = deployment->settings();
    settings.keepDeviceOpen = true;
    deployment->setSettings(settings);
    QSignalSpy done(deployment, &Deployment::finished);
    if (!deployment->start() || !done.wait(30000)
        || deployment->state() != DeploymentState::Finished) {
        qWarning("the deployment did not finish");
    }
    return deployment;
}

void tst_Deployment::fullDeployment()
{
    Deployment *deployment = makeDeployment(QStringLiteral("normal"));
    QSignalSpy states(deployment, &Deployment::stateChanged);
    QSignalSpy started(deployment, &Deployment::stepStarted);
    QSignalSpy finishedSteps(deployment, &Deployment::stepFinished);
    QSignalSpy results(deployment, &Deployment::runResultReady);
    QSignalSpy devices(deployment, &Deployment::deviceInfoReceived);
    QSignalSpy done(deployment, &Deployment::finished);

    QVERIFY(deployment->start().has_value());
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Finished);

    QList<DeploymentState> sequence;
    for (const QList<QVariant> &args : std::as_const(states))
        sequence.append(args.at(0).value<DeploymentState>());
    const QList<DeploymentState> expected{DeploymentState::Staging,
                                          DeploymentState::Generating,
                                          DeploymentState::Building,
                                          DeploymentState::Flashing,
                                          DeploymentState::Connecting,
                                          DeploymentState::Running,
                                          DeploymentState::Finished};
    QCOMPARE(sequence, expected);
    QCOMPARE(started.size(), StepCount);
    QCOMPARE(finishedSteps.size(), StepCount);
    for (int i = 0; i < StepCount; ++i) {
        QCOMPARE(started.at(i).at(0).value<DeploymentStep>(), DeploymentStep(i));
        QCOMPARE(finishedSteps.at(i).at(0).value<DeploymentStep>(), DeploymentStep(i));
        QVERIFY(finishedSteps.at(i).at(1).value<Result<void>>().has_value());
    }
    QCOMPARE(devices.size(), 1);

    // The sample inputs of the bundled model, each checked against its expected output.
    QCOMPARE(results.size(), 5);
    QCOMPARE(deployment->results().size(), 5);
    const QList<qint64> digits{0, 3, 4, 7, 9};
    for (int i = 0; i < 5; ++i) {
        const RunResult &result = deployment->results().at(i);
        QCOMPARE(result.input.name, QStringLiteral("sample_%1").arg(i));
        QVERIFY(result.agreementKnown());
        QVERIFY(result.agrees());
        QCOMPARE(result.topK.first().index, digits.at(i));
        QCOMPARE(result.topKLabels.first(), QString::number(digits.at(i)));
        QCOMPARE(result.trueClass, std::optional<qint64>(digits.at(i)));
        QCOMPARE(result.latencies.size(), 2);
        QVERIFY(result.cyclesEmulated);
    }
    QCOMPARE(deployment->serialPort(), QStringLiteral("/dev/null"));
    // Without keepDeviceOpen (the CLI) the port is closed once the deployment ends.
    QVERIFY(!deployment->isDeviceOpen());
    QVERIFY(!m_link || !m_link->isOpen());
    QCOMPARE(deployment->round(), 1u);

    // The project: generated under the record folder, options sent to build.
    const QString record = deployment->recordFolder();
    QCOMPARE(deployment->projectDir(), record + QStringLiteral("/project"));
    const QJsonObject buildOptions = readJson(deployment->projectDir()
                                              + QStringLiteral("/build/options.json"));
    QCOMPARE(buildOptions.value(QStringLiteral("project_type")).toString(),
             QStringLiteral("host_driven"));
    QCOMPARE(buildOptions.value(QStringLiteral("workspace_size_bytes")).toInt(), 2097152);
    QCOMPARE(readJson(deployment->projectDir() + QStringLiteral("/.tinydeploy/flash.json"))
                 .value(QStringLiteral("serial_port"))
                 .toString(),
             QStringLiteral("/dev/null"));

    // The record.
    const QJsonObject json = readJson(record + QStringLiteral("/deployment.json"));
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("finished"));
    QCOMPARE(json.value(QStringLiteral("model"))
                 .toObject()
                 .value(QStringLiteral("sha256"))
                 .toString()
                 .size(),
             64);
    QCOMPARE(json.value(QStringLiteral("options"))
                 .toObject()
                 .value(QStringLiteral("project_type"))
                 .toString(),
             QStringLiteral("host_driven"));
    QCOMPARE(json.value(QStringLiteral("serial_port")).toString(), QStringLiteral("/dev/null"));
    QCOMPARE(json.value(QStringLiteral("board")).toString(), QStringLiteral("fake-board"));
    for (int i = 0; i < StepCount; ++i) {
        const QJsonObject step = stepJson(json, DeploymentStep(i));
        QCOMPARE(step.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QVERIFY(QFile::exists(record + QLatin1Char('/')
                              + step.value(QStringLiteral("log")).toString()));
    }
    // ServerProcess delivers a reply only after the output written before it: the build's
    // last line is in the build's log, never in the next step's.
    QVERIFY(readText(deployment->recordFolder() + QStringLiteral("/logs/2-build.log"))
                .contains(QStringLiteral("fake build: compiling main.c")));
    QVERIFY(!readText(deployment->recordFolder() + QStringLiteral("/logs/3-flash.log"))
                 .contains(QStringLiteral("fake build: compiling main.c")));
    const QJsonObject resultsJson = readJson(record + QStringLiteral("/results.json"));
    QCOMPARE(resultsJson.value(QStringLiteral("results")).toArray().size(), 5);
    QCOMPARE(resultsJson.value(QStringLiteral("dropped_results")).toInt(-1), 0);
    QCOMPARE(resultsJson.value(QStringLiteral("complete")).toBool(), true);
    QCOMPARE(resultsJson.value(QStringLiteral("agreement"))
                 .toObject()
                 .value(QStringLiteral("all_agree"))
                 .toBool(),
             true);
    QVERIFY(!QDir(record + QStringLiteral("/stage")).exists());
    delete deployment;
}

void tst_Deployment::startRefusesBadSettings()
{
    Deployment deployment;
    DeploymentSettings settings;
    settings.modelPath = m_dir.filePath(QStringLiteral("missing.tar"));
    settings.templateDir = m_templateDir;
    settings.recordsRoot = m_recordsRoot;
    deployment.setSettings(settings);
    Result<void> started = deployment.start();
    QVERIFY(!started);
    QCOMPARE(started.error().code, ErrorCode::NotFound);
    QCOMPARE(deployment.state(), DeploymentState::Idle);

    settings.modelPath = samplesDir + QStringLiteral("/digits_float32.tar");
    settings.projectDir = m_dir.path(); // exists
    deployment.setSettings(settings);
    started = deployment.start();
    QVERIFY(!started);
    QCOMPARE(started.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(deployment.state(), DeploymentState::Idle);
    QVERIFY(!QDir(m_recordsRoot).exists());
}

void tst_Deployment::failureStopsAtFailingStep_data()
{
    QTest::addColumn<QString>("behaviour");
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("openFails");
    QTest::addColumn<DeploymentStep>("failing");
    QTest::addColumn<ErrorCode>("code");

    QTest::newRow("template-not-answering") << "crash_before_reply@server_info_query" << 0 << false
                                            << DeploymentStep::Generate << ErrorCode::ServerExited;
    QTest::newRow("generate") << "server_error@generate_project" << 0 << false
                              << DeploymentStep::Generate << ErrorCode::ServerError;
    QTest::newRow("build") << "server_error@build" << 0 << false << DeploymentStep::Build
                           << ErrorCode::ServerError;
    QTest::newRow("build-crash") << "crash_before_reply@build" << 0 << false
                                 << DeploymentStep::Build << ErrorCode::ServerExited;
    QTest::newRow("flash") << "server_error@flash" << 0 << false << DeploymentStep::Flash
                           << ErrorCode::ServerError;
    QTest::newRow("connect-port") << "normal" << 0 << true << DeploymentStep::Connect
                                  << ErrorCode::PortUnavailable;
    QTest::newRow("connect-silent") << "normal" << int(ScriptedDevice::Mode::Silent) << false
                                    << DeploymentStep::Connect << ErrorCode::Timeout;
    QTest::newRow("run") << "normal" << int(ScriptedDevice::Mode::FailRun) << false
                         << DeploymentStep::Run << ErrorCode::DeviceError;
}

void tst_Deployment::failureStopsAtFailingStep()
{
    QFETCH(QString, behaviour);
    QFETCH(int, mode);
    QFETCH(bool, openFails);
    QFETCH(DeploymentStep, failing);
    QFETCH(ErrorCode, code);

    if (openFails) {
        m_openError = makeError(ErrorCode::PortUnavailable,
                                QStringLiteral("The serial port does not exist."));
    }
    Deployment *deployment = makeDeployment(behaviour, ScriptedDevice::Mode(mode));
    QSignalSpy started(deployment, &Deployment::stepStarted);
    QSignalSpy finishedSteps(deployment, &Deployment::stepFinished);
    QSignalSpy done(deployment, &Deployment::finished);
    QVERIFY(deployment->start().has_value());
    QVERIFY(done.wait(30000));

    QCOMPARE(deployment->state(), DeploymentState::Failed);
    QCOMPARE(deployment->failedStep(), std::optional<DeploymentStep>(failing));
    QVERIFY(deployment->error().has_value());
    QCOMPARE(errorCodeName(deployment->error()->code), errorCodeName(code));
    QVERIFY(!deployment->error()->message.isEmpty());
    // No step after the failing one started; the failing one never reported success.
    QCOMPARE(started.size(), int(failing) + 1);
    QCOMPARE(started.last().at(0).value<DeploymentStep>(), failing);
    QCOMPARE(finishedSteps.size(), int(failing) + 1);
    QCOMPARE(finishedSteps.last().at(0).value<DeploymentStep>(), failing);
    QVERIFY(!finishedSteps.last().at(1).value<Result<void>>().has_value());
    if (failing == DeploymentStep::Run)
        QVERIFY(deployment->results().isEmpty());

    const QJsonObject json = readJson(deployment->recordFolder()
                                      + QStringLiteral("/deployment.json"));
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    const QJsonObject step = stepJson(json, failing);
    QCOMPARE(step.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(step.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")),
             QJsonValue(deployment->error()->message));
    for (int later = int(failing) + 1; later < StepCount; ++later) {
        QCOMPARE(stepJson(json, DeploymentStep(later)).value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending"));
    }
    QVERIFY(
        readText(deployment->recordFolder() + QLatin1Char('/') + DeploymentRecord::logName(failing))
            .contains(deployment->error()->message));
    delete deployment;
}

void tst_Deployment::retryRunsOnlyTheFailedStep()
{
    Deployment *deployment = makeDeployment(QStringLiteral("server_error@build"));
    QSignalSpy started(deployment, &Deployment::stepStarted);
    QSignalSpy done(deployment, &Deployment::finished);
    QVERIFY(deployment->start().has_value());
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Failed);
    QCOMPARE(deployment->failedStep(), std::optional<DeploymentStep>(DeploymentStep::Build));
    const QString project = deployment->projectDir();
    QVERIFY(QFile::exists(project + QStringLiteral("/model.tar")));

    deployment->setServerEnvironment(serverEnvironment(QStringLiteral("normal")));
    started.clear();
    done.clear();
    QVERIFY(deployment->retry().has_value());
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QCOMPARE(started.size(), 4); // build, flash, connect, run: not generate
    QCOMPARE(started.first().at(0).value<DeploymentStep>(), DeploymentStep::Build);
    QCOMPARE(deployment->projectDir(), project);
    QCOMPARE(readText(m_wireLog).count(QStringLiteral("\"generate_project\"")), 1);
    QCOMPARE(readText(m_wireLog).count(QStringLiteral("\"build\"")), 2);

    const QJsonObject json = readJson(deployment->recordFolder()
                                      + QStringLiteral("/deployment.json"));
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("finished"));
    QCOMPARE(stepJson(json, DeploymentStep::Generate).value(QStringLiteral("attempts")).toInt(), 1);
    QCOMPARE(stepJson(json, DeploymentStep::Build).value(QStringLiteral("attempts")).toInt(), 2);
    QCOMPARE(stepJson(json, DeploymentStep::Build).value(QStringLiteral("status")).toString(),
             QStringLiteral("done"));
    QVERIFY(!deployment->retry().has_value()); // only a failed deployment can be retried
    delete deployment;
}

void tst_Deployment::cancelDuringSlowBuild()
{
    Deployment *deployment = makeDeployment(QStringLiteral("grandchild_hang@build"));
    QSignalSpy done(deployment, &Deployment::finished);
    QVERIFY(deployment->start().has_value());
    // The build is under way once its tool (the grandchild) runs.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_pidFile), 30000);
    QCOMPARE(deployment->state(), DeploymentState::Building);
    const pid_t grandchild = FakeServer::readPid(m_pidFile);
    QVERIFY(grandchild > 0);

    QElapsedTimer timer;
    timer.start();
    deployment->cancel();
    QCOMPARE(deployment->state(), DeploymentState::Cancelling);
    QTRY_COMPARE_WITH_TIMEOUT(deployment->state(), DeploymentState::Cancelled, 2000);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(done.size(), 1);
    // Nothing the deployment started is left: not the server, not its build tool.
    QTRY_VERIFY_WITH_TIMEOUT(FakeServer::isDead(grandchild), 2000);
    QTRY_VERIFY_WITH_TIMEOUT(FakeServer::childrenOf(::getpid()).isEmpty(), 2000);

    const QJsonObject json = readJson(deployment->recordFolder()
                                      + QStringLiteral("/deployment.json"));
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(json.value(QStringLiteral("cancelled")).toBool(), true);
    QCOMPARE(stepJson(json, DeploymentStep::Generate).value(QStringLiteral("status")).toString(),
             QStringLiteral("done"));
    QCOMPARE(stepJson(json, DeploymentStep::Build).value(QStringLiteral("status")).toString(),
             QStringLiteral("cancelled"));
    QVERIFY(readText(deployment->recordFolder() + QStringLiteral("/logs/2-build.log"))
                .contains(QStringLiteral("waiting for the grandchild")));
    deployment->cancel(); // harmless once cancelled
    QCOMPARE(deployment->state(), DeploymentState::Cancelled);
    delete deployment;
}

void tst_Deployment::cancelDuringGenerateRecordsCancelled()
{
    Deployment *deployment = makeDeployment(QStringLiteral("hang@generate_project"));
    QSignalSpy done(deployment, &Deployment::finished);
    QVERIFY(deployment->start().has_value());
    QTRY_COMPARE_WITH_TIMEOUT(deployment->state(), DeploymentState::Generating, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(readText(m_wireLog).contains(QStringLiteral("generate_project")),
                             30000);
    deployment->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(deployment->state(), DeploymentState::Cancelled, 2000);
    QTRY_VERIFY_WITH_TIMEOUT(FakeServer::childrenOf(::getpid()).isEmpty(), 2000);
    const QJsonObject json = readJson(deployment->recordFolder()
                                      + QStringLiteral("/deployment.json"));
    QCOMPARE(stepJson(json, DeploymentStep::Generate).value(QStringLiteral("status")).toString(),
             QStringLiteral("cancelled"));
    QCOMPARE(stepJson(json, DeploymentStep::Build).value(QStringLiteral("status")).toString(),
             QStringLiteral("pending"));
    delete deployment;
}

void tst_Deployment::zerosForModelsWithoutSamples()
{
    // The same archive under another name has no sample kit beside it.
    const QString model = m_dir.filePath(QStringLiteral("plain/mymodel.tar"));
    QVERIFY(QDir().mkpath(QFileInfo(model).absolutePath()));
    QFile::remove(model);
    QVERIFY(QFile::copy(samplesDir + QStringLiteral("/digits_float32.tar"), model));
    Deployment *deployment = makeDeployment(QStringLiteral("normal"));
    DeploymentSettings settings = deployment->settings();
    settings.modelPath = model;
    deployment->setSettings(settings);
    QSignalSpy done(deployment, &Deployment::finished);
    QVERIFY(deployment->start().has_value());
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QCOMPARE(deployment->results().size(), 1);
    const RunResult &result = deployment->results().first();
    QCOMPARE(result.input.name, QStringLiteral("zeros"));
    QCOMPARE(result.input.tensors.first().shape(), (QList<qint64>{1, 8, 8, 1}));
    QCOMPARE(result.input.tensors.first().data(), QByteArray(256, '\0'));
    QVERIFY(!result.agreementKnown());
    QVERIFY(result.topKLabels.isEmpty()); // no labels.txt beside this model
    delete deployment;
}

void tst_Deployment::inputOfWrongSizeFailsRun()
{
    const QString file = m_dir.filePath(QStringLiteral("small.npy"));
    const auto tensor = Tensor::Tensor::zeros(Tensor::DType::float32(), {1, 4});
    QVERIFY(tensor.has_value());
    QVERIFY(Tensor::writeNpyFile(*tensor, file).has_value());
    Deployment *deployment = makeDeployment(QStringLiteral("normal"));
    DeploymentSettings settings = deployment->settings();
    settings.inputFiles = {file};
    deployment->setSettings(settings);
    QSignalSpy done(deployment, &Deployment::finished);
    QVERIFY(deployment->start().has_value());
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Failed);
    QCOMPARE(deployment->failedStep(), std::optional<DeploymentStep>(DeploymentStep::Run));
    QCOMPARE(deployment->error()->code, ErrorCode::SizeMismatch);
    QVERIFY(deployment->error()->message.contains(QStringLiteral("256 bytes")));
    delete deployment;
}

void tst_Deployment::latencySummary()
{
    const QList<Device::RunLatency> odd{{300, 12}, {100, 4}, {200, 8}};
    LatencySummary summary = LatencySummary::of(odd, true);
    QCOMPARE(summary.runs, 3);
    QCOMPARE(summary.minCycles, quint64(100));
    QCOMPARE(summary.medianCycles, quint64(200));
    QCOMPARE(summary.maxCycles, quint64(300));
    QCOMPARE(summary.medianUs, 8.0);
    const QList<Device::RunLatency> even{{100, 4}, {200, 9}};
    summary = LatencySummary::of(even, false);
    QCOMPARE(summary.medianUs, 6.5);
    QVERIFY(!summary.hasCycles);
    QCOMPARE(LatencySummary::of({}, true).runs, 0);
}

void tst_Deployment::runAgainUsesTheOpenSession()
{
    Deployment *deployment = finishedKeepingDeviceOpen();
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QVERIFY(deployment->isDeviceOpen());
    QVERIFY(m_link && m_link->isOpen());
    QCOMPARE(m_links, 1);
    QCOMPARE(m_hellos, 1);
    QCOMPARE(deployment->results().size(), 5);
    const QString record = deployment->recordFolder();

    QSignalSpy states(deployment, &Deployment::stateChanged);
    QSignalSpy started(deployment, &Deployment::stepStarted);
    QSignalSpy finishedSteps(deployment, &Deployment::stepFinished);
    QSignalSpy progress(deployment, &Deployment::progress);
    QSignalSpy results(deployment, &Deployment::runResultReady);
    QSignalSpy done(deployment, &Deployment::finished);

    // Again with the deployment's own inputs (the five samples), 3 runs each.
    QVERIFY(deployment->runAgain({}, 3).has_value());
    QCOMPARE(deployment->state(), DeploymentState::Running);
    QVERIFY(!deployment->runAgain({}, 1).has_value()); // not while it runs
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QCOMPARE(states.size(), 2);
    QCOMPARE(states.at(0).at(0).value<DeploymentState>(), DeploymentState::Running);
    QCOMPARE(states.at(1).at(0).value<DeploymentState>(), DeploymentState::Finished);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.at(0).at(0).value<DeploymentStep>(), DeploymentStep::Run);
    QCOMPARE(finishedSteps.size(), 1);
    QCOMPARE(finishedSteps.at(0).at(0).value<DeploymentStep>(), DeploymentStep::Run);
    QVERIFY(finishedSteps.at(0).at(1).value<Result<void>>().has_value());
    QCOMPARE(done.size(), 1);
    QCOMPARE(progress.last().at(1).toInt(), 100);
    QCOMPARE(results.size(), 5);
    QCOMPARE(results.at(0).at(0).value<RunResult>().latencies.size(), 3);
    QVERIFY(results.at(4).at(0).value<RunResult>().agrees());

    // Then one chosen input once.
    const auto sample = Tensor::readNpyFile(samplesDir
                                            + QStringLiteral("/inputs/float32/sample_1.npy"));
    QVERIFY(sample.has_value());
    const InputSet chosen{QStringLiteral("chosen"), QString(), {*sample}};
    results.clear();
    QVERIFY(deployment->runAgain({chosen}, 1).has_value());
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.at(0).at(0).value<RunResult>().input.name, QStringLiteral("chosen"));
    QCOMPARE(results.at(0).at(0).value<RunResult>().topK.first().index, 3); // sample_1 is a 3

    // The same connection all along: one port open, one HELLO, nothing closed in between.
    QCOMPARE(m_links, 1);
    QCOMPARE(m_hellos, 1);
    QVERIFY(deployment->isDeviceOpen());
    QCOMPARE(deployment->round(), 3u);
    QCOMPARE(deployment->results().size(), 11);
    QCOMPARE(deployment->results().at(0).round, 1u);
    QCOMPARE(deployment->results().at(5).round, 2u);
    QCOMPARE(deployment->results().last().round, 3u);
    QCOMPARE(deployment->droppedResults(), 0u);

    // One record: results accumulate there, written soon without a close.
    QCOMPARE(deployment->recordFolder(), record);
    QCOMPARE(QDir(m_recordsRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
    QVERIFY(!QFileInfo::exists(record + QStringLiteral("/runs")));
    QTRY_COMPARE_WITH_TIMEOUT(readJson(record + QStringLiteral("/results.json"))
                                  .value(QStringLiteral("results"))
                                  .toArray()
                                  .size(),
                              11,
                              5000);
    const QJsonObject resultsJson = readJson(record + QStringLiteral("/results.json"));
    QCOMPARE(resultsJson.value(QStringLiteral("rounds")).toInt(), 3);
    const QJsonArray array = resultsJson.value(QStringLiteral("results")).toArray();
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("round")).toInt(), 1);
    QCOMPARE(array.at(10).toObject().value(QStringLiteral("input")).toString(),
             QStringLiteral("chosen"));
    QCOMPARE(array.at(10).toObject().value(QStringLiteral("round")).toInt(), 3);
    QCOMPARE(resultsJson.value(QStringLiteral("agreement"))
                 .toObject()
                 .value(QStringLiteral("compared"))
                 .toInt(),
             10); // the chosen input has no expected output
    QTRY_COMPARE_WITH_TIMEOUT(readJson(record + QStringLiteral("/deployment.json"))
                                  .value(QStringLiteral("rounds"))
                                  .toInt(),
                              3,
                              5000);
    const QJsonObject json = readJson(record + QStringLiteral("/deployment.json"));
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("finished"));
    QCOMPARE(stepJson(json, DeploymentStep::Run).value(QStringLiteral("status")).toString(),
             QStringLiteral("done"));
    QCOMPARE(stepJson(json, DeploymentStep::Run).value(QStringLiteral("attempts")).toInt(), 1);
    QCOMPARE(stepJson(json, DeploymentStep::Connect).value(QStringLiteral("attempts")).toInt(), 1);
    QVERIFY(
        readText(record + QStringLiteral("/logs/5-run.log")).contains(QStringLiteral("round 3")));

    // Closing: the port closes, the device session ends, the record is complete at once.
    QPointer<FakeSerialLink> link = m_link;
    deployment->closeDevice();
    QVERIFY(!deployment->isDeviceOpen());
    QVERIFY(!link || !link->isOpen());
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    delete deployment;
    QVERIFY(!link); // released with the deployment at the latest
}

void tst_Deployment::runAgainKeepsTheLatestResults()
{
    Deployment *deployment = makeDeployment(QStringLiteral("normal"));
    DeploymentSettings settings = deployment->settings();
    settings.keepDeviceOpen = true;
    deployment->setSettings(settings);
    deployment->setResultLimits(3);
    QSignalSpy done(deployment, &Deployment::finished);
    QVERIFY(deployment->start().has_value());
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QCOMPARE(deployment->results().size(), 3);
    QCOMPARE(deployment->droppedResults(), 2u);
    QCOMPARE(deployment->results().first().input.name, QStringLiteral("sample_2"));

    for (int round = 2; round <= 4; ++round) {
        QVERIFY(deployment->runAgain({}, 1).has_value());
        QVERIFY(done.wait(30000));
        QCOMPARE(deployment->state(), DeploymentState::Finished);
        QCOMPARE(deployment->results().size(), 3);
    }
    QCOMPARE(deployment->droppedResults(), 17u);
    QCOMPARE(deployment->results().last().input.name, QStringLiteral("sample_4"));
    QCOMPARE(deployment->results().last().round, 4u);
    QCOMPARE(m_links, 1);

    deployment->closeDevice(); // writes what is pending
    const QJsonObject resultsJson = readJson(deployment->recordFolder()
                                             + QStringLiteral("/results.json"));
    QCOMPARE(resultsJson.value(QStringLiteral("results")).toArray().size(), 3);
    QCOMPARE(resultsJson.value(QStringLiteral("dropped_results")).toInt(), 17);
    QCOMPARE(resultsJson.value(QStringLiteral("max_results")).toInt(), 3);
    QCOMPARE(resultsJson.value(QStringLiteral("complete")).toBool(), true);
    // Agreement counts every result, the dropped ones too.
    const QJsonObject agreement = resultsJson.value(QStringLiteral("agreement")).toObject();
    QCOMPARE(agreement.value(QStringLiteral("compared")).toInt(), 20);
    QCOMPARE(agreement.value(QStringLiteral("agreeing")).toInt(), 20);
    QCOMPARE(readJson(deployment->recordFolder() + QStringLiteral("/deployment.json"))
                 .value(QStringLiteral("dropped_results"))
                 .toInt(),
             17);

    // A byte budget smaller than one result keeps the newest result alone.
    deployment->setResultLimits(1000, 1);
    QVERIFY(deployment->runAgain({}, 1).has_value()); // the port opens again
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QCOMPARE(deployment->results().size(), 1);
    QCOMPARE(deployment->results().first().input.name, QStringLiteral("sample_4"));
    QCOMPARE(deployment->droppedResults(), 24u);
    QCOMPARE(m_links, 2);
    delete deployment;
}

void tst_Deployment::runAgainRefused()
{
    // Never started.
    Deployment idle;
    Result<void> again = idle.runAgain({}, 1);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!again.error().message.isEmpty());
    QVERIFY(!again.error().hint.isEmpty());

    // While it runs, and after a failure before Run.
    Deployment *failed = makeDeployment(QStringLiteral("server_error@build"));
    QSignalSpy done(failed, &Deployment::finished);
    QVERIFY(failed->start().has_value());
    again = failed->runAgain({}, 1);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::InvalidArgument);
    QVERIFY(failed->isActive());
    QVERIFY(done.wait(30000));
    QCOMPARE(failed->failedStep(), std::optional<DeploymentStep>(DeploymentStep::Build));
    again = failed->runAgain({}, 1);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(failed->state(), DeploymentState::Failed); // untouched
    QCOMPARE(failed->failedStep(), std::optional<DeploymentStep>(DeploymentStep::Build));
    delete failed;

    // Failed at Connect: the device never answered, so there is nothing to run again on.
    m_openError = makeError(ErrorCode::PortUnavailable,
                            QStringLiteral("The serial port does not exist."));
    Deployment *unconnected = makeDeployment(QStringLiteral("normal"));
    QSignalSpy unconnectedDone(unconnected, &Deployment::finished);
    QVERIFY(unconnected->start().has_value());
    QVERIFY(unconnectedDone.wait(30000));
    QCOMPARE(unconnected->failedStep(), std::optional<DeploymentStep>(DeploymentStep::Connect));
    QVERIFY(!unconnected->runAgain({}, 1));
    delete unconnected;
    m_openError.reset();

    // A finished deployment refuses a number of runs out of range, and stays Finished.
    Deployment *deployment = finishedKeepingDeviceOpen();
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    for (const quint32 runs : {0u, 10001u}) {
        again = deployment->runAgain({}, runs);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(deployment->state(), DeploymentState::Finished);
    }
    QCOMPARE(deployment->round(), 1u);
    delete deployment;
}

void tst_Deployment::runAgainAfterDeviceVanished()
{
    Deployment *deployment = finishedKeepingDeviceOpen();
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QSignalSpy done(deployment, &Deployment::finished);

    // Unplugged between runs: the link closes; the next run opens the port again.
    QVERIFY(m_link);
    m_link->injectError(
        makeError(ErrorCode::DeviceDisconnected, QStringLiteral("The device was unplugged.")));
    QVERIFY(!deployment->isDeviceOpen());
    QVERIFY(deployment->runAgain({}, 1).has_value());
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QCOMPARE(m_links, 2);
    QCOMPARE(m_hellos, 2); // a new connection says hello first
    QVERIFY(deployment->isDeviceOpen());
    QCOMPARE(deployment->results().size(), 10);

    // Gone for good: the run fails with the port's error, in the same record.
    m_link->injectError(
        makeError(ErrorCode::DeviceDisconnected, QStringLiteral("The device was unplugged.")));
    m_openError = makeError(ErrorCode::PortUnavailable,
                            QStringLiteral("The serial port does not exist."),
                            QStringLiteral("/dev/ttyACM0"),
                            QStringLiteral("Plug the board in again."));
    QVERIFY(deployment->runAgain({}, 1).has_value());
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Failed);
    QCOMPARE(deployment->failedStep(), std::optional<DeploymentStep>(DeploymentStep::Run));
    QCOMPARE(deployment->error()->code, ErrorCode::PortUnavailable);
    QCOMPARE(deployment->error()->message, QStringLiteral("The serial port does not exist."));
    QVERIFY(!deployment->isDeviceOpen());
    const QJsonObject json = readJson(deployment->recordFolder()
                                      + QStringLiteral("/deployment.json"));
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(stepJson(json, DeploymentStep::Run).value(QStringLiteral("status")).toString(),
             QStringLiteral("failed"));
    QCOMPARE(json.value(QStringLiteral("rounds")).toInt(), 3);

    // Back again: a failed Run may run again.
    m_openError.reset();
    QVERIFY(deployment->runAgain({}, 1).has_value());
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QVERIFY(!deployment->error().has_value());
    QCOMPARE(deployment->results().size(), 15);
    QCOMPARE(QDir(m_recordsRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
    delete deployment;
}

void tst_Deployment::cancelDuringRunAgain()
{
    Deployment *deployment = finishedKeepingDeviceOpen();
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QSignalSpy finishedSteps(deployment, &Deployment::stepFinished);
    QSignalSpy done(deployment, &Deployment::finished);

    // The device stops answering: the run waits for it until cancelled.
    m_device->setMode(ScriptedDevice::Mode::Silent);
    QPointer<FakeSerialLink> link = m_link;
    const int writes = link->writeCount();
    QVERIFY(deployment->runAgain({}, 1).has_value());
    QTRY_VERIFY(link->writeCount() > writes);
    QCOMPARE(deployment->state(), DeploymentState::Running);
    deployment->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(deployment->state(), DeploymentState::Cancelled, 2000);
    QCOMPARE(done.size(), 1);
    QCOMPARE(finishedSteps.size(), 1);
    QCOMPARE(finishedSteps.at(0).at(0).value<DeploymentStep>(), DeploymentStep::Run);
    QCOMPARE(finishedSteps.at(0).at(1).value<Result<void>>().error().code, ErrorCode::Cancelled);
    QVERIFY(!deployment->isDeviceOpen());
    QVERIFY(!link || !link->isOpen());
    const QJsonObject json = readJson(deployment->recordFolder()
                                      + QStringLiteral("/deployment.json"));
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(stepJson(json, DeploymentStep::Run).value(QStringLiteral("status")).toString(),
             QStringLiteral("cancelled"));
    QCOMPARE(deployment->results().size(), 5); // the first run's results stay

    // After a cancel during Run, running again connects anew.
    QVERIFY(deployment->runAgain({}, 1).has_value());
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QCOMPARE(m_links, 2);
    QCOMPARE(deployment->results().size(), 10);
    delete deployment;
}

void tst_Deployment::closingTheConnection()
{
    Deployment *deployment = finishedKeepingDeviceOpen();
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    // cancel() with nothing in progress closes the connection, and the state stays.
    QSignalSpy states(deployment, &Deployment::stateChanged);
    QVERIFY(deployment->isDeviceOpen());
    deployment->cancel();
    QVERIFY(!deployment->isDeviceOpen());
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QCOMPARE(states.size(), 0);

    // closeDevice() during a run cancels the run.
    QSignalSpy done(deployment, &Deployment::finished);
    QVERIFY(deployment->runAgain({}, 1).has_value());
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QCOMPARE(m_links, 2);
    m_device->setMode(ScriptedDevice::Mode::Silent);
    QVERIFY(deployment->runAgain({}, 1).has_value());
    deployment->closeDevice();
    QTRY_COMPARE_WITH_TIMEOUT(deployment->state(), DeploymentState::Cancelled, 2000);
    QVERIFY(!deployment->isDeviceOpen());
    delete deployment;
}

void tst_Deployment::logsRotate()
{
    DeploymentRecord record;
    const QString root = m_dir.filePath(QStringLiteral("rotating"));
    QVERIFY(record.create(root, QStringLiteral("model"), QDateTime::currentDateTime()).has_value());
    record.setLogLimit(1000);
    const QDateTime when = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 200; ++i) {
        QVERIFY(record
                    .appendLog(DeploymentStep::Run,
                               when,
                               LogStream::Info,
                               QStringLiteral("line %1 of a run that goes on").arg(i))
                    .has_value());
    }
    const QString path = record.logPath(DeploymentStep::Run);
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".1")));
    QVERIFY(QFileInfo(path).size() < 1000);
    QVERIFY(QFileInfo(path + QStringLiteral(".1")).size() < 1100);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".2")));
    // The newest lines are in the current log, the ones before them in the older part.
    const QString current = readText(path);
    QVERIFY(current.endsWith(QStringLiteral("line 199 of a run that goes on\n")));
    const QString older = readText(path + QStringLiteral(".1"));
    QVERIFY(!older.isEmpty());
    QVERIFY(!older.contains(QStringLiteral("line 199 ")));
    // Other steps' logs are untouched.
    QVERIFY(!QFileInfo::exists(record.logPath(DeploymentStep::Build)));
}

// TinyDeploy's templates return {"tools": {name: version}} from build; the record keeps them,
// bounded, beside TinyDeploy's and Qt's versions. A hostile server cannot bloat it.
void tst_Deployment::recordNamesTheToolsTheTemplateReports()
{
    Deployment *deployment = makeDeployment(QStringLiteral("tools@build"));
    QSignalSpy done(deployment, &Deployment::finished);
    QVERIFY(deployment->start().has_value());
    QVERIFY(done.wait(30000));
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    const QJsonObject tools = readJson(deployment->recordFolder()
                                       + QStringLiteral("/deployment.json"))
                                  .value(QStringLiteral("tool_versions"))
                                  .toObject();
    QCOMPARE(tools.value(QStringLiteral("tinydeploy")).toString(),
             QStringLiteral(TINYDEPLOY_VERSION));
    QCOMPARE(tools.value(QStringLiteral("make")).toString(), QStringLiteral("GNU Make 4.3"));
    QVERIFY(!tools.contains(QStringLiteral("number")));
    QVERIFY(tools.size() <= 16);
    for (auto it = tools.begin(); it != tools.end(); ++it)
        QVERIFY2(it.value().toString().size() <= 200, qPrintable(it.key()));
}

QTEST_GUILESS_MAIN(tst_Deployment)
#include "tst_deployment.moc"
