// Load without leaks: eight deployments at once (core Deployment objects, the digits sample,
// the host template: eight servers, eight builds, eight host runners) from this one process,
// then 1,000 consecutive runs (runAgain) on one of the devices. Asserted on resource counts
// only, never on elapsed time: resident memory flat within 10 % after warm-up, no growth of
// open file descriptors or child processes, and nothing of ours left running once the
// deployments are gone and their devices stopped. The figures are printed (bench_load prints
// the same with timings).
#include "integration/load/resourceprobe.h"

#include <fixtures/sanitizers.h>

#include <deploy/deployment.h>
#include <deploy/devicestopper.h>

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace TinyDeploy;
using namespace TinyDeploy::Deploy;

namespace {

const QString samplesDir = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples");
const QString templatesDir = QStringLiteral(TINYDEPLOY_BINARY_DIR "/firmware_templates");

constexpr int Deployments = 8;
// Results kept by the deployment during the runs (the default keeps 1,000, whose memory is
// wanted, not a leak): the warm-up fills them, so that what follows must stay flat.
constexpr int KeptResults = 100;
constexpr int WarmUpRuns = 2 * KeptResults;
constexpr int Runs = 1000;
// Eight builds share two busy cores; a deadline, not an expectation.
constexpr int DeployDeadlineMs = 400000;
constexpr int RunDeadlineMs = 30000;
constexpr int SettleDeadlineMs = 60000;

QString lines(const QStringList &list)
{
    return list.join(QLatin1Char('\n'));
}

} // namespace

class tst_Load : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eightDeploymentsAtOnce();
    void thousandRunsOnOneDevice();
    void nothingIsLeftAfterwards();

private:
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<Deployment>> m_deployments;
    QStringList m_projects;
    QStringList m_fdsBefore;
    QStringList m_childrenBefore;
};

void tst_Load::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QDir(templatesDir).exists(QStringLiteral("host")), qPrintable(templatesDir));
    m_fdsBefore = ResourceProbe::openFds();
    m_childrenBefore = ResourceProbe::children();
    QVERIFY2(ResourceProbe::mentioning(m_dir.path()).isEmpty(), "a stray process at the start");
}

void tst_Load::eightDeploymentsAtOnce()
{
    const qint64 rssBefore = ResourceProbe::residentKiB();
    QList<QSignalSpy *> spies;
    for (int i = 0; i < Deployments; ++i) {
        DeploymentSettings settings;
        settings.modelPath = samplesDir + QStringLiteral("/digits_float32.tar");
        settings.templateDir = templatesDir + QStringLiteral("/host");
        settings.recordsRoot = m_dir.filePath(QStringLiteral("records"));
        settings.projectDir = m_dir.filePath(QStringLiteral("project-%1").arg(i));
        settings.runs = 2;
        settings.keepDeviceOpen = i == 0; // the 1,000 runs follow on this one
        auto deployment = std::make_unique<Deployment>();
        deployment->setSettings(settings);
        spies.append(new QSignalSpy(deployment.get(), &Deployment::finished));
        const Result<void> started = deployment->start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().fullText()));
        m_projects.append(settings.projectDir);
        m_deployments.push_back(std::move(deployment));
    }
    const auto allFinished = [&] {
        for (QSignalSpy *spy : std::as_const(spies)) {
            if (spy->isEmpty())
                return false;
        }
        return true;
    };
    const bool finished = QTest::qWaitFor(allFinished, DeployDeadlineMs);
    qDeleteAll(spies);
    QVERIFY2(finished, "the eight deployments did not finish within the deadline");

    QSet<QString> ports;
    for (const auto &deployment : m_deployments) {
        QVERIFY2(deployment->state() == DeploymentState::Finished,
                 qPrintable(deployment->error() ? deployment->error()->fullText()
                                                : deployment->recordFolder()));
        QCOMPARE(deployment->results().size(), 5);
        for (const RunResult &result : deployment->results())
            QVERIFY2(result.agrees(), qPrintable(result.input.name));
        ports.insert(deployment->serialPort());
    }
    QCOMPARE(ports.size(), Deployments);
    QCOMPARE(ResourceProbe::mentioning(m_dir.path()).isEmpty(), false); // the eight devices
    qInfo("eight deployments: RSS %lld KiB before, %lld KiB after; %d fds open, %d children",
          rssBefore,
          ResourceProbe::residentKiB(),
          ResourceProbe::openFdCount(),
          int(ResourceProbe::children().size()));
}

