// The `microbit` template end to end with the CLI built from this tree, the real
// arm-none-eabi-gcc and QEMU's `microbit` machine:
// - both digits samples generate and build for the micro:bit v1 (nRF51822, 16 KiB of RAM) and
//   v2 (nRF52833): the firmware links for that chip (architecture, every section inside its
//   flash and RAM, a vector table pointing there), comes with the .hex the USB drive takes, and
//   needs no more flash and RAM than the fit check says (nor far less);
// - a model whose workspace cannot fit 16 KiB: the fit check says so for the v1 and not for
//   the v2; the host refuses it for the v1 before generating, and with --no-fit-check
//   the v1 build fails with the template's "does not fit" sentence;
// - `tinydeploy-cli deploy ... --template microbit -o board=qemu-microbit`: every sample
//   predicted right, on-device latency flagged emulated, QEMU stopped at exit;
// - the real board's path on emulated silicon: QEMU's microbit machine started as a bare GDB
//   server (-S -gdb, no firmware) plays the micro:bit v1, and `deploy -o board=microbit-v1
//   -o flasher=gdb -o gdb_server=... --port <its pty>` flashes the v1 firmware into it, verifies
//   it and runs every sample right;
// - openocd (Debian's, no probe plugged) fails within seconds with the no-probe sentence for
//   both boards' configurations (interface/cmsis-dap.cfg + target/nrf51.cfg or nrf52.cfg).

#include <mlf/modelarchive.h>
#include <templates/boardinfo.h>
#include <templates/fitcheck.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace TinyDeploy;

namespace {

const QString cliPath = QStringLiteral(TINYDEPLOY_BINARY_DIR "/bin/tinydeploy-cli");
const QString samplesDir = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples");
const QString boardsFile = QStringLiteral(TINYDEPLOY_BINARY_DIR
                                          "/firmware_templates/microbit/boards.json");
// Builds take a while on a loaded 2-core machine.
constexpr int stepTimeoutMs = 300000;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments, const QString &home = QString())
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!home.isEmpty()) {
        // Records, settings and caches go to the test's folder, not the user's.
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    }
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(QStringLiteral(TINYDEPLOY_SOURCE_DIR));
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    Run result;
    if (!finished.wait(stepTimeoutMs)) {
        process.kill();
        finished.wait(5000);
        result.err = "timed out: " + program.toUtf8();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

// True while any process (QEMU, make, a server) names a path under @p root.
bool processRunsUnder(const QString &root)
{
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(root.toUtf8()))
            return true;
    }
    return false;
}

std::optional<Templates::BoardInfo> boardNamed(const QString &name)
{
    const Result<QList<Templates::BoardInfo>> boards = Templates::loadBoards(boardsFile);
    if (!boards)
        return std::nullopt;
    const auto it = std::find_if(boards->cbegin(), boards->cend(), [&](const auto &info) {
        return info.name == name;
    });
    return it == boards->cend() ? std::nullopt : std::optional(*it);
}

const Templates::MemoryRegion *region(const Templates::BoardInfo &board, Templates::MemoryKind kind)
{
    const auto it = std::find_if(board.memory.cbegin(), board.memory.cend(), [&](const auto &r) {
        return r.kind == kind;
    });
    return it == board.memory.cend() ? nullptr : &*it;
}

bool inside(qint64 start, qint64 size, const Templates::MemoryRegion &r)
{
    return start >= r.origin && start + size <= r.origin + r.sizeBytes;
}

} // namespace

class tst_Microbit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firmwareBuilds_data();
    void firmwareBuilds();
    void tooBigForV1_data();
    void tooBigForV1();
    void qemuDeploy_data();
    void qemuDeploy();
    void gdbFlashIntoQemuStub();
    void openocdWithoutProbe_data();
    void openocdWithoutProbe();

private:
    QString generateAndBuild(const QString &model,
                             const QString &board,
                             Run &build,
                             const QStringList &generateFlags = {});

    QTemporaryDir m_dir;
};

void tst_Microbit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(cliPath).isExecutable(), qPrintable(cliPath));
    QVERIFY2(QFileInfo::exists(boardsFile), qPrintable(boardsFile));
    if (tool("arm-none-eabi-gcc").isEmpty())
        QSKIP("arm-none-eabi-gcc is not installed (Debian package gcc-arm-none-eabi)");
}

