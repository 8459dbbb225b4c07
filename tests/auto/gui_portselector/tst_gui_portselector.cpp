#include <fakes/fakeports.h>
#include <portselector.h>

#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Gui;

namespace {
using FakePorts::port;

Templates::BoardInfo board(const QString &name, QList<Templates::UsbId> ids, bool emulated = false)
{
    Templates::BoardInfo b;
    b.name = name;
    b.displayName = name.toUpper();
    b.usbIds = ids;
    b.emulated = emulated;
    return b;
}
} // namespace

class tst_Gui_PortSelector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void listsPortsWithDetails();
    void autoSelectsByVidPid();
    void noMatchNoSelection();
    void rememberedPerBoard();
    void unplugRemovesAndPlugSelects();
    void pollsWhileVisible();
    void noPortHint();
    void permissionHint();
    void doctorExplainsAPortThatCannotBeOpened();
    void doctorOnTheBusWhenThereIsNoPort();
    void emulatedBoard();
    void serialNumberOfTheSelection();
    void severalMatchNoSelection();
    void anotherDevicesPortWarns();
    void anotherBoardOnTheSamePort();

private:
    PortSelector *makeSelector();

    QList<SerialPortEntry> m_ports;
    std::unique_ptr<PortSelector> m_selector;
    const Templates::UsbId m_stlink{0x0483, 0x374b};
};

void tst_Gui_PortSelector::init()
{
    QSettings().remove(QStringLiteral("serialPorts"));
    m_ports = {port("ttyS0"),
               port("ttyACM0", 0x0483, 0x374b, "0669FF"),
               port("ttyUSB0", 0x1a86, 0x7523)};
    m_selector.reset();
}

PortSelector *tst_Gui_PortSelector::makeSelector()
{
    m_selector = std::make_unique<PortSelector>();
    m_selector->setPortProvider([this] { return m_ports; });
    m_selector->setAccessCheck([](const SerialPortEntry &) { return true; });
    // No answer unless a test gives one: the hints below are the selector's own.
    m_selector->setDoctor(
        [](const QString &, const Templates::BoardInfo &) { return QList<Device::PortFinding>(); });
    return m_selector.get();
}

void tst_Gui_PortSelector::listsPortsWithDetails()
{
    PortSelector *s = makeSelector();
    s->setBoard(board("generic", {}));
    auto *combo = s->findChild<QComboBox *>();
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemText(1),
             QStringLiteral("ttyACM0 - Adapter ttyACM0 (0483:374b, serial 0669FF)"));
    QCOMPARE(combo->itemData(1).toString(), QStringLiteral("/dev/ttyACM0"));
    QVERIFY(!combo->accessibleName().isEmpty());
    // several ports, none identified: the user must choose
    QCOMPARE(s->selectedPort(), QString());
}

void tst_Gui_PortSelector::autoSelectsByVidPid()
{
    PortSelector *s = makeSelector();
    QSignalSpy changed(s, &PortSelector::selectedPortChanged);
    s->setBoard(board("stm32f746g_disco", {{0x1234, 0x5678}, m_stlink}));
    QCOMPARE(s->selectedPort(), QStringLiteral("/dev/ttyACM0"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("/dev/ttyACM0"));
    QVERIFY(PortSelector::matchesBoard(m_ports[1], s->board()));
    QVERIFY(!PortSelector::matchesBoard(m_ports[0], s->board()));
}

void tst_Gui_PortSelector::noMatchNoSelection()
{
    PortSelector *s = makeSelector();
    s->setBoard(board("nucleo", {{0x0483, 0x3752}}));
    QCOMPARE(s->selectedPort(), QString());
    QVERIFY2(s->hintText().contains("0483:3752"), qPrintable(s->hintText()));
}

void tst_Gui_PortSelector::rememberedPerBoard()
{
    PortSelector *s = makeSelector();
    s->setBoard(board("stm32f746g_disco", {m_stlink}));
    QCOMPARE(s->selectedPort(), QStringLiteral("/dev/ttyACM0"));
    QVERIFY(s->selectPort("/dev/ttyUSB0")); // the user knows better
    QCOMPARE(s->selectedPort(), QStringLiteral("/dev/ttyUSB0"));

    PortSelector *again = makeSelector();
    again->setBoard(board("stm32f746g_disco", {m_stlink}));
    QCOMPARE(again->selectedPort(), QStringLiteral("/dev/ttyUSB0"));
    // Another board is not affected.
    again->setBoard(board("other_disco", {m_stlink}));
    QCOMPARE(again->selectedPort(), QStringLiteral("/dev/ttyACM0"));

    // Remembered by serial number: the board comes back on another device file.
    again->setBoard(board("stm32f746g_disco", {m_stlink}));
    QVERIFY(again->selectPort("/dev/ttyACM0"));
    m_ports[1].portName = "ttyACM3";
    m_ports[1].systemLocation = "/dev/ttyACM3";
    PortSelector *third = makeSelector();
    third->setBoard(board("stm32f746g_disco", {}));
    QCOMPARE(third->selectedPort(), QStringLiteral("/dev/ttyACM3"));
}

void tst_Gui_PortSelector::unplugRemovesAndPlugSelects()
{
    PortSelector *s = makeSelector();
    s->setBoard(board("stm32f746g_disco", {m_stlink}));
    QCOMPARE(s->selectedPort(), QStringLiteral("/dev/ttyACM0"));
    QSignalSpy changed(s, &PortSelector::selectedPortChanged);
    QSignalSpy listChanged(s, &PortSelector::portsChanged);

    const SerialPortEntry unplugged = m_ports.takeAt(1);
    s->refresh();
    QCOMPARE(listChanged.count(), 1);
    QCOMPARE(s->ports().size(), 2);
    QCOMPARE(s->findChild<QComboBox *>()->count(), 2);
    QCOMPARE(s->selectedPort(), QString());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QString());

    s->refresh(); // nothing changed: no signal
    QCOMPARE(listChanged.count(), 1);

    m_ports.append(unplugged);
    s->refresh();
    QCOMPARE(s->selectedPort(), QStringLiteral("/dev/ttyACM0"));
    QCOMPARE(changed.count(), 2);
}

