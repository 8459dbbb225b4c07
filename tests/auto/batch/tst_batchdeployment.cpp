// BatchDeployment's scheduling with fake jobs: bounded parallelism, each board started once,
// retry of a failed board while the others go on, a board unplugged before its turn, a new
// board offered and not added silently, a failed build, cancel, the batch report, and a batch
// from a deployment package (no build).

#include <batch/batchdeployment.h>
#include <fakes/fakebatchjob.h>
#include <fakes/fakepackage.h>
#include <fakes/fakeports.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Batch;
using Deploy::DeploymentState;

namespace {

constexpr int waitMs = 5000;
constexpr quint16 stVid = 0x0483;
constexpr quint16 stPid = 0x374b;

Templates::BoardInfo nucleo()
{
    Templates::BoardInfo board;
    board.name = QStringLiteral("nucleo-f446re");
    board.displayName = QStringLiteral("NUCLEO-F446RE");
    board.usbIds = {{stVid, stPid}};
    return board;
}

Device::PortInfo stlink(const QString &name, const QString &serial)
{
    return FakePorts::port(name, stVid, stPid, serial);
}

/// The first started, unfinished job.
FakeBatch::FakeJob *nextOpenJob(FakeBatch::FakeFactory &factory)
{
    for (const QPointer<FakeBatch::FakeJob> &job : std::as_const(factory.boardJobs)) {
        if (job && job->started() && !job->ended())
            return job.data();
    }
    return nullptr;
}

} // namespace

class tst_BatchDeployment : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void boundedParallelism_data();
    void boundedParallelism();
    void failedBoardRetriedWhileOthersGoOn();
    void disagreementFailsTheBoard();
    void boardUnpluggedBeforeItsTurn();
    void boardReenumeratedBeforeItsTurn();
    void newBoardIsOfferedNotAdded();
    void failedBuildFailsEveryBoard();
    void cancelStopsEverything();
    void packageBatchBuildsNothing();

private:
    void setUp(BatchDeployment &batch, const QList<BoardTarget> &targets, int maxParallel);

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeBatch::FakeFactory m_factory;
};

void tst_BatchDeployment::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_factory = FakeBatch::FakeFactory();
}

void tst_BatchDeployment::setUp(BatchDeployment &batch,
                                const QList<BoardTarget> &targets,
                                int maxParallel)
{
    Deploy::DeploymentSettings settings;
    settings.modelPath = QStringLiteral("/models/digits_float32.tar");
    settings.templateDir = QStringLiteral("/templates/qemu-cortex-m");
    settings.templateName = QStringLiteral("qemu-cortex-m");
    settings.recordsRoot = m_dir->path();
    batch.setSettings(settings);
    batch.setTargets(targets);
    batch.setMaxParallel(maxParallel);
    batch.setJobFactory(m_factory.factory());
}

void tst_BatchDeployment::boundedParallelism_data()
{
    QTest::addColumn<int>("boards");
    QTest::addColumn<int>("maxParallel");
    QTest::newRow("8 on 2") << 8 << 2;
    QTest::newRow("5 on 1") << 5 << 1;
    QTest::newRow("3 on 5") << 3 << 5;
}

void tst_BatchDeployment::boundedParallelism()
{
    QFETCH(int, boards);
    QFETCH(int, maxParallel);
    BatchDeployment batch;
    setUp(batch, emulatedTargets(boards), maxParallel);
    QSignalSpy finished(&batch, &BatchDeployment::finished);
    QVERIFY(batch.start());
    QCOMPARE(batch.state(), BatchState::Building);
    QVERIFY(QFile::exists(batch.batchFolder() + "/boards"));

    while (finished.isEmpty()) {
        QTRY_VERIFY_WITH_TIMEOUT(nextOpenJob(m_factory) || !finished.isEmpty(), waitMs);
        if (!finished.isEmpty())
            break;
        QVERIFY(batch.runningCount() <= maxParallel);
        FakeBatch::FakeJob *job = nextOpenJob(m_factory);
        job->end(DeploymentState::Finished);
    }
    QCOMPARE(batch.state(), BatchState::Finished);
    QCOMPARE(m_factory.maxRunning, std::min(boards, maxParallel));
    // Every board started exactly once, in order.
    QList<int> expected;
    for (int i = 0; i < boards; ++i)
        expected.append(i);
    QCOMPARE(m_factory.startedRows, expected);
    const BatchSummary summary = batch.summary();
    QCOMPARE(summary.passed, boards);
    QVERIFY(summary.allPassed());

    // Each board has a project folder of its own, made from the one build.
    QSet<QString> projects;
    for (const JobRequest &request : std::as_const(m_factory.requests)) {
        QCOMPARE(request.settings.firstStep, Deploy::DeploymentStep::Flash);
        QCOMPARE(request.settings.lastStep, Deploy::DeploymentStep::Run);
        QCOMPARE(request.builtProjectDir, QStringLiteral("/nonexistent/built-project"));
        QVERIFY(request.settings.projectDir.startsWith(batch.batchFolder() + "/boards/"));
        projects.insert(request.settings.projectDir);
    }
    QCOMPARE(projects.size(), boards);

    QFile json(batch.batchFolder() + "/batch.json");
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(report.value("ok").toBool(), true);
    QCOMPARE(report.value("boards").toArray().size(), boards);
    QCOMPARE(report.value("summary").toObject().value("passed").toInt(), boards);
    QVERIFY(QFile::exists(batch.batchFolder() + "/batch.html"));
}