QString tst_Microbit::generateAndBuild(const QString &model,
                                       const QString &board,
                                       Run &build,
                                       const QStringList &generateFlags)
{
    const QString project = m_dir.filePath(QFileInfo(model).completeBaseName() + QLatin1Char('-')
                                           + board);
    const QStringList arguments = QStringList{QStringLiteral("generate"),
                                              QStringLiteral("microbit"),
                                              model,
                                              project,
                                              QStringLiteral("-o"),
                                              QStringLiteral("board=") + board}
                                  + generateFlags;
    const Run generated = run(cliPath, arguments, m_dir.path());
    if (generated.exitCode != 0) {
        build = generated;
        return QString();
    }
    build = run(cliPath, {QStringLiteral("build"), project}, m_dir.path());
    return project;
}

void tst_Microbit::firmwareBuilds_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("board");
    QTest::addColumn<QString>("cpuArch"); // readelf -A's Tag_CPU_arch
    QTest::addColumn<bool>("hardFloat");
    for (const char *kind : {"int8", "float32"}) {
        QTest::addRow("%s-microbit-v1", kind) << QString::fromLatin1(kind) << "microbit-v1"
                                              << "v6S-M" << false;
        QTest::addRow("%s-microbit-v2", kind) << QString::fromLatin1(kind) << "microbit-v2"
                                              << "v7E-M" << true;
    }
}

void tst_Microbit::firmwareBuilds()
{
    QFETCH(QString, kind);
    QFETCH(QString, board);
    QFETCH(QString, cpuArch);
    QFETCH(bool, hardFloat);
    const QString model = samplesDir + QStringLiteral("/digits_%1.tar").arg(kind);
    Run build;
    const QString project = generateAndBuild(model, board, build);
    QVERIFY2(build.exitCode == 0, build.err.right(3000).constData());
    const QString elf = project + QStringLiteral("/build/firmware.elf");
    QVERIFY(QFileInfo::exists(elf));

    // The .hex for the USB drive: Intel HEX records ending with the end-of-file record.
    QFile hex(project + QStringLiteral("/build/firmware.hex"));
    QVERIFY(hex.open(QIODevice::ReadOnly));
    const QByteArray hexText = hex.readAll().trimmed();
    QVERIFY(hexText.startsWith(':'));
    QVERIFY(hexText.endsWith(":00000001FF"));

    // Built for this chip's core and floating-point ABI.
    const Run attributes = run(tool("arm-none-eabi-readelf"), {QStringLiteral("-A"), elf});
    QCOMPARE(attributes.exitCode, 0);
    QVERIFY2(attributes.out.contains(QByteArray(QByteArray("Tag_CPU_arch: ") + cpuArch.toLatin1())),
             attributes.out.constData());
    QCOMPARE(attributes.out.contains("Tag_ABI_VFP_args: VFP registers"), hardFloat);

    // Every loadable segment inside the board's flash (load address) and RAM (run address).
    const std::optional<Templates::BoardInfo> info = boardNamed(board);
    QVERIFY(info);
    const Templates::MemoryRegion *flashRegion = region(*info, Templates::MemoryKind::Flash);
    const Templates::MemoryRegion *ramRegion = region(*info, Templates::MemoryKind::Ram);
    QVERIFY(flashRegion && ramRegion);
    const Run segments = run(tool("arm-none-eabi-readelf"), {QStringLiteral("-lW"), elf});
    QCOMPARE(segments.exitCode, 0);
    int loads = 0;
    for (const QByteArray &line : segments.out.split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 7 || f.at(0) != "LOAD")
            continue;
        ++loads;
        const qint64 virt = f.at(2).toLongLong(nullptr, 16);
        const qint64 phys = f.at(3).toLongLong(nullptr, 16);
        const qint64 fileSize = f.at(4).toLongLong(nullptr, 16);
        const qint64 memSize = f.at(5).toLongLong(nullptr, 16);
        QVERIFY2(fileSize == 0 || inside(phys, fileSize, *flashRegion), line.constData());
        QVERIFY2(inside(virt, memSize, *flashRegion) || inside(virt, memSize, *ramRegion),
                 line.constData());
    }
    QVERIFY(loads > 0);

    // The vector table at address 0: the initial stack pointer in RAM, the reset handler a
    // Thumb address in flash.
    QFile bin(project + QStringLiteral("/build/firmware.bin"));
    QVERIFY(bin.open(QIODevice::ReadOnly));
    const QByteArray head = bin.read(8);
    QCOMPARE(head.size(), 8);
    const auto word = [&head](int at) {
        return qint64(quint8(head[at])) | qint64(quint8(head[at + 1])) << 8
               | qint64(quint8(head[at + 2])) << 16 | qint64(quint8(head[at + 3])) << 24;
    };
    QVERIFY(word(0) > ramRegion->origin && word(0) <= ramRegion->origin + ramRegion->sizeBytes);
    QVERIFY(word(4) & 1);
    QVERIFY(inside(word(4) & ~qint64(1), 2, *flashRegion));

    // What the fit check promises against what the linker placed (as firmwareFitsTheEstimate
    // does for the MPS2 boards).
    const Run size = run(tool("arm-none-eabi-size"), {QStringLiteral("-A"), elf});
    QCOMPARE(size.exitCode, 0);
    QHash<QString, qint64> sections;
    for (const QByteArray &line : size.out.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() == 3 && fields.at(0).startsWith('.'))
            sections.insert(QString::fromLatin1(fields.at(0)), fields.at(1).toLongLong());
    }
    const qint64 flash = sections.value(QStringLiteral(".text"))
                         + sections.value(QStringLiteral(".rodata"))
                         + sections.value(QStringLiteral(".ARM.exidx"))
                         + sections.value(QStringLiteral(".data"));
    const qint64 ram = sections.value(QStringLiteral(".data"))
                       + sections.value(QStringLiteral(".bss"))
                       + sections.value(QStringLiteral(".heap"))
                       + sections.value(QStringLiteral(".stack"));
    const Result<Mlf::ModelInfo> summary = Mlf::ModelArchive::summarize(model);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().fullText()));
    QVERIFY2(info->runtimeOverhead, "boards.json states the runtime overhead of every board");
    const Templates::FitCheck fit = Templates::checkFit(Templates::estimateNeeds(*summary), *info);
    const QString figures = QStringLiteral(
                                "flash %1 estimated, %2 built; RAM %3 estimated, %4 built")
                                .arg(fit.flash.neededBytes)
                                .arg(flash)
                                .arg(fit.ram.neededBytes)
                                .arg(ram);
    qInfo().noquote() << kind << board << figures;
    QVERIFY2(fit.fits(), qPrintable(figures));
    QVERIFY2(fit.flash.neededBytes >= flash, qPrintable(figures));
    QVERIFY2(fit.ram.neededBytes >= ram, qPrintable(figures));
    QVERIFY2(fit.flash.neededBytes <= 3 * flash, qPrintable(figures));
    QVERIFY2(fit.ram.neededBytes <= ram + ram / 4, qPrintable(figures));
}

