#include <templates/boardinfo.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Templates;

class tst_BoardInfo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validation_data();
    void validation();
    void fullBoardIsRead();
    void tvmZephyrLayoutIsRead();
    void ourTemplatesLayoutIsRead();
    void boardsKeepFileOrder();
    void loadNamesTheFile();
    void bundledBoardFilesAreValid();
};

void tst_BoardInfo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_BoardInfo::validation_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("boards");            // -1: an error is expected
    QTest::addColumn<QString>("errorLocation"); // suffix after "boards.json"

    const QByteArray minimal = R"({"b": {"cpu": "cortex-m3"}})";
    QTest::newRow("garbage") << QByteArray("\x01\x02garbage") << -1 << QString();
    QTest::newRow("empty") << QByteArray() << -1 << QString();
    QTest::newRow("incomplete") << QByteArray(R"({"b": {"cpu": "cortex)") << -1 << QString();
    QTest::newRow("completing") << minimal << 1 << QString();
    QTest::newRow("trailing data") << minimal + "{}" << -1 << QString();
    QTest::newRow("oversize") << QByteArray(R"({"b": {"display_name": ")")
                                     + QByteArray(maxBoardsFileBytes, 'x') + "\"}}"
                              << -1 << QString();
    QTest::newRow("bad charset") << QByteArray("{\"b\": {\"cpu\": \"\xff\xfe\"}}") << -1
                                 << QString();
    QTest::newRow("deep nesting") << QByteArray(2000, '[') << -1 << QString();
    QTest::newRow("root is an array") << QByteArray("[]") << -1 << QString();
    QTest::newRow("no board") << QByteArray(R"({"$comment": "x"})") << -1 << QString();
    QTest::newRow("board is a string")
        << QByteArray(R"({"b": "cortex-m3"})") << -1 << QString(": b");
    QTest::newRow("empty board name") << QByteArray(R"({"": {}})") << -1 << QString(": \"\"");
    QTest::newRow("fpu is a list")
        << QByteArray(R"({"b": {"fpu": ["vfp"]}})") << -1 << QString(": b.fpu");
    QTest::newRow("cpu not string")
        << QByteArray(R"({"b": {"cpu": 3}})") << -1 << QString(": b.cpu");
    QTest::newRow("baud zero") << QByteArray(R"({"b": {"baud_rate": 0}})") << -1
                               << QString(": b.baud_rate");
    QTest::newRow("baud float") << QByteArray(R"({"b": {"baud_rate": 115200.5}})") << -1
                                << QString(": b.baud_rate");
    QTest::newRow("memory is a number")
        << QByteArray(R"({"b": {"memory": 4}})") << -1 << QString(": b.memory");
    QTest::newRow("memory by kind, bad size")
        << QByteArray(R"({"b": {"memory": {"ram": {"size_bytes": "lots"}}}})") << -1
        << QString(": b.memory.ram.size_bytes");
    QTest::newRow("fpu is a number")
        << QByteArray(R"({"b": {"fpu": 2}})") << -1 << QString(": b.fpu");
    QTest::newRow("usb_vid without usb_pid")
        << QByteArray(R"({"b": {"usb_vid": "2e8a", "usb_pid": null}})") << -1
        << QString(": b.usb_pid");
    QTest::newRow("region kind unknown") << QByteArray(
        R"({"b": {"memory": [{"kind": "flash", "size": 1}, {"kind": "rom", "size": 1}]}})")
                                         << -1 << QString(": b.memory[1].kind");
    QTest::newRow("region size missing") << QByteArray(R"({"b": {"memory": [{"kind": "ram"}]}})")
                                         << -1 << QString(": b.memory[0].size_bytes");
    QTest::newRow("region size negative")
        << QByteArray(R"({"b": {"memory": [{"kind": "ram", "size": -4}]}})") << -1
        << QString(": b.memory[0].size");
    QTest::newRow("region origin bad hex")
        << QByteArray(R"({"b": {"memory": [{"kind": "ram", "size": 4, "origin": "0xzz"}]}})") << -1
        << QString(": b.memory[0].origin");
    QTest::newRow("usb vid too long")
        << QByteArray(R"({"b": {"usb": [{"vid": "12345", "pid": "1"}]}})") << -1
        << QString(": b.usb[0].vid");
    QTest::newRow("usb pid missing")
        << QByteArray(R"({"b": {"usb": [{"vid": "0483"}]}})") << -1 << QString(": b.usb[0].pid");
    QTest::newRow("tvm vid without pid")
        << QByteArray(R"({"b": {"vid_hex": "0483"}})") << -1 << QString(": b.pid_hex");
    QTest::newRow("runtime overhead not an object")
        << QByteArray(R"({"b": {"runtime_overhead": 4096}})") << -1
        << QString(": b.runtime_overhead");
    QTest::newRow("runtime overhead ram missing")
        << QByteArray(R"({"b": {"runtime_overhead": {"flash_bytes": 4096}}})") << -1
        << QString(": b.runtime_overhead.ram_bytes");
    QTest::newRow("runtime overhead negative")
        << QByteArray(R"({"b": {"runtime_overhead": {"flash_bytes": -1, "ram_bytes": 0}}})") << -1
        << QString(": b.runtime_overhead.flash_bytes");
    QTest::newRow("runtime overhead oversize")
        << QByteArray(R"({"b": {"runtime_overhead": {"flash_bytes": 1, "ram_bytes": 99999999999}}})")
        << -1 << QString(": b.runtime_overhead.ram_bytes");
    QTest::newRow("runtime overhead text")
        << QByteArray(R"({"b": {"runtime_overhead": {"flash_bytes": "12k", "ram_bytes": 1}}})")
        << -1 << QString(": b.runtime_overhead.flash_bytes");
    QTest::newRow("wrapped") << QByteArray(R"({"version": 1, "boards": {"a": {}, "b": {}}})") << 2
                             << QString();
    QTest::newRow("wrapped not object")
        << QByteArray(R"({"boards": []})") << -1 << QString(": boards");
    QTest::newRow("comments skipped")
        << QByteArray(R"({"_note": 1, "$schema": "x", "a": {}})") << 1 << QString();
    QTest::newRow("unknown fields ignored")
        << QByteArray(R"({"a": {"recommended_heap_size_bytes": null, "future": [1]}})") << 1
        << QString();
}

