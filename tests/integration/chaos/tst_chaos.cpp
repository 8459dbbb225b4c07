// The chaos matrix: the chaos template (tests/fakes/chaos_template) misbehaves at each of the
// 8 Project API methods in each of its 7 ways, and every front end must end with the specific
// error within a deadline, leave no process behind, and say in the record which step failed
// and why: tinydeploy-cli deploy as a process (all 56), the core Deployment as the GUI drives
// it (all 56), and the GUI's WizardController offscreen (a subset of 8). Scenarios run a few
// at a time; TINYDEPLOY_SERVER_TIMEOUT_SEC gives a hanging server 6 s.

#include "chaosmatrix.h"

#include <fixtures/sanitizers.h>

#include <deploy/deployment.h>
#include <templates/templatecatalog.h>
#include <templates/templateinfo.h>
#include <wizardcontroller.h>

#include <QJsonDocument>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace TinyDeploy;
using namespace TinyDeploy::Deploy;
using namespace std::chrono_literals;

namespace {

const QString cliPath = QStringLiteral(TINYDEPLOY_BINARY_DIR "/bin/tinydeploy-cli");
const QString modelPath = QStringLiteral(TINYDEPLOY_SOURCE_DIR
                                         "/resources/samples/digits_float32_graph.tar");
constexpr int Parallel = 4;
// The core scenarios share this process's event loop: under AddressSanitizer, reading one
// scenario's 17 MiB reply holds it long enough for the others' 6 s deadlines to fire out of
// order, so they run one at a time there.
constexpr int InProcessParallel = TinyDeploy::Fixtures::underAddressSanitizer ? 1 : Parallel;
constexpr int ScenarioDeadlineMs = 120000; // a hang is given 6 s; a loopback connect 10 s
constexpr int LeftoverDeadlineMs = 20000;

/// Runs jobs @p parallel at a time; a job calls its "done" callback exactly once.
class Pool
{
public:
    using Job = std::function<void(int index, std::function<void()> done)>;

    Pool(int count, int parallel, Job job)
        : m_count(count)
        , m_parallel(parallel)
        , m_job(std::move(job))
    {}

    void start()
    {
        while (m_running < m_parallel && m_next < m_count)
            launch(m_next++);
    }
    bool finished() const { return m_done == m_count; }

private:
    void launch(int index)
    {
        ++m_running;
        auto called = std::make_shared<bool>(false);
        m_job(index, [this, called] {
            if (*called)
                return;
            *called = true;
            --m_running;
            ++m_done;
            QTimer::singleShot(0, [this] { start(); });
        });
    }

    int m_count = 0;
    int m_parallel = 1;
    Job m_job;
    int m_next = 0;
    int m_running = 0;
    int m_done = 0;
};

Gui::WizardStep wizardStepOf(DeploymentStep step)
{
    switch (step) {
    case DeploymentStep::Generate:
    case DeploymentStep::Build:
        return Gui::WizardStep::Build;
    case DeploymentStep::Flash:
        return Gui::WizardStep::Flash;
    case DeploymentStep::Connect:
    case DeploymentStep::Run:
        return Gui::WizardStep::Run;
    }
    return Gui::WizardStep::Build;
}

} // namespace

class tst_Chaos : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cliMatrix();
    void coreMatrix();
    void guiSubset();

private:
    QProcessEnvironment scenarioEnvironment(const Chaos::Scenario &scenario) const;
    /// Waits until nothing of @p scenarios runs any more, then adds the ones that left
    /// something to @p problems.
    void checkNothingLeft(const QList<Chaos::Scenario> &scenarios,
                          QHash<QString, QString> &problems);
    void report(const QString &front,
                const QList<Chaos::Scenario> &scenarios,
                const QHash<QString, QString> &problems);

    QTemporaryDir m_dir;
    QString m_templateDir;
};