void tst_Microbit::tooBigForV1_data()
{
    QTest::addColumn<QString>("board");
    QTest::addColumn<bool>("fits");
    QTest::newRow("microbit-v1") << "microbit-v1" << false;
    QTest::newRow("microbit-v2") << "microbit-v2" << true;
}

// The int8 digits sample with a 20 KiB workspace, more than the v1's 16 KiB of RAM.
void tst_Microbit::tooBigForV1()
{
    QFETCH(QString, board);
    QFETCH(bool, fits);
    const QString model = m_dir.filePath(QStringLiteral("big_workspace.tar"));
    if (!QFileInfo::exists(model)) {
        const QString unpacked = m_dir.filePath(QStringLiteral("big_workspace"));
        QVERIFY(QDir().mkpath(unpacked));
        QCOMPARE(run(tool("tar"),
                     {QStringLiteral("-xf"),
                      samplesDir + QStringLiteral("/digits_int8.tar"),
                      QStringLiteral("-C"),
                      unpacked})
                     .exitCode,
                 0);
        QFile metadata(unpacked + QStringLiteral("/metadata.json"));
        QVERIFY(metadata.open(QIODevice::ReadOnly));
        QByteArray text = metadata.readAll();
        metadata.close();
        QVERIFY(text.contains("\"workspace_size_bytes\": 96"));
        text.replace("\"workspace_size_bytes\": 96", "\"workspace_size_bytes\": 20480");
        QVERIFY(metadata.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(metadata.write(text), text.size());
        metadata.close();
        QCOMPARE(run(tool("tar"),
                     {QStringLiteral("-cf"),
                      model,
                      QStringLiteral("-C"),
                      unpacked,
                      QStringLiteral(".")})
                     .exitCode,
                 0);
    }

    const Result<Mlf::ModelInfo> summary = Mlf::ModelArchive::summarize(model);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().fullText()));
    const std::optional<Templates::BoardInfo> info = boardNamed(board);
    QVERIFY(info);
    const Templates::FitCheck fit = Templates::checkFit(Templates::estimateNeeds(*summary), *info);
    qInfo().noquote() << board << fit.ram.summary();
    QCOMPARE(fit.fits(), fits);
    if (fits)
        return; // no need to build what the fit check lets through (firmwareBuilds does)
    QVERIFY(fit.ram.summary().startsWith(QStringLiteral("RAM overflows by")));

    // The host refuses it before the project is generated, with the fit check's numbers.
    Run refused;
    QVERIFY(generateAndBuild(model, board, refused).isEmpty());
    QCOMPARE(refused.exitCode, 1);
    const QString refusal = QString::fromUtf8(refused.err);
    QVERIFY2(refusal.contains(
                 QStringLiteral("The model does not fit BBC micro:bit v1 (microbit-v1)"))
                 && refusal.contains(QStringLiteral("RAM overflows by")),
             qPrintable(refusal));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("big_workspace-") + board)));

    // Told to build anyway, the linker refuses it, in the template's words.
    Run build;
    generateAndBuild(model, board, build, {QStringLiteral("--no-fit-check")});
    QCOMPARE(build.exitCode, 1);
    static const QRegularExpression sentence(QStringLiteral(
        "The model does not fit: RAM overflows by \\d+ KiB on microbit-v1 \\(16 KiB\\): choose "
        "a board with more memory or a smaller model\\."));
    QVERIFY2(sentence.match(QString::fromUtf8(build.err)).hasMatch(),
             build.err.right(2000).constData());
}

