// The kiosk: configuration parsing, error sentences, the controller's flow, the window.

#include <drawingcanvas.h>
#include <kiosk/kioskcontroller.h>
#include <kiosk/kioskerrors.h>
#include <kiosk/kioskwindow.h>
#include <outputsview.h>

#include <deploy/deployment.h>
#include <deploy/kioskconfig.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>

using namespace TinyDeploy;
using namespace TinyDeploy::Gui;
using Phase = KioskController::Phase;

namespace {

const QString sampleModel = QStringLiteral(TINYDEPLOY_SOURCE_DIR
                                           "/resources/samples/digits_float32.tar");
const QString templatesDir = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/firmware_templates");

QString templateDir(const char *name)
{
    return templatesDir + QLatin1Char('/') + QLatin1String(name);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray configJson(const QJsonObject &fields)
{
    QJsonObject object{{QStringLiteral("format"), QStringLiteral("tinydeploy-kiosk")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("model"), sampleModel},
                       {QStringLiteral("template"), templateDir("host")}};
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().isNull())
            object.remove(it.key());
        else
            object.insert(it.key(), it.value());
    }
    return QJsonDocument(object).toJson();
}

Templates::TemplateLocator sourceTemplates()
{
    Templates::TemplateLocator locator;
    locator.setSearchPaths({templatesDir});
    locator.setUseEnvironment(false);
    locator.setUseBundled(false);
    return locator;
}

Device::PortInfo stlinkPort()
{
    Device::PortInfo port;
    port.portName = QStringLiteral("ttyACM0");
    port.systemLocation = QStringLiteral("/dev/ttyACM0");
    port.description = QStringLiteral("STM32 STLink");
    port.serialNumber = QStringLiteral("066DFF535154887067012345");
    port.vendorId = 0x0483;
    port.productId = 0x374b;
    return port;
}

} // namespace

class tst_GuiKiosk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parseGoodConfig();
    void parseBadConfig_data();
    void parseBadConfig();
    void relativePathsRoundTrip();
    void templateByName();
    void brokenPackageSaysWhatToDo();
    void errorSentences_data();
    void errorSentences();
    void everyErrorIsOneSentence();
    void physicalBoardWaitsForItsPort();
    void badConfigurationShowsWhy();
    void windowDoesNotQuitButOnCtrlQ();
    void hostFlowFromIdleToDrawing();

private:
    QTemporaryDir m_dir;
};

void tst_GuiKiosk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_GuiKiosk::parseGoodConfig()
{
    const QString path = m_dir.filePath(QStringLiteral("good.tdkiosk"));
    const QByteArray json = configJson(
        {{QStringLiteral("title"), QStringLiteral("Digits!")},
         {QStringLiteral("message"), QStringLiteral("Draw a digit.")},
         {QStringLiteral("board"), QStringLiteral("mps2-an385")},
         {QStringLiteral("options"), QJsonObject{{QStringLiteral("verbose"), true}}}});
    const Result<Deploy::KioskConfig> config = Deploy::parseKioskConfig(json, path);
    QVERIFY2(config, qPrintable(config ? QString() : config.error().fullText()));
    QCOMPARE(config->filePath, path);
    QCOMPARE(config->title, QStringLiteral("Digits!"));
    QCOMPARE(config->message, QStringLiteral("Draw a digit."));
    QCOMPARE(config->modelPath, sampleModel);
    QCOMPARE(config->board, QStringLiteral("mps2-an385"));
    QCOMPARE(config->options.value(QStringLiteral("verbose")).toBool(), true);
    QVERIFY(!config->isPackage());

    const Deploy::DeploymentSettings settings = Deploy::kioskSettings(*config,
                                                                      QStringLiteral("/t/x"));
    QCOMPARE(settings.modelPath, sampleModel);
    QCOMPARE(settings.templateDir, QStringLiteral("/t/x"));
    QCOMPARE(settings.optionValues.value(QStringLiteral("board")).toString(),
             QStringLiteral("mps2-an385"));
    QVERIFY(settings.keepDeviceOpen);
    QCOMPARE(settings.firstStep, Deploy::DeploymentStep::Generate);

    // The title defaults; message, board and options may be left out.
    const Result<Deploy::KioskConfig> minimal = Deploy::parseKioskConfig(configJson({}), path);
    QVERIFY(minimal);
    QCOMPARE(minimal->title, QStringLiteral("TinyDeploy"));
    QVERIFY(minimal->board.isEmpty());
}

