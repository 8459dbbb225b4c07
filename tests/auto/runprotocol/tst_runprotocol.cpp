// Which protocol a project speaks and over which link (deploy/runprotocol.h): the decision
// table, the model facts read from real archives, and what a project remembers.

#include <deploy/projectstate.h>
#include <deploy/runprotocol.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Deploy;

Q_DECLARE_METATYPE(TinyDeploy::Deploy::ModelRunFacts)

namespace {

const QString samplesDir = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples");

ModelRunFacts graphModel(bool systemLib = true)
{
    return ModelRunFacts{QStringLiteral("graph"), systemLib, false};
}

ModelRunFacts aotModel(bool cInterface, bool systemLib = true)
{
    return ModelRunFacts{QStringLiteral("aot"), systemLib, cInterface};
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

/// An extracted MLF folder with @p executor and one generated C file holding @p code.
bool writeModel(const QString &dir, const QString &executor, const QByteArray &code)
{
    const QByteArray metadata
        = QJsonDocument(
              QJsonObject{
                  {QStringLiteral("version"), 7},
                  {QStringLiteral("modules"),
                   QJsonObject{{QStringLiteral("default"),
                                QJsonObject{
                                    {QStringLiteral("executors"), QJsonArray{executor}},
                                    {QStringLiteral("style"), QStringLiteral("full-model")},
                                    {QStringLiteral("model_name"), QStringLiteral("default")},
                                    {QStringLiteral("target"), QJsonArray{QStringLiteral("c")}},
                                }}}},
              })
              .toJson();
    return writeFile(dir + QStringLiteral("/metadata.json"), metadata)
           && writeFile(dir + QStringLiteral("/codegen/host/src/default_lib0.c"), code);
}

} // namespace

class tst_RunProtocol : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void decision_data();
    void decision();
    void choiceJson_data();
    void choiceJson();
    void description_data();
    void description();
    void modelFactsOfRealArchives_data();
    void modelFactsOfRealArchives();
    void modelFactsOfExtractedFolders_data();
    void modelFactsOfExtractedFolders();
    void projectTypeComesFromTheFlashResultFirst();
    void ourProjectsAreKnownWithoutAPortInTheFlashResult();
    void projectRemembersAndReadsItsChoice();
    void projectWithoutModelSaysSo();
};

void tst_RunProtocol::decision_data()
{
    QTest::addColumn<bool>("ourTemplate");
    QTest::addColumn<QString>("projectType");
    QTest::addColumn<ModelRunFacts>("model");
    QTest::addColumn<QString>("serialPort");
    // Expected: "framed/serial-port", "microtvm-rpc/project-api-transport/graph", or
    // "error:<words of the sentence>".
    QTest::addColumn<QString>("expected");

    const QString pty = QStringLiteral("/dev/pts/7");
    // Our templates.
    QTest::newRow("ours, no project type: framed")
        << true << QString() << aotModel(true, false) << pty << "framed/serial-port";
    QTest::newRow("ours, standalone: framed, the port asked for later")
        << true << "standalone" << aotModel(true, false) << QString() << "framed/serial-port";
    QTest::newRow("ours, standalone, even a graph model")
        << true << "standalone" << graphModel() << pty << "framed/serial-port";
    QTest::newRow("ours, host_driven, graph, the port named by the user: RPC on it")
        << true << "host_driven" << graphModel() << QString("given:" + pty)
        << "microtvm-rpc/serial-port/graph";
    // The flash reported the port, but the device there may have made its one graph executor
    // of this boot already: the transport starts a fresh one.
    QTest::newRow("ours, host_driven, graph, the port the flash reported: the transport")
        << true << "host_driven" << graphModel() << pty
        << "microtvm-rpc/project-api-transport/graph";
    QTest::newRow("ours, host_driven, graph, no port: the transport")
        << true << "host_driven" << graphModel() << QString()
        << "microtvm-rpc/project-api-transport/graph";
    QTest::newRow("ours, host_driven, packed AOT")
        << true << "host_driven" << aotModel(false) << QString("given:" + pty)
        << "microtvm-rpc/serial-port/aot";
    QTest::newRow("ours, host_driven, AOT C interface")
        << true << "host_driven" << aotModel(true, false) << pty
        << "error:AOT executor's C interface|project_type standalone";
    QTest::newRow("ours, host_driven, graph without system lib")
        << true << "host_driven" << graphModel(false) << pty << "error:--runtime-crt-system-lib";
    // TVM's CRT host template: no project types, its device is the server's child.
    QTest::newRow("TVM CRT host, graph: the transport")
        << false << QString() << graphModel() << QString()
        << "microtvm-rpc/project-api-transport/graph";
    QTest::newRow("TVM CRT host, AOT C interface")
        << false << QString() << aotModel(true, false) << QString()
        << "error:only runs in standalone firmware|graph executor";
    QTest::newRow("TVM CRT host, graph without system lib")
        << false << QString() << graphModel(false) << QString() << "error:--runtime-crt-system-lib";
    QTest::newRow("TVM CRT host, operator-style archive")
        << false << QString() << ModelRunFacts{} << QString() << "error:no graph or AOT executor";
    // Zephyr and Arduino.
    QTest::newRow("Zephyr host_driven, a port given: direct serial")
        << false << "host_driven" << graphModel() << "/dev/ttyACM0"
        << "microtvm-rpc/serial-port/graph";
    QTest::newRow("Zephyr host_driven, no port: the transport")
        << false << "host_driven" << aotModel(false) << QString()
        << "microtvm-rpc/project-api-transport/aot";
    QTest::newRow("Zephyr aot_standalone_demo: neither")
        << false << "aot_standalone_demo" << aotModel(true, false) << QString()
        << "error:aot_standalone_demo|project_type host_driven";
    QTest::newRow("Arduino example_project: neither")
        << false << "example_project" << graphModel() << "/dev/ttyACM0"
        << "error:neither TinyDeploy's protocol nor microTVM RPC";
}

