// ProjectApiTransportLink: RpcRunner through a Project API server's transport
// (tests/fakes/fake_crt_project_server.py relaying to crt_device, TVM's real CRT), the way
// TVM's CRT host template runs its device as a child of the server.
#include "fakes/crtmodel.h"

#include <microtvm/projectapitransportlink.h>
#include <microtvm/rpcrunner.h>
#include <projectapi/projectapiclient.h>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::MicroTvm;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(TinyDeploy::Result<TinyDeploy::Device::DeviceInfo>)
Q_DECLARE_METATYPE(TinyDeploy::Result<TinyDeploy::Device::InferenceResult>)

namespace {

constexpr int Deadline = 60000;

struct Project
{
    explicit Project(const QString &behaviour = QStringLiteral("normal"))
    {
        const QString server = dir.filePath("microtvm_api_server.py");
        QFile::copy(QStringLiteral(TINYDEPLOY_TESTS_DIR "/fakes/fake_crt_project_server.py"),
                    server);
        QFile::setPermissions(server, QFile::permissions(server) | QFile::ExeUser);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("FAKE_CRT_DEVICE", CRT_DEVICE_PATH);
        env.insert("FAKE_CRT_BEHAVIOUR", behaviour);
        client.setProcessEnvironment(env);
        started = client.start(dir.path());
    }

    QTemporaryDir dir;
    ProjectApi::ProjectApiClient client;
    Result<void> started;
};

} // namespace

class TestMicroTvmTransport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<Result<Device::DeviceInfo>>();
        qRegisterMetaType<Result<Device::InferenceResult>>();
    }

    void runsThroughTheProjectApi()
    {
        Project project;
        QVERIFY2(project.started,
                 qPrintable(project.started ? QString() : project.started.error().fullText()));
        auto *link = new ProjectApiTransportLink(&project.client, project.dir.path());
        QVERIFY(link->description().contains(project.dir.path()));
        RpcRunner runner(link, CrtModel::plan(1024));
        QSignalSpy finished(&runner, &Device::ModelRunner::inferenceFinished);
        QList<float> x;
        for (int i = 0; i < 1024; ++i)
            x.append(float(i % 11));
        runner.runInference({CrtModel::floats(x)}, 2);
        QVERIFY(finished.wait(Deadline));
        const auto result = finished.takeFirst().at(0).value<Result<Device::InferenceResult>>();
        QVERIFY2(result, qPrintable(result ? QString() : result.error().fullText()));
        QCOMPARE(CrtModel::toFloats(result->outputs.value(0)), CrtModel::expected(x));
        QCOMPARE(result->latencies.size(), 2);
        QVERIFY(link->timeouts());
        QCOMPARE(link->timeouts()->sessionStartTimeoutSec, 5.0);
        runner.close();
        QVERIFY(!link->isOpen());
    }

    void readTransportThatTimesOut()
    {
        Project project(QStringLiteral("read_timeout"));
        QVERIFY(project.started);
        auto *link = new ProjectApiTransportLink(&project.client, project.dir.path());
        link->setPollTimeout(0.05);
        RpcRunner runner(link, CrtModel::plan());
        runner.setSessionTimeouts(1500ms, 500ms);
        QSignalSpy connected(&runner, &Device::ModelRunner::connected);
        runner.connectDevice();
        QVERIFY(connected.wait(Deadline));
        const auto info = connected.takeFirst().at(0).value<Result<Device::DeviceInfo>>();
        QVERIFY(!info);
        QCOMPARE(info.error().code, ErrorCode::Timeout);
        QVERIFY(info.error().message.contains("session start"));
        QCOMPARE(info.error().location, link->description());
        QVERIFY(link->readTimeouts() > 0);
    }

    // The link goes (its runner was deleted) while a read_transport is in flight: the reply
    // that comes later must not reach it (AddressSanitizer found a use after free here).
    void linkDeletedWhileAReadIsInFlight()
    {
        Project project(QStringLiteral("read_timeout"));
        QVERIFY(project.started);
        auto *link = new ProjectApiTransportLink(&project.client, project.dir.path());
        link->setPollTimeout(0.2);
        QVERIFY(link->open());
        QTRY_VERIFY_WITH_TIMEOUT(link->readTimeouts() > 0 && project.client.pendingRequests() > 0,
                                 Deadline);
        delete link;
        // Requests are answered in order: once this one is, the read's reply has come too.
        bool answered = false;
        project.client.serverInfoQuery(QString(), [&answered](auto) { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(answered, Deadline);
        QVERIFY(project.client.isRunning());
    }

    void serverThatIsNotRunning()
    {
        ProjectApi::ProjectApiClient client;
        ProjectApiTransportLink link(&client, "/nowhere");
        const auto opened = link.open();
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::PortUnavailable);
        QVERIFY(!opened.error().hint.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMicroTvmTransport)
#include "tst_microtvm_transport.moc"