void tst_BoardInfo::validation()
{
    QFETCH(QByteArray, json);
    QFETCH(int, boards);
    QFETCH(QString, errorLocation);

    const Result<QList<BoardInfo>> result = parseBoards(json, "boards.json");
    if (boards >= 0) {
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().fullText()));
        QCOMPARE(result->size(), boards);
        return;
    }
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, ErrorCode::InvalidBoardData);
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY(!result.error().hint.isEmpty());
    QVERIFY2(result.error().location.startsWith("boards.json"), qPrintable(result.error().location));
    if (!errorLocation.isEmpty())
        QCOMPARE(result.error().location, "boards.json" + errorLocation);
}

void tst_BoardInfo::fullBoardIsRead()
{
    const QByteArray json = R"J({
      "mps2_an385": {
        "display_name": "Arm MPS2 AN385 (Cortex-M3, emulated)",
        "cpu": "cortex-m3", "fpu": false, "emulated": true, "baud_rate": 115200,
        "memory": [
          {"name": "FLASH", "kind": "flash", "origin": "0x00000000", "size": "0x400000"},
          {"name": "SRAM", "kind": "ram", "origin": 536870912, "size": 4194304},
          {"name": "SRAM2", "kind": "ram", "size": 1024}
        ],
        "usb": [{"vid": "0x0483", "pid": "374b"}, {"vid": 4660, "pid": 22136}]
      }})J";
    const Result<QList<BoardInfo>> result = parseBoards(json, "boards.json");
    QVERIFY2(result, qPrintable(result ? QString() : result.error().fullText()));
    QCOMPARE(result->size(), 1);
    const BoardInfo &b = result->first();
    QCOMPARE(b.name, "mps2_an385");
    QCOMPARE(b.displayName, "Arm MPS2 AN385 (Cortex-M3, emulated)");
    QCOMPARE(b.cpu, "cortex-m3");
    QVERIFY(!b.fpu);
    QVERIFY(b.emulated);
    QCOMPARE(b.defaultBaudRate, 115200);
    QCOMPARE(b.memory.size(), 3);
    QCOMPARE(b.memory.at(0).origin, 0);
    QCOMPARE(b.memory.at(1).origin, 0x20000000);
    QCOMPARE(b.memory.at(2).origin, -1);
    QCOMPARE(b.totalBytes(MemoryKind::Flash), 4 * 1024 * 1024);
    QCOMPARE(b.totalBytes(MemoryKind::Ram), 4 * 1024 * 1024 + 1024);
    QCOMPARE(b.usbIds.size(), 2);
    QCOMPARE(formatUsbId(b.usbIds.at(0)), "0483:374b");
    QCOMPARE(formatUsbId(b.usbIds.at(1)), "1234:5678");
}

void tst_BoardInfo::tvmZephyrLayoutIsRead()
{
    // The shape of TVM's Zephyr/Arduino boards.json: model, is_qemu, vid_hex/pid_hex.
    const QByteArray json = R"({
      "nucleo_f746zg": {"board": "nucleo_f746zg", "model": "stm32f7xx", "is_qemu": false,
                        "fpu": true, "vid_hex": "0483", "pid_hex": "374b",
                        "recommended_heap_size_bytes": null},
      "qemu_x86": {"board": "qemu_x86", "model": "host", "is_qemu": true, "fpu": true,
                   "vid_hex": "", "pid_hex": ""}
    })";
    const Result<QList<BoardInfo>> result = parseBoards(json, "boards.json");
    QVERIFY2(result, qPrintable(result ? QString() : result.error().fullText()));
    QCOMPARE(result->size(), 2);
    QCOMPARE(result->at(0).cpu, "stm32f7xx");
    QVERIFY(!result->at(0).emulated);
    QCOMPARE(result->at(0).usbIds, (QList<UsbId>{{0x0483, 0x374b}}));
    QVERIFY(result->at(1).emulated);
    QVERIFY(result->at(1).usbIds.isEmpty());
    QCOMPARE(result->at(1).totalBytes(MemoryKind::Flash), -1);
}