void tst_Chaos::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Orphans come back to this process, so that what is left can be found and reaped.
    FakeServer::becomeSubreaper();
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(cliPath).isExecutable());
    if (!QFileInfo::exists(modelPath))
        QSKIP("digits_float32_graph.tar is not in this tree: the transport cannot be reached.");
    // A copy of the template in a folder of its own (the catalog lists every template of a
    // folder on TINYDEPLOY_TEMPLATE_PATH); it finds the fake it builds on through the file.
    const QString templates = m_dir.filePath(QStringLiteral("templates"));
    m_templateDir = templates + QStringLiteral("/chaos");
    QVERIFY(QDir().mkpath(m_templateDir));
    const QString server = m_templateDir + QStringLiteral("/microtvm_api_server.py");
    QVERIFY(QFile::copy(FakeServer::fakesDir()
                            + QStringLiteral("/chaos_template/microtvm_api_server.py"),
                        server));
    QFile pointer(m_templateDir + QStringLiteral("/chaos_fakes_dir.txt"));
    QVERIFY(pointer.open(QIODevice::WriteOnly));
    pointer.write(FakeServer::fakesDir().toUtf8() + '\n');
    pointer.close();
    // A hang fails in 6 s: well before the 10 s the microTVM session may take to start, and
    // long enough for a 17 MiB reply to arrive on a busy machine.
    qputenv("TINYDEPLOY_SERVER_TIMEOUT_SEC", "6");
    qputenv("CHAOS_HUGE_BYTES", QByteArray::number(17 * 1024 * 1024));
    // Under AddressSanitizer the log of a 4 MiB flood is not drained within the 6 s; 1 MiB is
    // still sixteen pipe buffers that the client must drain to see the reply.
    if (TinyDeploy::Fixtures::underAddressSanitizer)
        qputenv("CHAOS_FLOOD_BYTES", QByteArray::number(1024 * 1024));
    qputenv("TINYDEPLOY_TEMPLATE_PATH", templates.toUtf8());
    qputenv("PYTHONDONTWRITEBYTECODE", "1");
}

QProcessEnvironment tst_Chaos::scenarioEnvironment(const Chaos::Scenario &scenario) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CHAOS_TAG"), scenario.tag());
    env.insert(QStringLiteral("CHAOS_PIDFILE"), scenario.pidFile());
    env.insert(QStringLiteral("FAKE_SERVER_WIRE_LOG"), scenario.dir + QStringLiteral("/wire.log"));
    return env;
}

void tst_Chaos::checkNothingLeft(const QList<Chaos::Scenario> &scenarios,
                                 QHash<QString, QString> &problems)
{
    const auto clean = [&] {
        return std::all_of(scenarios.cbegin(), scenarios.cend(), Chaos::nothingLeft);
    };
    // The result is read below, scenario by scenario.
    [[maybe_unused]] const bool allClean = QTest::qWaitFor(clean, LeftoverDeadlineMs);
    for (const Chaos::Scenario &scenario : scenarios) {
        const QList<pid_t> tagged = Chaos::processesTagged(scenario.tag());
        const QList<pid_t> children = Chaos::childrenLeft(scenario);
        if (tagged.isEmpty() && children.isEmpty())
            continue;
        QStringList pids;
        for (pid_t pid : tagged + children)
            pids.append(QString::number(pid));
        problems[scenario.name()] += QStringLiteral(" left processes running: ")
                                     + pids.join(QLatin1Char(' '));
        for (pid_t pid : tagged + children)
            ::kill(pid, SIGKILL); // not to disturb the next scenarios
    }
}