void tst_GuiKiosk::parseBadConfig_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("where");
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << ErrorCode::InvalidJson << QString();
    QTest::newRow("an array") << QByteArray("[]") << ErrorCode::InvalidJson << QString();
    QTest::newRow("empty") << QByteArray() << ErrorCode::InvalidJson << QString();
    QTest::newRow("other format") << configJson(
        {{QStringLiteral("format"), QStringLiteral("tinydeploy-package")}})
                                  << ErrorCode::InvalidValue << QStringLiteral("format");
    QTest::newRow("no format") << configJson({{QStringLiteral("format"), QJsonValue::Null}})
                               << ErrorCode::InvalidValue << QStringLiteral("format");
    QTest::newRow("version 2") << configJson({{QStringLiteral("version"), 2}})
                               << ErrorCode::UnsupportedVersion << QStringLiteral("version");
    QTest::newRow("version text") << configJson({{QStringLiteral("version"), QStringLiteral("1")}})
                                  << ErrorCode::UnsupportedVersion << QStringLiteral("version");
    QTest::newRow("no model") << configJson({{QStringLiteral("model"), QJsonValue::Null}})
                              << ErrorCode::MissingField << QStringLiteral("model");
    QTest::newRow("empty model") << configJson({{QStringLiteral("model"), QStringLiteral(" ")}})
                                 << ErrorCode::MissingField << QStringLiteral("model");
    QTest::newRow("model missing on disk")
        << configJson({{QStringLiteral("model"), QStringLiteral("nowhere/model.tar")}})
        << ErrorCode::NotFound << QStringLiteral("model");
    QTest::newRow("model a number") << configJson({{QStringLiteral("model"), 7}})
                                    << ErrorCode::WrongFieldType << QStringLiteral("model");
    QTest::newRow("no template") << configJson({{QStringLiteral("template"), QJsonValue::Null}})
                                 << ErrorCode::MissingField << QStringLiteral("template");
    QTest::newRow("title a list") << configJson({{QStringLiteral("title"), QJsonArray{1}}})
                                  << ErrorCode::WrongFieldType << QStringLiteral("title");
    QTest::newRow("misspelt field") << configJson({{QStringLiteral("modle"), QStringLiteral("x")}})
                                    << ErrorCode::InvalidValue << QStringLiteral("modle");
    QTest::newRow("options a list") << configJson({{QStringLiteral("options"), QJsonArray{}}})
                                    << ErrorCode::WrongFieldType << QStringLiteral("options");
    QTest::newRow("option null") << configJson(
        {{QStringLiteral("options"), QJsonObject{{QStringLiteral("verbose"), QJsonValue()}}}})
                                 << ErrorCode::WrongFieldType << QStringLiteral("options.verbose");
    QTest::newRow("board as an option") << configJson(
        {{QStringLiteral("options"), QJsonObject{{QStringLiteral("board"), QStringLiteral("x")}}}})
                                        << ErrorCode::InvalidValue
                                        << QStringLiteral("options.board");
}

void tst_GuiKiosk::parseBadConfig()
{
    QFETCH(QByteArray, json);
    QFETCH(ErrorCode, code);
    QFETCH(QString, where);
    const QString path = m_dir.filePath(QStringLiteral("bad.tdkiosk"));
    const Result<Deploy::KioskConfig> config = Deploy::parseKioskConfig(json, path);
    QVERIFY(!config);
    QCOMPARE(config.error().code, code);
    // Every error names the file (and the field), and says what to do.
    QVERIFY2(config.error().location.startsWith(path), qPrintable(config.error().location));
    if (!where.isEmpty())
        QCOMPARE(config.error().location, path + QStringLiteral(": ") + where);
    QVERIFY2(!config.error().hint.isEmpty(), qPrintable(config.error().oneLine()));

    // Read from disk, the same error.
    QVERIFY(writeFile(path, json));
    const Result<Deploy::KioskConfig> loaded = Deploy::loadKioskConfig(path);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, code);
}

