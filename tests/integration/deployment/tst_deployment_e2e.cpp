// The whole deployment with real servers, real compilers and real QEMU: the digits samples on
// the host and on every emulated board (outputs equal the expected ones, predictions right),
// the linaro sine sample (outputs close to sin(x)), and a device killed in the middle of a run.
// One project is generated and built per model and board; all of its inputs run on it. The
// firmware built for each board needs no more flash and RAM than the fit check said.

#include <deploy/deployment.h>
#include <deploy/devicestopper.h>
#include <mlf/modelarchive.h>
#include <templates/boardinfo.h>
#include <templates/fitcheck.h>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <csignal>

using namespace TinyDeploy;
using namespace TinyDeploy::Deploy;

namespace {

const QString samplesDir = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples");
const QString templatesDir = QStringLiteral(TINYDEPLOY_BINARY_DIR "/firmware_templates");
const QString sinePath = QStringLiteral(TINYDEPLOY_SHARED_DIR "/mlf-samples/linaro_sine_v5.tar");

// Builds take a while on a loaded machine; a run of the digits model takes milliseconds.
constexpr int deployTimeoutMs = 240000;

} // namespace

class tst_DeploymentE2e : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void digits_data();
    void digits();
    void sine_data();
    void sine();
    void firmwareFitsTheEstimate_data();
    void firmwareFitsTheEstimate();
    void deviceKilledMidRun();

private:
    bool deploy(Deployment &deployment, DeploymentSettings settings);
    void addBoards();

    QTemporaryDir m_dir;
    QStringList m_projects;              ///< Devices to stop at the end.
    QHash<QString, QString> m_projectOf; ///< "float32/mps2-an385" -> project folder
};

void tst_DeploymentE2e::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QDir(templatesDir).exists(QStringLiteral("host")), qPrintable(templatesDir));
}

void tst_DeploymentE2e::cleanupTestCase()
{
    // The devices (runner, QEMU) outlive the deployment by design; stop every one we started.
    for (const QString &project : std::as_const(m_projects)) {
        std::optional<Result<void>> stopped;
        stopProjectDevice(project, this, [&stopped](Result<void> result) { stopped = result; });
        QTRY_VERIFY_WITH_TIMEOUT(stopped.has_value(), 10000);
        QVERIFY2(stopped->has_value(), qPrintable(stopped->error().fullText()));
        QVERIFY(!projectHasDeviceRecord(project));
    }
}

bool tst_DeploymentE2e::deploy(Deployment &deployment, DeploymentSettings settings)
{
    settings.recordsRoot = m_dir.filePath(QStringLiteral("records"));
    deployment.setSettings(settings);
    QSignalSpy done(&deployment, &Deployment::finished);
    const Result<void> started = deployment.start();
    if (!started) {
        qWarning().noquote() << started.error().fullText();
        return false;
    }
    if (!deployment.projectDir().isEmpty() && settings.firstStep == DeploymentStep::Generate)
        m_projects.append(deployment.projectDir());
    if (!done.wait(deployTimeoutMs))
        return false;
    if (deployment.state() != DeploymentState::Finished) {
        qWarning().noquote() << "deployment" << stateName(deployment.state()) << ":"
                             << (deployment.error() ? deployment.error()->fullText() : QString())
                             << "\nrecord:" << deployment.recordFolder();
        return false;
    }
    return true;
}

void tst_DeploymentE2e::addBoards()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<QString>("board");
}

void tst_DeploymentE2e::digits_data()
{
    QTest::addColumn<QString>("kind");
    addBoards();
    for (const char *kind : {"float32", "int8"}) {
        QTest::addRow("%s-host", kind) << QString::fromLatin1(kind) << "host" << QString();
        for (const char *board : {"mps2-an385", "mps2-an386", "mps2-an500"}) {
            QTest::addRow("%s-%s", kind, board)
                << QString::fromLatin1(kind) << "qemu-cortex-m" << QString::fromLatin1(board);
        }
    }
}

