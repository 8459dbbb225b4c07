#include <projectapi/serverprocess.h>

#include <fakes/fakeserver.h>
#include <fixtures/sanitizers.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <unistd.h>

using namespace TinyDeploy;
using namespace TinyDeploy::ProjectApi;
using namespace std::chrono_literals;

static const QByteArray InfoRequest
    = "{\"jsonrpc\":\"2.0\",\"method\":\"server_info_query\",\"params\":{\"tvm_version\":"
      "\"0.18.0\"},\"id\":1}\n";
static const QByteArray BuildRequest
    = "{\"jsonrpc\":\"2.0\",\"method\":\"build\",\"params\":{\"options\":{}},\"id\":2}\n";

static qint64 residentKiB()
{
    QFile status("/proc/self/status");
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

class tst_ServerProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void launchConventions();
    void launchScriptVariant();
    void pythonFromEnvironment();
    void missingServer();
    void nonExecutableLaunchScript();
    void outputSpamIsDrainedWithBoundedMemory();
    void stopClosesPipesAndServerExits();
    void stopEscalatesToTermThenKill();
    void killStopsALongBuildAndItsGrandchild();
    void leftoverGrandchildIsKilledWhenServerExits();
    void crashIsReportedWithItsSignal();
    void destructorKillsTheGroupWithoutBlocking();
    void toolInAGroupOfItsOwnGoesWithTheServer_data();
    void toolInAGroupOfItsOwnGoesWithTheServer();
    void outputWrittenBeforeAReplyIsDeliveredBeforeIt();

private:
    std::unique_ptr<ServerProcess> startServer(const QStringList &behaviour,
                                               bool launchScript = false,
                                               const QStringList &extraEnvironment = {});
    /// What the fake noted in FAKE_SERVER_EVENTS, in order ("hanging", "SIGTERM").
    QStringList events() const;

    QTemporaryDir m_tmp;
    QString m_dir;
    QString m_record;
    QString m_pidFile;
    QString m_events;
};

void tst_ServerProcess::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    FakeServer::becomeSubreaper();
    QVERIFY(m_tmp.isValid());
    if (QStandardPaths::findExecutable("python3").isEmpty())
        QSKIP("python3 is needed to run the fake Project API server");
}

void tst_ServerProcess::init()
{
    static int n = 0;
    m_dir = m_tmp.filePath(QString("server%1").arg(++n));
    m_record = m_dir + ".record.json";
    m_pidFile = m_dir + ".grandchild.pid";
    m_events = m_dir + ".events";
    QVERIFY(FakeServer::makeServerDir(m_dir));
}

void tst_ServerProcess::cleanup()
{
    // Nothing this test started may still be running or unreaped.
    QTRY_VERIFY_WITH_TIMEOUT(FakeServer::noChildrenLeft(), 5000);
}

std::unique_ptr<ServerProcess> tst_ServerProcess::startServer(const QStringList &behaviour,
                                                              bool launchScript,
                                                              const QStringList &extraEnvironment)
{
    if (launchScript)
        FakeServer::makeServerDir(m_dir, true);
    auto process = std::make_unique<ServerProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("FAKE_SERVER_BEHAVIOUR", behaviour.join(','));
    env.insert("FAKE_SERVER_RECORD", m_record);
    env.insert("FAKE_SERVER_PIDFILE", m_pidFile);
    env.insert("FAKE_SERVER_EVENTS", m_events);
    for (const QString &assignment : extraEnvironment)
        env.insert(assignment.section('=', 0, 0), assignment.section('=', 1));
    process->setProcessEnvironment(env);
    const auto started = process->start(m_dir);
    if (!started)
        qWarning() << started.error().fullText();
    return started ? std::move(process) : nullptr;
}

QStringList tst_ServerProcess::events() const
{
    QFile file(m_events);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll()).split('\n', Qt::SkipEmptyParts);
}