void tst_GuiKiosk::relativePathsRoundTrip()
{
    // A classroom folder: the file, the model and a template beside it.
    const QString root = m_dir.filePath(QStringLiteral("classroom"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/models")));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/templates/mine")));
    QVERIFY(writeFile(root + QStringLiteral("/models/m.tar"), "x"));
    QVERIFY(writeFile(root + QStringLiteral("/templates/mine/microtvm_api_server.py"), "#"));
    Deploy::KioskConfig config;
    config.title = QStringLiteral("T");
    config.modelPath = root + QStringLiteral("/models/m.tar");
    config.templateRef = root + QStringLiteral("/templates/mine");
    config.options = QJsonObject{{QStringLiteral("n"), 3}};
    const QString file = root + QStringLiteral("/class.tdkiosk");
    const QByteArray json = Deploy::kioskConfigJson(config, file);
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QCOMPARE(object.value(QStringLiteral("model")).toString(), QStringLiteral("models/m.tar"));
    QCOMPARE(object.value(QStringLiteral("template")).toString(), QStringLiteral("templates/mine"));

    // A model that shares no folder with the file below the root keeps its absolute path.
    Deploy::KioskConfig elsewhere = config;
    elsewhere.modelPath = QStringLiteral("/opt/td-models/m.tar");
    QCOMPARE(QJsonDocument::fromJson(Deploy::kioskConfigJson(elsewhere, file))
                 .object()
                 .value(QStringLiteral("model"))
                 .toString(),
             QStringLiteral("/opt/td-models/m.tar"));

    // Moved elsewhere with its folder, it still finds everything.
    const QString moved = m_dir.filePath(QStringLiteral("moved"));
    QVERIFY(QDir().rename(root, moved));
    QVERIFY(writeFile(moved + QStringLiteral("/class.tdkiosk"), json));
    const Result<Deploy::KioskConfig> read = Deploy::loadKioskConfig(
        moved + QStringLiteral("/class.tdkiosk"));
    QVERIFY2(read, qPrintable(read ? QString() : read.error().fullText()));
    QCOMPARE(read->modelPath, moved + QStringLiteral("/models/m.tar"));
    QCOMPARE(read->options, config.options);
    const Result<QString> dir = Deploy::kioskTemplateDir(*read, sourceTemplates());
    QVERIFY(dir);
    QCOMPARE(*dir, moved + QStringLiteral("/templates/mine"));

    // A template folder that is not there any more says so.
    QVERIFY(QDir(moved + QStringLiteral("/templates/mine")).removeRecursively());
    const Result<QString> gone = Deploy::kioskTemplateDir(*read, sourceTemplates());
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, ErrorCode::NotFound);
}

void tst_GuiKiosk::templateByName()
{
    Deploy::KioskConfig config;
    config.filePath = m_dir.filePath(QStringLiteral("named.tdkiosk"));
    config.templateRef = QStringLiteral("host");
    const Result<QString> dir = Deploy::kioskTemplateDir(config, sourceTemplates());
    QVERIFY(dir);
    QCOMPARE(*dir, templateDir("host"));
    // A name stays a name in the file.
    config.modelPath = sampleModel;
    QCOMPARE(QJsonDocument::fromJson(Deploy::kioskConfigJson(config, config.filePath))
                 .object()
                 .value(QStringLiteral("template"))
                 .toString(),
             QStringLiteral("host"));
    config.templateRef = QStringLiteral("no-such-template");
    const Result<QString> missing = Deploy::kioskTemplateDir(config, sourceTemplates());
    QVERIFY(!missing);
    QVERIFY2(missing.error().hint.contains(QStringLiteral("qemu-cortex-m")),
             qPrintable(missing.error().hint));
}

void tst_GuiKiosk::brokenPackageSaysWhatToDo()
{
    const QString path = m_dir.filePath(QStringLiteral("Digits class.tdpkg"));
    QVERIFY(writeFile(path, "package"));
    const Result<Deploy::KioskConfig> config = Deploy::loadKioskConfig(path);
    QVERIFY(config);
    QVERIFY(config->isPackage());
    QCOMPARE(config->title, QStringLiteral("Digits class"));
    const Deploy::DeploymentSettings settings = Deploy::kioskSettings(*config, QString());
    QCOMPARE(settings.packagePath, path);
    QCOMPARE(settings.firstStep, Deploy::DeploymentStep::Flash);

    KioskController controller;
    controller.setRecordsRoot(m_dir.filePath(QStringLiteral("records")));
    QVERIFY(controller.load(path));
    QVERIFY(controller.canDeploy());
    controller.deploy();
    QCOMPARE(controller.phase(), Phase::Failed);
    QVERIFY(controller.error());
    // Not a package at all (a file named .tdpkg): refused before anything runs, with the
    // sentence a student can act on, the details one click away.
    QVERIFY2(controller.error()->code == ErrorCode::PackageInvalid,
             qPrintable(controller.error()->fullText()));
    QVERIFY2(controller.errorText().contains(QStringLiteral("Ask your teacher")),
             qPrintable(controller.errorText()));
}

