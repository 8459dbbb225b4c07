// Takes a screenshot of every page of the wizard during a real deployment of the digits sample.

#include "auto/gui_wizard/wizarddriver.h"

#include <flashpage.h>
#include <languagesettings.h>
#include <latencychart.h>
#include <logmodel.h>
#include <logview.h>

#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace TinyDeploy;
using namespace TinyDeploy::Gui;
using namespace WizardDriver;

class tst_GuiScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPage();

private:
    void shoot(MainWindow &window, const QString &name);

    QTemporaryDir m_records;
    QString m_outDir;
};

void tst_GuiScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TinyDeployTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_screenshots"));
    QSettings().clear();
    // The pictures show the app as an English-speaking user sees it ("1 run", "2 runs").
    LanguageSettings::setConfiguredLanguage(QStringLiteral("en"));
    QCOMPARE(LanguageSettings::install(*QCoreApplication::instance()), QStringLiteral("en"));
    QVERIFY(m_records.isValid());
    m_outDir = qEnvironmentVariable("TINYDEPLOY_SCREENSHOT_DIR",
                                    QStringLiteral(TINYDEPLOY_BINARY_DIR "/screenshots"));
    QVERIFY(QDir().mkpath(m_outDir));
}

void tst_GuiScreenshots::shoot(MainWindow &window, const QString &name)
{
    // Let layouts, the chart's batched redraw and the progress clock settle.
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QImage image = window.grab().toImage();
    QCOMPARE(image.size(), QSize(1280, 800) * window.devicePixelRatio());
    QVERIFY(image.save(m_outDir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void tst_GuiScreenshots::everyPage()
{
    QString templateName = qEnvironmentVariable("TINYDEPLOY_SCREENSHOT_TEMPLATE");
    if (templateName.isEmpty()) {
        templateName = QStandardPaths::findExecutable(QStringLiteral("qemu-system-arm")).isEmpty()
                           ? QStringLiteral("host")
                           : QStringLiteral("qemu-cortex-m");
    }
    const auto window = makeWindow({QStringLiteral(TINYDEPLOY_SOURCE_DIR "/firmware_templates")},
                                   m_records.path());
    window->setGeometry(40, 40, 1280, 800);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    click(window->modelPage()->findChild<QPushButton *>(QStringLiteral("sampleButton")));
    QTRY_COMPARE_WITH_TIMEOUT(window->currentStep(), WizardStep::Target, 20000);
    click(window->backButton());
    shoot(*window, QStringLiteral("model"));

    click(window->nextButton());
    QTRY_VERIFY_WITH_TIMEOUT(window->targetPage()->selectTemplate(templateName), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(window->controller()->state(WizardStep::Target),
                              StepState::Done,
                              30000);
    // Wait for every template's answer, so the list shows real statuses.
    QTRY_VERIFY_WITH_TIMEOUT(!window->controller()->catalog()->isRunning(), 30000);
    shoot(*window, QStringLiteral("target"));

    click(window->nextButton());
    shoot(*window, QStringLiteral("options"));
    click(window->nextButton());
    QCOMPARE(window->currentStep(), WizardStep::Build);

    // The build page while it works, then flash and run when they are done.
    QTRY_VERIFY_WITH_TIMEOUT(window->buildPage()->logView()->model()->rowCount() > 5, 120000);
    shoot(*window, QStringLiteral("build"));
    QTRY_COMPARE_WITH_TIMEOUT(window->controller()->state(WizardStep::Run), StepState::Done, 400000);
    click(window->backButton());
    QCOMPARE(window->currentStep(), WizardStep::Flash);
    shoot(*window, QStringLiteral("flash"));
    click(window->nextButton());
    QCOMPARE(window->currentStep(), WizardStep::Run);
    // A few more runs, so the latency chart has a line.
    RunPage *run = window->runPage();
    run->findChild<QComboBox *>(QStringLiteral("inputCombo"))->setCurrentIndex(2);
    run->findChild<QSpinBox *>(QStringLiteral("runsSpin"))->setValue(30);
    QTRY_VERIFY(run->findChild<QPushButton *>(QStringLiteral("runOnceButton"))->isEnabled());
    click(run->findChild<QPushButton *>(QStringLiteral("runOnceButton")));
    QTRY_VERIFY_WITH_TIMEOUT(run->latencyChart()->totalRuns() >= 30, 60000);
    QTRY_VERIFY(!window->controller()->isBusy());
    QTRY_VERIFY(run->latencyChart()->pointCount() >= 30);
    shoot(*window, QStringLiteral("run"));
    run->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
    QTRY_VERIFY(run->latencyChart()->isVisible());
    shoot(*window, QStringLiteral("run-latency"));

    bool stopped = false;
    window->controller()->stopDevice([&stopped] { stopped = true; });
    QTRY_VERIFY_WITH_TIMEOUT(stopped, 20000);
}

QTEST_MAIN(tst_GuiScreenshots)
#include "tst_gui_screenshots.moc"