void tst_Chaos::report(const QString &front,
                       const QList<Chaos::Scenario> &scenarios,
                       const QHash<QString, QString> &problems)
{
    const qsizetype passed = scenarios.size() - problems.size();
    qInfo("chaos matrix (%s): %lld scenarios run, %lld passed",
          qPrintable(front),
          qlonglong(scenarios.size()),
          qlonglong(passed));
    QStringList lines = problems.values();
    lines.sort();
    QVERIFY2(problems.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
}

void tst_Chaos::cliMatrix()
{
    const QList<Chaos::Scenario> scenarios = Chaos::all(QStringLiteral("cli"),
                                                        m_dir.filePath(QStringLiteral("cli")));
    QHash<QString, QString> problems;
    std::vector<std::unique_ptr<QProcess>> processes(size_t(scenarios.size()));
    Pool pool(int(scenarios.size()), Parallel, [&](int index, std::function<void()> done) {
        const Chaos::Scenario &scenario = scenarios.at(index);
        auto *process = new QProcess;
        processes[size_t(index)].reset(process);
        QProcessEnvironment env = scenarioEnvironment(scenario);
        env.insert(QStringLiteral("XDG_DATA_HOME"), scenario.dir + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), scenario.dir + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), scenario.dir + QStringLiteral("/cache"));
        process->setProcessEnvironment(env);
        auto *deadline = new QTimer(process);
        deadline->setSingleShot(true);
        QObject::connect(deadline, &QTimer::timeout, process, [&, process, index] {
            problems[scenarios.at(index).name()] = scenarios.at(index).name()
                                                   + QStringLiteral(": still running after the "
                                                                    "deadline");
            process->kill();
        });
        QObject::connect(
            process, &QProcess::finished, process, [&, process, index, deadline, done](int exitCode) {
                deadline->stop();
                const Chaos::Scenario &s = scenarios.at(index);
                const QByteArray out = process->readAllStandardOutput();
                const QJsonObject json = QJsonDocument::fromJson(out).object();
                QString problem;
                const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
                int failed = -1;
                for (int i = 0; i < steps.size() && failed < 0; ++i) {
                    if (steps.at(i).toObject().contains(QStringLiteral("error")))
                        failed = i;
                }
                const QJsonObject error = json.value(QStringLiteral("error")).toObject();
                if (exitCode == 0 || failed < 0) {
                    problem = s.name()
                              + QStringLiteral(": exit status %1, no failed "
                                               "step; stderr: %2")
                                    .arg(exitCode)
                                    .arg(QString::fromUtf8(
                                        process->readAllStandardError().right(600)));
                } else {
                    problem = Chaos::checkError(s,
                                                DeploymentStep(failed),
                                                error.value(QStringLiteral("code")).toString(),
                                                error.value(QStringLiteral("message")).toString());
                    if (problem.isEmpty()) {
                        problem = Chaos::checkRecord(s,
                                                     json.value(QStringLiteral("record")).toString());
                    }
                }
                if (!problem.isEmpty() && !problems.contains(s.name()))
                    problems[s.name()] = problem;
                done();
            });
        deadline->start(ScenarioDeadlineMs);
        process->start(cliPath,
                       {QStringLiteral("deploy"),
                        modelPath,
                        QStringLiteral("--template"),
                        m_templateDir,
                        QStringLiteral("-o"),
                        scenario.optionAssignments().at(0),
                        QStringLiteral("-o"),
                        scenario.optionAssignments().at(1),
                        QStringLiteral("--json")});
    });
    pool.start();
    QTRY_VERIFY_WITH_TIMEOUT(pool.finished(), 30 * 60 * 1000);
    checkNothingLeft(scenarios, problems);
    report(QStringLiteral("cli"), scenarios, problems);
}

void tst_Chaos::coreMatrix()
{
    const QList<Chaos::Scenario> scenarios = Chaos::all(QStringLiteral("core"),
                                                        m_dir.filePath(QStringLiteral("core")));
    QHash<QString, QString> problems;
    // Kept until the end: deleting a deployment kills what it runs, which would hide a leak.
    std::vector<std::unique_ptr<Deployment>> deployments(size_t(scenarios.size()));
    Pool pool(int(scenarios.size()), InProcessParallel, [&](int index, std::function<void()> done) {
        const Chaos::Scenario &scenario = scenarios.at(index);
        auto *deployment = new Deployment;
        deployments[size_t(index)].reset(deployment);
        DeploymentSettings settings;
        settings.modelPath = modelPath;
        settings.templateDir = m_templateDir;
        settings.optionAssignments = scenario.optionAssignments();
        settings.recordsRoot = scenario.recordsRoot();
        settings.keepDeviceOpen = true; // as the GUI does
        deployment->setSettings(settings);
        deployment->setServerEnvironment(scenarioEnvironment(scenario));
        deployment->setDeviceTimeouts(3s, 5s);
        auto *deadline = new QTimer(deployment);
        deadline->setSingleShot(true);
        QObject::connect(deadline, &QTimer::timeout, deployment, [&, deployment, index, done] {
            problems[scenarios.at(index).name()] = scenarios.at(index).name()
                                                   + QStringLiteral(": still active after the "
                                                                    "deadline");
            deployment->cancel();
            done();
        });
        QObject::connect(deployment,
                         &Deployment::finished,
                         deployment,
                         [&, deployment, index, deadline, done](DeploymentState state) {
                             deadline->stop();
                             const Chaos::Scenario &s = scenarios.at(index);
                             QString problem;
                             if (state != DeploymentState::Failed || !deployment->failedStep()
                                 || !deployment->error()) {
                                 problem = s.name()
                                           + QStringLiteral(": ended %1, not failed")
                                                 .arg(stateName(state));
                             } else {
                                 problem = Chaos::checkError(s,
                                                             *deployment->failedStep(),
                                                             errorCodeName(
                                                                 deployment->error()->code),
                                                             deployment->error()->message);
                                 if (problem.isEmpty())
                                     problem = Chaos::checkRecord(s, deployment->recordFolder());
                             }
                             if (!problem.isEmpty() && !problems.contains(s.name()))
                                 problems[s.name()] = problem;
                             done();
                         });
        deadline->start(ScenarioDeadlineMs);
        if (Result<void> started = deployment->start(); !started) {
            deadline->stop();
            problems[scenario.name()] = scenario.name() + QStringLiteral(": did not start: ")
                                        + started.error().oneLine();
            done();
        }
    });
    pool.start();
    QTRY_VERIFY_WITH_TIMEOUT(pool.finished(), 30 * 60 * 1000);
    checkNothingLeft(scenarios, problems);
    report(QStringLiteral("core"), scenarios, problems);
}