void tst_GuiKiosk::errorSentences_data()
{
    using Step = std::optional<Deploy::DeploymentStep>;
    using Deploy::DeploymentStep;
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<Step>("step");
    QTest::addColumn<QString>("contains");
    QTest::newRow("no port") << ErrorCode::PortUnavailable << Step(DeploymentStep::Connect)
                             << QStringLiteral("Plug in the board");
    QTest::newRow("unplugged") << ErrorCode::DeviceDisconnected << Step(DeploymentStep::Run)
                               << QStringLiteral("Plug it in again");
    QTest::newRow("silent board") << ErrorCode::Timeout << Step(DeploymentStep::Connect)
                                  << QStringLiteral("did not answer");
    QTest::newRow("garbled") << ErrorCode::DeviceProtocol << Step(DeploymentStep::Run)
                             << QStringLiteral("reset button");
    QTest::newRow("too large") << ErrorCode::ModelTooLarge << Step(DeploymentStep::Generate)
                               << QStringLiteral("too large");
    QTest::newRow("no python") << ErrorCode::ServerStartFailed << Step(DeploymentStep::Generate)
                               << QStringLiteral("not set up correctly");
    QTest::newRow("compiler") << ErrorCode::ServerError << Step(DeploymentStep::Build)
                              << QStringLiteral("could not be built");
    QTest::newRow("flasher") << ErrorCode::ServerError << Step(DeploymentStep::Flash)
                             << QStringLiteral("USB cable");
    QTest::newRow("build timeout") << ErrorCode::Timeout << Step(DeploymentStep::Build)
                                   << QStringLiteral("could not be built");
    QTest::newRow("cancelled") << ErrorCode::Cancelled << Step(DeploymentStep::Build)
                               << QStringLiteral("Press Deploy");
    QTest::newRow("bad option") << ErrorCode::InvalidOption << Step(DeploymentStep::Generate)
                                << QStringLiteral("Ask your teacher");
    QTest::newRow("bad file") << ErrorCode::InvalidJson << Step()
                              << QStringLiteral("configuration");
    QTest::newRow("missing file") << ErrorCode::NotFound << Step() << QStringLiteral("missing");
    QTest::newRow("broken model") << ErrorCode::ArchiveCorrupt << Step(DeploymentStep::Generate)
                                  << QStringLiteral("damaged");
}

void tst_GuiKiosk::errorSentences()
{
    QFETCH(ErrorCode, code);
    QFETCH(std::optional<Deploy::DeploymentStep>, step);
    QFETCH(QString, contains);
    const QString text = kioskErrorText(makeError(code, QStringLiteral("x")), step);
    QVERIFY2(text.contains(contains), qPrintable(text));
}

void tst_GuiKiosk::everyErrorIsOneSentence()
{
    // Whatever fails where, the students read a short text that says what to do.
    const QList<std::optional<Deploy::DeploymentStep>> steps{std::nullopt,
                                                             Deploy::DeploymentStep::Generate,
                                                             Deploy::DeploymentStep::Build,
                                                             Deploy::DeploymentStep::Flash,
                                                             Deploy::DeploymentStep::Connect,
                                                             Deploy::DeploymentStep::Run};
    for (int code = 0; code <= int(lastErrorCode); ++code) {
        for (const auto &step : steps) {
            const QString text = kioskErrorText(makeError(ErrorCode(code), QStringLiteral("m")),
                                                step);
            QVERIFY(!text.isEmpty());
            QVERIFY2(text.size() < 140 && !text.contains(QLatin1Char('\n')), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Deploy"))
                         || text.contains(QStringLiteral("teacher")),
                     qPrintable(text));
        }
    }
}