void tst_RunProtocol::decision()
{
    QFETCH(bool, ourTemplate);
    QFETCH(QString, projectType);
    QFETCH(ModelRunFacts, model);
    QFETCH(QString, serialPort);
    QFETCH(QString, expected);

    RunFacts facts;
    facts.ourTemplate = ourTemplate;
    facts.projectType = projectType;
    facts.model = model;
    // "given:PORT": the user named the port, rather than the flash reporting it.
    facts.portGiven = serialPort.startsWith(QLatin1String("given:"));
    facts.serialPort = facts.portGiven ? serialPort.mid(6) : serialPort;
    facts.projectDir = QStringLiteral("/projects/p");
    const Result<RunChoice> choice = chooseRun(facts);
    if (expected.startsWith(QLatin1String("error:"))) {
        QVERIFY(!choice);
        const Error &error = choice.error();
        QCOMPARE(error.location, facts.projectDir);
        QVERIFY(!error.hint.isEmpty()); // the next step
        const QString text = error.message + QLatin1Char(' ') + error.hint;
        for (const QString &words : expected.mid(6).split(QLatin1Char('|')))
            QVERIFY2(text.contains(words), qPrintable(text));
        // One sentence: what happened and why.
        QCOMPARE(error.message.count(QLatin1String(". ")), 0);
        return;
    }
    QVERIFY2(choice, qPrintable(choice ? QString() : choice.error().oneLine()));
    QStringList parts{Device::runProtocolName(choice->protocol), runLinkName(choice->link)};
    if (choice->executor != RunExecutor::None)
        parts << runExecutorName(choice->executor);
    QCOMPARE(parts.join(QLatin1Char('/')), expected);
    QCOMPARE(choice->canProfile(), expected.endsWith(QLatin1String("/graph")));
}

void tst_RunProtocol::choiceJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("protocol");
    QTest::newRow("framed") << QByteArray(R"({"protocol":"framed","link":"serial-port"})") << true
                            << "framed";
    QTest::newRow("rpc") << QByteArray(
        R"({"protocol":"microtvm-rpc","link":"project-api-transport","executor":"graph"})")
                         << true << "microtvm-rpc";
    QTest::newRow("unknown protocol")
        << QByteArray(R"({"protocol":"morse","link":"serial-port"})") << false << QString();
    QTest::newRow("unknown link") << QByteArray(R"({"protocol":"framed","link":"pigeon"})") << false
                                  << QString();
    QTest::newRow("not an object") << QByteArray(R"(["framed"])") << false << QString();
}

void tst_RunProtocol::choiceJson()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(QString, protocol);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonValue value = document.isObject() ? QJsonValue(document.object())
                                                 : QJsonValue(document.array());
    const std::optional<RunChoice> choice = RunChoice::fromJson(value);
    QCOMPARE(bool(choice), valid);
    if (!choice)
        return;
    QCOMPARE(Device::runProtocolName(choice->protocol), protocol);
    QCOMPARE(choice->toJson(), document.object());
    QCOMPARE(RunChoice::fromJson(choice->toJson()), choice);
}