void tst_ServerProcess::launchConventions()
{
    auto process = startServer({"normal"});
    QVERIFY(process);
    QCOMPARE(process->state(), ServerProcess::State::Running);
    QVERIFY(process->processId() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_record), 20000);
    const QJsonObject record = FakeServer::readJson(m_record);

    const QString script = QFileInfo(m_dir + "/microtvm_api_server.py").absoluteFilePath();
    const QJsonArray argv = record["argv"].toArray();
    QCOMPARE(argv.size(), 5);
    QCOMPARE(argv[0].toString(), script); // absolute path of the .py, first
    QVERIFY(QFileInfo(argv[0].toString()).isAbsolute());
    QCOMPARE(argv[1].toString(), QString("--read-fd"));
    QCOMPARE(argv[3].toString(), QString("--write-fd"));
    const int readFd = argv[2].toString().toInt();
    const int writeFd = argv[4].toString().toInt();
    QVERIFY(readFd > 2 && writeFd > 2 && readFd != writeFd);
    // Only stdio and the two pipes are open in the server: nothing of ours leaked, not even
    // descriptors this test inherited without close-on-exec from the shell that runs it.
    const QJsonArray expectedFds{0, 1, 2, std::min(readFd, writeFd), std::max(readFd, writeFd)};
    QCOMPARE(record["fds"].toArray(), expectedFds);
    QCOMPARE(record["stdin"].toString(), QString("/dev/null"));
    QCOMPARE(QFileInfo(record["cwd"].toString()).canonicalFilePath(),
             QFileInfo(m_dir).canonicalFilePath());
    // Its own session and process group, led by the server.
    const qint64 pid = record["pid"].toInteger();
    QCOMPARE(pid, process->processId());
    QCOMPARE(record["pgid"].toInteger(), pid);
    QCOMPARE(record["sid"].toInteger(), pid);
    QVERIFY(record["pgid"].toInteger() != qint64(::getpgrp()));
    QCOMPARE(record["ppid"].toInteger(), qint64(::getpid()));
    QVERIFY(!process->launch().viaLaunchScript);
    QVERIFY(process->commandLine().contains("--read-fd"));

    // The pipes work: one request, one reply line.
    QSignalSpy replies(process.get(), &ServerProcess::replyLine);
    QVERIFY(process->send(InfoRequest));
    QVERIFY(replies.wait(20000));
    QVERIFY(replies.first().first().toByteArray().contains("\"protocol_version\": 1"));

    QSignalSpy finished(process.get(), &ServerProcess::finished);
    process->stop();
    QVERIFY(finished.wait(10000));
}

void tst_ServerProcess::launchScriptVariant()
{
    auto process = startServer({"normal"}, true);
    QVERIFY(process);
    QVERIFY(process->launch().viaLaunchScript);
    QCOMPARE(process->launch().program,
             QFileInfo(m_dir + "/launch_microtvm_api_server.sh").absoluteFilePath());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_record), 20000);
    const QJsonObject record = FakeServer::readJson(m_record);
    QCOMPARE(record["launcher"].toString(), process->launch().program);
    // The script got exactly: abs .py path, --read-fd N, --write-fd M.
    QCOMPARE(record["launcher_argc"].toInt(), 5);
    const QJsonArray argv = record["argv"].toArray();
    QCOMPARE(argv[0].toString(), QFileInfo(m_dir + "/microtvm_api_server.py").absoluteFilePath());
    QCOMPARE(argv[1].toString(), QString("--read-fd"));
    QCOMPARE(record["pgid"].toInteger(), process->processId());

    QSignalSpy replies(process.get(), &ServerProcess::replyLine);
    QVERIFY(process->send(InfoRequest));
    QVERIFY(replies.wait(20000));
    QSignalSpy finished(process.get(), &ServerProcess::finished);
    process->stop();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<ExitStatus>().kind, ExitStatus::Kind::Exited);
}