void tst_BatchDeployment::failedBoardRetriedWhileOthersGoOn()
{
    BatchDeployment batch;
    setUp(batch, emulatedTargets(4), 2);
    QSignalSpy finished(&batch, &BatchDeployment::finished);
    QVERIFY(batch.start());
    QTRY_COMPARE_WITH_TIMEOUT(m_factory.boardJobs.size(), 2, waitMs);
    m_factory.boardJobs.at(1)->end(DeploymentState::Failed);
    // The failed board frees its slot: board 3 starts while board 1 still runs.
    QTRY_COMPARE_WITH_TIMEOUT(m_factory.boardJobs.size(), 3, waitMs);
    QCOMPARE(batch.rows().at(1).state, RowState::Failed);
    QVERIFY(batch.rows().at(1).error->message.contains("fake flash failed"));
    QCOMPARE(batch.rows().at(0).state, RowState::Running);
    m_factory.boardJobs.at(0)->end(DeploymentState::Finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_factory.boardJobs.size(), 4, waitMs);

    // Retried while the others go on: it waits for a free slot.
    QVERIFY(batch.retry(1));
    QVERIFY(!batch.retry(0)); // a passed board is not retried
    QCOMPARE(batch.rows().at(1).state, RowState::Waiting);
    m_factory.boardJobs.at(2)->end(DeploymentState::Finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_factory.boardJobs.size(), 5, waitMs);
    QCOMPARE(m_factory.startedRows.last(), 1);
    m_factory.boardJobs.at(3)->end(DeploymentState::Finished);
    m_factory.boardJobs.at(4)->end(DeploymentState::Finished);
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(batch.state(), BatchState::Finished);
    QCOMPARE(batch.summary().passed, 4);
    QCOMPARE(batch.rows().at(1).attempts, 2);
    QCOMPARE(batch.rows().at(0).attempts, 1);
    QCOMPARE(m_factory.maxRunning, 2);
}

void tst_BatchDeployment::disagreementFailsTheBoard()
{
    BatchDeployment batch;
    setUp(batch, emulatedTargets(1), 1);
    QSignalSpy finished(&batch, &BatchDeployment::finished);
    QVERIFY(batch.start());
    QTRY_COMPARE_WITH_TIMEOUT(m_factory.boardJobs.size(), 1, waitMs);
    m_factory.boardJobs.at(0)->end(DeploymentState::Finished, 5, 4);
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(batch.rows().at(0).state, RowState::Failed);
    const BatchSummary summary = batch.summary();
    QCOMPARE(summary.failed, 1);
    QVERIFY2(summary.reasons.value(0).contains("4 of 5 agree"),
             qPrintable(summary.reasons.value(0)));
    QVERIFY(!summary.allPassed());
}

