// The deployment wizard driven through its widgets with the qemu-cortex-m template.

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

void tst_GuiWizardQemu::qemuFromModelToRun()
{
    const auto window = makeWindow({QStringLiteral(TINYDEPLOY_SOURCE_DIR "/firmware_templates")},
                                   m_records.path());
    openSampleAndChoose(*window, QStringLiteral("qemu-cortex-m"));
    auto *boards = window->targetPage()->findChild<QComboBox *>(QStringLiteral("boardCombo"));
    QVERIFY(boards);
    const int an385 = boards->findData(QStringLiteral("mps2-an385"));
    QVERIFY(an385 >= 0);
    boards->setCurrentIndex(an385);
    emit boards->activated(an385);
    QCOMPARE(window->controller()->boardName(), QStringLiteral("mps2-an385"));

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