void tst_Gui_PortSelector::pollsWhileVisible()
{
    PortSelector *s = makeSelector();
    s->setBoard(board("stm32f746g_disco", {m_stlink}));
    s->show();
    QVERIFY(QTest::qWaitForWindowExposed(s));
    m_ports.removeAt(1);
    QTRY_COMPARE(s->ports().size(), 2);
    QCOMPARE(s->selectedPort(), QString());
}

void tst_Gui_PortSelector::noPortHint()
{
    m_ports.clear();
    PortSelector *s = makeSelector();
    s->setBoard(board("stm32f746g_disco", {m_stlink}));
    QCOMPARE(s->selectedPort(), QString());
    QVERIFY(s->hintText().contains("data cable"));
    QVERIFY(s->hintText().contains("brltty"));
}

void tst_Gui_PortSelector::permissionHint()
{
    PortSelector *s = makeSelector();
    s->setAccessCheck([](const SerialPortEntry &p) { return p.portName != "ttyACM0"; });
    s->setBoard(board("stm32f746g_disco", {m_stlink}));
    QCOMPARE(s->selectedPort(), QStringLiteral("/dev/ttyACM0"));
    QVERIFY2(s->hintText().contains("dialout"), qPrintable(s->hintText()));
    QVERIFY(s->selectPort("/dev/ttyUSB0"));
    QVERIFY(!s->hintText().contains("dialout"));
}

void tst_Gui_PortSelector::doctorExplainsAPortThatCannotBeOpened()
{
    PortSelector *s = makeSelector();
    QStringList asked;
    s->setDoctor([&asked](const QString &port, const Templates::BoardInfo &) {
        asked << port; // on the worker thread; read after doctorFinished()
        return QList<Device::PortFinding>{
            {port,
             Device::PortProblem::Busy,
             QStringLiteral("%1 is in use by minicom (pid 42).").arg(port),
             QStringLiteral("Close that program."),
             {QStringLiteral("held by minicom (pid 42)")},
             {{42, QStringLiteral("minicom")}}}};
    });
    s->setAccessCheck([](const SerialPortEntry &p) { return p.portName != "ttyACM0"; });
    QSignalSpy answered(s, &PortSelector::doctorFinished);
    s->setBoard(board("stm32f746g_disco", {m_stlink}));
    QCOMPARE(s->selectedPort(), QStringLiteral("/dev/ttyACM0"));
    QVERIFY(answered.wait(30000));
    QCOMPARE(asked, QStringList{"/dev/ttyACM0"});
    QVERIFY2(s->hintText().contains("in use by minicom (pid 42). Close that program."),
             qPrintable(s->hintText()));
    QCOMPARE(s->findings().size(), 1);

    // Another port: the old answer no longer applies, and this one can be opened.
    QVERIFY(s->selectPort("/dev/ttyUSB0"));
    QVERIFY(!s->hintText().contains("minicom"));

    // Asked by the user, for the selected port.
    s->diagnose();
    QVERIFY(answered.wait(30000));
    QCOMPARE(asked.last(), QStringLiteral("/dev/ttyUSB0"));
    QVERIFY(s->hintText().contains("/dev/ttyUSB0 is in use by minicom"));
}

