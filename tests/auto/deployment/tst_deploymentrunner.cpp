// The Connect and Run steps create the runner the project's protocol needs (through the runner
// factory seam), and the Run step, runAgain(), the results and the record are the same for both
// protocols.

#include "deploymentfixture.h"
#include "fakes/fakemodelrunner.h"

#include <deploy/projectstate.h>

class tst_DeploymentRunner : public DeploymentFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpTestCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void bothProtocolsGiveTheSameRun_data();
    void bothProtocolsGiveTheSameRun();
};

namespace {

Device::DeviceInfo digitsInfo()
{
    Device::DeviceInfo info;
    info.firmware = QStringLiteral("fake firmware");
    info.board = QStringLiteral("fake-board");
    info.model = QStringLiteral("digits");
    info.inputs = {Device::TensorInfo{QStringLiteral("input"), 2, 32, {1, 64}, 256}};
    info.outputs = {Device::TensorInfo{QStringLiteral("output"), 2, 32, {1, 10}, 40}};
    return info;
}

/// What must not depend on the protocol: results.json's results without their timestamps.
QJsonArray comparableResults(const QString &record)
{
    QJsonArray results = readJson(record + QStringLiteral("/results.json"))
                             .value(QStringLiteral("results"))
                             .toArray();
    for (qsizetype i = 0; i < results.size(); ++i) {
        QJsonObject result = results.at(i).toObject();
        result.remove(QStringLiteral("time"));
        result.remove(QStringLiteral("timestamp"));
        results[i] = result;
    }
    return results;
}

} // namespace

void tst_DeploymentRunner::bothProtocolsGiveTheSameRun_data()
{
    QTest::addColumn<QString>("projectType");
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QString>("description");
    QTest::newRow("standalone: framed") << "aot_standalone_demo" << int(Device::RunProtocol::Framed)
                                        << "TinyDeploy protocol, over the serial port /dev/null";
    QTest::newRow("host_driven: microTVM RPC")
        << "host_driven" << int(Device::RunProtocol::MicroTvmRpc)
        << "microTVM RPC, graph executor, over the serial port /dev/null";
}

void tst_DeploymentRunner::bothProtocolsGiveTheSameRun()
{
    QFETCH(QString, projectType);
    QFETCH(int, protocol);
    QFETCH(QString, description);

    Deployment *deployment = makeDeployment(QStringLiteral("normal"));
    DeploymentSettings settings = deployment->settings();
    // A graph archive with the CRT system library: either protocol can run it.
    settings.modelPath = samplesDir + QStringLiteral("/digits_float32_graph.tar");
    if (!QFileInfo::exists(settings.modelPath))
        QSKIP("digits_float32_graph.tar is not in this tree.");
    settings.optionAssignments = {QStringLiteral("project_type=") + projectType};
    settings.keepDeviceOpen = true;
    // The port the user names (a host-driven project of ours is otherwise reached through the
    // Project API transport, which starts a fresh device: tst_runprotocol).
    settings.serialPort = QStringLiteral("/dev/null");
    deployment->setSettings(settings);
    QList<RunnerRequest> requests;
    QPointer<FakeModelRunner> made;
    deployment->setRunnerFactory([&](const RunnerRequest &request) -> Result<Device::ModelRunner *> {
        requests.append(request);
        made = new FakeModelRunner(request.choice.protocol, digitsInfo(), request.serialPort);
        return made.data();
    });
    QSignalSpy finished(deployment, &Deployment::finished);
    QVERIFY(deployment->start());
    QVERIFY(finished.wait(60000));
    QVERIFY2(deployment->state() == DeploymentState::Finished,
             qPrintable(deployment->error() ? deployment->error()->oneLine() : QString()));

    QCOMPARE(requests.size(), 1);
    QCOMPARE(int(requests.first().choice.protocol), protocol);
    QCOMPARE(requests.first().choice.link, RunLink::SerialPort); // the port given
    QCOMPARE(requests.first().serialPort, QStringLiteral("/dev/null"));
    QCOMPARE(deployment->runProtocol(), std::optional(Device::RunProtocol(protocol)));
    QCOMPARE(deployment->runDescription(), description);
    QVERIFY(!deployment->results().isEmpty());
    QCOMPARE(deployment->results().first().latencies.size(), 2);

    // runAgain() goes through the same runner, connection kept open.
    QVERIFY(deployment->runAgain({}, 3));
    QVERIFY(finished.wait(60000));
    QCOMPARE(deployment->state(), DeploymentState::Finished);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(deployment->results().last().latencies.size(), 3);
    QCOMPARE(deployment->results().last().round, 2u);

    // The project remembers the choice, for `tinydeploy-cli run`.
    const Result<std::optional<ProjectState>> state = ProjectState::load(deployment->projectDir());
    QVERIFY(state && *state && (*state)->run);
    QCOMPARE(int((*state)->run->protocol), protocol);

    deployment->closeDevice();
    const QJsonArray results = comparableResults(deployment->recordFolder());
    QVERIFY(!results.isEmpty());
    // Both rows must record exactly the same results: the first row leaves its copy here.
    static QJsonArray firstRow;
    if (firstRow.isEmpty())
        firstRow = results;
    else
        QCOMPARE(results, firstRow);
}

QTEST_GUILESS_MAIN(tst_DeploymentRunner)
#include "tst_deploymentrunner.moc"
