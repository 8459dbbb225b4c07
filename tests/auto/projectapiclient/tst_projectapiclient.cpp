#include <projectapi/optionvalues.h>
#include <projectapi/projectapiclient.h>

#include <fakes/fakeserver.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace TinyDeploy;
using namespace TinyDeploy::ProjectApi;
using namespace std::chrono_literals;

namespace {

/// Collects one callback result; wait() spins the event loop until it arrives.
template<typename T>
struct Outcome
{
    std::shared_ptr<std::optional<Result<T>>> value = std::make_shared<std::optional<Result<T>>>();

    ProjectApiClient::Callback<T> callback() const
    {
        return [value = value](Result<T> result) { value->emplace(std::move(result)); };
    }
    bool arrived() const { return value->has_value(); }
    const Result<T> &result() const { return **value; }
};

template<typename T>
bool waitFor(const Outcome<T> &outcome, int ms = 30000)
{
    return QTest::qWaitFor([&outcome] { return outcome.arrived(); }, ms);
}

QString describe(const Error &error)
{
    return errorCodeName(error.code) + ": " + error.fullText();
}

/// Lets the fake's "gate" behaviour go on: opens the FIFO for writing and closes it. False
/// while the fake has not opened it yet (the open would block).
bool openGate(const QString &fifo)
{
    const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

} // namespace

#define WAIT_OK(outcome) \
    do { \
        QVERIFY(waitFor(outcome)); \
        QVERIFY2((outcome).result().has_value(), \
                 qPrintable((outcome).result().has_value() \
                                ? QString() \
                                : describe((outcome).result().error()))); \
    } while (false)

#define WAIT_ERROR(outcome, errorCode) \
    do { \
        QVERIFY(waitFor(outcome)); \
        QVERIFY2(!(outcome).result().has_value(), "the call succeeded"); \
        QCOMPARE(errorCodeName((outcome).result().error().code), errorCodeName(errorCode)); \
    } while (false)

class tst_ProjectApiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void serverInfoQueryOnTheWire();
    void fakeBehaviours_data();
    void fakeBehaviours();
    void unsupportedProtocolVersion();
    void oversizeReplyIsAnErrorAndTheNextReplyWorks();
    void crashAfterReplyFailsTheNextRequest();
    void everyQueuedRequestFailsAfterEof();
    void queueKeepsCallOrderAndIds();
    void deadlineTimesOutAndStopsTheServer();
    void deadlineCapEndsAHangingBuild_data();
    void deadlineCapEndsAHangingBuild();
    void cancelDuringBuildKillsTheGroup();
    void callbacksNeverRunInsideTheCall();
    void startErrors();
    void logLinesAreForwarded();
    void outputSpamWhileAnswering();
    void fullSequence();

private:
    std::unique_ptr<ProjectApiClient> startClient(const QString &behaviour,
                                                  const QStringList &extraEnvironment = {},
                                                  const QString &dir = {});

    QTemporaryDir m_tmp;
    QString m_dir;
    QString m_wireLog;
    QString m_pidFile;
};

void tst_ProjectApiClient::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    FakeServer::becomeSubreaper();
    QVERIFY(m_tmp.isValid());
    if (QStandardPaths::findExecutable("python3").isEmpty())
        QSKIP("python3 is needed to run the fake Project API server");
}

void tst_ProjectApiClient::init()
{
    static int n = 0;
    m_dir = m_tmp.filePath(QString("template%1").arg(++n));
    m_wireLog = m_dir + ".wire.log";
    m_pidFile = m_dir + ".grandchild.pid";
    QVERIFY(FakeServer::makeServerDir(m_dir));
}

void tst_ProjectApiClient::cleanup()
{
    // After every test: no server, grandchild or zombie of ours is left.
    QTRY_VERIFY_WITH_TIMEOUT(FakeServer::noChildrenLeft(), 5000);
}