void tst_ServerProcess::pythonFromEnvironment()
{
    const QString wrapper = m_tmp.filePath("my-python");
    {
        QFile file(wrapper);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\nFAKE_LAUNCHED_BY=my-python\nexport FAKE_LAUNCHED_BY\n"
                   "exec python3 \"$@\"\n");
    }
    QVERIFY(QFile::setPermissions(wrapper, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QByteArray saved = qgetenv("TINYDEPLOY_PYTHON");
    const auto restore = qScopeGuard([&] {
        if (saved.isNull())
            qunsetenv("TINYDEPLOY_PYTHON");
        else
            qputenv("TINYDEPLOY_PYTHON", saved);
    });

    qputenv("TINYDEPLOY_PYTHON", wrapper.toLocal8Bit());
    const auto launch = ServerProcess::resolveLaunch(m_dir);
    QVERIFY(launch);
    QCOMPARE(launch->program, wrapper);
    QCOMPARE(launch->arguments,
             QStringList{QFileInfo(m_dir + "/microtvm_api_server.py").absoluteFilePath()});

    auto process = startServer({"normal"});
    QVERIFY(process);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_record), 20000);
    QCOMPARE(FakeServer::readJson(m_record)["launcher"].toString(), QString("my-python"));
    QSignalSpy finished(process.get(), &ServerProcess::finished);
    process->stop();
    QVERIFY(finished.wait(10000));

    qputenv("TINYDEPLOY_PYTHON", m_tmp.filePath("no-such-python").toLocal8Bit());
    const auto missing = ServerProcess::resolveLaunch(m_dir);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::ServerStartFailed);
    QVERIFY(missing.error().message.contains("TINYDEPLOY_PYTHON"));

    // Without the override, python3 from PATH.
    qunsetenv("TINYDEPLOY_PYTHON");
    const auto fromPath = ServerProcess::resolveLaunch(m_dir);
    QVERIFY(fromPath);
    QCOMPARE(fromPath->program, QStandardPaths::findExecutable("python3"));
}

void tst_ServerProcess::missingServer()
{
    const QString empty = m_tmp.filePath("empty");
    QVERIFY(QDir().mkpath(empty));
    ServerProcess process;
    QSignalSpy finished(&process, &ServerProcess::finished);
    const auto started = process.start(empty);
    QVERIFY(!started);
    QCOMPARE(started.error().code, ErrorCode::ServerNotFound);
    QVERIFY(started.error().message.contains(QFileInfo(empty).absoluteFilePath()));
    QVERIFY(!started.error().hint.isEmpty());
    QCOMPARE(process.state(), ServerProcess::State::NotStarted);

    const auto nowhere = ServerProcess::resolveLaunch(m_tmp.filePath("does-not-exist"));
    QVERIFY(!nowhere);
    QCOMPARE(nowhere.error().code, ErrorCode::ServerNotFound);
    QCOMPARE(finished.size(), 0);
}

void tst_ServerProcess::nonExecutableLaunchScript()
{
    QVERIFY(FakeServer::makeServerDir(m_dir, true));
    QVERIFY(QFile::setPermissions(m_dir + "/launch_microtvm_api_server.sh",
                                  QFile::ReadOwner | QFile::WriteOwner));
    const auto launch = ServerProcess::resolveLaunch(m_dir);
    QVERIFY(!launch);
    QCOMPARE(launch.error().code, ErrorCode::ServerStartFailed);
    QVERIFY(launch.error().hint.contains("chmod +x"));
}

