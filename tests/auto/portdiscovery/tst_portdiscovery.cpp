#include <device/portdiscovery.h>
#include <fakes/fakeports.h>

#include <QStandardPaths>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Device;

namespace {

constexpr Templates::UsbId stlink{0x0483, 0x374b};

using FakePorts::port;

/// The computers the tests look at, by name.
QList<PortInfo> scene(const QString &name)
{
    const PortInfo serial0 = port("ttyS0");
    const PortInfo ch340 = port("ttyUSB0", 0x1a86, 0x7523);
    if (name == "one nucleo")
        return {serial0, port("ttyACM0", 0x0483, 0x374b, "0669FFA"), ch340};
    if (name == "two nucleos")
        return {port("ttyACM0", 0x0483, 0x374b, "0669FFA"),
                port("ttyACM1", 0x0483, 0x374b, "0670FFB")};
    if (name == "no board")
        return {serial0, ch340};
    if (name == "re-enumerated")
        return {serial0, port("ttyACM1", 0x0483, 0x374b, "0669FFA")};
    if (name == "nothing")
        return {};
    qFatal("unknown scene %s", qPrintable(name));
}

Templates::BoardInfo board(const QString &kind)
{
    Templates::BoardInfo b;
    b.name = kind;
    if (kind == "nucleo-f446re") {
        b.displayName = "NUCLEO-F446RE";
        b.usbIds = {stlink, {0x0483, 0x3752}};
    } else if (kind == "microbit-v2") {
        b.displayName = "micro:bit v2";
        b.usbIds = {{0x0d28, 0x0204}};
    } else if (kind == "qemu-netduinoplus2") {
        b.emulated = true;
    } // "bare": no USB ids, no VCP
    return b;
}

} // namespace

Q_DECLARE_METATYPE(TinyDeploy::Device::PortChoice::Reason)
Q_DECLARE_METATYPE(TinyDeploy::Device::PortInfo)
Q_DECLARE_METATYPE(TinyDeploy::ErrorCode)

class tst_PortDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void matching_data();
    void matching();
    void findBySerialNumber_data();
    void findBySerialNumber();
    void findByName_data();
    void findByName();
    void displayText_data();
    void displayText();
    void resolveChooses_data();
    void resolveChooses();
    void resolveRefuses_data();
    void resolveRefuses();
    void resolveUsesTheLister();
    void systemPortsDoNotCrash();
};

void tst_PortDiscovery::matching_data()
{
    QTest::addColumn<QString>("scene");
    QTest::addColumn<QString>("board");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("one") << "one nucleo"
                         << "nucleo-f446re" << QStringList{"/dev/ttyACM0"};
    QTest::newRow("two, in list order")
        << "two nucleos"
        << "nucleo-f446re" << QStringList{"/dev/ttyACM0", "/dev/ttyACM1"};
    QTest::newRow("other vendor") << "one nucleo"
                                  << "microbit-v2" << QStringList{};
    QTest::newRow("no ids match nothing") << "one nucleo"
                                          << "bare" << QStringList{};
    QTest::newRow("no ports") << "nothing"
                              << "nucleo-f446re" << QStringList{};
}

void tst_PortDiscovery::matching()
{
    QFETCH(QString, scene);
    QFETCH(QString, board);
    QFETCH(QStringList, expected);
    QStringList found;
    for (const PortInfo &p : matchingPorts(::scene(scene), ::board(board))) {
        QVERIFY(matchesBoard(p, ::board(board)));
        found << p.systemLocation;
    }
    QCOMPARE(found, expected);
}

void tst_PortDiscovery::findBySerialNumber_data()
{
    QTest::addColumn<QString>("scene");
    QTest::addColumn<QString>("serial");
    QTest::addColumn<QString>("expected");

    QTest::newRow("first") << "two nucleos"
                           << "0669FFA"
                           << "/dev/ttyACM0";
    QTest::newRow("second") << "two nucleos"
                            << "0670FFB"
                            << "/dev/ttyACM1";
    QTest::newRow("re-enumerated") << "re-enumerated"
                                   << "0669FFA"
                                   << "/dev/ttyACM1";
    QTest::newRow("exact, not a prefix") << "two nucleos"
                                         << "0669FF"
                                         << "";
    QTest::newRow("case matters") << "two nucleos"
                                  << "0669ffa"
                                  << "";
    QTest::newRow("empty finds nothing, not the ports without one") << "one nucleo"
                                                                    << ""
                                                                    << "";
    QTest::newRow("unplugged") << "no board"
                               << "0669FFA"
                               << "";
}