void tst_BatchDeployment::boardUnpluggedBeforeItsTurn()
{
    QList<Device::PortInfo> ports{stlink("ttyACM0", "AAA"),
                                  stlink("ttyACM1", "BBB"),
                                  stlink("ttyACM2", "CCC")};
    const BoardMatcher matcher(nucleo(), [&ports] { return ports; });
    BatchDeployment batch;
    setUp(batch, *matcher.select(*parseBoardSelection("all")), 1);
    batch.setMatcher(matcher);
    QSignalSpy finished(&batch, &BatchDeployment::finished);
    QVERIFY(batch.start());
    QTRY_COMPARE_WITH_TIMEOUT(m_factory.boardJobs.size(), 1, waitMs);
    QCOMPARE(m_factory.boardJobs.at(0)->request().settings.serialPort,
             QStringLiteral("/dev/ttyACM0"));
    ports.removeAt(2); // CCC is unplugged before its turn
    m_factory.boardJobs.at(0)->end(DeploymentState::Finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_factory.boardJobs.size(), 2, waitMs);
    m_factory.boardJobs.at(1)->end(DeploymentState::Finished);
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(m_factory.startedRows, (QList<int>{0, 1})); // never started, never skipped silently
    const BoardRow &ccc = batch.rows().at(2);
    QCOMPARE(ccc.state, RowState::Failed);
    QCOMPARE(ccc.error->code, ErrorCode::PortUnavailable);
    QVERIFY(ccc.error->message.contains("CCC"));
    QVERIFY(ccc.error->message.contains("unplugged before its turn"));
    QVERIFY(ccc.error->hint.contains("Retry"));
    QCOMPARE(batch.summary().failed, 1);

    // Plugged in again (as another port), retried: flashed once, on its new port.
    ports.append(stlink("ttyACM5", "CCC"));
    QVERIFY(batch.retry(2));
    QTRY_COMPARE_WITH_TIMEOUT(m_factory.boardJobs.size(), 3, waitMs);
    QCOMPARE(m_factory.boardJobs.at(2)->request().settings.serialPort,
             QStringLiteral("/dev/ttyACM5"));
    m_factory.boardJobs.at(2)->end(DeploymentState::Finished);
    QTRY_COMPARE_WITH_TIMEOUT(batch.state(), BatchState::Finished, waitMs);
    QCOMPARE(batch.summary().passed, 3);
}

void tst_BatchDeployment::boardReenumeratedBeforeItsTurn()
{
    QList<Device::PortInfo> ports{stlink("ttyACM0", "AAA"), stlink("ttyACM1", "BBB")};
    const BoardMatcher matcher(nucleo(), [&ports] { return ports; });
    BatchDeployment batch;
    setUp(batch, *matcher.select(*parseBoardSelection("AAA,BBB")), 1);
    batch.setMatcher(matcher);
    QVERIFY(batch.start());
    QTRY_COMPARE_WITH_TIMEOUT(m_factory.boardJobs.size(), 1, waitMs);
    ports[1] = stlink("ttyACM4", "BBB");
    m_factory.boardJobs.at(0)->end(DeploymentState::Finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_factory.boardJobs.size(), 2, waitMs);
    QCOMPARE(m_factory.boardJobs.at(1)->request().settings.serialPort,
             QStringLiteral("/dev/ttyACM4"));
    QCOMPARE(batch.rows().at(1).target.port, QStringLiteral("/dev/ttyACM4"));
}

void tst_BatchDeployment::newBoardIsOfferedNotAdded()
{
    QList<Device::PortInfo> ports{stlink("ttyACM0", "AAA")};
    int listings = 0; // how often the ports were listed (each poll lists them)
    const BoardMatcher matcher(nucleo(), [&ports, &listings] {
        ++listings;
        return ports;
    });
    BatchDeployment batch;
    setUp(batch, *matcher.select(*parseBoardSelection("all")), 1);
    batch.setMatcher(matcher);
    batch.setPollInterval(std::chrono::milliseconds(10));
    QSignalSpy offered(&batch, &BatchDeployment::boardOffered);
    QSignalSpy finished(&batch, &BatchDeployment::finished);
    QVERIFY(batch.start());
    QTRY_COMPARE_WITH_TIMEOUT(m_factory.boardJobs.size(), 1, waitMs);
    ports.append(stlink("ttyACM1", "DDD"));
    QVERIFY(offered.wait(waitMs));
    const BoardTarget target = offered.first().first().value<BoardTarget>();
    QCOMPARE(target.serialNumber, QStringLiteral("DDD"));
    QCOMPARE(batch.rows().size(), 1); // not added silently
    // Three more polls see the same new board: it is offered once only.
    const int seen = listings;
    QTRY_VERIFY_WITH_TIMEOUT(listings >= seen + 3, waitMs);
    QCOMPARE(offered.size(), 1);

    // Added on request: runs after the first board.
    const Result<int> added = batch.addTarget(target);
    QVERIFY(added);
    QCOMPARE(*added, 1);
    QVERIFY(!batch.addTarget(target)); // not twice
    m_factory.boardJobs.at(0)->end(DeploymentState::Finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_factory.boardJobs.size(), 2, waitMs);
    QCOMPARE(m_factory.boardJobs.at(1)->request().settings.serialPort,
             QStringLiteral("/dev/ttyACM1"));
    m_factory.boardJobs.at(1)->end(DeploymentState::Finished);
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(batch.summary().passed, 2);
}

