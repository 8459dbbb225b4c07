// The deployment wizard driven through its real widgets with the real host template.

#include "wizarddriver.h"

#include "fixtures/mnemonics.h"

#include <drawingcanvas.h>
#include <errorpanel.h>
#include <flashpage.h>
#include <historydialog.h>
#include <latencychart.h>
#include <logmodel.h>
#include <logview.h>
#include <outputsview.h>

#include <deploy/deployment.h>
#include <tensor/npy.h>

#include <QAction>
#include <QApplication>
#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <cmath>
#include <csignal>

using namespace TinyDeploy;
using namespace TinyDeploy::Gui;
using namespace WizardDriver;

namespace {

/// Processes whose command line contains @p needle.
QList<qint64> processesWith(const QByteArray &needle)
{
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || pid == QCoreApplication::applicationPid())
            continue;
        QFile file(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            pids << pid;
    }
    return pids;
}

QHash<QString, qint64> sampleLabels()
{
    QFile file(QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples/inputs/labels.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QHash<QString, qint64> labels;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        labels.insert(QFileInfo(it.key()).completeBaseName(),
                      it.value().toObject().value(QStringLiteral("label")).toInteger(-1));
    return labels;
}

/// A copy of the host template whose build fails while the file named by TD_GUI_TEST_FIXED
/// does not exist, and that sleeps in a child process first when TD_GUI_TEST_SLEEP_BUILD is set.
QString makeBrokenTemplate(const QString &root)
{
    const QString source = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/firmware_templates");
    const QString dir = root + QStringLiteral("/broken-host");
    if (!QDir().mkpath(dir))
        return {};
    QFile::link(source + QStringLiteral("/common"), root + QStringLiteral("/common"));
    QFile::copy(source + QStringLiteral("/host/Makefile.template"),
                dir + QStringLiteral("/Makefile.template"));
    QFile server(source + QStringLiteral("/host/microtvm_api_server.py"));
    if (!server.open(QIODevice::ReadOnly))
        return {};
    QByteArray text = server.readAll();
    const QByteArray hook = R"PY(    def build(self, options):
        import os, subprocess
        if os.environ.get("TD_GUI_TEST_SLEEP_BUILD"):
            subprocess.run([sys.executable, "-c", "import time; time.sleep(120)", "td-gui-test-sleeper"])
        flag = os.environ.get("TD_GUI_TEST_FIXED")
        if flag is not None and not os.path.exists(flag):
            print("error: simulated compiler failure (td-gui-test)", flush=True)
            raise RuntimeError("simulated compiler failure")
        return super().build(options)

    def start_device(self, settings):
)PY";
    text.replace("    def start_device(self, settings):\n", hook);
    QFile out(dir + QStringLiteral("/microtvm_api_server.py"));
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size())
        return {};
    out.setPermissions(out.permissions() | QFileDevice::ExeOwner);
    return root;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// Results in the record's results.json.
qsizetype resultCount(const QString &record)
{
    QFile file(record + QStringLiteral("/results.json"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QStringLiteral("results"))
        .toArray()
        .size();
}

void stopDevice(MainWindow &window)
{
    bool stopped = false;
    window.controller()->stopDevice([&stopped] { stopped = true; });
    QTRY_VERIFY_WITH_TIMEOUT(stopped, 20000);
}

} // namespace

class tst_GuiWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostFromModelToRun();
    void hostInt8ShowsDequantizedOutputs();
    void runAgainFromHistory();
    void deviceDisconnectsDuringRun();
    void buildFailsThenRetrySucceeds();
    void cancelDuringBuild();
    void nextDisabledUntilStepDone();
    void keyboardOnly();
    void unavailableTemplateSaysWhy();

private:
    QTemporaryDir m_records;
    QString m_templates = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/firmware_templates");
};

void tst_GuiWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TinyDeployTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_wizard"));
    QSettings().clear();
    QVERIFY(m_records.isValid());
}

