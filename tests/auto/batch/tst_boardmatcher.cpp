// BoardMatcher: which connected boards match a board type (fake ports), the --boards syntax,
// plug and unplug between two listings, and the board type of a template's options or of a
// deployment package.

#include <batch/boardmatcher.h>
#include <fakes/fakepackage.h>
#include <fakes/fakeports.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Batch;

namespace {

constexpr quint16 stVid = 0x0483;
constexpr quint16 stPid = 0x374b;

Templates::BoardInfo nucleo()
{
    Templates::BoardInfo board;
    board.name = QStringLiteral("nucleo-f446re");
    board.displayName = QStringLiteral("NUCLEO-F446RE");
    board.usbIds = {{stVid, stPid}};
    return board;
}

QList<Device::PortInfo> table()
{
    return {FakePorts::port(QStringLiteral("ttyACM1"), stVid, stPid, QStringLiteral("BBB")),
            FakePorts::port(QStringLiteral("ttyUSB0"), 0x10c4, 0xea60, QStringLiteral("OTHER")),
            FakePorts::port(QStringLiteral("ttyACM0"), stVid, stPid, QStringLiteral("AAA")),
            FakePorts::port(QStringLiteral("ttyS0"))};
}

} // namespace

class tst_BoardMatcher : public QObject
{
    Q_OBJECT

private slots:
    void parseSelection_data();
    void parseSelection();
    void selectReal_data();
    void selectReal();
    void emulated();
    void plugAndUnplug();
    void chosenBoardFromOptions();
    void boardOfPackage_data();
    void boardOfPackage();
};

void tst_BoardMatcher::parseSelection_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("serials");
    QTest::newRow("all") << "all" << true << int(BoardSelection::Kind::All) << 0 << QStringList();
    QTest::newRow("ALL") << " ALL " << true << int(BoardSelection::Kind::All) << 0 << QStringList();
    QTest::newRow("eight") << "8" << true << int(BoardSelection::Kind::Count) << 8 << QStringList();
    QTest::newRow("zero") << "0" << false << 0 << 0 << QStringList();
    QTest::newRow("too many") << "65" << false << 0 << 0 << QStringList();
    QTest::newRow("serials") << "AAA, BBB,AAA" << true << int(BoardSelection::Kind::Serials) << 0
                             << QStringList{"AAA", "BBB"};
    QTest::newRow("empty") << " , " << false << 0 << 0 << QStringList();
}

void tst_BoardMatcher::parseSelection()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const Result<BoardSelection> parsed = parseBoardSelection(text);
    QCOMPARE(parsed.has_value(), valid);
    if (!valid) {
        QCOMPARE(parsed.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!parsed.error().hint.isEmpty());
        return;
    }
    QFETCH(int, kind);
    QFETCH(int, count);
    QFETCH(QStringList, serials);
    QCOMPARE(int(parsed->kind), kind);
    QCOMPARE(parsed->count, count);
    QCOMPARE(parsed->serials, serials);
}

void tst_BoardMatcher::selectReal_data()
{
    QTest::addColumn<QString>("selection");
    QTest::addColumn<QStringList>("serials"); // empty: an error
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("all, sorted by serial") << "all" << QStringList{"AAA", "BBB"} << QString();
    QTest::newRow("first one") << "1" << QStringList{"AAA"} << QString();
    QTest::newRow("more than connected") << "3" << QStringList() << "3 NUCLEO-F446RE";
    QTest::newRow("by serial, in order") << "BBB,aaa" << QStringList{"BBB", "AAA"} << QString();
    QTest::newRow("unknown serial") << "AAA,ZZZ" << QStringList() << "ZZZ";
    QTest::newRow("another board's serial") << "OTHER" << QStringList() << "OTHER";
}

void tst_BoardMatcher::selectReal()
{
    QFETCH(QString, selection);
    QFETCH(QStringList, serials);
    QFETCH(QString, errorPart);
    const BoardMatcher matcher(nucleo(), [] { return table(); });
    QVERIFY(!matcher.isEmulated());
    const Result<QList<BoardTarget>> targets = matcher.select(*parseBoardSelection(selection));
    if (serials.isEmpty()) {
        QVERIFY(!targets);
        QCOMPARE(targets.error().code, ErrorCode::PortUnavailable);
        QVERIFY2(targets.error().message.contains(errorPart), qPrintable(targets.error().message));
        // The error lists what is connected, with serial numbers and ports.
        QVERIFY(targets.error().message.contains("AAA (/dev/ttyACM0)"));
        return;
    }
    QVERIFY(targets);
    QCOMPARE(targets->size(), serials.size());
    for (qsizetype i = 0; i < serials.size(); ++i) {
        const BoardTarget &target = targets->at(i);
        QCOMPARE(target.serialNumber, serials.at(i));
        QCOMPARE(target.index, int(i));
        QVERIFY(target.isReal());
        QCOMPARE(target.port,
                 serials.at(i) == "AAA" ? QStringLiteral("/dev/ttyACM0")
                                        : QStringLiteral("/dev/ttyACM1"));
    }
}

void tst_BoardMatcher::emulated()
{
    Templates::BoardInfo qemu;
    qemu.name = QStringLiteral("mps2-an385");
    qemu.emulated = true;
    const BoardMatcher matcher(qemu, [] { return table(); });
    QVERIFY(matcher.isEmulated());
    QVERIFY(matcher.connected().isEmpty());
    const Result<QList<BoardTarget>> eight = matcher.select(*parseBoardSelection("8"));
    QVERIFY(eight);
    QCOMPARE(eight->size(), 8);
    QCOMPARE(eight->at(7).index, 7);
    QVERIFY(!eight->at(7).isReal());
    QCOMPARE(eight->at(7).folderName(), QStringLiteral("08-emulated"));
    QVERIFY(!matcher.locate(eight->at(0)));
    const Result<QList<BoardTarget>> all = matcher.select(*parseBoardSelection("all"));
    QVERIFY(!all);
    QVERIFY(all.error().hint.contains("8"));
    QVERIFY(BoardMatcher().isEmulated()); // no board type (host runners)
}