void tst_BatchDeployment::failedBuildFailsEveryBoard()
{
    m_factory.buildEnds = DeploymentState::Failed;
    BatchDeployment batch;
    setUp(batch, emulatedTargets(3), 2);
    QSignalSpy finished(&batch, &BatchDeployment::finished);
    QVERIFY(batch.start());
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(batch.state(), BatchState::Failed);
    QVERIFY(m_factory.boardJobs.isEmpty());
    for (const BoardRow &row : batch.rows()) {
        QCOMPARE(row.state, RowState::Failed);
        QVERIFY(row.error->message.contains("build failed"));
    }
    QVERIFY(!batch.retry(0));
    QVERIFY(QFile::exists(batch.batchFolder() + "/batch.json"));
}

void tst_BatchDeployment::cancelStopsEverything()
{
    BatchDeployment batch;
    setUp(batch, emulatedTargets(5), 2);
    QSignalSpy finished(&batch, &BatchDeployment::finished);
    QVERIFY(batch.start());
    QTRY_COMPARE_WITH_TIMEOUT(m_factory.boardJobs.size(), 2, waitMs);
    batch.cancel();
    QCOMPARE(batch.state(), BatchState::Cancelling);
    QVERIFY(m_factory.boardJobs.at(0)->cancelRequested());
    QVERIFY(m_factory.boardJobs.at(1)->cancelRequested());
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(batch.state(), BatchState::Cancelled);
    QCOMPARE(m_factory.boardJobs.size(), 2); // nothing else started
    QCOMPARE(batch.summary().cancelled, 5);
    QCOMPARE(m_factory.running, 0);
}

void tst_BatchDeployment::packageBatchBuildsNothing()
{
    const QString package = m_dir->filePath("digits_int8.tdpkg");
    const QString why = FakePackage::write(m_dir->path(),
                                           package,
                                           QStringLiteral("qemu-cortex-m"),
                                           QStringLiteral("mps2-an385"),
                                           QJsonObject{{"emulated", true}},
                                           QStringLiteral(TINYDEPLOY_SOURCE_DIR
                                                          "/resources/samples/digits_int8.tar"));
    QVERIFY2(why.isEmpty(), qPrintable(why));
    Deploy::DeploymentSettings settings;
    settings.packagePath = package;
    settings.recordsRoot = m_dir->filePath("records");
    BatchDeployment batch;
    batch.setSettings(settings);
    batch.setTargets(emulatedTargets(3));
    batch.setMaxParallel(2);
    batch.setJobFactory(m_factory.factory());
    QSignalSpy states(&batch, &BatchDeployment::stateChanged);
    QSignalSpy finished(&batch, &BatchDeployment::finished);
    QVERIFY(batch.isFromPackage());
    QVERIFY(batch.start());
    // Straight to the boards: the package holds the firmware.
    QCOMPARE(states.size(), 1);
    QCOMPARE(states.first().first().value<BatchState>(), BatchState::Deploying);
    QCOMPARE(m_factory.boardJobs.size(), 2);
    QVERIFY(batch.batchFolder().contains("digits_int8"));
    for (int i = 0; i < 3; ++i) {
        QTRY_VERIFY_WITH_TIMEOUT(nextOpenJob(m_factory), waitMs);
        nextOpenJob(m_factory)->end(DeploymentState::Finished);
    }
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(batch.summary().passed, 3);
    for (const JobRequest &request : std::as_const(m_factory.requests)) {
        QCOMPARE(request.kind, JobRequest::Kind::Board);
        QCOMPARE(request.settings.packagePath, package);
        QCOMPARE(request.settings.firstStep, Deploy::DeploymentStep::Flash);
        QVERIFY(request.builtProjectDir.isEmpty());
        QVERIFY(request.settings.projectDir.isEmpty()); // unpacked into each board's record
    }
    QFile json(batch.batchFolder() + "/batch.json");
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(report.value("package").toString(), package);
    QCOMPARE(report.value("template").toString(), QStringLiteral("qemu-cortex-m"));

    // What is not a package is refused before a batch folder is made.
    QFile bad(m_dir->filePath("bad.tdpkg"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("not a package");
    bad.close();
    settings.packagePath = bad.fileName();
    BatchDeployment refused;
    refused.setSettings(settings);
    refused.setTargets(emulatedTargets(1));
    refused.setJobFactory(m_factory.factory());
    QVERIFY(!refused.start());
    QCOMPARE(refused.state(), BatchState::Idle);
    QVERIFY(refused.batchFolder().isEmpty());
}

QTEST_GUILESS_MAIN(tst_BatchDeployment)
#include "tst_batchdeployment.moc"