std::unique_ptr<ProjectApiClient> tst_ProjectApiClient::startClient(
    const QString &behaviour, const QStringList &extraEnvironment, const QString &dir)
{
    auto client = std::make_unique<ProjectApiClient>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("FAKE_SERVER_BEHAVIOUR", behaviour);
    env.insert("FAKE_SERVER_WIRE_LOG", m_wireLog);
    env.insert("FAKE_SERVER_PIDFILE", m_pidFile);
    for (const QString &assignment : extraEnvironment)
        env.insert(assignment.section('=', 0, 0), assignment.section('=', 1));
    client->setProcessEnvironment(env);
    const auto started = client->start(dir.isEmpty() ? m_dir : dir);
    if (!started) {
        qWarning().noquote() << describe(started.error());
        return nullptr;
    }
    return client;
}

static QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
}

void tst_ProjectApiClient::serverInfoQueryOnTheWire()
{
    auto client = startClient("normal");
    QVERIFY(client);
    Outcome<ServerInfo> info;
    client->serverInfoQuery("0.18.0", info.callback());
    WAIT_OK(info);
    QCOMPARE(info.result()->platformName, QString("fake"));
    QVERIFY(info.result()->isTemplate);
    QCOMPARE(info.result()->protocolVersion, 1);
    QVERIFY(info.result()->option(u"workspace_size_bytes"));
    QCOMPARE(readLines(m_wireLog),
             QStringList{"{\"jsonrpc\":\"2.0\",\"method\":\"server_info_query\",\"params\":{"
                         "\"tvm_version\":\"0.18.0\"},\"id\":1}"});

    QSignalSpy stopped(client.get(), &ProjectApiClient::stopped);
    client->stop();
    QVERIFY(stopped.wait(10000));
    QCOMPARE(stopped.first().first().value<ExitStatus>().kind, ExitStatus::Kind::Exited);
    QCOMPARE(stopped.first().first().value<ExitStatus>().exitCode, 0);
}

void tst_ProjectApiClient::fakeBehaviours_data()
{
    QTest::addColumn<QString>("behaviour");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("inMessage");
    QTest::addColumn<QString>("inDetails");
    QTest::addColumn<bool>("serverSurvives");

    const auto row = [](const char *name,
                        ErrorCode code,
                        const char *message,
                        const char *details,
                        bool survives) {
        QTest::newRow(name) << QString(name) << int(code) << QString(message) << QString(details)
                            << survives;
    };
    row("crash_before_reply",
        ErrorCode::ServerExited,
        "crashed",
        "killed by signal 11 (SIGSEGV)",
        false);
    row("exit_before_reply",
        ErrorCode::ServerExited,
        "exit status 3",
        "fake server: giving up before answering",
        false);
    row("non_json", ErrorCode::MalformedReply, "not JSON", "this is not JSON", true);
    row("wrong_id", ErrorCode::MismatchedId, "1002", "", true);
    row("no_result", ErrorCode::MalformedReply, "neither", "", true);
    row("unknown_error_code", ErrorCode::JsonRpcError, "-31999", "a code from the future", true);
    row("server_error",
        ErrorCode::ServerError,
        "subprocess.CalledProcessError: Command '['make']' returned non-zero exit status 2.",
        "Outermost server-side stack frame",
        true);
    row("transport_closed", ErrorCode::TransportClosed, "", "TransportClosedError", true);
    row("io_timeout", ErrorCode::IoTimeout, "", "IoTimeoutError", true);
    row("unsupported_tvm", ErrorCode::UnsupportedTvmVersion, "", "UnsupportedTVMVersionError", true);
    row("method_not_found", ErrorCode::MethodNotFound, "no such method", "", true);
    row("invalid_params", ErrorCode::InvalidParams, "parameter options", "", true);
    row("invalid_request_exit", ErrorCode::InvalidRequest, "want dict", "", false);
}

