// The stm32 template end to end with tinydeploy-cli: both digits samples generated and built for
// every physical board (the firmware links into that chip's flash and RAM, and needs no more
// than the fit check said); the whole deployment on QEMU's netduinoplus2 with every sample
// predicted right; the GDB-server path with QEMU as the "probe" flashing, verifying and running
// firmware built for a NUCLEO-F446RE; openocd and st-flash with no probe; bad input.

#include "stm32support.h"

#include <mlf/modelarchive.h>
#include <templates/boardinfo.h>
#include <templates/fitcheck.h>

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace TinyDeploy;
using namespace Stm32Test;

namespace {

const char *const physicalBoards[] = {"nucleo-f401re",
                                      "nucleo-f411re",
                                      "nucleo-f446re",
                                      "nucleo-l476rg",
                                      "nucleo-f767zi",
                                      "stm32f746g-disco"};

struct Section
{
    qint64 size = 0;
    qint64 address = 0;
};

QHash<QString, Section> sectionsOf(const QString &elf)
{
    QProcess process;
    process.start(QStringLiteral("arm-none-eabi-size"), {QStringLiteral("-A"), elf});
    process.waitForFinished(30000);
    QHash<QString, Section> sections;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() == 3 && fields.at(0).startsWith('.'))
            sections.insert(QString::fromLatin1(fields.at(0)),
                            {fields.at(1).toLongLong(), fields.at(2).toLongLong()});
    }
    return sections;
}

} // namespace

class tst_Stm32E2e : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildsForEveryBoard_data();
    void buildsForEveryBoard();
    void deployOnNetduinoPlus2_data();
    void deployOnNetduinoPlus2();
    void gdbServerPathWithQemuAsProbe();
    void noProbe_data();
    void noProbe();
    void gdbServerRefusesTheConnection();
    void unknownBoard();

private:
    QString project(const QString &kind, const QString &board);
    static void checkAllPredictedRight(const QJsonObject &json);

    QTemporaryDir m_dir;
    QHash<QString, QString> m_projects; ///< "int8/nucleo-f446re" -> built project
};

void tst_Stm32E2e::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(cliPath).isExecutable());
    for (const char *tool :
         {"arm-none-eabi-gcc", "arm-none-eabi-size", "qemu-system-arm", "gdb-multiarch"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(QLatin1String(tool))));
    }
}

// Generates and builds once per sample and board; empty when that failed (the test says why).
QString tst_Stm32E2e::project(const QString &kind, const QString &board)
{
    const QString key = kind + QLatin1Char('/') + board;
    if (m_projects.contains(key))
        return m_projects.value(key);
    const QString dir = m_dir.filePath(QStringLiteral("projects/") + kind + QLatin1Char('-')
                                       + board);
    const CliRun generated = runCli(m_dir.path(),
                                    {QStringLiteral("generate"),
                                     QStringLiteral("stm32"),
                                     samplesDir + QStringLiteral("/digits_%1.tar").arg(kind),
                                     dir,
                                     QStringLiteral("-o"),
                                     QStringLiteral("board=") + board});
    if (generated.exitCode != 0) {
        qWarning().noquote() << generated.err;
        return {};
    }
    const CliRun built = runCli(m_dir.path(), {QStringLiteral("build"), dir});
    if (built.exitCode != 0) {
        qWarning().noquote() << built.err;
        return {};
    }
    m_projects.insert(key, dir);
    return dir;
}

void tst_Stm32E2e::buildsForEveryBoard_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("board");
    for (const char *kind : {"float32", "int8"}) {
        for (const char *board : physicalBoards)
            QTest::addRow("%s-%s", kind, board)
                << QString::fromLatin1(kind) << QString::fromLatin1(board);
    }
}