void tst_BoardInfo::ourTemplatesLayoutIsRead()
{
    // The shape of firmware_templates/*/boards.json: memory by kind with size_bytes, totals
    // beside it (not counted twice), the FPU by name or null, usb_vid/usb_pid.
    const QByteArray json = R"J({
      "mps2-an386": {
        "board": "mps2-an386", "description": "Cortex-M4 with FPU, emulated by QEMU",
        "cpu": "cortex-m4", "fpu": "fpv4-sp-d16", "gcc_flags": ["-mthumb"],
        "memory": {
          "flash": {"name": "FLASH", "origin": 0, "size_bytes": 4194304, "what": "code"},
          "ram": {"name": "RAM", "origin": 536870912, "size_bytes": 4194304}
        },
        "flash_size_bytes": 4194304, "ram_size_bytes": 4194304, "cpu_clock_hz": 25000000,
        "emulated": true, "default_baud_rate": 115200, "usb_vid": null, "usb_pid": null,
        "runtime_overhead": {"flash_bytes": 12288, "ram_bytes": 90112}
      },
      "pico": {"cpu": "cortex-m0plus", "fpu": null, "flash_size_bytes": 2097152,
               "ram_size_bytes": 270336, "usb_vid": "2e8a", "usb_pid": "000a"}
    })J";
    const Result<QList<BoardInfo>> result = parseBoards(json, "boards.json");
    QVERIFY2(result, qPrintable(result ? QString() : result.error().fullText()));
    QCOMPARE(result->size(), 2);
    const BoardInfo &qemu = result->at(0);
    QVERIFY(qemu.fpu);
    QCOMPARE(qemu.fpuName, "fpv4-sp-d16");
    QCOMPARE(qemu.description, "Cortex-M4 with FPU, emulated by QEMU");
    QCOMPARE(qemu.cpuClockHz, 25000000);
    QCOMPARE(qemu.defaultBaudRate, 115200);
    QVERIFY(qemu.emulated);
    QCOMPARE(qemu.memory.size(), 2);
    QCOMPARE(qemu.memory.at(1).name, "RAM");
    QCOMPARE(qemu.memory.at(1).origin, 0x20000000);
    QCOMPARE(qemu.totalBytes(MemoryKind::Flash), 4194304);
    QCOMPARE(qemu.totalBytes(MemoryKind::Ram), 4194304);
    QVERIFY(qemu.usbIds.isEmpty());
    QVERIFY(qemu.runtimeOverhead);
    QCOMPARE(qemu.runtimeOverhead->flashBytes, 12288);
    QCOMPARE(qemu.runtimeOverhead->ramBytes, 90112);
    const BoardInfo &pico = result->at(1);
    QVERIFY(!pico.runtimeOverhead);
    QVERIFY(!pico.fpu);
    QCOMPARE(pico.totalBytes(MemoryKind::Flash), 2097152);
    QCOMPARE(pico.totalBytes(MemoryKind::Ram), 270336);
    QCOMPARE(pico.usbIds, (QList<UsbId>{{0x2e8a, 0x000a}}));
}

void tst_BoardInfo::boardsKeepFileOrder()
{
    const Result<QList<BoardInfo>> result = parseBoards(R"({"zeta": {}, "alpha": {}, "mid": {}})",
                                                        "boards.json");
    QVERIFY(result);
    QCOMPARE(result->at(0).name, "zeta");
    QCOMPARE(result->at(1).name, "alpha");
    QCOMPARE(result->at(2).name, "mid");
}

void tst_BoardInfo::loadNamesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("boards.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"b": {"fpu": 1}})");
    file.close();
    const Result<QList<BoardInfo>> result = loadBoards(path);
    QVERIFY(!result);
    QCOMPARE(result.error().location, path + ": b.fpu");

    const Result<QList<BoardInfo>> missing = loadBoards(dir.filePath("nope.json"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::Io);
    QCOMPARE(missing.error().location, dir.filePath("nope.json"));
}

void tst_BoardInfo::bundledBoardFilesAreValid()
{
    // Every boards.json we ship must load: a broken one would hide the template's boards.
    const QString root = TINYDEPLOY_SOURCE_DIR "/firmware_templates";
    int checked = 0;
    const QStringList templates = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : templates) {
        const QString path = root + '/' + name + "/boards.json";
        if (!QFileInfo::exists(path))
            continue;
        const Result<QList<BoardInfo>> result = loadBoards(path);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().fullText()));
        QVERIFY(!result->isEmpty());
        ++checked;
    }
    // qemu-cortex-m ships one: finding none means the search above broke, not that all is well.
    QVERIFY2(checked > 0, qPrintable("no boards.json found under " + root));
}

QTEST_GUILESS_MAIN(tst_BoardInfo)
#include "tst_boardinfo.moc"