void tst_DeploymentE2e::digits()
{
    QFETCH(QString, kind);
    QFETCH(QString, templateName);
    QFETCH(QString, board);

    DeploymentSettings settings;
    settings.modelPath = samplesDir + QStringLiteral("/digits_%1.tar").arg(kind);
    settings.templateDir = templatesDir + QLatin1Char('/') + templateName;
    if (!board.isEmpty())
        settings.optionAssignments = {QStringLiteral("board=") + board};
    settings.runs = 2;
    Deployment deployment;
    QVERIFY(deploy(deployment, settings));
    m_projectOf.insert(kind + QLatin1Char('/') + (board.isEmpty() ? templateName : board),
                       deployment.projectDir());

    QVERIFY(deployment.deviceInfo().has_value());
    QCOMPARE(deployment.deviceInfo()->board, board.isEmpty() ? QStringLiteral("host") : board);
    const bool emulated = !board.isEmpty();
    const QList<RunResult> &results = deployment.results();
    QCOMPARE(results.size(), 5); // every sample input of the kit
    for (const RunResult &result : results) {
        // int8 must be bit-exact and float32 within 1e-5 relative (Tensor::compare).
        QVERIFY2(result.agreementKnown(), qPrintable(result.input.name));
        QVERIFY2(result.agrees(),
                 qPrintable(QStringLiteral("%1: max abs diff %2")
                                .arg(result.input.name)
                                .arg(result.comparisons.first().maxAbsDiff)));
        if (kind == QLatin1String("int8"))
            QCOMPARE(result.comparisons.first().maxAbsDiff, 0.0);
        QVERIFY(result.trueClass.has_value());
        QCOMPARE(result.topK.first().index, *result.trueClass);
        QCOMPARE(result.topKLabels.first(), QString::number(*result.trueClass));
        QCOMPARE(result.latencies.size(), 2);
        QCOMPARE(result.cyclesEmulated, emulated);
        QCOMPARE(result.hasCycleCounts, emulated);
        if (emulated)
            QVERIFY(result.latencies.first().cycles > 0);
    }
    const QJsonObject record = [&] {
        QFile file(deployment.recordFolder() + QStringLiteral("/results.json"));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject();
    }();
    QCOMPARE(record.value(QStringLiteral("agreement"))
                 .toObject()
                 .value(QStringLiteral("all_agree"))
                 .toBool(),
             true);

    // The record says what built and ran it: the compiler and make (build), QEMU (flash).
    const QJsonObject tools = [&] {
        QFile file(deployment.recordFolder() + QStringLiteral("/deployment.json"));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll())
                                                    .object()
                                                    .value(QStringLiteral("tool_versions"))
                                                    .toObject()
                                              : QJsonObject();
    }();
    QVERIFY2(tools.value(QStringLiteral("make")).toString().startsWith(QStringLiteral("GNU Make")),
             QJsonDocument(tools).toJson().constData());
    if (emulated) {
        QVERIFY2(tools.value(QStringLiteral("arm-none-eabi-gcc"))
                     .toString()
                     .startsWith(QStringLiteral("arm-none-eabi-gcc")),
                 QJsonDocument(tools).toJson().constData());
        QVERIFY2(tools.value(QStringLiteral("qemu-system-arm"))
                     .toString()
                     .startsWith(QStringLiteral("QEMU emulator version")),
                 QJsonDocument(tools).toJson().constData());
    }
}

void tst_DeploymentE2e::sine_data()
{
    addBoards();
    QTest::newRow("host") << "host" << QString();
    QTest::newRow("mps2-an385") << "qemu-cortex-m"
                                << "mps2-an385";
}

void tst_DeploymentE2e::sine()
{
    QFETCH(QString, templateName);
    QFETCH(QString, board);
    if (!QFile::exists(sinePath))
        QSKIP(qPrintable(QStringLiteral("the real sample %1 is not there (shared folder "
                                        "missing)")
                             .arg(sinePath)));

    const QList<double> xs{0.0, 0.5, 1.0, 1.5708, 2.5, 3.5, 4.7124, 6.0};
    DeploymentSettings settings;
    settings.modelPath = sinePath;
    settings.templateDir = templatesDir + QLatin1Char('/') + templateName;
    if (!board.isEmpty())
        settings.optionAssignments = {QStringLiteral("board=") + board};
    for (const double x : xs) {
        const auto tensor = Tensor::Tensor::fromValues(Tensor::DType::float32(), {1, 1}, {x});
        QVERIFY(tensor.has_value());
        settings.inputs.append(InputSet{QStringLiteral("x=%1").arg(x), QString(), {*tensor}});
    }
    Deployment deployment;
    QVERIFY(deploy(deployment, settings));
    QCOMPARE(deployment.results().size(), xs.size());
    for (qsizetype i = 0; i < xs.size(); ++i) {
        const RunResult &result = deployment.results().at(i);
        QCOMPARE(result.outputs.size(), 1);
        const QList<double> values = result.outputs.first().toDoubles();
        QCOMPARE(values.size(), 1);
        QVERIFY2(std::abs(values.first() - std::sin(xs.at(i))) < 0.1,
                 qPrintable(QStringLiteral("sin(%1) = %2, device says %3")
                                .arg(xs.at(i))
                                .arg(std::sin(xs.at(i)))
                                .arg(values.first())));
    }
}

void tst_DeploymentE2e::firmwareFitsTheEstimate_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("board");
    for (const char *kind : {"float32", "int8"}) {
        for (const char *board : {"mps2-an385", "mps2-an386", "mps2-an500"})
            QTest::addRow("%s-%s", kind, board)
                << QString::fromLatin1(kind) << QString::fromLatin1(board);
    }
}