void tst_ProjectApiClient::fakeBehaviours()
{
    QFETCH(QString, behaviour);
    QFETCH(int, code);
    QFETCH(QString, inMessage);
    QFETCH(QString, inDetails);
    QFETCH(bool, serverSurvives);

    auto client = startClient(behaviour + "@build");
    QVERIFY(client);
    QSignalSpy stopped(client.get(), &ProjectApiClient::stopped);
    Outcome<ServerInfo> info;
    Outcome<QJsonValue> build;
    Outcome<QJsonValue> flash;
    client->serverInfoQuery("0.18.0", info.callback());
    client->build({}, build.callback());
    client->flash({}, flash.callback());
    WAIT_OK(info);
    WAIT_ERROR(build, ErrorCode(code));
    const Error &error = build.result().error();
    QCOMPARE(error.location, QString("build"));
    QVERIFY2(error.message.contains(inMessage), qPrintable(describe(error)));
    QVERIFY2(error.details.contains(inDetails), qPrintable(describe(error)));
    if (error.code == ErrorCode::MalformedReply || error.code == ErrorCode::MismatchedId)
        QVERIFY(error.details.contains("Command: ")); // and the stderr tail
    if (error.code == ErrorCode::ServerExited) {
        // Exit status, command line and the last stderr lines go with every exit error.
        QVERIFY(error.details.contains("Command: "));
        QVERIFY(error.details.contains("Server process: "));
        QVERIFY(!error.hint.isEmpty());
    }
    if (serverSurvives) {
        WAIT_OK(flash);
        QCOMPARE(flash.result()->toObject().value("serial_port").toString(), QString("/dev/null"));
        QVERIFY(client->isRunning());
        client->stop();
    } else {
        WAIT_ERROR(flash, ErrorCode::ServerExited);
        QCOMPARE(flash.result().error().location, QString("flash"));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 10000);
    QVERIFY(!client->isRunning());
}

void tst_ProjectApiClient::unsupportedProtocolVersion()
{
    auto client = startClient("protocol2");
    QVERIFY(client);
    Outcome<ServerInfo> info;
    client->serverInfoQuery("0.18.0", info.callback());
    WAIT_ERROR(info, ErrorCode::UnsupportedProtocolVersion);
    QCOMPARE(info.result().error().location, QString("server_info_query: result.protocol_version"));
    client->stop();
}

void tst_ProjectApiClient::oversizeReplyIsAnErrorAndTheNextReplyWorks()
{
    // A 100 MiB reply line against the default 16 MiB cap.
    auto client = startClient("huge_line@build");
    QVERIFY(client);
    Outcome<QJsonValue> build;
    Outcome<QJsonValue> flash;
    client->build({}, build.callback());
    client->flash({}, flash.callback());
    WAIT_ERROR(build, ErrorCode::LineTooLong);
    QVERIFY(build.result().error().details.contains("Command: "));
    QVERIFY(build.result().error().message.contains("16777216"));
    WAIT_OK(flash);
    client->stop();
}

void tst_ProjectApiClient::crashAfterReplyFailsTheNextRequest()
{
    auto client = startClient("crash_after_reply@build");
    QVERIFY(client);
    QSignalSpy stopped(client.get(), &ProjectApiClient::stopped);
    Outcome<QJsonValue> build;
    client->build({}, build.callback());
    WAIT_OK(build);
    QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 20000);
    QCOMPARE(stopped.first().first().value<ExitStatus>().signal, SIGSEGV);
    Outcome<QJsonValue> flash;
    client->flash({}, flash.callback());
    WAIT_ERROR(flash, ErrorCode::ServerExited);
    QVERIFY(flash.result().error().details.contains("SIGSEGV"));
}