void tst_GuiKiosk::physicalBoardWaitsForItsPort()
{
    QList<Device::PortInfo> ports;
    const QString path = m_dir.filePath(QStringLiteral("nucleo.tdkiosk"));
    QVERIFY(writeFile(path,
                      configJson({{QStringLiteral("template"), templateDir("stm32")},
                                  {QStringLiteral("board"), QStringLiteral("nucleo-f446re")}})));
    KioskController controller;
    controller.setPortLister([&ports] { return ports; });
    QVERIFY(controller.load(path));
    QCOMPARE(controller.phase(), Phase::WaitingForBoard);
    QVERIFY(!controller.canDeploy());
    QVERIFY2(controller.boardText().contains(QStringLiteral("Plug in a board")),
             qPrintable(controller.boardText()));
    KioskWindow window(&controller);
    QVERIFY(!window.deployButton()->isEnabled());

    // A port of another board does not count; the board's does, once it is listed.
    Device::PortInfo other = stlinkPort();
    other.vendorId = 0x1366;
    ports = {other};
    ports.append(stlinkPort());
    QTRY_COMPARE_WITH_TIMEOUT(controller.phase(), Phase::Ready, 10000);
    QVERIFY(window.deployButton()->isEnabled());
    QVERIFY2(window.boardText().contains(QStringLiteral("ttyACM0")), qPrintable(window.boardText()));

    // Two of them: which one is meant is not clear.
    Device::PortInfo second = stlinkPort();
    second.portName = QStringLiteral("ttyACM1");
    ports.append(second);
    QTRY_COMPARE_WITH_TIMEOUT(controller.phase(), Phase::WaitingForBoard, 10000);
    QVERIFY(controller.boardText().contains(QStringLiteral("unplug all but one")));

    // Unplugged.
    ports.clear();
    QTRY_VERIFY_WITH_TIMEOUT(controller.boardText().contains(QStringLiteral("Plug in")), 10000);

    // An emulated board of the same template is always ready.
    const QString emulated = m_dir.filePath(QStringLiteral("netduino.tdkiosk"));
    QVERIFY(
        writeFile(emulated,
                  configJson({{QStringLiteral("template"), templateDir("stm32")},
                              {QStringLiteral("board"), QStringLiteral("qemu-netduinoplus2")}})));
    QVERIFY(controller.load(emulated));
    QCOMPARE(controller.phase(), Phase::Ready);
    QVERIFY(controller.boardText().contains(QStringLiteral("always ready")));

    // A board the template does not have is a configuration error.
    const QString wrong = m_dir.filePath(QStringLiteral("wrong.tdkiosk"));
    QVERIFY(writeFile(wrong,
                      configJson({{QStringLiteral("template"), templateDir("stm32")},
                                  {QStringLiteral("board"), QStringLiteral("nucleo-nope")}})));
    QVERIFY(!controller.load(wrong));
    QCOMPARE(controller.phase(), Phase::NoConfiguration);
    QVERIFY(!controller.canDeploy());
}

void tst_GuiKiosk::badConfigurationShowsWhy()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.tdkiosk"));
    QVERIFY(writeFile(path, "{ not json"));
    KioskController controller;
    QVERIFY(!controller.load(path));
    KioskWindow window(&controller);
    window.show();
    QCOMPARE(controller.phase(), Phase::NoConfiguration);
    QVERIFY(!window.deployButton()->isEnabled());
    QVERIFY2(window.errorText().contains(QStringLiteral("Ask your teacher")),
             qPrintable(window.errorText()));
    // The full error, for the teacher, one click away.
    auto *details = window.findChild<QToolButton *>(QStringLiteral("detailsButton"));
    QVERIFY(details && details->isVisible());
    QVERIFY(window.detailsText().contains(path));
    QVERIFY(window.detailsText().contains(QStringLiteral("not valid JSON")));
    QTest::mouseClick(details, Qt::LeftButton);
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("detailsText"))->isVisible());
    // Deploy does nothing.
    QTest::keyClick(&window, Qt::Key_Return);
    QCOMPARE(controller.phase(), Phase::NoConfiguration);
}

void tst_GuiKiosk::windowDoesNotQuitButOnCtrlQ()
{
    KioskController controller;
    const QString path = m_dir.filePath(QStringLiteral("quit.tdkiosk"));
    QVERIFY(writeFile(path, configJson({})));
    QVERIFY(controller.load(path));
    KioskWindow window(&controller);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(window.isVisible());
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
    QVERIFY(window.isQuitting());
    QTRY_VERIFY(!window.isVisible());
}