void tst_Load::thousandRunsOnOneDevice()
{
    if (m_deployments.empty() || m_deployments.front()->state() != DeploymentState::Finished)
        QSKIP("the deployments of eightDeploymentsAtOnce() did not finish");
    Deployment &deployment = *m_deployments.front();
    QVERIFY(deployment.isDeviceOpen());
    const QList<InputSet> input{deployment.results().first().input};
    deployment.setResultLimits(KeptResults);
    QSignalSpy finished(&deployment, &Deployment::finished);
    const auto runOnce = [&]() -> bool {
        finished.clear();
        const Result<void> started = deployment.runAgain(input, 1);
        if (!started) {
            qWarning().noquote() << started.error().fullText();
            return false;
        }
        if (!finished.wait(RunDeadlineMs) || deployment.state() != DeploymentState::Finished) {
            qWarning().noquote() << "run" << deployment.round() << "ended"
                                 << stateName(deployment.state())
                                 << (deployment.error() ? deployment.error()->fullText() : "");
            return false;
        }
        return deployment.results().last().agrees();
    };
    for (int i = 0; i < WarmUpRuns; ++i)
        QVERIFY2(runOnce(), qPrintable(QStringLiteral("warm-up run %1").arg(i)));

    const qint64 rssBefore = ResourceProbe::residentKiB();
    const QStringList fdsBefore = ResourceProbe::openFds();
    const QStringList childrenBefore = ResourceProbe::children();
    for (int i = 0; i < Runs; ++i)
        QVERIFY2(runOnce(), qPrintable(QStringLiteral("run %1 of %2").arg(i).arg(Runs)));
    const qint64 rssAfter = ResourceProbe::residentKiB();
    const QStringList fdsAfter = ResourceProbe::openFds();
    const QStringList childrenAfter = ResourceProbe::children();

    qInfo("%d runs on one device: RSS %lld KiB after warm-up, %lld KiB at the end (%+.1f %%); "
          "fds %d -> %d; children %d -> %d; %d results kept",
          Runs,
          rssBefore,
          rssAfter,
          100.0 * double(rssAfter - rssBefore) / double(rssBefore),
          int(fdsBefore.size()),
          int(fdsAfter.size()),
          int(childrenBefore.size()),
          int(childrenAfter.size()),
          int(deployment.results().size()));
    // AddressSanitizer's quarantine keeps what was freed resident: the bound holds only without.
    if (TinyDeploy::Fixtures::underAddressSanitizer) {
        qInfo("resident memory bound not checked under AddressSanitizer (its quarantine keeps "
              "freed memory resident); the file descriptors and processes are");
    } else {
        QVERIFY2(rssAfter <= rssBefore + rssBefore / 10,
                 qPrintable(
                     QStringLiteral("RSS grew from %1 to %2 KiB").arg(rssBefore).arg(rssAfter)));
    }
    QVERIFY2(fdsAfter.size() <= fdsBefore.size(),
             qPrintable(lines(fdsBefore) + "\n--- now:\n" + lines(fdsAfter)));
    QVERIFY2(childrenAfter.size() <= childrenBefore.size(), qPrintable(lines(childrenAfter)));
}

void tst_Load::nothingIsLeftAfterwards()
{
    m_deployments.clear(); // closes the device connection, kills what a server still runs
    int stopped = 0;
    QList<Error> errors;
    for (const QString &project : std::as_const(m_projects)) {
        stopProjectDevice(project, this, [&](Result<void> result) {
            ++stopped;
            if (!result)
                errors.append(result.error());
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(stopped, int(m_projects.size()), SettleDeadlineMs);
    for (const Error &error : std::as_const(errors))
        QFAIL(qPrintable(error.fullText()));
    for (const QString &project : std::as_const(m_projects))
        QVERIFY2(!projectHasDeviceRecord(project), qPrintable(project));

    // The devices, their supervisors and every server are gone; so are the pipes and ptys.
    QTRY_VERIFY2_WITH_TIMEOUT(ResourceProbe::mentioning(m_dir.path()).isEmpty(),
                              qPrintable(lines(ResourceProbe::mentioning(m_dir.path()))),
                              SettleDeadlineMs);
    QTRY_VERIFY2_WITH_TIMEOUT(ResourceProbe::children().size() <= m_childrenBefore.size(),
                              qPrintable(lines(ResourceProbe::children())),
                              SettleDeadlineMs);
    QTRY_VERIFY2_WITH_TIMEOUT(ResourceProbe::openFds().size() <= m_fdsBefore.size(),
                              qPrintable(lines(m_fdsBefore) + "\n--- now:\n"
                                         + lines(ResourceProbe::openFds())),
                              SettleDeadlineMs);
    qInfo("after: %d fds open (%d at the start), %d children (%d at the start)",
          ResourceProbe::openFdCount(),
          int(m_fdsBefore.size()),
          int(ResourceProbe::children().size()),
          int(m_childrenBefore.size()));
}

QTEST_GUILESS_MAIN(tst_Load)
#include "tst_load.moc"
