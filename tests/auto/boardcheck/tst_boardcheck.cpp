#include <deploy/boardcheck.h>
#include <fakes/fakeports.h>
#include <mlf/modelinfo.h>

#include <QFile>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Deploy;

namespace {
constexpr qint64 KiB = 1024;

// Two boards: a 16 KiB part (like the micro:bit v1) and a roomy one.
const char boardsJson[] = R"({
  "small": {"memory": {"flash": {"name": "FLASH", "origin": 0, "size_bytes": 262144},
                       "ram": {"name": "RAM", "origin": 536870912, "size_bytes": 16384}},
            "runtime_overhead": {"flash_bytes": 12288, "ram_bytes": 5120},
            "usb": [{"vid": "0x0d28", "pid": "0x0204"}]},
  "large": {"memory": {"flash": {"name": "FLASH", "origin": 0, "size_bytes": 1048576},
                       "ram": {"name": "RAM", "origin": 536870912, "size_bytes": 262144}},
            "runtime_overhead": {"flash_bytes": 12288, "ram_bytes": 5120},
            "emulated": true}
})";

Mlf::ModelInfo model(qint64 workspace, qint64 constants)
{
    Mlf::ModelInfo info;
    Mlf::ModuleInfo module;
    module.sourceBytes = 40 * KiB;
    module.memory << Mlf::DeviceMemory{1, workspace, constants, 1 * KiB};
    info.modules << module;
    return info;
}

QJsonObject boardOption(const QString &name)
{
    return {{QStringLiteral("board"), name}};
}
} // namespace

class tst_BoardCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void targetBoard_data();
    void targetBoard();
    void unknownBoardNamesTheChoices();
    void fits_data();
    void fits();
    void serialNumberOfPort();

private:
    QTemporaryDir m_dir;
};

void tst_BoardCheck::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QFile file(m_dir.filePath(QStringLiteral("boards.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(boardsJson);
}

void tst_BoardCheck::targetBoard_data()
{
    QTest::addColumn<bool>("withBoardsFile");
    QTest::addColumn<QString>("board");
    QTest::addColumn<QString>("expected"); // empty: none

    QTest::newRow("named board") << true << QStringLiteral("small") << QStringLiteral("small");
    QTest::newRow("the other board") << true << QStringLiteral("large") << QStringLiteral("large");
    QTest::newRow("no board option") << true << QString() << QString();
    QTest::newRow("no boards.json (host template)")
        << false << QStringLiteral("small") << QString();
}

void tst_BoardCheck::targetBoard()
{
    QFETCH(bool, withBoardsFile);
    QFETCH(QString, board);
    QFETCH(QString, expected);
    QTemporaryDir empty;
    const QString dir = withBoardsFile ? m_dir.path() : empty.path();
    const QJsonObject options = board.isEmpty() ? QJsonObject() : boardOption(board);
    const Result<std::optional<Templates::BoardInfo>> found = Deploy::targetBoard(dir, options);
    QVERIFY2(found, qPrintable(found ? QString() : found.error().oneLine()));
    QCOMPARE(found->has_value(), !expected.isEmpty());
    if (!expected.isEmpty())
        QCOMPARE((*found)->name, expected);
}

void tst_BoardCheck::unknownBoardNamesTheChoices()
{
    const auto found = Deploy::targetBoard(m_dir.path(), boardOption(QStringLiteral("nope")));
    QVERIFY(!found);
    QCOMPARE(found.error().code, ErrorCode::InvalidOption);
    QVERIFY2(found.error().hint.contains(QStringLiteral("small, large")),
             qPrintable(found.error().hint));
}

void tst_BoardCheck::fits_data()
{
    QTest::addColumn<QString>("board");
    QTest::addColumn<qint64>("workspace");
    QTest::addColumn<qint64>("constants");
    QTest::addColumn<bool>("fits");
    QTest::addColumn<QString>("named"); // the memory the sentence must name

    QTest::newRow("small model on the small part")
        << "small" << 1 * KiB << 4 * KiB << true << QString();
    QTest::newRow("RAM overflow on the small part")
        << "small" << 20 * KiB << 4 * KiB << false << QStringLiteral("RAM");
    QTest::newRow("flash overflow on the small part")
        << "small" << 1 * KiB << 300 * KiB << false << QStringLiteral("Flash");
    QTest::newRow("the same model on the large part")
        << "large" << 20 * KiB << 300 * KiB << true << QString();
}

void tst_BoardCheck::fits()
{
    QFETCH(QString, board);
    QFETCH(qint64, workspace);
    QFETCH(qint64, constants);
    QFETCH(bool, fits);
    QFETCH(QString, named);
    const auto info = Deploy::targetBoard(m_dir.path(), boardOption(board));
    QVERIFY(info && *info);
    const Result<void> checked = checkModelFits(model(workspace, constants), **info);
    QCOMPARE(bool(checked), fits);
    if (fits)
        return;
    QCOMPARE(checked.error().code, ErrorCode::ModelTooLarge);
    QVERIFY2(checked.error().message.contains(board), qPrintable(checked.error().message));
    QVERIFY2(checked.error().message.contains(named), qPrintable(checked.error().message));
    QVERIFY2(checked.error().message.contains(QStringLiteral("overflows")),
             qPrintable(checked.error().message));
    QVERIFY(checked.error().hint.contains(QStringLiteral("--no-fit-check")));
    QVERIFY(checked.error().details.contains(QStringLiteral("RAM")));
}

void tst_BoardCheck::serialNumberOfPort()
{
    const Device::PortInfo stlink = FakePorts::port(QStringLiteral("ttyACM0"),
                                                    0x0483,
                                                    0x374b,
                                                    QStringLiteral("066DFF343435"));
    const Device::PortLister lister = [stlink] { return QList<Device::PortInfo>{stlink}; };
    QCOMPARE(Deploy::serialNumberOfPort(QStringLiteral("/dev/ttyACM0"), lister),
             stlink.serialNumber);
    QCOMPARE(Deploy::serialNumberOfPort(QStringLiteral("ttyACM0"), lister), stlink.serialNumber);
    QCOMPARE(Deploy::serialNumberOfPort(QStringLiteral("/dev/pts/4"), lister), QString());
    QCOMPARE(Deploy::serialNumberOfPort(QString(), lister), QString());
}

QTEST_GUILESS_MAIN(tst_BoardCheck)
#include "tst_boardcheck.moc"
