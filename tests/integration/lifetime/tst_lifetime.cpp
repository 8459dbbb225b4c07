// Nothing started by TinyDeploy outlives it: a real build of the digits sample with our real
// templates (host, qemu-cortex-m) is interrupted while the compiler runs, by
//   quit     a QCoreApplication child (this executable, --child-deploy) that runs a Deployment
//            and quits: the Deployment and its ServerProcess are destroyed at exit (the GUI);
//   sigint   SIGINT to `tinydeploy-cli deploy` (Ctrl+C): the deployment cancels;
//   sigkill  SIGKILL to `tinydeploy-cli deploy`: nothing in TinyDeploy runs any more, the
//            server must notice its pipes closing and stop its build tools itself.
// The compiler is a wrapper first on PATH that notes its pid and waits (a slow build). Every
// process of a run carries a marker in its environment; /proc must show none of them alive
// within a deadline. Also: `run` twice on a device left by `deploy --keep-running` (our client
// keeps the device over the serial port).

#include <deploy/deployment.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

#include <unistd.h>

using namespace TinyDeploy;

namespace {

const QString cliPath = QStringLiteral(TINYDEPLOY_BINARY_DIR "/bin/tinydeploy-cli");
const QString templatesDir = QStringLiteral(TINYDEPLOY_BINARY_DIR "/firmware_templates");
const QString samplesDir = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples");
const QString markerName = QStringLiteral("TINYDEPLOY_LIFETIME_MARK");
// Generate and the start of a build on a busy machine; then the compiler wrapper waits.
constexpr int buildStartTimeoutMs = 180000;
// Everything must be gone within this (SIGTERM grace, SIGKILL, reaping) on a busy machine.
constexpr int goneTimeoutMs = 30000;
constexpr int deployTimeoutMs = 240000;

// A compiler that takes its time: it notes that the build reached it, then waits (its sleep is
// one more process that must go).
const char wrapperScript[] = "#!/bin/sh\n"
                             "echo $$ >> \"$TINYDEPLOY_LIFETIME_STARTED\"\n"
                             "sleep 600\n";

struct Marked
{
    pid_t pid;
    QString state;
    QString cmdline;
};

/// The live processes (not zombies) whose environment holds @p marker.
QList<Marked> markedProcesses(const QByteArray &marker)
{
    QList<Marked> found;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const pid_t pid = pid_t(entry.toLongLong(&numeric));
        if (!numeric || pid == ::getpid())
            continue;
        QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
        if (!environ.open(QIODevice::ReadOnly) || !environ.readAll().split('\0').contains(marker))
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QString state = QString::fromLatin1(text.mid(text.lastIndexOf(')') + 2, 1));
        if (state == QLatin1String("Z") || state == QLatin1String("X"))
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        cmdline.open(QIODevice::ReadOnly);
        found.append({pid, state, QString::fromLocal8Bit(cmdline.readAll().replace('\0', ' '))});
    }
    return found;
}

/// True while @p pid is a live process (a zombie does not count).
bool isAlive(pid_t pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const QByteArray state = text.mid(text.lastIndexOf(')') + 2, 1);
    return !state.isEmpty() && state != "Z" && state != "X";
}

QString describe(const QList<Marked> &processes)
{
    QStringList lines;
    for (const Marked &process : processes)
        lines.append(
            QStringLiteral("%1 [%2] %3").arg(process.pid).arg(process.state, process.cmdline));
    return lines.join(QLatin1Char('\n'));
}

/// --child-deploy TEMPLATE_DIR PROJECT_DIR RECORDS: deploys digits_int8 and quits when a line
/// arrives on stdin; the Deployment is destroyed on the way out, as in the GUI.
int childDeploy(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 5)
        return 2;
    Deploy::DeploymentSettings settings;
    settings.modelPath = samplesDir + QStringLiteral("/digits_int8.tar");
    settings.templateDir = QString::fromLocal8Bit(argv[2]);
    settings.projectDir = QString::fromLocal8Bit(argv[3]);
    settings.recordsRoot = QString::fromLocal8Bit(argv[4]);
    Deploy::Deployment deployment;
    deployment.setSettings(settings);
    if (Result<void> started = deployment.start(); !started) {
        qWarning().noquote() << started.error().fullText();
        return 1;
    }
    // Ending before the quit request is a failure the test reports (exit status 3).
    QObject::connect(&deployment, &Deploy::Deployment::finished, &app, [&app] { app.exit(3); });
    QSocketNotifier quitRequest(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&quitRequest, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    return app.exec();
}

} // namespace

