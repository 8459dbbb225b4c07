// The kiosk end to end: a configuration written by tinydeploy-cli kiosk-config, deployed to
// the host template with Enter, a digit drawn with the mouse, and one screenshot.

#include <drawingcanvas.h>
#include <kiosk/kioskcontroller.h>
#include <kiosk/kioskwindow.h>
#include <outputsview.h>

#include <deploy/deployment.h>
#include <templates/templatelocator.h>

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Gui;
using Phase = KioskController::Phase;

class tst_Kiosk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void teacherWritesConfiguration();
    void studentDeploysAndDraws();

private:
    QTemporaryDir m_dir;
    QString m_config;
    QString m_templates = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/firmware_templates");
};

void tst_Kiosk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_config = m_dir.filePath(QStringLiteral("class/digits.tdkiosk"));
    QVERIFY(QDir().mkpath(QFileInfo(m_config).absolutePath()));
}

void tst_Kiosk::teacherWritesConfiguration()
{
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TINYDEPLOY_TEMPLATE_PATH"), m_templates);
    cli.setProcessEnvironment(environment);
    // A wrong board is refused with the boards there are.
    cli.start(QStringLiteral(TINYDEPLOY_CLI),
              {QStringLiteral("kiosk-config"),
               QStringLiteral("--model"),
               QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples/digits_float32.tar"),
               QStringLiteral("--template"),
               m_templates + QStringLiteral("/qemu-cortex-m"),
               QStringLiteral("--board"),
               QStringLiteral("no-such-board"),
               QStringLiteral("-o"),
               m_dir.filePath(QStringLiteral("wrong.tdkiosk"))});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY2(cli.readAllStandardError().contains("mps2-an385"), "the error lists the boards");
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("wrong.tdkiosk"))));

    cli.start(QStringLiteral(TINYDEPLOY_CLI),
              {QStringLiteral("kiosk-config"),
               QStringLiteral("--model"),
               QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples/digits_float32.tar"),
               QStringLiteral("--template"),
               QStringLiteral("host"),
               QStringLiteral("--title"),
               QStringLiteral("Handwritten digits"),
               QStringLiteral("--message"),
               QStringLiteral("Press Deploy, then draw a digit in the white square."),
               QStringLiteral("-o"),
               m_config});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QVERIFY(QFileInfo::exists(m_config));
}

void tst_Kiosk::studentDeploysAndDraws()
{
    if (!QFileInfo::exists(m_config))
        QSKIP("The configuration was not written (see teacherWritesConfiguration).");
    KioskController controller;
    Templates::TemplateLocator locator;
    locator.setSearchPaths({m_templates});
    locator.setUseEnvironment(false);
    locator.setUseBundled(false);
    controller.setTemplateLocator(locator);
    controller.setRecordsRoot(m_dir.filePath(QStringLiteral("records")));
    const Result<void> loaded = controller.load(m_config);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().fullText()));
    KioskWindow window(&controller);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("Handwritten digits"));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // The button has the focus from the start: Space or Enter is all a student needs.
    QTRY_VERIFY(window.deployButton()->hasFocus());

    // Space on the focused button deploys, like Enter.
    QTest::keyClick(window.deployButton(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(controller.phase() != Phase::Deploying
                                 && controller.phase() != Phase::Ready,
                             300000);
    QVERIFY2(controller.phase() == Phase::Done,
             qPrintable(controller.error() ? controller.error()->fullText() : QString()));
    QVERIFY2(window.predictionText().startsWith(QStringLiteral("The board says:")),
             qPrintable(window.predictionText()));

    // A "7", drawn with the mouse: a bar across the top, then down to the bottom left.
    DrawingCanvas *canvas = window.drawingPanel()->canvas();
    QVERIFY(canvas->isVisible());
    const QRectF area = canvas->drawingRect();
    const auto at = [&area](double x, double y) {
        return QPoint(qRound(area.left() + x * area.width()),
                      qRound(area.top() + y * area.height()));
    };
    QTest::mousePress(canvas, Qt::LeftButton, {}, at(0.25, 0.15));
    for (int i = 1; i <= 10; ++i)
        QTest::mouseMove(canvas, at(0.25 + 0.05 * i, 0.15));
    for (int i = 1; i <= 14; ++i)
        QTest::mouseMove(canvas, at(0.75 - 0.02 * i, 0.15 + 0.05 * i));
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, at(0.47, 0.85));
    QTRY_VERIFY_WITH_TIMEOUT(controller.result()
                                 && controller.result()->input.name == QStringLiteral("drawing")
                                 && !controller.deployment()->isActive(),
                             60000);
    QVERIFY2(window.predictionText().startsWith(QStringLiteral("You drew:")),
             qPrintable(window.predictionText()));
    qInfo("The drawn 7 is classified as: %s", qPrintable(window.predictionText()));
    QVERIFY(!window.outputsView()->topValues().isEmpty());

    // The README's picture.
    const QString outDir = qEnvironmentVariable("TINYDEPLOY_SCREENSHOT_DIR",
                                                QStringLiteral(TINYDEPLOY_BINARY_DIR
                                                               "/screenshots"));
    QVERIFY(QDir().mkpath(outDir));
    const QImage image = window.grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.save(outDir + QStringLiteral("/kiosk.png")));

    bool stopped = false;
    controller.shutdown([&stopped] { stopped = true; });
    QTRY_VERIFY_WITH_TIMEOUT(stopped, 20000);
}

QTEST_MAIN(tst_Kiosk)
#include "tst_kiosk.moc"