void tst_Gui_PortSelector::doctorOnTheBusWhenThereIsNoPort()
{
    m_ports.clear();
    PortSelector *s = makeSelector();
    s->setDoctor([](const QString &port, const Templates::BoardInfo &board) {
        if (!port.isEmpty())
            return QList<Device::PortFinding>();
        return QList<Device::PortFinding>{{{},
                                           Device::PortProblem::NoSerialInterface,
                                           board.displayName
                                               + QStringLiteral(" is on the USB bus "
                                                                "but has no serial port."),
                                           QStringLiteral("Reset it."),
                                           {},
                                           {}}};
    });
    QSignalSpy answered(s, &PortSelector::doctorFinished);
    s->setBoard(board("stm32f746g_disco", {m_stlink}));
    QVERIFY(answered.wait(30000));
    QVERIFY2(s->hintText().contains("STM32F746G_DISCO is on the USB bus"),
             qPrintable(s->hintText()));
}

void tst_Gui_PortSelector::emulatedBoard()
{
    PortSelector *s = makeSelector();
    s->setBoard(board("stm32f746g_disco", {m_stlink}));
    QCOMPARE(s->selectedPort(), QStringLiteral("/dev/ttyACM0"));
    QSignalSpy changed(s, &PortSelector::selectedPortChanged);
    s->setBoard(board("mps2_an385", {}, true));
    QVERIFY(s->isEmulated());
    QCOMPARE(s->selectedPort(), QString());
    QCOMPARE(changed.count(), 1);
    QVERIFY(!s->findChild<QComboBox *>()->isEnabled());
    QVERIFY(s->hintText().contains("Emulated board"));
}

void tst_Gui_PortSelector::serialNumberOfTheSelection()
{
    PortSelector *s = makeSelector();
    s->setBoard(board("stm32f746g_disco", {m_stlink}));
    QCOMPARE(s->selectedSerialNumber(), QStringLiteral("0669FF"));
    QVERIFY(s->selectedPortInfo());
    QCOMPARE(s->selectedPortInfo()->vendorId, std::optional<quint16>(0x0483));
    QVERIFY(s->selectPort("/dev/ttyUSB0"));
    QCOMPARE(s->selectedSerialNumber(), QString()); // the CH340 has none
    s->setBoard(board("mps2_an385", {}, true));
    QCOMPARE(s->selectedSerialNumber(), QString());
    QVERIFY(!s->selectedPortInfo());
}

void tst_Gui_PortSelector::severalMatchNoSelection()
{
    m_ports.append(port("ttyACM1", 0x0483, 0x374b, "0670FF"));
    PortSelector *s = makeSelector();
    s->setBoard(board("stm32f746g_disco", {m_stlink}));
    QCOMPARE(s->selectedPort(), QString());
    QVERIFY2(s->hintText().contains("serial 0669FF"), qPrintable(s->hintText()));
    QVERIFY2(s->hintText().contains("serial 0670FF"), qPrintable(s->hintText()));
    QVERIFY2(!s->hintText().contains("--port"), qPrintable(s->hintText()));
    // The user's choice is remembered by serial number and wins next time.
    QVERIFY(s->selectPort("/dev/ttyACM1"));
    PortSelector *again = makeSelector();
    again->setBoard(board("stm32f746g_disco", {m_stlink}));
    QCOMPARE(again->selectedPort(), QStringLiteral("/dev/ttyACM1"));
    QCOMPARE(again->selectedSerialNumber(), QStringLiteral("0670FF"));
}

void tst_Gui_PortSelector::anotherDevicesPortWarns()
{
    PortSelector *s = makeSelector();
    s->setBoard(board("stm32f746g_disco", {m_stlink}));
    QVERIFY(s->hintText().isEmpty());
    QVERIFY(s->selectPort("/dev/ttyUSB0"));
    QCOMPARE(s->selectedPort(), QStringLiteral("/dev/ttyUSB0")); // allowed, with a warning
    QVERIFY2(s->hintText().contains("another device"), qPrintable(s->hintText()));
    QVERIFY2(s->hintText().contains("1a86:7523"), qPrintable(s->hintText()));
    QVERIFY2(s->hintText().contains("ttyACM0"), qPrintable(s->hintText()));
}

void tst_Gui_PortSelector::anotherBoardOnTheSamePort()
{
    PortSelector *s = makeSelector();
    s->setBoard(board("stm32f746g_disco", {m_stlink}));
    QCOMPARE(s->selectedSerialNumber(), QStringLiteral("0669FF"));
    QSignalSpy changed(s, &PortSelector::selectedPortChanged);
    m_ports[1].serialNumber = "0777AA"; // unplugged, another board plugged in between two polls
    s->refresh();
    QCOMPARE(s->selectedPort(), QStringLiteral("/dev/ttyACM0"));
    QCOMPARE(s->selectedSerialNumber(), QStringLiteral("0777AA"));
    QCOMPARE(changed.count(), 1);
}

QTEST_MAIN(tst_Gui_PortSelector)
#include "tst_gui_portselector.moc"