void tst_ProjectApiClient::everyQueuedRequestFailsAfterEof()
{
    auto client = startClient("crash_before_reply@build");
    QVERIFY(client);
    Outcome<QJsonValue> build;
    Outcome<QJsonValue> flash;
    Outcome<void> close;
    client->build({}, build.callback());
    client->flash({}, flash.callback());
    client->closeTransport(close.callback());
    QCOMPARE(client->pendingRequests(), 3);
    WAIT_ERROR(build, ErrorCode::ServerExited);
    WAIT_ERROR(flash, ErrorCode::ServerExited);
    WAIT_ERROR(close, ErrorCode::ServerExited);
    QCOMPARE(close.result().error().location, QString("close_transport"));
    QCOMPARE(client->pendingRequests(), 0);
    // Only the first request reached the server.
    QCOMPARE(readLines(m_wireLog).size(), 1);
}

void tst_ProjectApiClient::queueKeepsCallOrderAndIds()
{
    // The first request waits at a gate this test opens: meanwhile the other four stay queued.
    const QString gate = m_dir + ".gate";
    const QString events = m_dir + ".events";
    QVERIFY(::mkfifo(QFile::encodeName(gate).constData(), 0600) == 0);
    auto client = startClient("gate@server_info_query",
                              {"FAKE_SERVER_GATE=" + gate, "FAKE_SERVER_EVENTS=" + events});
    QVERIFY(client);
    QStringList order;
    const auto note = [&order](const QString &what) {
        return [&order, what](auto result) { order << what + (result ? "" : "!"); };
    };
    client->serverInfoQuery("0.18.0", note("info"));
    client->build({{"verbose", true}}, note("build"));
    client->flash({}, note("flash"));
    client->openTransport({}, note("open"));
    client->closeTransport(note("close"));
    QCOMPARE(client->pendingRequests(), 5);
    QTRY_COMPARE_WITH_TIMEOUT(readLines(events), QStringList{"gate"}, 30000);
    QCoreApplication::processEvents();
    QCOMPARE(readLines(m_wireLog).size(), 1); // one request in flight, four queued
    QCOMPARE(order, QStringList());
    QCOMPARE(client->pendingRequests(), 5);
    bool opened = false; // QTRY_* evaluates its condition again after it held: open once
    QTRY_VERIFY_WITH_TIMEOUT(opened || (opened = openGate(gate)), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 5, 30000);
    QCOMPARE(order, (QStringList{"info", "build", "flash", "open", "close"}));
    const QStringList wire = readLines(m_wireLog);
    QCOMPARE(wire.size(), 5);
    const QStringList methods{"server_info_query",
                              "build",
                              "flash",
                              "open_transport",
                              "close_transport"};
    for (int i = 0; i < 5; ++i) {
        const QJsonObject request = QJsonDocument::fromJson(wire[i].toUtf8()).object();
        QCOMPARE(request["id"].toInt(), i + 1);
        QCOMPARE(request["method"].toString(), methods[i]);
        QVERIFY(request["params"].isObject());
        QCOMPARE(request["jsonrpc"].toString(), QString("2.0"));
    }
    QCOMPARE(wire[1],
             QString("{\"jsonrpc\":\"2.0\",\"method\":\"build\",\"params\":{\"options\":"
                     "{\"verbose\":true}},\"id\":2}"));
    QCOMPARE(wire[4],
             QString("{\"jsonrpc\":\"2.0\",\"method\":\"close_transport\",\"params\":{},"
                     "\"id\":5}"));
    client->stop();
}