void tst_GuiWizard::hostFromModelToRun()
{
    const auto window = makeWindow({m_templates}, m_records.path());
    QCOMPARE(window->currentStep(), WizardStep::Model);
    QVERIFY(!window->nextButton()->isEnabled());

    openSampleAndChoose(*window, QStringLiteral("host"));
    QSignalSpy results(window->controller(), &WizardController::runResultReady);
    deployFromTarget(*window);

    // The pipeline moves the wizard along: Build, Flash, then Run with the sample inputs.
    QTRY_COMPARE_WITH_TIMEOUT(window->controller()->state(WizardStep::Build),
                              StepState::Done,
                              180000);
    QTRY_COMPARE_WITH_TIMEOUT(window->controller()->state(WizardStep::Run), StepState::Done, 60000);
    QCOMPARE(window->currentStep(), WizardStep::Run);
    for (WizardStep step : {WizardStep::Model,
                            WizardStep::Target,
                            WizardStep::Options,
                            WizardStep::Build,
                            WizardStep::Flash,
                            WizardStep::Run})
        QCOMPARE(window->controller()->state(step), StepState::Done);

    // Every sample is classified as its true digit, and the page shows the last one.
    const QHash<QString, qint64> labels = sampleLabels();
    QCOMPARE(results.size(), 5);
    Deploy::RunResult last;
    for (const QList<QVariant> &arguments : std::as_const(results)) {
        last = arguments.at(0).value<Deploy::RunResult>();
        QVERIFY(!last.topK.isEmpty());
        QVERIFY(labels.contains(last.input.name));
        QCOMPARE(last.topK.constFirst().index, labels.value(last.input.name));
    }
    RunPage *run = window->runPage();
    QVERIFY(run);
    QCOMPARE(run->predictedClass(), std::optional<qint64>(labels.value(last.input.name)));
    QVERIFY2(run->predictionText().contains(QStringLiteral("which is right")),
             qPrintable(run->predictionText()));
    QCOMPARE(run->outputsView()->topValues().constFirst().index, labels.value(last.input.name));
    QCOMPARE(run->outputsView()->agrees(), std::optional<bool>(true));
    QVERIFY2(run->deviceText().contains(QStringLiteral("Inputs:")), qPrintable(run->deviceText()));
    // The protocol and the link, as the deployment decided them.
    QVERIFY2(run->protocolText().contains(
                 QStringLiteral("TinyDeploy protocol, over the serial port")),
             qPrintable(run->protocolText()));
    QTRY_VERIFY(run->latencyChart()->pointCount() > 0);

    // Run once more (10 runs of one sample): the chart grows.
    const qint64 before = run->latencyChart()->totalRuns();
    auto *input = run->findChild<QComboBox *>(QStringLiteral("inputCombo"));
    input->setCurrentIndex(1);
    run->findChild<QSpinBox *>(QStringLiteral("runsSpin"))->setValue(10);
    QTRY_VERIFY(run->findChild<QPushButton *>(QStringLiteral("runOnceButton"))->isEnabled());
    click(run->findChild<QPushButton *>(QStringLiteral("runOnceButton")));
    QTRY_COMPARE_WITH_TIMEOUT(run->latencyChart()->totalRuns(), before + 10, 30000);
    QTRY_VERIFY(!window->controller()->isBusy());
    QCOMPARE(window->controller()->state(WizardStep::Run), StepState::Done);
    QTRY_VERIFY(run->latencyChart()->stats().count >= 10);
    // The second run used the connection the first one left open, and the same record: no
    // port opened again (which resets many boards), no record folder per run.
    const Deploy::Deployment *deployment = window->controller()->deployment();
    QVERIFY(deployment);
    const QString record = deployment->recordFolder();
    QVERIFY(!record.isEmpty());
    QVERIFY2(!QFileInfo::exists(record + QStringLiteral("/runs")), qPrintable(record));
    QCOMPARE(deployment->round(), 2u);
    QVERIFY(deployment->isDeviceOpen());
    QCOMPARE(
        readText(record + QStringLiteral("/logs/4-connect.log")).count(QStringLiteral("Opening "))
            + readText(record + QStringLiteral("/logs/5-run.log")).count(QStringLiteral("Opening ")),
        1);
    // The Build page shows the record's Generate and Build logs line for line: the view keeps
    // no copy of its own.
    LogModel *buildLog = window->buildPage()->logView()->model();
    buildLog->flush();
    QCOMPARE(buildLog->filePath(), record + QStringLiteral("/logs/2-build.log"));
    QCOMPARE(buildLog->rowCount(),
             readText(record + QStringLiteral("/logs/1-generate.log")).count(QLatin1Char('\n'))
                 + readText(record + QStringLiteral("/logs/2-build.log")).count(QLatin1Char('\n')));
    QVERIFY(buildLog->find(QStringLiteral("Generate project started."), -1, false) >= 0);

    // An image as input: sample_0 drawn dark on white at 32x32 is scaled back to 8x8 grey.
    const Result<Tensor::Tensor> pixels = Tensor::readNpyFile(
        QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples/inputs/float32/sample_0.npy"));
    QVERIFY(pixels);
    QImage drawing(8, 8, QImage::Format_Grayscale8);
    for (int i = 0; i < 64; ++i) {
        const int ink = qRound(255.0 * (1.0 - pixels->valueAt(i)));
        drawing.setPixelColor(i % 8, i / 8, QColor(ink, ink, ink));
    }
    const QString imagePath = m_records.filePath(QStringLiteral("drawn-zero.png"));
    QVERIFY(drawing.scaled(32, 32, Qt::IgnoreAspectRatio, Qt::FastTransformation).save(imagePath));
    QSignalSpy imageResults(window->controller(), &WizardController::runResultReady);
    run->addInputFile(imagePath);
    QCOMPARE(input->currentData().toString(), QStringLiteral("file:") + imagePath);
    click(run->findChild<QPushButton *>(QStringLiteral("runOnceButton")));
    QTRY_COMPARE_WITH_TIMEOUT(imageResults.size(), 1, 30000);
    const auto drawn = imageResults.constFirst().at(0).value<Deploy::RunResult>();
    QCOMPARE(drawn.input.name, QStringLiteral("drawn-zero"));
    QCOMPARE(drawn.topK.constFirst().index, labels.value(QStringLiteral("sample_0")));
    QTRY_VERIFY(!window->controller()->isBusy());
    QVERIFY(!QFileInfo::exists(record + QStringLiteral("/runs")));
    // Every result of the three runs is in the one record (5 samples, 1 sample, 1 image).
    QTRY_COMPARE_WITH_TIMEOUT(resultCount(record), 7, 5000);

    // A digit drawn on the page: "Draw a digit" shows the canvas beside the class bars, and
    // lifting the pen runs the drawing (no Run button).
    const int drawIndex = input->findData(QStringLiteral("draw"));
    QVERIFY(drawIndex >= 0);
    input->setCurrentIndex(drawIndex);
    DrawingPanel *panel = run->drawingPanel();
    QVERIFY(panel->isVisible());
    QSignalSpy drawnResults(window->controller(), &WizardController::runResultReady);
    DrawingCanvas *canvas = panel->canvas();
    const QRectF area = canvas->drawingRect();
    const auto at = [&area](double x, double y) {
        return QPoint(qRound(area.left() + x * area.width()),
                      qRound(area.top() + y * area.height()));
    };
    QTest::mousePress(canvas, Qt::LeftButton, {}, at(0.5, 0.1));
    for (int i = 2; i <= 9; ++i)
        QTest::mouseMove(canvas, at(0.5, i / 10.0));
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, at(0.5, 0.9));
    QTRY_COMPARE_WITH_TIMEOUT(drawnResults.size(), 1, 30000);
    QCOMPARE(drawnResults.constFirst().at(0).value<Deploy::RunResult>().input.name,
             QStringLiteral("drawing"));
    QTRY_VERIFY(!window->controller()->isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(resultCount(record), 8, 5000);

    // Every page can be driven from the keyboard: no two controls share an Alt+letter.
    for (WizardStep step : {WizardStep::Model,
                            WizardStep::Target,
                            WizardStep::Options,
                            WizardStep::Build,
                            WizardStep::Flash,
                            WizardStep::Run}) {
        QVERIFY(window->goTo(step));
        const QStringList clashes = Mnemonics::allClashes(window.get());
        QVERIFY2(clashes.isEmpty(),
                 qPrintable(wizardStepTitle(step) + ": " + clashes.join(QStringLiteral("; "))));
    }

    // Back keeps the earlier pages' state.
    QVERIFY(window->goTo(WizardStep::Run));
    click(window->backButton());
    QCOMPARE(window->currentStep(), WizardStep::Flash);
    QCOMPARE(window->controller()->state(WizardStep::Flash), StepState::Done);
    stopDevice(*window);
}

void tst_GuiWizard::hostInt8ShowsDequantizedOutputs()
{
    const auto window = makeWindow({m_templates}, m_records.path());
    window->openModel(QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples/digits_int8.tar"));
    QTRY_COMPARE_WITH_TIMEOUT(window->currentStep(), WizardStep::Target, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window->targetPage()->selectTemplate(QStringLiteral("host")), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(window->controller()->state(WizardStep::Target),
                              StepState::Done,
                              30000);
    deployFromTarget(*window);
    QTRY_COMPARE_WITH_TIMEOUT(window->controller()->state(WizardStep::Run), StepState::Done, 180000);
    RunPage *run = window->runPage();
    QVERIFY2(run->predictionText().contains(QStringLiteral("which is right")),
             qPrintable(run->predictionText()));
    // int8 logits shown as real numbers: scale 0.18198... times (q - 17), not integers.
    const QList<Tensor::RankedValue> top = run->outputsView()->topValues();
    QVERIFY(!top.isEmpty());
    bool fractional = false;
    for (const Tensor::RankedValue &value : top)
        fractional = fractional || !qFuzzyCompare(value.value, std::round(value.value));
    QVERIFY(fractional);
    QCOMPARE(run->outputsView()->agrees(), std::optional<bool>(true));
    stopDevice(*window);
}

void tst_GuiWizard::runAgainFromHistory()
{
    // One session deploys the sample to the host runner, which is then stopped.
    QTemporaryDir records;
    QVERIFY(records.isValid());
    QString project;
    QString firstRecord;
    {
        const auto window = makeWindow({m_templates}, records.path());
        openSampleAndChoose(*window, QStringLiteral("host"));
        deployFromTarget(*window);
        QTRY_COMPARE_WITH_TIMEOUT(window->controller()->state(WizardStep::Run),
                                  StepState::Done,
                                  240000);
        project = window->controller()->deployment()->projectDir();
        firstRecord = window->controller()->deployment()->recordFolder();
        stopDevice(*window);
    }
    QVERIFY(QFileInfo(project).isDir());

    // The next session: nothing chosen yet. History > Run Again on that record.
    const auto window = makeWindow({m_templates}, records.path());
    QCOMPARE(window->currentStep(), WizardStep::Model);
    auto *history = window->findChild<QAction *>(QStringLiteral("historyAction"));
    QVERIFY(history);
    history->trigger();
    auto *dialog = window->findChild<HistoryDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->records().isEmpty(), 20000);
    const QAbstractItemModel *rows = dialog->table()->model();
    int row = -1;
    for (int i = 0; i < rows->rowCount(); ++i) {
        if (rows->index(i, 0).data(Qt::ToolTipRole).toString() == firstRecord)
            row = i;
    }
    QVERIFY2(row >= 0, qPrintable(firstRecord));
    dialog->table()->selectRow(row);
    auto *again = dialog->findChild<QPushButton *>(QStringLiteral("runAgainButton"));
    QVERIFY(again);
    QVERIFY(again->isVisible());
    QSignalSpy results(window->controller(), &WizardController::runResultReady);
    click(again);
    // Started, or the dialog says why not.
    const auto *status = dialog->findChild<QLabel *>(QStringLiteral("historyStatus"));
    QVERIFY2(window->controller()->state(WizardStep::Model) != StepState::Pending,
             qPrintable(status ? status->text() : QString()));

    // The record's model, template and options are chosen again, and its project runs on a
    // host runner started again: the same five samples, each its true digit.
    const auto where = [&window] {
        const WizardController *c = window->controller();
        const Deploy::Deployment *d = c->deployment();
        return QStringLiteral("model %1, target %2, options %3, run %4, deployment %5 at %6: %7")
            .arg(int(c->state(WizardStep::Model)))
            .arg(int(c->state(WizardStep::Target)))
            .arg(int(c->state(WizardStep::Options)))
            .arg(int(c->state(WizardStep::Run)))
            .arg(d ? int(d->state()) : -1)
            .arg(d && d->currentStep() ? int(*d->currentStep()) : -1)
            .arg(d && d->error() ? d->error()->fullText() : QString());
    };
    QTRY_VERIFY2_WITH_TIMEOUT(window->controller()->state(WizardStep::Run) == StepState::Done,
                              qPrintable(where()),
                              120000);
    QCOMPARE(window->currentStep(), WizardStep::Run);
    QCOMPARE(window->controller()->templateName(), QStringLiteral("host"));
    QVERIFY(window->controller()->model());
    QCOMPARE(results.size(), 5);
    const QHash<QString, qint64> labels = sampleLabels();
    for (const QList<QVariant> &arguments : std::as_const(results)) {
        const auto result = arguments.at(0).value<Deploy::RunResult>();
        QCOMPARE(result.topK.constFirst().index, labels.value(result.input.name));
    }
    const Deploy::Deployment *deployment = window->controller()->deployment();
    QCOMPARE(deployment->projectDir(), project);
    const QString record = deployment->recordFolder();
    QVERIFY(record != firstRecord);
    // Nothing was generated or built again: the runner was started (Flash), then Run.
    QVERIFY(!QFileInfo::exists(record + QStringLiteral("/logs/1-generate.log")));
    QVERIFY(!QFileInfo::exists(record + QStringLiteral("/logs/2-build.log")));
    QVERIFY(QFileInfo::exists(record + QStringLiteral("/logs/3-flash.log")));
    stopDevice(*window);

    // A record whose project is gone cannot run again: the button says so by being disabled.
    QVERIFY(QDir(project).removeRecursively());
    dialog->refresh();
    QSignalSpy refreshed(dialog, &HistoryDialog::refreshed);
    QVERIFY(refreshed.wait(20000));
    for (int i = 0; i < rows->rowCount(); ++i) {
        if (rows->index(i, 0).data(Qt::ToolTipRole).toString() == firstRecord)
            dialog->table()->selectRow(i);
    }
    QVERIFY(dialog->selectedRecord());
    QVERIFY(!again->isEnabled());
}

void tst_GuiWizard::deviceDisconnectsDuringRun()
{
    const auto window = makeWindow({m_templates}, m_records.path());
    openSampleAndChoose(*window, QStringLiteral("host"));
    deployFromTarget(*window);
    QTRY_COMPARE_WITH_TIMEOUT(window->controller()->state(WizardStep::Run), StepState::Done, 180000);
    const QString projectDir = window->controller()->deployment()->projectDir();
    QVERIFY(!projectDir.isEmpty());

    RunPage *run = window->runPage();
    run->findChild<QSpinBox *>(QStringLiteral("runsSpin"))->setValue(200);
    QTRY_VERIFY(run->findChild<QPushButton *>(QStringLiteral("runContinuousButton"))->isEnabled());
    click(run->findChild<QPushButton *>(QStringLiteral("runContinuousButton")));
    QVERIFY(run->isContinuous());
    QTRY_VERIFY_WITH_TIMEOUT(window->controller()->isRunning(), 10000);

    // Pull the plug: kill the host runner of this project.
    QList<qint64> runners;
    QTRY_VERIFY_WITH_TIMEOUT(!(runners = processesWith(QFile::encodeName(
                                   projectDir + QStringLiteral("/build/tinydeploy_runner"))))
                                  .isEmpty(),
                             10000);
    for (qint64 pid : std::as_const(runners))
        ::kill(pid_t(pid), SIGKILL);

    QTRY_COMPARE_WITH_TIMEOUT(window->controller()->state(WizardStep::Run),
                              StepState::Failed,
                              30000);
    const Error *error = window->controller()->error(WizardStep::Run);
    QVERIFY(error);
    QVERIFY2(error->code == ErrorCode::DeviceDisconnected
                 || error->code == ErrorCode::PortUnavailable
                 || error->code == ErrorCode::IoTimeout,
             qPrintable(errorCodeName(error->code) + QStringLiteral(": ") + error->oneLine()));
    auto *panel = run->findChild<ErrorPanel *>(QStringLiteral("errorPanel"));
    QTRY_VERIFY(panel->isVisible());
    QVERIFY2(Mnemonics::windowClashes(window.get()).isEmpty(),
             qPrintable(Mnemonics::windowClashes(window.get()).join(QStringLiteral("; "))));
    QVERIFY(!run->isContinuous());
    QCOMPARE(window->currentStep(), WizardStep::Run);
}

void tst_GuiWizard::buildFailsThenRetrySucceeds()
{
    QTemporaryDir templates;
    QVERIFY(!makeBrokenTemplate(templates.path()).isEmpty());
    const QString flag = templates.filePath(QStringLiteral("fixed"));
    qputenv("TD_GUI_TEST_FIXED", QFile::encodeName(flag));
    const auto window = makeWindow({templates.path()}, m_records.path());
    openSampleAndChoose(*window, QStringLiteral("broken-host"));
    deployFromTarget(*window);

    QTRY_COMPARE_WITH_TIMEOUT(window->controller()->state(WizardStep::Build),
                              StepState::Failed,
                              120000);
    BuildPage *build = window->buildPage();
    QCOMPARE(window->currentStep(), WizardStep::Build);
    QVERIFY(!window->nextButton()->isEnabled());
    QCOMPARE(window->controller()->state(WizardStep::Flash), StepState::Pending);
    QVERIFY(!window->controller()->isReachable(WizardStep::Flash));
    auto *panel = build->findChild<ErrorPanel *>(QStringLiteral("errorPanel"));
    QVERIFY(panel->isVisible());
    QVERIFY2(Mnemonics::windowClashes(window.get()).isEmpty(),
             qPrintable(Mnemonics::windowClashes(window.get()).join(QStringLiteral("; "))));
    // The sentence, and the server's traceback with the cause in the Details.
    const Error *error = window->controller()->error(WizardStep::Build);
    QVERIFY(error);
    QString shown;
    for (const QLabel *label : panel->findChildren<QLabel *>())
        shown += label->text() + QLatin1Char('\n');
    QVERIFY2(shown.contains(error->oneLine()), qPrintable(shown));
    const auto *details = panel->findChild<QPlainTextEdit *>();
    QVERIFY(details);
    QVERIFY2(details->toPlainText().contains(QStringLiteral("simulated compiler failure")),
             qPrintable(details->toPlainText()));
    QVERIFY2(build->statusText().contains(QStringLiteral("Failed")),
             qPrintable(build->statusText()));
    // The log shows the tool's own line.
    QTRY_VERIFY(build->logView()->model()->find(QStringLiteral("td-gui-test"), 0, false) >= 0);

    // Fix it, then Retry on the page: only the build runs again, and the wizard goes on.
    QFile fixed(flag);
    QVERIFY(fixed.open(QIODevice::WriteOnly));
    fixed.close();
    click(build->findChild<QPushButton *>(QStringLiteral("retryButton")));
    QTRY_COMPARE_WITH_TIMEOUT(window->controller()->state(WizardStep::Build),
                              StepState::Done,
                              120000);
    QVERIFY(!panel->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(window->controller()->state(WizardStep::Run) == StepState::Done
                                 || window->controller()->state(WizardStep::Run)
                                        == StepState::Failed,
                             60000);
    const Error *runError = window->controller()->error(WizardStep::Run);
    QVERIFY2(!runError, runError ? qPrintable(runError->fullText()) : "");
    QCOMPARE(window->controller()->state(WizardStep::Run), StepState::Done);
    QCOMPARE(window->currentStep(), WizardStep::Run);
    stopDevice(*window);
    qunsetenv("TD_GUI_TEST_FIXED");
}

void tst_GuiWizard::cancelDuringBuild()
{
    QTemporaryDir templates;
    QVERIFY(!makeBrokenTemplate(templates.path()).isEmpty());
    qputenv("TD_GUI_TEST_SLEEP_BUILD", "1");
    const auto window = makeWindow({templates.path()}, m_records.path());
    openSampleAndChoose(*window, QStringLiteral("broken-host"));
    deployFromTarget(*window);

    // Wait until the build really runs (the sleeper is there), then press Esc.
    QTRY_VERIFY_WITH_TIMEOUT(!processesWith("td-gui-test-sleeper").isEmpty(), 60000);
    BuildPage *build = window->buildPage();
    QVERIFY(build->findChild<QPushButton *>(QStringLiteral("cancelButton"))->isEnabled());
    QTest::keyClick(window.get(), Qt::Key_Escape);

    QTRY_COMPARE_WITH_TIMEOUT(window->controller()->state(WizardStep::Build),
                              StepState::Cancelled,
                              2000);
    QTRY_VERIFY_WITH_TIMEOUT(processesWith("td-gui-test-sleeper").isEmpty(), 2000);
    QVERIFY2(build->statusText().contains(QStringLiteral("Cancelled")),
             qPrintable(build->statusText()));
    QVERIFY(!window->nextButton()->isEnabled());
    QVERIFY(window->action(QStringLiteral("retry"))->isEnabled());
    qunsetenv("TD_GUI_TEST_SLEEP_BUILD");
}

void tst_GuiWizard::nextDisabledUntilStepDone()
{
    const auto window = makeWindow({m_templates}, m_records.path());
    QVERIFY(!window->nextButton()->isEnabled());
    QVERIFY(!window->goTo(WizardStep::Target));
    // The step list refuses unreachable steps too.
    window->stepList()->setCurrentRow(int(WizardStep::Options));
    QCOMPARE(window->currentStep(), WizardStep::Model);

    // A file that is not an archive: the error shows inline, Next stays disabled.
    QTemporaryDir dir;
    const QString bogus = dir.filePath(QStringLiteral("not-a-model.tar"));
    QFile file(bogus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("garbage, not a tar archive");
    file.close();
    window->openModel(bogus);
    QTRY_COMPARE_WITH_TIMEOUT(window->controller()->state(WizardStep::Model),
                              StepState::Failed,
                              10000);
    QVERIFY(window->modelPage()->findChild<ErrorPanel *>(QStringLiteral("errorPanel"))->isVisible());
    QVERIFY(!window->nextButton()->isEnabled());
}

void tst_GuiWizard::keyboardOnly()
{
    const auto window = makeWindow({m_templates}, m_records.path());
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    // Ctrl+T tries the sample; the wizard moves on to Target by itself.
    QTest::keyClick(window.get(), Qt::Key_T, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(window->currentStep(), WizardStep::Target, 20000);
    // Back and Next from the Deploy menu's shortcuts...
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace, Qt::ControlModifier);
    QCOMPARE(window->currentStep(), WizardStep::Model);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(window->currentStep(), WizardStep::Target);
    // ... and from the buttons' mnemonics (a mnemonic animates the click: it lands later).
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(window->currentStep(), WizardStep::Model);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(window->currentStep(), WizardStep::Target);
    // Every button on the way has a name for screen readers.
    for (const QPushButton *button : window->findChildren<QPushButton *>()) {
        QVERIFY2(!button->accessibleName().isEmpty() || !button->text().isEmpty(),
                 qPrintable(button->objectName()));
    }
    // Tab walks from the step list through the page to Back and Next (once Next is enabled).
    QTRY_VERIFY_WITH_TIMEOUT(window->nextButton()->isEnabled(), 30000);
    window->stepList()->setFocus();
    bool reachedNext = false;
    for (int i = 0; i < 40 && !reachedNext; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reachedNext = QApplication::focusWidget() == window->nextButton();
    }
    QVERIFY(reachedNext);
}

void tst_GuiWizard::unavailableTemplateSaysWhy()
{
    QTemporaryDir templates;
    QVERIFY(QDir().mkpath(templates.filePath(QStringLiteral("needs-usb"))));
    QFile server(templates.filePath(QStringLiteral("needs-usb/microtvm_api_server.py")));
    QVERIFY(server.open(QIODevice::WriteOnly));
    server.write("import usb_module_that_is_not_installed\n");
    server.close();
    const auto window = makeWindow({templates.path(), m_templates}, m_records.path());
    click(window->modelPage()->findChild<QPushButton *>(QStringLiteral("sampleButton")));
    QTRY_COMPARE_WITH_TIMEOUT(window->currentStep(), WizardStep::Target, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window->targetPage()->selectTemplate(QStringLiteral("needs-usb")),
                             30000);
    QTRY_COMPARE_WITH_TIMEOUT(window->controller()->state(WizardStep::Target),
                              StepState::Failed,
                              30000);
    auto *panel = window->targetPage()->findChild<ErrorPanel *>(QStringLiteral("errorPanel"));
    QVERIFY(panel->isVisible());
    QVERIFY2(Mnemonics::windowClashes(window.get()).isEmpty(),
             qPrintable(Mnemonics::windowClashes(window.get()).join(QStringLiteral("; "))));
    QString shown;
    for (const QLabel *label : panel->findChildren<QLabel *>())
        shown += label->text() + QLatin1Char('\n');
    QVERIFY2(shown.contains(QStringLiteral("usb_module_that_is_not_installed")), qPrintable(shown));
    QVERIFY(!window->nextButton()->isEnabled());
    QVERIFY(!window->controller()->isReachable(WizardStep::Options));
    // The list says it too, beside the template's name.
    auto *list = window->targetPage()->findChild<QListWidget *>(QStringLiteral("templateList"));
    QVERIFY(
        list->currentItem()->text().contains(QStringLiteral("usb_module_that_is_not_installed")));
}

QTEST_MAIN(tst_GuiWizard)
#include "tst_gui_wizard.moc"