void tst_GuiKiosk::hostFlowFromIdleToDrawing()
{
    const QString path = m_dir.filePath(QStringLiteral("host.tdkiosk"));
    QVERIFY(writeFile(path,
                      configJson({{QStringLiteral("title"), QStringLiteral("Digits")},
                                  {QStringLiteral("template"), QStringLiteral("host")}})));
    KioskController controller;
    controller.setTemplateLocator(sourceTemplates());
    controller.setRecordsRoot(m_dir.filePath(QStringLiteral("records")));
    QVERIFY(controller.load(path));
    QCOMPARE(controller.phase(), Phase::Ready);
    KioskWindow window(&controller);
    window.resize(1024, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.deployButton()->isEnabled());
    QVERIFY(!window.drawingPanel()->isVisible());

    QSignalSpy phases(&controller, &KioskController::phaseChanged);
    QList<int> percents;
    connect(&controller, &KioskController::progressChanged, this, [&] {
        percents << controller.percent();
    });
    QTest::keyClick(&window, Qt::Key_Return);
    QCOMPARE(controller.phase(), Phase::Deploying);
    QVERIFY(!window.deployButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(controller.phase() != Phase::Deploying, 300000);
    QVERIFY2(controller.phase() == Phase::Done,
             qPrintable(controller.error() ? controller.error()->fullText() : QString()));
    QCOMPARE(phases.constFirst().constFirst().value<Phase>(), Phase::Deploying);
    // One bar over the whole deployment: it only grows, and ends full.
    QVERIFY(!percents.isEmpty());
    QVERIFY(std::is_sorted(percents.begin(), percents.end()));
    QCOMPARE(percents.constLast(), 100);
    QVERIFY(controller.result());
    QVERIFY(!controller.result()->topK.isEmpty());
    QVERIFY2(window.predictionText().startsWith(QStringLiteral("The board says:")),
             qPrintable(window.predictionText()));
    QVERIFY(!window.outputsView()->topValues().isEmpty());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("latencyLabel"))
                ->text()
                .contains(QStringLiteral("µs")));
    QVERIFY(controller.canDraw());
    QVERIFY(window.drawingPanel()->isVisible());
    QVERIFY(window.deployButton()->isEnabled());

    // A "1" drawn on the canvas: as the pen lifts, the device answers for it.
    DrawingCanvas *canvas = window.drawingPanel()->canvas();
    const QRectF area = canvas->drawingRect();
    const auto at = [&area](double x, double y) {
        return QPoint(qRound(area.left() + x * area.width()),
                      qRound(area.top() + y * area.height()));
    };
    QSignalSpy results(&controller, &KioskController::resultChanged);
    QTest::mousePress(canvas, Qt::LeftButton, {}, at(0.5, 0.1));
    for (int i = 2; i <= 9; ++i)
        QTest::mouseMove(canvas, at(0.5, i / 10.0));
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, at(0.5, 0.9));
    QTRY_VERIFY_WITH_TIMEOUT(controller.result()
                                 && controller.result()->input.name == QStringLiteral("drawing")
                                 && !controller.deployment()->isActive(),
                             60000);
    QCOMPARE(controller.phase(), Phase::Done);
    QVERIFY2(window.predictionText().startsWith(QStringLiteral("You drew:")),
             qPrintable(window.predictionText()));
    QCOMPARE(controller.deployment()->round(), 2u);

    // Three drawings while the device is busy with the first: the first runs (round 3), the
    // third replaces the second and runs when the first ends (round 4), and nothing more.
    const QList<Stroke> first{{{0.2, 0.2}, {0.8, 0.2}, {0.2, 0.8}, {0.8, 0.8}}};
    const QList<Stroke> second{{{0.5, 0.1}, {0.5, 0.9}}};
    const QList<Stroke> third{{{0.3, 0.3}, {0.7, 0.3}, {0.7, 0.7}, {0.3, 0.7}, {0.3, 0.3}}};
    controller.runDrawing(first);
    QVERIFY(controller.deployment()->isActive());
    controller.runDrawing(second);
    controller.runDrawing(third);
    QTRY_VERIFY_WITH_TIMEOUT(controller.deployment()->round() == 4
                                 && !controller.deployment()->isActive(),
                             60000);
    QCoreApplication::processEvents();
    QCOMPARE(controller.deployment()->round(), 4u);
    const Result<Deploy::InputSet> newest = drawingInput(third,
                                                         *controller.deployment()->deviceInfo());
    QVERIFY(newest);
    QCOMPARE(controller.result()->input.tensors.constFirst().data(),
             newest->tensors.constFirst().data());

    bool stopped = false;
    controller.shutdown([&stopped] { stopped = true; });
    QTRY_VERIFY_WITH_TIMEOUT(stopped, 20000);
}

QTEST_MAIN(tst_GuiKiosk)
#include "tst_gui_kiosk.moc"