void tst_RunProtocol::description_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("expected");
    QTest::newRow("rpc transport")
        << QByteArray(
               R"({"protocol":"microtvm-rpc","link":"project-api-transport","executor":"graph"})")
        << QString() << "microTVM RPC, graph executor, over the Project API transport";
    QTest::newRow("rpc aot serial")
        << QByteArray(R"({"protocol":"microtvm-rpc","link":"serial-port","executor":"aot"})")
        << "/dev/pts/3"
        << "microTVM RPC, AOT executor, over the serial port /dev/pts/3";
    QTest::newRow("framed") << QByteArray(R"({"protocol":"framed","link":"serial-port"})")
                            << "/dev/ttyACM0"
                            << "TinyDeploy protocol, over the serial port /dev/ttyACM0";
}

void tst_RunProtocol::description()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, port);
    QFETCH(QString, expected);
    const std::optional<RunChoice> choice = RunChoice::fromJson(
        QJsonDocument::fromJson(json).object());
    QVERIFY(choice);
    QCOMPARE(describeRun(*choice, port), expected);
}

void tst_RunProtocol::modelFactsOfRealArchives_data()
{
    QTest::addColumn<QString>("archive");
    QTest::addColumn<QString>("executor");
    QTest::addColumn<bool>("systemLib");
    QTest::addColumn<bool>("aotCInterface");
    QTest::newRow("digits_int8 (AOT, C interface)") << "digits_int8.tar"
                                                    << "aot" << false << true;
    QTest::newRow("digits_float32 (AOT, C interface)") << "digits_float32.tar"
                                                       << "aot" << false << true;
    QTest::newRow("digits_int8_graph (graph, system lib)") << "digits_int8_graph.tar"
                                                           << "graph" << true << false;
    QTest::newRow("digits_float32_graph (graph, system lib)") << "digits_float32_graph.tar"
                                                              << "graph" << true << false;
}

void tst_RunProtocol::modelFactsOfRealArchives()
{
    QFETCH(QString, archive);
    QFETCH(QString, executor);
    QFETCH(bool, systemLib);
    QFETCH(bool, aotCInterface);
    const QString path = samplesDir + QLatin1Char('/') + archive;
    if (!QFileInfo::exists(path))
        QSKIP(qPrintable(QStringLiteral("%1 is not in this tree (the graph samples come with "
                                        "the crtdevice branch).")
                             .arg(archive)));
    const Result<ModelRunFacts> facts = modelRunFacts(path);
    QVERIFY2(facts, qPrintable(facts ? QString() : facts.error().oneLine()));
    QCOMPARE(facts->executor, executor);
    QCOMPARE(facts->systemLib, systemLib);
    QCOMPARE(facts->aotCInterface, aotCInterface);
}

void tst_RunProtocol::modelFactsOfExtractedFolders_data()
{
    QTest::addColumn<QString>("executor");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<bool>("systemLib");
    QTest::addColumn<bool>("aotCInterface");
    QTest::newRow("graph with the system library")
        << "graph" << QByteArray("const TVMModule* TVMSystemLibEntryPoint(void) { return 0; }")
        << true << false;
    QTest::newRow("graph without it")
        << "graph" << QByteArray("int f(void) { return 0; }") << false << false;
    QTest::newRow("packed AOT")
        << "aot"
        << QByteArray("int tvmgen_default_get_c_metadata(void) { return 0; }\n"
                      "const TVMModule* TVMSystemLibEntryPoint(void) { return 0; }")
        << true << false;
    QTest::newRow("AOT C interface")
        << "aot" << QByteArray("int32_t tvmgen_default_run(void *in, void *out) { return 0; }")
        << false << true;
}

void tst_RunProtocol::modelFactsOfExtractedFolders()
{
    QFETCH(QString, executor);
    QFETCH(QByteArray, code);
    QFETCH(bool, systemLib);
    QFETCH(bool, aotCInterface);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeModel(dir.path(), executor, code));
    const Result<ModelRunFacts> facts = modelRunFacts(dir.path());
    QVERIFY2(facts, qPrintable(facts ? QString() : facts.error().oneLine()));
    QCOMPARE(facts->executor, executor);
    QCOMPARE(facts->systemLib, systemLib);
    QCOMPARE(facts->aotCInterface, aotCInterface);
}