void tst_Microbit::qemuDeploy_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("int8") << "int8";
    QTest::newRow("float32") << "float32";
}

void tst_Microbit::qemuDeploy()
{
    QFETCH(QString, kind);
    if (tool("qemu-system-arm").isEmpty())
        QSKIP("qemu-system-arm is not installed (Debian package qemu-system-arm)");
    const Run deploy = run(cliPath,
                           {QStringLiteral("deploy"),
                            QStringLiteral("resources/samples/digits_%1.tar").arg(kind),
                            QStringLiteral("--template"),
                            QStringLiteral("microbit"),
                            QStringLiteral("-o"),
                            QStringLiteral("board=qemu-microbit"),
                            QStringLiteral("--json")},
                           m_dir.path());
    QVERIFY2(deploy.exitCode == 0, deploy.err.right(3000).constData());
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(deploy.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("finished"));
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
    const QJsonObject device = json.value(QStringLiteral("device")).toObject();
    QCOMPARE(device.value(QStringLiteral("board")).toString(), QStringLiteral("qemu-microbit"));
    QCOMPARE(device.value(QStringLiteral("cycles_hz")).toInt(), 16000000);
    const QJsonArray results = json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 5);
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        QCOMPARE(result.value(QStringLiteral("predicted")).toInt(-1),
                 result.value(QStringLiteral("true_class")).toInt(-2));
        QCOMPARE(result.value(QStringLiteral("agrees_with_expected")).toBool(), true);
        const QJsonObject latency = result.value(QStringLiteral("latency")).toObject();
        QCOMPARE(latency.value(QStringLiteral("emulated")).toBool(), true);
        QVERIFY(latency.value(QStringLiteral("cycles"))
                    .toObject()
                    .value(QStringLiteral("median"))
                    .toDouble()
                > 0);
        qInfo().noquote() << kind << result.value(QStringLiteral("input")).toString()
                          << "latency (emulated):"
                          << QJsonDocument(latency).toJson(QJsonDocument::Compact);
    }
    // Without --keep-running the emulated board is stopped at exit.
    const QString project = json.value(QStringLiteral("project_dir")).toString();
    QVERIFY(!QFile::exists(project + QStringLiteral("/run/device.json")));
    QTRY_VERIFY_WITH_TIMEOUT(!processRunsUnder(project), 5000);
}