void tst_BoardMatcher::plugAndUnplug()
{
    QList<Device::PortInfo> ports = table();
    const BoardMatcher matcher(nucleo(), [&ports] { return ports; });
    const QList<BoardTarget> before = matcher.connected();
    QCOMPARE(before.size(), 2);
    const BoardTarget aaa = before.at(0);
    QCOMPARE(matcher.locate(aaa)->systemLocation, QStringLiteral("/dev/ttyACM0"));

    // AAA re-enumerates as ttyACM2: found again by its serial number.
    ports[2].portName = QStringLiteral("ttyACM2");
    ports[2].systemLocation = QStringLiteral("/dev/ttyACM2");
    QCOMPARE(matcher.locate(aaa)->systemLocation, QStringLiteral("/dev/ttyACM2"));

    // Unplugged: gone.
    ports.removeAt(2);
    QVERIFY(!matcher.locate(aaa));
    QCOMPARE(matcher.connected().size(), 1);

    // A new board is listed at once.
    ports.append(FakePorts::port(QStringLiteral("ttyACM3"), stVid, stPid, QStringLiteral("CCC")));
    const QList<BoardTarget> after = matcher.connected();
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.at(1).serialNumber, QStringLiteral("CCC"));
}

void tst_BoardMatcher::chosenBoardFromOptions()
{
    const QString templates = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/firmware_templates");
    // qemu-cortex-m: every board is emulated, so no board option is needed.
    Result<std::optional<Templates::BoardInfo>> qemu = chosenBoard(templates + "/qemu-cortex-m",
                                                                   {},
                                                                   {});
    QVERIFY(qemu);
    QVERIFY(!qemu->has_value());
    qemu = chosenBoard(templates + "/qemu-cortex-m", {}, {QStringLiteral("board=mps2-an386")});
    QVERIFY(qemu && qemu->has_value());
    QVERIFY((*qemu)->emulated);
    // stm32: real boards; the board option says which USB ids to look for.
    const Result<std::optional<Templates::BoardInfo>> missing = chosenBoard(templates + "/stm32",
                                                                            {},
                                                                            {});
    QVERIFY(!missing);
    QVERIFY(missing.error().hint.contains("nucleo-f446re"));
    const Result<std::optional<Templates::BoardInfo>> nucleoBoard
        = chosenBoard(templates + "/stm32", {{QStringLiteral("board"), "nucleo-f446re"}}, {});
    QVERIFY(nucleoBoard && nucleoBoard->has_value());
    QVERIFY(!(*nucleoBoard)->usbIds.isEmpty());
    // The host template has no boards.json: emulated.
    const Result<std::optional<Templates::BoardInfo>> host = chosenBoard(templates + "/host",
                                                                         {},
                                                                         {});
    QVERIFY(host && !host->has_value());
}

void tst_BoardMatcher::boardOfPackage_data()
{
    QTest::addColumn<QString>("templ");
    QTest::addColumn<QString>("board");
    QTest::addColumn<bool>("emulated");
    QTest::newRow("real nucleo-f446re") << "stm32"
                                        << "nucleo-f446re" << false;
    QTest::newRow("emulated mps2-an385") << "qemu-cortex-m"
                                         << "mps2-an385" << true;
}

void tst_BoardMatcher::boardOfPackage()
{
    QFETCH(QString, templ);
    QFETCH(QString, board);
    QFETCH(bool, emulated);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile boardsFile(QStringLiteral(TINYDEPLOY_SOURCE_DIR "/firmware_templates/") + templ
                     + "/boards.json");
    QVERIFY(boardsFile.open(QIODevice::ReadOnly));
    const QJsonObject entry
        = QJsonDocument::fromJson(boardsFile.readAll()).object().value(board).toObject();
    QVERIFY(!entry.isEmpty());
    const QString package = dir.filePath("fw.tdpkg");
    const QString why = FakePackage::write(dir.path(),
                                           package,
                                           templ,
                                           board,
                                           entry,
                                           QStringLiteral(TINYDEPLOY_SOURCE_DIR
                                                          "/resources/samples/digits_int8.tar"));
    QVERIFY2(why.isEmpty(), qPrintable(why));

    const Result<std::optional<Templates::BoardInfo>> found = packageBoard(package);
    QVERIFY2(found, qPrintable(found ? QString() : found.error().fullText()));
    QCOMPARE(found->has_value(), !emulated);
    if (!emulated) {
        // The USB ids to look for come from the package alone: no template is needed.
        QCOMPARE((*found)->name, board);
        QVERIFY(!(*found)->usbIds.isEmpty());
        QCOMPARE((*found)->usbIds.first().vendorId, stVid);
        const QList<BoardTarget> connected = BoardMatcher(*found, [] {
                                                 return table();
                                             }).connected();
        QCOMPARE(connected.size(), 2);
    }

    // A damaged package (cut short inside its manifest) is refused before any board is looked for; a changed
    // member is tst_package's (tampering), through the same Package::openPackage().
    QFile file(package);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(200));
    file.close();
    const Result<std::optional<Templates::BoardInfo>> damaged = packageBoard(package);
    QVERIFY(!damaged);
    QVERIFY(!damaged.error().message.isEmpty());
    QVERIFY(!packageBoard(dir.filePath("missing.tdpkg")));
}

QTEST_GUILESS_MAIN(tst_BoardMatcher)
#include "tst_boardmatcher.moc"