void tst_PortDiscovery::findBySerialNumber()
{
    QFETCH(QString, scene);
    QFETCH(QString, serial);
    QFETCH(QString, expected);
    const std::optional<PortInfo> found = Device::findBySerialNumber(::scene(scene), serial);
    QCOMPARE(found ? found->systemLocation : QString(), expected);
}

void tst_PortDiscovery::findByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("system location") << "/dev/ttyACM0"
                                     << "/dev/ttyACM0";
    QTest::newRow("port name") << "ttyUSB0"
                               << "/dev/ttyUSB0";
    QTest::newRow("unknown") << "/dev/ttyACM7"
                             << "";
    QTest::newRow("empty") << ""
                           << "";
}

void tst_PortDiscovery::findByName()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const std::optional<PortInfo> found = Device::findByName(scene("one nucleo"), name);
    QCOMPARE(found ? found->systemLocation : QString(), expected);
}

void tst_PortDiscovery::displayText_data()
{
    QTest::addColumn<PortInfo>("port");
    QTest::addColumn<QString>("expected");

    QTest::newRow("everything") << port("ttyACM0", 0x0483, 0x374b, "0669FF")
                                << "ttyACM0 - Adapter ttyACM0 (0483:374b, serial 0669FF)";
    QTest::newRow("no serial") << port("ttyUSB0", 0x1a86, 0x7523)
                               << "ttyUSB0 - Adapter ttyUSB0 (1a86:7523)";
    PortInfo bare;
    bare.portName = "ttyS0";
    QTest::newRow("nothing known") << bare << "ttyS0";
    PortInfo maker = bare;
    maker.manufacturer = "FTDI";
    QTest::newRow("manufacturer when no description") << maker << "ttyS0 - FTDI";
}

void tst_PortDiscovery::displayText()
{
    QFETCH(PortInfo, port);
    QFETCH(QString, expected);
    QCOMPARE(Device::displayText(port), expected);
}

void tst_PortDiscovery::resolveChooses_data()
{
    QTest::addColumn<QString>("scene");
    QTest::addColumn<QString>("board");
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("serial");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<PortChoice::Reason>("reason");
    QTest::addColumn<QString>("note");

    using R = PortChoice::Reason;
    QTest::newRow("emulated needs none") << "one nucleo"
                                         << "qemu-netduinoplus2"
                                         << ""
                                         << ""
                                         << "" << R::Emulated << "";
    QTest::newRow("the one port with the board's USB id") << "one nucleo"
                                                          << "nucleo-f446re"
                                                          << ""
                                                          << ""
                                                          << "/dev/ttyACM0" << R::UsbId << "";
    QTest::newRow("two boards, the serial number tells") << "two nucleos"
                                                         << "nucleo-f446re"
                                                         << ""
                                                         << "0670FFB"
                                                         << "/dev/ttyACM1" << R::SerialNumber << "";
    QTest::newRow("serial number without USB ids") << "two nucleos"
                                                   << "bare"
                                                   << ""
                                                   << "0669FFA"
                                                   << "/dev/ttyACM0" << R::SerialNumber << "";
    QTest::newRow("given and matching") << "one nucleo"
                                        << "nucleo-f446re"
                                        << "/dev/ttyACM0"
                                        << ""
                                        << "/dev/ttyACM0" << R::Given << "";
    QTest::newRow("given by port name") << "one nucleo"
                                        << "nucleo-f446re"
                                        << "ttyACM0"
                                        << ""
                                        << "/dev/ttyACM0" << R::Given << "";
    QTest::newRow("given with its serial number") << "two nucleos"
                                                  << "nucleo-f446re"
                                                  << "/dev/ttyACM1"
                                                  << "0670FFB"
                                                  << "/dev/ttyACM1" << R::Given << "";
    QTest::newRow("given among two, no serial number") << "two nucleos"
                                                       << "nucleo-f446re"
                                                       << "/dev/ttyACM0"
                                                       << ""
                                                       << "/dev/ttyACM0" << R::Given << "";
    QTest::newRow("given to a board without VCP") << "one nucleo"
                                                  << "bare"
                                                  << "/dev/ttyUSB0"
                                                  << ""
                                                  << "/dev/ttyUSB0" << R::Given << "";
    QTest::newRow("given, no USB details to check") << "one nucleo"
                                                    << "nucleo-f446re"
                                                    << "/dev/ttyS0"
                                                    << ""
                                                    << "/dev/ttyS0" << R::Given << "";
    QTest::newRow("given, not listed (a pty)") << "one nucleo"
                                               << "nucleo-f446re"
                                               << "/dev/pts/3"
                                               << ""
                                               << "/dev/pts/3" << R::Given << "";
    QTest::newRow("given, re-enumerated: found again by serial number")
        << "re-enumerated"
        << "nucleo-f446re"
        << "/dev/ttyACM0"
        << "0669FFA"
        << "/dev/ttyACM1" << R::SerialNumber
        << "/dev/ttyACM0 is gone: the board with serial number 0669FFA is now "
           "/dev/ttyACM1.";
}

