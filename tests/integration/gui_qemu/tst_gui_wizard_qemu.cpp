// The deployment wizard driven through its widgets, on each template's emulated board: the
// MPS2 Cortex-M3, the STM32F405 (the F4 Nucleo firmware on QEMU's netduinoplus2) and the
// micro:bit's nRF51822.

#include "auto/gui_wizard/wizarddriver.h"

#include <latencychart.h>
#include <outputsview.h>

#include <deploy/deployment.h>

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace TinyDeploy;
using namespace TinyDeploy::Gui;
using namespace WizardDriver;

class tst_GuiWizardQemu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void qemuFromModelToRun_data();
    void qemuFromModelToRun();

private:
    QTemporaryDir m_records;
};

void tst_GuiWizardQemu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TinyDeployTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_wizard_qemu"));
    QSettings().clear();
    QVERIFY(m_records.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("qemu-system-arm")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("arm-none-eabi-gcc")).isEmpty())
        QSKIP("qemu-system-arm or arm-none-eabi-gcc is not installed (./test.sh installs them)");
}

void tst_GuiWizardQemu::qemuFromModelToRun_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<QString>("board");
    QTest::newRow("qemu-cortex-m mps2-an385") << "qemu-cortex-m"
                                              << "mps2-an385";
    QTest::newRow("stm32 qemu-netduinoplus2") << "stm32"
                                              << "qemu-netduinoplus2";
    QTest::newRow("microbit qemu-microbit") << "microbit"
                                            << "qemu-microbit";
}

void tst_GuiWizardQemu::qemuFromModelToRun()
{
    QFETCH(QString, templateName);
    QFETCH(QString, board);
    const auto window = makeWindow({QStringLiteral(TINYDEPLOY_SOURCE_DIR "/firmware_templates")},
                                   m_records.path());
    openSampleAndChoose(*window, templateName);
    auto *boards = window->targetPage()->findChild<QComboBox *>(QStringLiteral("boardCombo"));
    QVERIFY(boards);
    const int index = boards->findData(board);
    QVERIFY(index >= 0);
    boards->setCurrentIndex(index);
    emit boards->activated(index);
    QCOMPARE(window->controller()->boardName(), board);

    QSignalSpy results(window->controller(), &WizardController::runResultReady);
    deployFromTarget(*window);
    QTRY_VERIFY_WITH_TIMEOUT(window->controller()->state(WizardStep::Run) == StepState::Done
                                 || window->controller()->state(WizardStep::Build)
                                        == StepState::Failed
                                 || window->controller()->state(WizardStep::Flash)
                                        == StepState::Failed
                                 || window->controller()->state(WizardStep::Run)
                                        == StepState::Failed,
                             400000);
    for (WizardStep step : {WizardStep::Build, WizardStep::Flash, WizardStep::Run}) {
        const Error *error = window->controller()->error(step);
        QVERIFY2(!error, error ? qPrintable(error->fullText()) : "");
    }
    QCOMPARE(window->currentStep(), WizardStep::Run);

    QFile labelsFile(QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples/inputs/labels.json"));
    QVERIFY(labelsFile.open(QIODevice::ReadOnly));
    const QJsonObject labels = QJsonDocument::fromJson(labelsFile.readAll()).object();
    QCOMPARE(results.size(), 5);
    for (const QList<QVariant> &arguments : std::as_const(results)) {
        const auto result = arguments.at(0).value<Deploy::RunResult>();
        QVERIFY(!result.topK.isEmpty());
        const qint64 label = labels.value(result.input.name + QStringLiteral(".npy"))
                                 .toObject()
                                 .value(QStringLiteral("label"))
                                 .toInteger(-1);
        QCOMPARE(result.topK.constFirst().index, label);
        QVERIFY(result.cyclesEmulated);
    }
    RunPage *run = window->runPage();
    QVERIFY2(run->predictionText().contains(QStringLiteral("which is right")),
             qPrintable(run->predictionText()));
    QVERIFY2(run->deviceText().contains(QStringLiteral("emulated")), qPrintable(run->deviceText()));
    QTRY_VERIFY(run->latencyChart()->pointCount() > 0);
    QCOMPARE(run->outputsView()->agrees(), std::optional<bool>(true));

    bool stopped = false;
    window->controller()->stopDevice([&stopped] { stopped = true; });
    QTRY_VERIFY_WITH_TIMEOUT(stopped, 20000);
}

QTEST_MAIN(tst_GuiWizardQemu)
#include "tst_gui_wizard_qemu.moc"