void tst_ProjectApiClient::deadlineTimesOutAndStopsTheServer()
{
    auto client = startClient("hang@server_info_query");
    QVERIFY(client);
    // A first answer: the server runs and reads requests; only server_info_query hangs.
    Outcome<QJsonValue> flash;
    client->flash({}, flash.callback());
    WAIT_OK(flash);

    client->setDeadline("server_info_query", 300ms);
    QSignalSpy stopped(client.get(), &ProjectApiClient::stopped);
    Outcome<ServerInfo> info;
    Outcome<QJsonValue> build;
    client->serverInfoQuery("0.18.0", info.callback());
    client->build({}, build.callback());
    // The server never answers: only the deadline can end the call, and then the queued one.
    WAIT_ERROR(info, ErrorCode::Timeout);
    QVERIFY(info.result().error().message.contains("server_info_query"));
    WAIT_ERROR(build, ErrorCode::Timeout);
    QCOMPARE(build.result().error().location, QString("build"));
    // Then the server is stopped: it ignores EOF while it hangs, so SIGTERM ends it.
    QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 30000);
    const auto status = stopped.first().first().value<ExitStatus>();
    QCOMPARE(status.kind, ExitStatus::Kind::Signalled);
    QCOMPARE(status.signal, SIGTERM);
    // The queued build never reached the server.
    const QStringList wire = readLines(m_wireLog);
    QCOMPARE(wire.size(), 2);
    QVERIFY(wire[0].contains("\"flash\""));
    QVERIFY(wire[1].contains("\"server_info_query\""));
}

void tst_ProjectApiClient::deadlineCapEndsAHangingBuild_data()
{
    QTest::addColumn<bool>("fromEnvironment");
    QTest::newRow("setDeadlineCap") << false;
    QTest::newRow("TINYDEPLOY_SERVER_TIMEOUT_SEC") << true;
}

void tst_ProjectApiClient::deadlineCapEndsAHangingBuild()
{
    QFETCH(bool, fromEnvironment);
    // build has no deadline of its own: only the cap ends a build that hangs.
    if (fromEnvironment)
        qputenv("TINYDEPLOY_SERVER_TIMEOUT_SEC", "0.3");
    auto client = startClient("hang@build");
    qunsetenv("TINYDEPLOY_SERVER_TIMEOUT_SEC");
    QVERIFY(client);
    if (!fromEnvironment)
        client->setDeadlineCap(300ms);
    QVERIFY(!ProjectApiClient::deadlineCapFromEnvironment());
    Outcome<QJsonValue> build;
    client->build({}, build.callback());
    WAIT_ERROR(build, ErrorCode::Timeout);
    QVERIFY2(build.result().error().message.contains("did not answer build within 0.3 s"),
             qPrintable(build.result().error().message));
}

void tst_ProjectApiClient::cancelDuringBuildKillsTheGroup()
{
    auto client = startClient("grandchild_hang@build");
    QVERIFY(client);
    Outcome<QJsonValue> build;
    client->build({}, build.callback());
    QTRY_VERIFY_WITH_TIMEOUT(FakeServer::readPid(m_pidFile) > 0, 20000);
    const pid_t grandchild = FakeServer::readPid(m_pidFile);
    QSignalSpy stopped(client.get(), &ProjectApiClient::stopped);

    client->cancel();
    QVERIFY(!build.arrived()); // posted, not called inside cancel()
    WAIT_ERROR(build, ErrorCode::Cancelled);
    QTRY_VERIFY_WITH_TIMEOUT(FakeServer::isDead(grandchild) && !stopped.isEmpty(), 20000);
    // SIGTERM to the group at once, not a graceful stop first: the server (which would wait for
    // its build forever) and the build both die from it.
    const auto status = stopped.first().first().value<ExitStatus>();
    QCOMPARE(status.kind, ExitStatus::Kind::Signalled);
    QCOMPARE(status.signal, SIGTERM);
    QVERIFY(!client->isRunning());

    Outcome<QJsonValue> flash;
    client->flash({}, flash.callback());
    WAIT_ERROR(flash, ErrorCode::ServerExited);
}