void tst_PortDiscovery::resolveChooses()
{
    QFETCH(QString, scene);
    QFETCH(QString, board);
    QFETCH(QString, requested);
    QFETCH(QString, serial);
    QFETCH(QString, expected);
    QFETCH(PortChoice::Reason, reason);
    QFETCH(QString, note);

    const Result<PortChoice> choice = resolvePort(::board(board), requested, serial, ::scene(scene));
    QVERIFY2(choice, qPrintable(choice ? QString() : choice.error().fullText()));
    QCOMPARE(choice->systemLocation(), expected);
    QCOMPARE(choice->reason, reason);
    QCOMPARE(choice->note, note);
    if (reason == PortChoice::Reason::SerialNumber)
        QCOMPARE(choice->port.serialNumber, serial);
    if (requested == "/dev/pts/3")
        QCOMPARE(choice->port.portName, QStringLiteral("3"));
}

void tst_PortDiscovery::resolveRefuses_data()
{
    QTest::addColumn<QString>("scene");
    QTest::addColumn<QString>("board");
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("serial");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QStringList>("inMessage");
    QTest::addColumn<QStringList>("inHint");

    QTest::newRow("no VCP, no port")
        << "one nucleo"
        << "bare"
        << ""
        << "" << ErrorCode::PortUnavailable
        << QStringList{"bare", "no USB serial port", "no port was given"}
        << QStringList{"--port", "choose it"};
    QTest::newRow("no VCP, no port, nothing plugged")
        << "nothing"
        << "bare"
        << ""
        << "" << ErrorCode::PortUnavailable << QStringList{"no port was given"}
        << QStringList{"--port"};
    QTest::newRow("ST-LINK not plugged in")
        << "no board"
        << "nucleo-f446re"
        << ""
        << "" << ErrorCode::PortUnavailable << QStringList{"NUCLEO-F446RE", "0483:374b, 0483:3752"}
        << QStringList{"marked ST-LINK", "udev rules", "dialout"};
    QTest::newRow("DAPLink not plugged in")
        << "one nucleo"
        << "microbit-v2"
        << ""
        << "" << ErrorCode::PortUnavailable << QStringList{"micro:bit v2", "0d28:0204"}
        << QStringList{"DAPLink", "udev rules"};
    QTest::newRow("several and none chosen") << "two nucleos"
                                             << "nucleo-f446re"
                                             << ""
                                             << "" << ErrorCode::InvalidArgument
                                             << QStringList{"Several",
                                                            "ttyACM0 (0483:374b, serial 0669FFA)",
                                                            "ttyACM1 (0483:374b, serial 0670FFB)"}
                                             << QStringList{"--port", "serial_number"};
    QTest::newRow("serial number not plugged in")
        << "one nucleo"
        << "nucleo-f446re"
        << ""
        << "0670FFB" << ErrorCode::PortUnavailable << QStringList{"0670FFB", "not plugged in"}
        << QStringList{"another serial number", "ttyACM0 (0483:374b, serial 0669FFA)"};
    QTest::newRow("serial number, nothing like it")
        << "no board"
        << "nucleo-f446re"
        << ""
        << "0670FFB" << ErrorCode::PortUnavailable << QStringList{"0670FFB"}
        << QStringList{"ST-LINK"};
    QTest::newRow("given port is another device")
        << "one nucleo"
        << "nucleo-f446re"
        << "/dev/ttyUSB0"
        << "" << ErrorCode::InvalidArgument
        << QStringList{"/dev/ttyUSB0", "another device", "1a86:7523", "0483:374b"}
        << QStringList{"ttyACM0 (0483:374b, serial 0669FFA)"};
    QTest::newRow("given port is another device, board not plugged")
        << "no board"
        << "nucleo-f446re"
        << "ttyUSB0"
        << "" << ErrorCode::InvalidArgument << QStringList{"1a86:7523"}
        << QStringList{"plug it in"};
    QTest::newRow("given port is another board (serial number)")
        << "two nucleos"
        << "nucleo-f446re"
        << "/dev/ttyACM0"
        << "0670FFB" << ErrorCode::InvalidArgument
        << QStringList{"/dev/ttyACM0", "another board", "0669FFA", "0670FFB"}
        << QStringList{"/dev/ttyACM1"};
    QTest::newRow("given port is another board, ours not plugged")
        << "one nucleo"
        << "nucleo-f446re"
        << "/dev/ttyACM0"
        << "0670FFB" << ErrorCode::InvalidArgument << QStringList{"another board"}
        << QStringList{"serial number"};
    QTest::newRow("given port gone, serial number nowhere")
        << "no board"
        << "nucleo-f446re"
        << "/dev/ttyACM0"
        << "0669FFA" << ErrorCode::PortUnavailable << QStringList{"/dev/ttyACM0", "0669FFA"}
        << QStringList{"ST-LINK"};
}