class tst_Lifetime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void interruptedBuildLeavesNothing_data();
    void interruptedBuildLeavesNothing();
    void runTwiceKeepsTheDevice();

private:
    QProcessEnvironment environment(const QByteArray &marker, const QString &started) const;

    QTemporaryDir m_dir;
    QString m_bin;
};

void tst_Lifetime::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(cliPath).isExecutable());
    for (const char *tool : {"python3", "make", "cc"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QSKIP(qPrintable(QStringLiteral("%1 is not installed.").arg(tool)));
    }
    m_bin = m_dir.filePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(m_bin));
    for (const char *name : {"cc", "arm-none-eabi-gcc"}) {
        QFile wrapper(m_bin + QLatin1Char('/') + QLatin1String(name));
        QVERIFY(wrapper.open(QIODevice::WriteOnly));
        wrapper.write(wrapperScript);
        wrapper.close();
        QVERIFY(wrapper.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                       | QFileDevice::ExeOwner));
    }
}

QProcessEnvironment tst_Lifetime::environment(const QByteArray &marker, const QString &started) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const int equals = int(marker.indexOf('='));
    env.insert(QString::fromLatin1(marker.left(equals)),
               QString::fromLatin1(marker.mid(equals + 1)));
    env.insert(QStringLiteral("TINYDEPLOY_LIFETIME_STARTED"), started);
    env.insert(QStringLiteral("PATH"), m_bin + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    env.remove(QStringLiteral("TINYDEPLOY_TEMPLATE_PATH"));
    return env;
}

void tst_Lifetime::interruptedBuildLeavesNothing_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<QString>("how");
    for (const char *templateName : {"host", "qemu-cortex-m"}) {
        for (const char *how : {"quit", "sigint", "sigkill"}) {
            QTest::addRow("%s-%s", templateName, how)
                << QString::fromLatin1(templateName) << QString::fromLatin1(how);
        }
    }
}

void tst_Lifetime::interruptedBuildLeavesNothing()
{
    QFETCH(QString, templateName);
    QFETCH(QString, how);
    if (templateName != QLatin1String("host")
        && QStandardPaths::findExecutable(QStringLiteral("qemu-system-arm")).isEmpty())
        QSKIP("qemu-system-arm is not installed.");

    const QString name = templateName + QLatin1Char('-') + how;
    const QString project = m_dir.filePath(QStringLiteral("project-") + name);
    const QString started = m_dir.filePath(QStringLiteral("started-") + name);
    const QByteArray marker = markerName.toLatin1() + '='
                              + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);

    QProcess process;
    process.setProcessEnvironment(environment(marker, started));
    process.setWorkingDirectory(QStringLiteral(TINYDEPLOY_SOURCE_DIR));
    QSignalSpy finished(&process, &QProcess::finished);
    if (how == QLatin1String("quit")) {
        process.start(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("--child-deploy"),
                       templatesDir + QLatin1Char('/') + templateName,
                       project,
                       m_dir.filePath(QStringLiteral("records"))});
    } else {
        process.start(cliPath,
                      {QStringLiteral("deploy"),
                       samplesDir + QStringLiteral("/digits_int8.tar"),
                       QStringLiteral("--template"),
                       templateName,
                       QStringLiteral("--project-dir"),
                       project});
    }
    QVERIFY2(process.waitForStarted(30000), qPrintable(process.errorString()));

    // The build has reached the compiler (the wrapper noted its pid), and the compiler runs.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(started).size() > 0 || !finished.isEmpty(),
                             buildStartTimeoutMs);
    QVERIFY2(finished.isEmpty(), process.readAllStandardError().constData());
    const QList<Marked> before = markedProcesses(marker);
    QVERIFY2(before.size() >= 4, qPrintable(describe(before))); // us, server, make, cc, sleep
    qInfo().noquote() << before.size() << "processes of the run before" << how;

    QElapsedTimer clock;
    clock.start();
    if (how == QLatin1String("quit")) {
        process.write("quit\n");
    } else {
        QCOMPARE(::kill(pid_t(process.processId()),
                        how == QLatin1String("sigint") ? SIGINT : SIGKILL),
                 0);
    }
    QVERIFY2(finished.wait(goneTimeoutMs), "the interrupted process did not end");
    const qint64 exitMs = clock.elapsed();
    if (how == QLatin1String("quit")) {
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    } else if (how == QLatin1String("sigint")) {
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
    }
    QTRY_VERIFY2_WITH_TIMEOUT(markedProcesses(marker).isEmpty(),
                              qPrintable(describe(markedProcesses(marker))),
                              goneTimeoutMs);
    qInfo("%s: the process ended %lld ms after the %s, nothing of the run left %lld ms after",
          qPrintable(name),
          exitMs,
          qPrintable(how),
          clock.elapsed());
    QVERIFY(!QFile::exists(project + QStringLiteral("/run/device.json")));
}