// The firmware sits in the chip's flash (vectors first, at its base) and RAM, and the fit
// check's estimate (model + the runtime_overhead boards.json states) covers it without crying
// wolf, as tst_deployment_e2e checks for the MPS2 boards.
void tst_Stm32E2e::buildsForEveryBoard()
{
    QFETCH(QString, kind);
    QFETCH(QString, board);
    const QString dir = project(kind, board);
    QVERIFY2(!dir.isEmpty(), "generate or build failed (see the warning above)");
    for (const char *image : {"firmware.elf", "firmware.bin", "firmware.hex"})
        QVERIFY2(QFile::exists(dir + QStringLiteral("/build/") + QLatin1String(image)), image);

    const Result<QList<Templates::BoardInfo>> boards = Templates::loadBoards(boardsPath);
    QVERIFY2(boards, qPrintable(boards ? QString() : boards.error().fullText()));
    const auto it = std::find_if(boards->cbegin(), boards->cend(), [&](const auto &info) {
        return info.name == board;
    });
    QVERIFY(it != boards->cend());
    QVERIFY(!it->emulated);
    QVERIFY2(!it->usbIds.isEmpty(), "a physical board names its ST-LINK's USB ids");
    const Templates::MemoryRegion *flashRegion = nullptr;
    const Templates::MemoryRegion *ramRegion = nullptr;
    for (const Templates::MemoryRegion &region : it->memory)
        (region.kind == Templates::MemoryKind::Flash ? flashRegion : ramRegion) = &region;
    QVERIFY(flashRegion && ramRegion);

    const QHash<QString, Section> sections = sectionsOf(dir + QStringLiteral("/build/firmware.elf"));
    QVERIFY2(sections.contains(QStringLiteral(".text")), qPrintable(sections.keys().join(' ')));
    QCOMPARE(sections.value(QStringLiteral(".text")).address, flashRegion->origin);
    for (const char *name : {".text", ".ARM.exidx"}) {
        const Section s = sections.value(QLatin1String(name));
        QVERIFY2(s.address + s.size <= flashRegion->origin + flashRegion->sizeBytes, name);
    }
    for (const char *name : {".data", ".bss", ".heap", ".stack"}) {
        const Section s = sections.value(QLatin1String(name));
        QVERIFY2(s.address >= ramRegion->origin
                     && s.address + s.size <= ramRegion->origin + ramRegion->sizeBytes,
                 name);
    }
    const qint64 flash = sections.value(QStringLiteral(".text")).size
                         + sections.value(QStringLiteral(".ARM.exidx")).size
                         + sections.value(QStringLiteral(".data")).size;
    const qint64 ram = sections.value(QStringLiteral(".data")).size
                       + sections.value(QStringLiteral(".bss")).size
                       + sections.value(QStringLiteral(".heap")).size
                       + sections.value(QStringLiteral(".stack")).size;
    // The raw image st-flash writes is that flash content (plus alignment padding).
    const qint64 bin = QFileInfo(dir + QStringLiteral("/build/firmware.bin")).size();
    QVERIFY2(bin >= flash && bin <= flash + 16, qPrintable(QString::number(bin)));

    const Result<Mlf::ModelInfo> model = Mlf::ModelArchive::summarize(
        samplesDir + QStringLiteral("/digits_%1.tar").arg(kind));
    QVERIFY2(model, qPrintable(model ? QString() : model.error().fullText()));
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

void tst_Stm32E2e::checkAllPredictedRight(const QJsonObject &json)
{
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("finished"));
    const QJsonArray results = json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 5);
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        QCOMPARE(result.value(QStringLiteral("predicted")).toInt(-1),
                 result.value(QStringLiteral("true_class")).toInt(-2));
        QCOMPARE(result.value(QStringLiteral("agrees_with_expected")).toBool(), true);
        // QEMU has no DWT: the firmware times with SysTick and says the counts are emulated.
        QCOMPARE(result.value(QStringLiteral("latency"))
                     .toObject()
                     .value(QStringLiteral("emulated"))
                     .toBool(),
                 true);
    }
}

void tst_Stm32E2e::deployOnNetduinoPlus2_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("float32") << QStringLiteral("float32");
    QTest::newRow("int8") << QStringLiteral("int8");
}