void tst_PortDiscovery::resolveRefuses()
{
    QFETCH(QString, scene);
    QFETCH(QString, board);
    QFETCH(QString, requested);
    QFETCH(QString, serial);
    QFETCH(ErrorCode, code);
    QFETCH(QStringList, inMessage);
    QFETCH(QStringList, inHint);

    const QList<PortInfo> ports = ::scene(scene);
    const Result<PortChoice> choice = resolvePort(::board(board), requested, serial, ports);
    QVERIFY2(!choice, qPrintable(choice ? choice->systemLocation() : QString()));
    const Error &error = choice.error();
    QCOMPARE(errorCodeName(error.code), errorCodeName(code));
    for (const QString &part : inMessage)
        QVERIFY2(error.message.contains(part), qPrintable(part + " not in: " + error.message));
    for (const QString &part : inHint)
        QVERIFY2(error.hint.contains(part), qPrintable(part + " not in: " + error.hint));
    QVERIFY(!error.location.isEmpty());
    // The details list every port the system reported, so a report shows what was there.
    for (const PortInfo &p : ports)
        QVERIFY2(error.details.contains(p.systemLocation), qPrintable(error.details));
    if (ports.isEmpty())
        QVERIFY(error.details.contains("No serial port"));
}

void tst_PortDiscovery::resolveUsesTheLister()
{
    int calls = 0;
    const PortLister lister = [&calls] {
        ++calls;
        return scene("one nucleo");
    };
    const Result<PortChoice> choice = resolvePort(board("nucleo-f446re"), {}, {}, lister);
    QVERIFY(choice);
    QCOMPARE(calls, 1);
    QCOMPARE(choice->port.serialNumber, QStringLiteral("0669FFA"));
    QVERIFY(!resolvePort(board("nucleo-f446re"), {}, {}, PortLister()));
}

void tst_PortDiscovery::systemPortsDoNotCrash()
{
    // Whatever this machine has: every listed port has a device file to open.
    for (const PortInfo &p : systemPorts())
        QVERIFY(!p.systemLocation.isEmpty());
}

QTEST_GUILESS_MAIN(tst_PortDiscovery)
#include "tst_portdiscovery.moc"