void tst_ServerProcess::outputSpamIsDrainedWithBoundedMemory()
{
    constexpr qint64 SpamBytes = 50 * 1024 * 1024; // per stream: 100 MiB in total
    auto process = startServer({"spam"},
                               false,
                               {"FAKE_SERVER_SPAM_BYTES=" + QString::number(SpamBytes)});
    QVERIFY(process);

    qint64 stdoutBytes = 0, stderrBytes = 0, lines = 0, peakKiB = 0;
    qint64 longest = 0;
    const qint64 startKiB = residentKiB();
    bool ordered = true;
    QDateTime last;
    connect(process.get(), &ServerProcess::logLine, this, [&](const LogLine &line) {
        (line.stream == LogLine::Stream::Stdout ? stdoutBytes : stderrBytes) += line.text.size()
                                                                                + 1;
        longest = std::max<qint64>(longest, line.text.size());
        if (last.isValid() && line.timestamp < last)
            ordered = false;
        last = line.timestamp;
        if (++lines % 20000 == 0)
            peakKiB = std::max(peakKiB, residentKiB());
    });
    QSignalSpy replies(process.get(), &ServerProcess::replyLine);
    QVERIFY(process->send(InfoRequest));
    QVERIFY(replies.wait(120000));
    QTRY_VERIFY_WITH_TIMEOUT(stdoutBytes >= SpamBytes && stderrBytes >= SpamBytes, 60000);
    QVERIFY(ordered);
    QVERIFY(longest <= ServerProcess::LogLineCap);
    QCOMPARE(process->stderrTail().size(), ServerProcess::StderrTailLines);
    QVERIFY(process->stderrTail().last().startsWith("make[2]: compiling"));
    qInfo("%lld log lines, resident memory %lld KiB -> peak %lld KiB", lines, startKiB, peakKiB);
    if (TinyDeploy::Fixtures::underAddressSanitizer)
        qInfo("memory bound not checked: AddressSanitizer's quarantine keeps freed memory");
    else
        QVERIFY2(peakKiB - startKiB < 64 * 1024, "memory grew with the amount of output");

    QSignalSpy finished(process.get(), &ServerProcess::finished);
    process->stop();
    QVERIFY(finished.wait(10000));
}

void tst_ServerProcess::stopClosesPipesAndServerExits()
{
    auto process = startServer({"normal"});
    QVERIFY(process);
    QSignalSpy replies(process.get(), &ServerProcess::replyLine);
    QVERIFY(process->send(InfoRequest));
    QVERIFY(replies.wait(20000));
    const pid_t pid = pid_t(process->processId());
    // No signal before a minute: however busy the machine, only EOF can end the server here.
    process->setStopGracePeriods(60s, 60s);

    QSignalSpy finished(process.get(), &ServerProcess::finished);
    process->stop();
    QCOMPARE(process->state(), ServerProcess::State::Stopping);
    QVERIFY(!process->send(InfoRequest)); // the pipes are closed at once
    QVERIFY(finished.wait(30000));
    const auto status = finished.first().first().value<ExitStatus>();
    // The server saw EOF and exited by itself: status 0, and no signal was sent.
    QCOMPARE(status.kind, ExitStatus::Kind::Exited);
    QCOMPARE(status.exitCode, 0);
    QCOMPARE(process->state(), ServerProcess::State::Finished);
    QVERIFY(::kill(pid, 0) != 0 && errno == ESRCH); // reaped, not a zombie
}

void tst_ServerProcess::stopEscalatesToTermThenKill()
{
    for (const char *behaviour : {"hang", "hang_ignoring_term"}) {
        auto process = startServer({behaviour});
        QVERIFY(process);
        const bool obeysTerm = qstrcmp(behaviour, "hang") == 0;
        // EOF is ignored for 200 ms, then SIGTERM: "hang" dies from it at once (no handler);
        // hang_ignoring_term notes it, and gets SIGKILL seconds later (far more than its
        // handler needs to note it).
        process->setStopGracePeriods(200ms, obeysTerm ? 300ms : 3000ms);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_record), 20000);
        QFile::remove(m_record);
        QFile::remove(m_events);
        QVERIFY(process->send(InfoRequest)); // now it hangs and ignores EOF
        // Stop only once it hangs (with its SIGTERM handling in place), so that the order of
        // what follows does not depend on how fast the fake got there.
        QTRY_COMPARE_WITH_TIMEOUT(events(), QStringList{"hanging"}, 20000);
        QSignalSpy finished(process.get(), &ServerProcess::finished);
        process->stop();
        QVERIFY(finished.wait(20000));
        const auto status = finished.first().first().value<ExitStatus>();
        // EOF first (ignored), then SIGTERM (obeyed, or noted and ignored), then SIGKILL.
        QCOMPARE(events(), obeysTerm ? QStringList{"hanging"} : (QStringList{"hanging", "SIGTERM"}));
        QCOMPARE(status.kind, ExitStatus::Kind::Signalled);
        QCOMPARE(status.signal, obeysTerm ? SIGTERM : SIGKILL);
        QVERIFY(status.toString().contains(obeysTerm ? "SIGTERM" : "SIGKILL"));
    }
}