void tst_RunProtocol::projectTypeComesFromTheFlashResultFirst()
{
    const QJsonObject options{{QStringLiteral("project_type"), QStringLiteral("standalone")}};
    const QJsonObject flashed{{QStringLiteral("serial_port"), QStringLiteral("/dev/pts/1")},
                              {QStringLiteral("project_type"), QStringLiteral("host_driven")}};
    QCOMPARE(projectTypeOf(flashed, options), QStringLiteral("host_driven"));
    QCOMPARE(projectTypeOf(QJsonValue(), options), QStringLiteral("standalone"));
    QCOMPARE(projectTypeOf(QJsonValue(), {}), QString());
    QVERIFY(isOurFlashResult(flashed));
    QVERIFY(!isOurFlashResult(QJsonValue())); // TVM's templates flash to null
}

void tst_RunProtocol::projectRemembersAndReadsItsChoice()
{
    // TVM's CRT host project: flash returned null, no port anywhere: the transport.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeModel(dir.filePath(QStringLiteral("model")),
                       QStringLiteral("graph"),
                       "const TVMModule* TVMSystemLibEntryPoint(void) { return 0; }"));
    ProjectState state;
    state.templateName = QStringLiteral("crt");
    state.flashed = QDateTime::currentDateTimeUtc();
    QVERIFY(state.save(dir.path()));
    Result<RunChoice> choice = runChoiceForProject(dir.path(), QString());
    QVERIFY2(choice, qPrintable(choice ? QString() : choice.error().oneLine()));
    QCOMPARE(choice->protocol, Device::RunProtocol::MicroTvmRpc);
    QCOMPARE(choice->link, RunLink::ProjectApiTransport);
    QCOMPARE(choice->executor, RunExecutor::Graph);

    // A port the user gives means the direct path.
    choice = runChoiceForProject(dir.path(), QStringLiteral("/dev/ttyUSB0"));
    QVERIFY(choice);
    QCOMPARE(choice->link, RunLink::SerialPort);

    // What the Connect step remembered wins (it is what was decided for this firmware).
    state.run = RunChoice{Device::RunProtocol::MicroTvmRpc, RunLink::SerialPort, RunExecutor::Aot};
    QVERIFY(state.save(dir.path()));
    const Result<std::optional<ProjectState>> loaded = ProjectState::load(dir.path());
    QVERIFY(loaded && *loaded);
    QCOMPARE((*loaded)->run, state.run);
    choice = runChoiceForProject(dir.path(), QString());
    QVERIFY(choice);
    QCOMPARE(*choice, *state.run);
}

void tst_RunProtocol::projectWithoutModelSaysSo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProjectState state;
    state.flashResult = QJsonObject{{QStringLiteral("serial_port"), QStringLiteral("/dev/pts/1")},
                                    {QStringLiteral("project_type"), QStringLiteral("host_driven")}};
    QVERIFY(state.save(dir.path()));
    const Result<RunChoice> choice = runChoiceForProject(dir.path(), QString());
    QVERIFY(!choice);
    QCOMPARE(choice.error().code, ErrorCode::NotFound);
    QVERIFY(choice.error().message.contains(QLatin1String("model/metadata.json")));
}

void tst_RunProtocol::ourProjectsAreKnownWithoutAPortInTheFlashResult()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A real board flashed through a GDB server: the flash result names no port (the user
    // gives it), yet the project is ours and speaks our framed protocol.
    const QJsonObject flashed{{QStringLiteral("flasher"), QStringLiteral("gdb")}};
    QVERIFY(!isOurProject(dir.path(), flashed));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("tdserver")));
    QFile main(dir.filePath(QStringLiteral("tdserver/__main__.py")));
    QVERIFY(main.open(QIODevice::WriteOnly));
    main.close();
    QVERIFY(isOurProject(dir.path(), flashed));
    QVERIFY(
        isOurProject(QStringLiteral("/nowhere"),
                     QJsonObject{{QStringLiteral("serial_port"), QStringLiteral("/dev/pts/3")}}));

    RunFacts facts;
    facts.ourTemplate = isOurProject(dir.path(), flashed);
    facts.model.executor = QStringLiteral("aot");
    facts.model.aotCInterface = true;
    facts.serialPort = QStringLiteral("/dev/ttyACM0");
    facts.portGiven = true;
    const Result<RunChoice> choice = chooseRun(facts);
    QVERIFY(choice.has_value());
    QCOMPARE(choice->protocol, Device::RunProtocol::Framed);
}

QTEST_GUILESS_MAIN(tst_RunProtocol)
#include "tst_runprotocol.moc"