void tst_Microbit::gdbFlashIntoQemuStub()
{
    if (tool("qemu-system-arm").isEmpty() || tool("gdb-multiarch").isEmpty())
        QSKIP("needs qemu-system-arm and gdb-multiarch (Debian packages of the same names)");
    // A port of our own (tests may run in parallel): QEMU says when it is taken.
    const int port = 20000 + int(QCoreApplication::applicationPid() % 20000);
    QProcess qemu;
    qemu.setProcessChannelMode(QProcess::MergedChannels);
    qemu.start(tool("qemu-system-arm"),
               {QStringLiteral("-M"),
                QStringLiteral("microbit"),
                QStringLiteral("-S"),
                QStringLiteral("-gdb"),
                QStringLiteral("tcp:127.0.0.1:%1").arg(port),
                QStringLiteral("-nographic"),
                QStringLiteral("-serial"),
                QStringLiteral("pty"),
                QStringLiteral("-monitor"),
                QStringLiteral("none")});
    QVERIFY(qemu.waitForStarted(10000));
    auto stopQemu = qScopeGuard([&qemu] {
        qemu.kill();
        qemu.waitForFinished(5000);
    });
    QByteArray said;
    static const QRegularExpression ptyLine(QStringLiteral("redirected to (/dev/pts/\\d+)"));
    QTRY_VERIFY2_WITH_TIMEOUT(ptyLine.match(QString::fromUtf8(said += qemu.readAll())).hasMatch()
                                  || qemu.state() != QProcess::Running,
                              said.constData(),
                              10000);
    QVERIFY2(qemu.state() == QProcess::Running, said.constData());
    const QString pty = ptyLine.match(QString::fromUtf8(said)).captured(1);

    const Run deploy = run(cliPath,
                           {QStringLiteral("deploy"),
                            QStringLiteral("resources/samples/digits_int8.tar"),
                            QStringLiteral("--template"),
                            QStringLiteral("microbit"),
                            QStringLiteral("-o"),
                            QStringLiteral("board=microbit-v1"),
                            QStringLiteral("-o"),
                            QStringLiteral("flasher=gdb"),
                            QStringLiteral("-o"),
                            QStringLiteral("gdb_server=127.0.0.1:%1").arg(port),
                            QStringLiteral("--port"),
                            pty,
                            QStringLiteral("--json")},
                           m_dir.path());
    QVERIFY2(deploy.exitCode == 0, deploy.err.right(3000).constData());
    const QJsonObject json = QJsonDocument::fromJson(deploy.out).object();
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
    // The real board's firmware: its own name, timing not flagged emulated (it cannot know).
    const QJsonObject device = json.value(QStringLiteral("device")).toObject();
    QCOMPARE(device.value(QStringLiteral("board")).toString(), QStringLiteral("microbit-v1"));
    QCOMPARE(device.value(QStringLiteral("cycles_emulated")).toBool(true), false);
    const QJsonArray results = json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 5);
    for (const QJsonValue &value : results) {
        QCOMPARE(value.toObject().value(QStringLiteral("predicted")).toInt(-1),
                 value.toObject().value(QStringLiteral("true_class")).toInt(-2));
        QVERIFY(value.toObject().value(QStringLiteral("agrees_with_expected")).toBool());
    }
}

void tst_Microbit::openocdWithoutProbe_data()
{
    QTest::addColumn<QString>("board");
    QTest::newRow("microbit-v1") << "microbit-v1";
    QTest::newRow("microbit-v2") << "microbit-v2";
}

void tst_Microbit::openocdWithoutProbe()
{
    QFETCH(QString, board);
    if (tool("openocd").isEmpty())
        QSKIP("openocd is not installed (Debian package openocd)");
    const QString project = m_dir.filePath(QStringLiteral("digits_int8-") + board);
    if (!QFileInfo::exists(project + QStringLiteral("/build/firmware.elf")))
        QSKIP("needs the project built by firmwareBuilds(), which did not run");
    QDir sysfs(QStringLiteral("/sys/bus/usb/devices"));
    for (const QString &device : sysfs.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile vendor(sysfs.filePath(device + QStringLiteral("/idVendor")));
        if (vendor.open(QIODevice::ReadOnly) && vendor.readAll().trimmed() == "0d28")
            QSKIP("a DAPLink is plugged in: this test needs none (label Hardware tests use it)");
    }
    const Run flash = run(cliPath,
                          {QStringLiteral("flash"),
                           project,
                           QStringLiteral("-o"),
                           QStringLiteral("flasher=openocd")},
                          m_dir.path());
    QCOMPARE(flash.exitCode, 1);
    QVERIFY2(flash.err.contains("No DAPLink probe was found: plug the micro:bit's USB cable"),
             flash.err.right(2000).constData());
    QVERIFY2(flash.err.contains(board.endsWith(QLatin1String("v1")) ? "target/nrf51.cfg"
                                                                    : "target/nrf52.cfg"),
             flash.err.right(2000).constData());
}

QTEST_GUILESS_MAIN(tst_Microbit)
#include "tst_microbit.moc"