void tst_Stm32E2e::deployOnNetduinoPlus2()
{
    QFETCH(QString, kind);
    const CliRun run = runCli(m_dir.path(),
                              {QStringLiteral("deploy"),
                               samplesDir + QStringLiteral("/digits_%1.tar").arg(kind),
                               QStringLiteral("--template"),
                               QStringLiteral("stm32"),
                               QStringLiteral("-o"),
                               QStringLiteral("board=qemu-netduinoplus2"),
                               QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    checkAllPredictedRight(json);
    const QString board
        = json.value(QStringLiteral("device")).toObject().value(QStringLiteral("board")).toString();
    // The hello says which clock the firmware runs on: QEMU's RCC is a stub, the PLL never locks.
    QVERIFY2(board.startsWith(QStringLiteral("qemu-netduinoplus2, 16 MHz reset clock")),
             qPrintable(board));
    const QString project = json.value(QStringLiteral("project_dir")).toString();
    QVERIFY(!QFile::exists(project + QStringLiteral("/run/device.json")));
}

// flasher=gdb against QEMU's stub as the probe: load, compare-sections, reset, and the
// NUCLEO-F446RE firmware answers on the emulated board's USART2 as on the real one.
void tst_Stm32E2e::gdbServerPathWithQemuAsProbe()
{
    QemuProbe probe;
    const QString started = probe.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const CliRun run = runCli(m_dir.path(),
                              {QStringLiteral("deploy"),
                               samplesDir + QStringLiteral("/digits_int8.tar"),
                               QStringLiteral("--template"),
                               QStringLiteral("stm32"),
                               QStringLiteral("-o"),
                               QStringLiteral("board=nucleo-f446re"),
                               QStringLiteral("-o"),
                               QStringLiteral("flasher=gdb"),
                               QStringLiteral("-o"),
                               QStringLiteral("gdb_server=") + probe.address(),
                               QStringLiteral("--port"),
                               probe.pty(),
                               QStringLiteral("--json"),
                               QStringLiteral("--verbose")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    checkAllPredictedRight(json);
    QVERIFY(json.value(QStringLiteral("device"))
                .toObject()
                .value(QStringLiteral("board"))
                .toString()
                .startsWith(QStringLiteral("nucleo-f446re, ")));
    QVERIFY(probe.running());

    QFile recordFile(json.value(QStringLiteral("record")).toString()
                     + QStringLiteral("/deployment.json"));
    QVERIFY(recordFile.open(QIODevice::ReadOnly));
    const QJsonObject flashed = QJsonDocument::fromJson(recordFile.readAll())
                                    .object()
                                    .value(QStringLiteral("flash_result"))
                                    .toObject();
    QCOMPARE(flashed.value(QStringLiteral("flasher")).toString(), QStringLiteral("gdb"));
    QCOMPARE(flashed.value(QStringLiteral("gdb_server_type")).toString(), QStringLiteral("qemu"));
    QCOMPARE(flashed.value(QStringLiteral("verified")).toBool(), true);
    const QJsonObject image = flashed.value(QStringLiteral("image")).toObject();
    QCOMPARE(image.value(QStringLiteral("sha256")).toString().size(), 64);
    QVERIFY(image.value(QStringLiteral("size_bytes")).toInteger() > 1000);
    // The progress the Flash step's bar shows.
    QVERIFY2(run.err.contains("Flashing: 80% ("), run.err.constData());
    QVERIFY(run.err.contains("Verified (90%)"));
}

void tst_Stm32E2e::noProbe_data()
{
    QTest::addColumn<QString>("flasher");
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("detail");
    QTest::newRow("openocd") << QStringLiteral("openocd") << QStringLiteral("openocd")
                             << QStringLiteral("Error: open failed");
    QTest::newRow("st-flash") << QStringLiteral("stflash") << QStringLiteral("st-flash")
                              << QStringLiteral("Couldn't find any ST-Link devices");
}

// Debian's real openocd and st-flash with no ST-LINK plugged in: the exact sentence, exit 1,
// and nothing claims success. (The wait's deadline bounds "within the tool's own time".)
void tst_Stm32E2e::noProbe()
{
    QFETCH(QString, flasher);
    QFETCH(QString, tool);
    QFETCH(QString, detail);
    if (QStandardPaths::findExecutable(tool).isEmpty())
        QSKIP(qPrintable(tool + QStringLiteral(" is not installed")));
    const QString dir = project(QStringLiteral("int8"), QStringLiteral("nucleo-f446re"));
    QVERIFY(!dir.isEmpty());
    const CliRun run = runCli(m_dir.path(),
                              {QStringLiteral("flash"),
                               dir,
                               QStringLiteral("-o"),
                               QStringLiteral("flasher=") + flasher,
                               QStringLiteral("--verbose")},
                              60000);
    QCOMPARE(run.exitCode, 1);
    const QString errors = QString::fromUtf8(run.err);
    QVERIFY2(errors.contains(QStringLiteral(
                 "No ST-LINK probe was found: plug the USB cable marked ST-LINK; check the udev "
                 "rules (openocd's 60-openocd.rules).")),
             qPrintable(errors));
    QVERIFY2(errors.contains(detail), qPrintable(errors));
    QVERIFY(!errors.contains(QStringLiteral("Flashed (100%)")));
    QVERIFY(!run.out.contains("Flashed"));
}

void tst_Stm32E2e::gdbServerRefusesTheConnection()
{
    const QString dir = project(QStringLiteral("int8"), QStringLiteral("nucleo-f446re"));
    QVERIFY(!dir.isEmpty());
    const QString address = QStringLiteral("127.0.0.1:%1").arg(freePort());
    const CliRun run = runCli(m_dir.path(),
                              {QStringLiteral("flash"),
                               dir,
                               QStringLiteral("-o"),
                               QStringLiteral("flasher=gdb"),
                               QStringLiteral("-o"),
                               QStringLiteral("gdb_server=") + address},
                              60000);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(
                 QStringLiteral("Nothing answers at %1 (Connection refused)").arg(address).toUtf8()),
             run.err.constData());
}

void tst_Stm32E2e::unknownBoard()
{
    const CliRun run = runCli(m_dir.path(),
                              {QStringLiteral("generate"),
                               QStringLiteral("stm32"),
                               samplesDir + QStringLiteral("/digits_int8.tar"),
                               m_dir.filePath(QStringLiteral("unknown-board")),
                               QStringLiteral("-o"),
                               QStringLiteral("board=nucleo-f999zz")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("nucleo-f999zz"), run.err.constData());
    QVERIFY2(run.err.contains("nucleo-f446re"), run.err.constData()); // names the choices
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("unknown-board"))));
}

QTEST_GUILESS_MAIN(tst_Stm32E2e)
#include "tst_stm32_e2e.moc"