void tst_Chaos::guiSubset()
{
    // One of each mode, spread over the methods.
    const QList<std::pair<QString, QString>> picked{{"server_info_query", "crash"},
                                                    {"generate_project", "hang"},
                                                    {"build", "garbage"},
                                                    {"flash", "wrong_id"},
                                                    {"open_transport", "flood_stderr"},
                                                    {"read_transport", "huge_reply"},
                                                    {"write_transport", "crash"},
                                                    {"close_transport", "leaves_child"}};
    QList<Chaos::Scenario> scenarios;
    for (const auto &[method, mode] : picked) {
        Chaos::Scenario scenario{method, mode, QStringLiteral("gui"), {}};
        scenario.dir = m_dir.filePath(QStringLiteral("gui/") + scenario.tag());
        QVERIFY(QDir().mkpath(scenario.dir));
        scenarios.append(scenario);
    }

    Gui::WizardController controller;
    controller.ensureCatalog();
    QTRY_VERIFY_WITH_TIMEOUT(!controller.catalog()->isRunning(), 120000);
    controller.setTemplateName(QStringLiteral("chaos"));
    QVERIFY2(controller.templateInfo(), "the catalog did not list the chaos template");
    QSignalSpy modelChanged(&controller, &Gui::WizardController::modelChanged);
    controller.openModel(modelPath);
    QTRY_VERIFY_WITH_TIMEOUT(controller.model(), 60000);

    QHash<QString, QString> problems;
    for (const Chaos::Scenario &scenario : scenarios) {
        // The servers inherit this process's environment in the GUI.
        const QProcessEnvironment env = scenarioEnvironment(scenario);
        for (const QString &name : {QStringLiteral("CHAOS_TAG"), QStringLiteral("CHAOS_PIDFILE")})
            qputenv(name.toUtf8().constData(), env.value(name).toUtf8());
        controller.setRecordsRoot(scenario.recordsRoot());
        controller.acceptOptions({{QStringLiteral("chaos_method"), scenario.method},
                                  {QStringLiteral("chaos_mode"), scenario.mode}});
        controller.deploy();
        QPointer<Deployment> deployment = controller.deployment();
        QVERIFY(deployment);
        // The event loop keeps turning while the server misbehaves.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(20);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy(), ScenarioDeadlineMs);
        ticker.stop();
        QVERIFY(ticks > 0);
        QString problem;
        if (!deployment->failedStep() || !deployment->error()) {
            problem = scenario.name() + QStringLiteral(": the deployment did not fail");
        } else {
            const DeploymentStep step = *deployment->failedStep();
            const Gui::WizardStep page = wizardStepOf(step);
            const Error *shown = controller.error(page);
            if (controller.state(page) != Gui::StepState::Failed || !shown) {
                problem = scenario.name()
                          + QStringLiteral(": the %1 page does not show a failure")
                                .arg(Gui::wizardStepTitle(page));
            } else {
                problem = Chaos::checkError(scenario,
                                            step,
                                            errorCodeName(shown->code),
                                            shown->message);
            }
            if (problem.isEmpty())
                problem = Chaos::checkRecord(scenario, deployment->recordFolder());
        }
        if (!problem.isEmpty())
            problems[scenario.name()] = problem;
    }
    qunsetenv("CHAOS_TAG");
    qunsetenv("CHAOS_PIDFILE");
    checkNothingLeft(scenarios, problems);
    report(QStringLiteral("gui"), scenarios, problems);
}

QTEST_MAIN(tst_Chaos)
#include "tst_chaos.moc"