// What the Target page's fit check promises (model estimate + the runtime overhead the template
// declares in boards.json) against what the linker really placed: the fit check must never
// say a model fits that does not, and should not cry wolf either.
void tst_DeploymentE2e::firmwareFitsTheEstimate()
{
    QFETCH(QString, kind);
    QFETCH(QString, board);
    const QString project = m_projectOf.value(kind + QLatin1Char('/') + board);
    if (project.isEmpty())
        QSKIP("needs the project built by digits(), which did not run");
    const QString size = QStandardPaths::findExecutable(QStringLiteral("arm-none-eabi-size"));
    QVERIFY2(!size.isEmpty(), "arm-none-eabi-size is part of gcc-arm-none-eabi (binutils)");

    QProcess process;
    process.start(size, {QStringLiteral("-A"), project + QStringLiteral("/build/firmware.elf")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QHash<QString, qint64> sections;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() == 3 && fields.at(0).startsWith('.'))
            sections.insert(QString::fromLatin1(fields.at(0)), fields.at(1).toLongLong());
    }
    QVERIFY2(sections.contains(QStringLiteral(".text")), qPrintable(sections.keys().join(' ')));
    // Flash holds the code, its tables and the initial values of .data; RAM holds .data, .bss
    // and the heap and stack the linker script reserves.
    const qint64 flash = sections.value(QStringLiteral(".text"))
                         + sections.value(QStringLiteral(".rodata"))
                         + sections.value(QStringLiteral(".ARM.exidx"))
                         + sections.value(QStringLiteral(".data"));
    const qint64 ram = sections.value(QStringLiteral(".data"))
                       + sections.value(QStringLiteral(".bss"))
                       + sections.value(QStringLiteral(".heap"))
                       + sections.value(QStringLiteral(".stack"));

    const Result<Mlf::ModelInfo> model = Mlf::ModelArchive::summarize(
        samplesDir + QStringLiteral("/digits_%1.tar").arg(kind));
    QVERIFY2(model, qPrintable(model ? QString() : model.error().fullText()));
    const Result<QList<Templates::BoardInfo>> boards = Templates::loadBoards(
        templatesDir + QStringLiteral("/qemu-cortex-m/boards.json"));
    QVERIFY2(boards, qPrintable(boards ? QString() : boards.error().fullText()));
    const auto it = std::find_if(boards->cbegin(), boards->cend(), [&](const auto &info) {
        return info.name == board;
    });
    QVERIFY(it != boards->cend());
    QVERIFY2(it->runtimeOverhead, "the template states its runtime overhead for every board");
    const Templates::FitCheck fit = Templates::checkFit(Templates::estimateNeeds(*model), *it);

    const QString figures = QStringLiteral(
                                "flash %1 estimated, %2 built; RAM %3 estimated, %4 built")
                                .arg(fit.flash.neededBytes)
                                .arg(flash)
                                .arg(fit.ram.neededBytes)
                                .arg(ram);
    qInfo().noquote() << kind << board << figures;
    QVERIFY2(fit.flash.neededBytes >= flash, qPrintable(figures));
    QVERIFY2(fit.ram.neededBytes >= ram, qPrintable(figures));
    QVERIFY2(fit.flash.neededBytes <= 3 * flash, qPrintable(figures));
    QVERIFY2(fit.ram.neededBytes <= ram + ram / 4, qPrintable(figures));
}

void tst_DeploymentE2e::deviceKilledMidRun()
{
    const QString project = m_projectOf.value(QStringLiteral("float32/mps2-an385"));
    if (project.isEmpty())
        QSKIP("needs the float32 project on mps2-an385 of digits(), which did not run");
    QFile stateFile(project + QStringLiteral("/run/device.json"));
    QVERIFY(stateFile.open(QIODevice::ReadOnly));
    const qint64 qemu = QJsonDocument::fromJson(stateFile.readAll())
                            .object()
                            .value(QStringLiteral("child_pid"))
                            .toInteger();
    QVERIFY(qemu > 0);

    // Many runs keep QEMU busy long enough to be killed in the middle.
    DeploymentSettings settings;
    settings.firstStep = DeploymentStep::Connect;
    settings.projectDir = project;
    settings.modelPath = samplesDir + QStringLiteral("/digits_float32.tar");
    settings.runs = 10000;
    settings.recordsRoot = m_dir.filePath(QStringLiteral("records"));
    Deployment deployment;
    deployment.setSettings(settings);
    QSignalSpy done(&deployment, &Deployment::finished);
    QVERIFY(deployment.start().has_value());
    QTRY_COMPARE_WITH_TIMEOUT(deployment.state(), DeploymentState::Running, 30000);
    QVERIFY(::kill(pid_t(qemu), SIGKILL) == 0);
    QVERIFY(done.wait(30000));

    QCOMPARE(deployment.state(), DeploymentState::Failed);
    QCOMPARE(deployment.failedStep(), std::optional<DeploymentStep>(DeploymentStep::Run));
    QVERIFY(deployment.error().has_value());
    QCOMPARE(errorCodeName(deployment.error()->code), errorCodeName(ErrorCode::DeviceDisconnected));
    QVERIFY2(deployment.error()->message.contains(QStringLiteral("disconnected")),
             qPrintable(deployment.error()->fullText()));
}

QTEST_GUILESS_MAIN(tst_DeploymentE2e)
#include "tst_deployment_e2e.moc"