void tst_ProjectApiClient::callbacksNeverRunInsideTheCall()
{
    ProjectApiClient client;
    Outcome<QJsonValue> build;
    client.build({}, build.callback());
    QVERIFY(!build.arrived());
    WAIT_ERROR(build, ErrorCode::InvalidArgument);

    Outcome<QJsonValue> bad;
    auto started = startClient("normal");
    QVERIFY(started);
    started->call("no spaces allowed", {}, bad.callback());
    QVERIFY(!bad.arrived());
    WAIT_ERROR(bad, ErrorCode::InvalidArgument);
    Outcome<QJsonValue> unknown;
    started->call("not_a_method", {}, unknown.callback());
    WAIT_ERROR(unknown, ErrorCode::MethodNotFound);
    started->stop();
}

void tst_ProjectApiClient::startErrors()
{
    ProjectApiClient client;
    const auto missing = client.start(m_tmp.filePath("nowhere"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::ServerNotFound);
    QVERIFY(!client.isRunning());
    auto running = startClient("normal");
    QVERIFY(running);
    const auto twice = running->start(m_dir);
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, ErrorCode::InvalidArgument);
    running->stop();
}

void tst_ProjectApiClient::logLinesAreForwarded()
{
    auto client = startClient("normal");
    QVERIFY(client);
    QList<LogLine> lines;
    connect(client.get(), &ProjectApiClient::logLine, this, [&](const LogLine &line) {
        lines << line;
    });
    Outcome<QJsonValue> build;
    client->build({}, build.callback());
    WAIT_OK(build);
    QTRY_VERIFY_WITH_TIMEOUT(!lines.isEmpty(), 10000);
    QCOMPARE(lines.first().text, QString("fake build: compiling main.c"));
    QCOMPARE(lines.first().stream, LogLine::Stream::Stdout);
    QVERIFY(lines.first().timestamp.isValid());
    QVERIFY(std::abs(lines.first().timestamp.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    client->stop();
}

void tst_ProjectApiClient::outputSpamWhileAnswering()
{
    auto client = startClient("spam@build", {"FAKE_SERVER_SPAM_BYTES=20000000"});
    QVERIFY(client);
    qint64 bytes = 0;
    connect(client.get(), &ProjectApiClient::logLine, this, [&](const LogLine &line) {
        bytes += line.text.size() + 1;
    });
    Outcome<QJsonValue> build;
    client->build({}, build.callback());
    WAIT_OK(build);
    QTRY_VERIFY_WITH_TIMEOUT(bytes >= 40000000, 30000);
    client->stop();
}

void tst_ProjectApiClient::fullSequence()
{
    // Template server: info, then generate with the full option set.
    auto templ = startClient("normal");
    QVERIFY(templ);
    Outcome<ServerInfo> info;
    templ->serverInfoQuery("0.18.0", info.callback());
    WAIT_OK(info);
    QVERIFY(info.result()->isTemplate);

    OptionValues options(info.result()->projectOptions);
    QVERIFY(!options.forMethod(u"generate_project")); // project_type is required
    QVERIFY(options.setAssignment("project_type=host_driven"));
    QVERIFY(options.setAssignment("compile_definitions=-DA=1 -DB"));
    const auto generateOptions = options.forMethod(u"generate_project");
    QVERIFY(generateOptions);

    const QString mlf = m_tmp.filePath("model.tar");
    {
        QFile tar(mlf);
        QVERIFY(tar.open(QIODevice::WriteOnly));
        tar.write(QByteArray(10240, '\0'));
    }
    // Relative paths are sent absolute (they would resolve against the server's cwd).
    const QString saved = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_tmp.path()));
    const auto restore = qScopeGuard([&] { QDir::setCurrent(saved); });
    Outcome<void> generate;
    templ->generateProject("model.tar", "crt", "project", *generateOptions, generate.callback());
    WAIT_OK(generate);
    const QString project = m_tmp.filePath("project");
    const QJsonObject sent = FakeServer::readJson(project + "/options.json");
    QCOMPARE(sent["standalone_crt_dir"].toString(), m_tmp.filePath("crt"));
    const QJsonObject sentOptions = sent["options"].toObject();
    QCOMPARE(sentOptions.size(), info.result()->projectOptions.size());
    QCOMPARE(sentOptions["workspace_size_bytes"].toInteger(), 2097152);
    QCOMPARE(sentOptions["verbose"], QJsonValue(false));
    QVERIFY(sentOptions["serial_number"].isNull());
    QCOMPARE(sentOptions["compile_definitions"], QJsonValue(QJsonArray{"-DA=1", "-DB"}));
    QSignalSpy templateStopped(templ.get(), &ProjectApiClient::stopped);
    templ->stop();
    QVERIFY(templateStopped.wait(10000));

    // Generated project: a new server in the project directory.
    auto client = startClient("normal", {}, project);
    QVERIFY(client);
    Outcome<ServerInfo> projectInfo;
    client->serverInfoQuery("0.18.0", projectInfo.callback());
    WAIT_OK(projectInfo);
    QVERIFY(!projectInfo.result()->isTemplate);
    QCOMPARE(projectInfo.result()->modelLibraryFormatPath, project + "/model.tar");

    Outcome<QJsonValue> build;
    client->build(options.fullSet(), build.callback());
    WAIT_OK(build);
    QVERIFY(QFileInfo(project + "/build").isDir());
    Outcome<QJsonValue> flash;
    client->flash(options.fullSet(), flash.callback());
    WAIT_OK(flash);
    QCOMPARE(flash.result()->toObject().value("serial_port").toString(), QString("/dev/null"));

    Outcome<TransportTimeouts> open;
    client->openTransport(options.fullSet(), open.callback());
    WAIT_OK(open);
    QCOMPARE(open.result()->sessionStartRetryTimeoutSec, 2.0);
    QCOMPARE(open.result()->sessionStartTimeoutSec, 5.0);
    QCOMPARE(open.result()->sessionEstablishedTimeoutSec, 5.0);

    QByteArray payload(1001, Qt::Uninitialized);
    for (char &c : payload)
        c = char(QRandomGenerator::global()->bounded(256));
    payload[0] = '\xff';
    payload[1] = '\xfd';
    Outcome<void> write;
    client->writeTransport(payload, 10.0, write.callback());
    WAIT_OK(write);
    // Short reads are normal: read until everything came back.
    QByteArray echoed;
    while (echoed.size() < payload.size()) {
        Outcome<QByteArray> read;
        client->readTransport(300, 0.5, read.callback());
        WAIT_OK(read);
        QVERIFY(!read.result()->isEmpty());
        QVERIFY(read.result()->size() <= 300);
        echoed += *read.result();
    }
    QCOMPARE(echoed, payload);
    Outcome<QByteArray> empty;
    client->readTransport(8, 0.1, empty.callback());
    WAIT_ERROR(empty, ErrorCode::IoTimeout);

    Outcome<void> close;
    client->closeTransport(close.callback());
    WAIT_OK(close);
    Outcome<QByteArray> closed;
    client->readTransport(8, std::nullopt, closed.callback());
    WAIT_ERROR(closed, ErrorCode::TransportClosed);

    QSignalSpy stopped(client.get(), &ProjectApiClient::stopped);
    client->stop();
    QVERIFY(stopped.wait(10000));
    QCOMPARE(stopped.first().first().value<ExitStatus>().exitCode, 0);

    // The project server's requests follow the template server's two in the wire log; its
    // ids start again at 1.
    const QStringList wire = readLines(m_wireLog);
    QCOMPARE(wire.last(),
             "{\"jsonrpc\":\"2.0\",\"method\":\"read_transport\",\"params\":{\"n\":8,"
             "\"timeout_sec\":null},\"id\":"
                 + QString::number(wire.size() - 2) + "}");
    QVERIFY(wire[2].endsWith(",\"id\":1}"));
}

QTEST_GUILESS_MAIN(tst_ProjectApiClient)
#include "tst_projectapiclient.moc"