void tst_ServerProcess::killStopsALongBuildAndItsGrandchild()
{
    auto process = startServer({"grandchild_hang@build"});
    QVERIFY(process);
    QVERIFY(process->send(BuildRequest));
    QTRY_VERIFY_WITH_TIMEOUT(FakeServer::readPid(m_pidFile) > 0, 20000);
    const pid_t grandchild = FakeServer::readPid(m_pidFile);
    QVERIFY(!FakeServer::isDead(grandchild));

    // kill() does not wait for the stop grace periods: SIGTERM to the whole group at once
    // (the server and its grandchild die from it), SIGKILL only for what survives it.
    process->setStopGracePeriods(60s, 60s);
    QSignalSpy finished(process.get(), &ServerProcess::finished);
    process->kill();
    QTRY_VERIFY_WITH_TIMEOUT(FakeServer::isDead(grandchild) && !finished.isEmpty(), 20000);
    const auto status = finished.first().first().value<ExitStatus>();
    QCOMPARE(status.kind, ExitStatus::Kind::Signalled);
    QCOMPARE(status.signal, SIGTERM);
}

void tst_ServerProcess::leftoverGrandchildIsKilledWhenServerExits()
{
    auto process = startServer({"grandchild@server_info_query"});
    QVERIFY(process);
    QSignalSpy replies(process.get(), &ServerProcess::replyLine);
    QVERIFY(process->send(InfoRequest));
    QVERIFY(replies.wait(20000));
    const pid_t grandchild = FakeServer::readPid(m_pidFile);
    QVERIFY(grandchild > 0);
    QVERIFY(!FakeServer::isDead(grandchild));

    // The server exits normally on EOF, but leaves `sleep 1000` in its group: it must go too.
    QSignalSpy finished(process.get(), &ServerProcess::finished);
    process->stop();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<ExitStatus>().exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(FakeServer::isDead(grandchild), 2000);
}

void tst_ServerProcess::crashIsReportedWithItsSignal()
{
    auto process = startServer({"crash_before_reply"});
    QVERIFY(process);
    QSignalSpy finished(process.get(), &ServerProcess::finished);
    QSignalSpy closed(process.get(), &ServerProcess::replyChannelClosed);
    QVERIFY(process->send(InfoRequest));
    QVERIFY(finished.wait(20000));
    const auto status = finished.first().first().value<ExitStatus>();
    QCOMPARE(status.kind, ExitStatus::Kind::Signalled);
    QCOMPARE(status.signal, SIGSEGV);
    QCOMPARE(status.toString(), QString("killed by signal 11 (SIGSEGV)"));
}

void tst_ServerProcess::destructorKillsTheGroupWithoutBlocking()
{
    auto process = startServer({"grandchild_hang@build"});
    QVERIFY(process);
    QVERIFY(process->send(BuildRequest));
    QTRY_VERIFY_WITH_TIMEOUT(FakeServer::readPid(m_pidFile) > 0, 20000);
    const pid_t grandchild = FakeServer::readPid(m_pidFile);
    const pid_t server = pid_t(process->processId());

    // The destructor waits for no grace period (these would keep the server alive for
    // minutes): it kills the group at once and reaps the server before it returns.
    process->setStopGracePeriods(60s, 60s);
    process.reset();
    QVERIFY(::kill(server, 0) != 0 && errno == ESRCH);
    QTRY_VERIFY_WITH_TIMEOUT(FakeServer::isDead(grandchild), 2000);
}

// A server like ours: it starts a "build tool" (sleep) in a process group of its own, in its
// session, notes the tool's pid, and waits for EOF on its request pipe. SWEEP_IGNORE_TERM=1:
// it also ignores SIGTERM.
static const char sweepServer[] = R"(import os, signal, subprocess, sys
if os.environ.get("SWEEP_IGNORE_TERM") == "1":
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
tool = subprocess.Popen(["sleep", "1000"], preexec_fn=lambda: os.setpgid(0, 0))
with open(os.environ["SWEEP_PIDFILE"] + ".tmp", "w") as out:
    out.write(str(tool.pid))