void tst_Lifetime::runTwiceKeepsTheDevice()
{
    // Our own client reaches the device over its serial port, across commands: the device of
    // `deploy --keep-running` serves two `run`s in a row and is still there after them.
    const QString project = m_dir.filePath(QStringLiteral("kept"));
    const QByteArray marker = markerName.toLatin1() + "=kept";
    QProcessEnvironment env = environment(marker, QString());
    env.insert(QStringLiteral("PATH"),
               env.value(QStringLiteral("PATH")).section(QLatin1Char(':'), 1));
    const auto cli = [&](const QStringList &arguments, QByteArray *out) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(QStringLiteral(TINYDEPLOY_SOURCE_DIR));
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(cliPath, arguments);
        if (!finished.wait(deployTimeoutMs))
            return -1;
        *out = process.readAllStandardOutput();
        if (process.exitCode() != 0)
            qWarning().noquote() << process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    };
    QByteArray out;
    QCOMPARE(cli({QStringLiteral("deploy"),
                  samplesDir + QStringLiteral("/digits_int8.tar"),
                  QStringLiteral("--template"),
                  QStringLiteral("host"),
                  QStringLiteral("--project-dir"),
                  project,
                  QStringLiteral("--keep-running")},
                 &out),
             0);
    QFile stateFile(project + QStringLiteral("/run/device.json"));
    QVERIFY(stateFile.open(QIODevice::ReadOnly));
    const QJsonObject state = QJsonDocument::fromJson(stateFile.readAll()).object();
    const auto supervisor = pid_t(state.value(QStringLiteral("supervisor_pid")).toInteger());
    QVERIFY(supervisor > 0);
    for (int round = 0; round < 2; ++round) {
        QCOMPARE(cli({QStringLiteral("run"),
                      project,
                      QStringLiteral("--input"),
                      samplesDir + QStringLiteral("/inputs/int8/sample_3.npy"),
                      QStringLiteral("--json")},
                     &out),
                 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("predicted")).toInt(-1),
                 7);
        QVERIFY2(isAlive(supervisor), "the device stopped after run");
    }
    // Stopped the documented way, it goes.
    QProcess stop;
    stop.setWorkingDirectory(project);
    stop.start(QStringLiteral("python3"),
               {QStringLiteral("-m"), QStringLiteral("tdserver"), QStringLiteral("stop")});
    QVERIFY(stop.waitForFinished(30000));
    QTRY_VERIFY2_WITH_TIMEOUT(markedProcesses(marker).isEmpty(),
                              qPrintable(describe(markedProcesses(marker))),
                              goneTimeoutMs);
}

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--child-deploy") == 0)
        return childDeploy(argc, argv);
    QCoreApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    tst_Lifetime test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_lifetime.moc"