os.replace(os.environ["SWEEP_PIDFILE"] + ".tmp", os.environ["SWEEP_PIDFILE"])
fd = int(sys.argv[sys.argv.index("--read-fd") + 1])
while os.read(fd, 4096):
    pass
)";

void tst_ServerProcess::toolInAGroupOfItsOwnGoesWithTheServer_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<bool>("ignoreTerm");
    // The server exits by itself on EOF and leaves the tool running; a cancel (SIGTERM) ends
    // the server but not the tool's group; the destructor of a server that ignores SIGTERM.
    QTest::newRow("stop") << "stop" << false;
    QTest::newRow("kill") << "kill" << false;
    QTest::newRow("destructor") << "destructor" << false;
    QTest::newRow("destructor-ignoring-term") << "destructor" << true;
}

void tst_ServerProcess::toolInAGroupOfItsOwnGoesWithTheServer()
{
    QFETCH(QString, how);
    QFETCH(bool, ignoreTerm);
    {
        QFile server(m_dir + "/microtvm_api_server.py");
        QVERIFY(server.open(QIODevice::WriteOnly | QIODevice::Truncate));
        server.write(sweepServer);
    }
    auto process = std::make_unique<ServerProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("SWEEP_PIDFILE", m_pidFile);
    env.insert("SWEEP_IGNORE_TERM", ignoreTerm ? "1" : "0");
    process->setProcessEnvironment(env);
    QVERIFY(process->start(m_dir));
    QTRY_VERIFY_WITH_TIMEOUT(FakeServer::readPid(m_pidFile) > 0, 20000);
    const pid_t tool = FakeServer::readPid(m_pidFile);
    const pid_t server = pid_t(process->processId());
    QVERIFY(!FakeServer::isDead(tool));
    QCOMPARE(::getpgid(tool), tool); // not in the server's group: a group signal misses it
    QCOMPARE(::getsid(tool), server);

    if (how == "destructor") {
        // Bounded (500 ms after SIGTERM, then SIGKILL): it returns with the server reaped.
        process.reset();
        QVERIFY(::kill(server, 0) != 0 && errno == ESRCH);
    } else {
        QSignalSpy finished(process.get(), &ServerProcess::finished);
        if (how == "stop")
            process->stop();
        else
            process->kill();
        QVERIFY(finished.wait(20000));
        const auto status = finished.first().first().value<ExitStatus>();
        if (how == "stop")
            QCOMPARE(status.exitCode, 0); // it exited by itself, the tool still running
    }
    QTRY_VERIFY_WITH_TIMEOUT(FakeServer::isDead(tool), 5000);
}

void tst_ServerProcess::outputWrittenBeforeAReplyIsDeliveredBeforeIt()
{
    // The fake prints "fake build: compiling main.c" (flushed) before each build reply; stdout
    // and the reply travel on different pipes, yet every reply must follow its line.
    auto process = startServer({"normal"});
    QVERIFY(process);
    int lines = 0;
    int replies = 0;
    QList<int> linesAtReply;
    connect(process.get(), &ServerProcess::logLine, this, [&](const LogLine &line) {
        if (line.text.contains("fake build: compiling main.c"))
            ++lines;
    });
    connect(process.get(), &ServerProcess::replyLine, this, [&](const QByteArray &) {
        ++replies;
        linesAtReply.append(lines);
    });
    constexpr int Builds = 20;
    for (int i = 0; i < Builds; ++i) {
        const int before = replies;
        QByteArray request = BuildRequest;
        request.replace(QByteArray("\"id\":2"),
                        QByteArray(QByteArray("\"id\":") + QByteArray::number(i + 2)));
        QVERIFY(process->send(request));
        QTRY_VERIFY_WITH_TIMEOUT(replies > before, 10000);
    }
    QCOMPARE(linesAtReply.size(), Builds);
    for (int i = 0; i < Builds; ++i)
        QCOMPARE(linesAtReply.at(i), i + 1);
    process->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!process->isRunning(), 10000);
}

QTEST_GUILESS_MAIN(tst_ServerProcess)
#include "tst_serverprocess.moc"
