// The port doctor: every cause against a fake /dev, /proc, /sys and /etc/group tree, and the
// ones this machine allows with a real pty and real processes (a port held by a child process,
// a port whose mode denies the user).

#include <device/portdoctor.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace TinyDeploy;
using namespace TinyDeploy::Device;

Q_DECLARE_METATYPE(TinyDeploy::Device::PortProblem)

namespace {

/// A fake system tree under a temporary folder.
class FakeSystem
{
public:
    FakeSystem() { QVERIFY(m_dir.isValid()); }

    QString root() const { return m_dir.path(); }

    void write(const QString &path, const QByteArray &content)
    {
        const QString full = m_dir.path() + path;
        QDir().mkpath(QFileInfo(full).path());
        QFile file(full);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    void link(const QString &path, const QString &target)
    {
        const QString full = m_dir.path() + path;
        QDir().mkpath(QFileInfo(full).path());
        QVERIFY(QFile::link(target, full));
    }
    /// A serial port the kernel lists, with @p mode.
    void port(const QString &name, mode_t mode)
    {
        write(QStringLiteral("/dev/") + name, {});
        ::chmod(QFile::encodeName(root() + QStringLiteral("/dev/") + name).constData(), mode);
        QDir().mkpath(root() + QStringLiteral("/sys/class/tty/") + name);
    }
    void process(qint64 pid, const QString &name, const QString &openFile = {})
    {
        write(QStringLiteral("/proc/%1/comm").arg(pid), name.toUtf8() + '\n');
        if (!openFile.isEmpty())
            link(QStringLiteral("/proc/%1/fd/3").arg(pid), openFile);
        else
            QDir().mkpath(root() + QStringLiteral("/proc/%1/fd").arg(pid));
    }
    void usb(const QString &sysName,
             const QByteArray &vid,
             const QByteArray &pid,
             const QString &tty = {})
    {
        const QString dir = QStringLiteral("/sys/bus/usb/devices/") + sysName;
        write(dir + QStringLiteral("/idVendor"), vid + '\n');
        write(dir + QStringLiteral("/idProduct"), pid + '\n');
        write(dir + QStringLiteral("/product"), "STM32 STLink\n");
        write(dir + QStringLiteral("/serial"), "0669FF\n");
        if (!tty.isEmpty())
            QDir().mkpath(root() + dir + QStringLiteral("/") + sysName + QStringLiteral(":1.2/tty/")
                          + tty);
    }

private:
    QTemporaryDir m_dir;
};

QFileInfo statOf(const QString &path)
{
    return QFileInfo(path);
}

Templates::BoardInfo nucleo()
{
    Templates::BoardInfo board;
    board.name = QStringLiteral("nucleo_f446re");
    board.displayName = QStringLiteral("NUCLEO-F446RE");
    board.usbIds = {{0x0483, 0x374b}};
    return board;
}

} // namespace

class tst_PortDoctor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void examinesAPort_data();
    void examinesAPort();
    void modemManagerIsOnlyAdviceWhenUdevIgnoresThePort();
    void usbBus_data();
    void usbBus();
    void flapping();
    void json();
    void realPortHeldByAChildProcess();
    void realPortWhoseModeDeniesTheUser();

private:
    static UserIdentity stranger(const QString &file, bool inGroup);
};

UserIdentity tst_PortDoctor::stranger(const QString &file, bool inGroup)
{
    // Someone who is neither root nor the file's owner; in its group or not.
    const QFileInfo info = statOf(file);
    UserIdentity user;
    user.uid = info.ownerId() + 4321;
    user.name = QStringLiteral("student");
    if (inGroup)
        user.groups = {info.groupId()};
    else
        user.groups = {info.groupId() + 4321};
    return user;
}

void tst_PortDoctor::examinesAPort_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<PortProblem>("problem");
    QTest::addColumn<QString>("inWhat");
    QTest::addColumn<QString>("inFix");

    QTest::newRow("gone") << "none" << PortProblem::Gone << "does not exist"
                          << "Plug the board";
    QTest::newRow("fine") << "in-group" << PortProblem::None << "can be opened"
                          << "";
    QTest::newRow("not in the group")
        << "not-in-group" << PortProblem::PermissionDenied << "group dialout"
        << "sudo usermod -aG dialout student";
    QTest::newRow("added but not logged in again")
        << "listed-not-logged-in" << PortProblem::PermissionDenied << "login session"
        << "Log out and log in again";
    QTest::newRow("mode gives the group nothing")
        << "mode-0600" << PortProblem::PermissionDenied << "group dialout"
        << "udev rules";
    QTest::newRow("busy") << "held-by-minicom" << PortProblem::Busy << "minicom (pid 4242)"
                          << "kill 4242";
    QTest::newRow("modemmanager holds it")
        << "held-by-modemmanager" << PortProblem::ModemManager << "ModemManager has"
        << "ModemManager";
    QTest::newRow("brltty holds it") << "held-by-brltty" << PortProblem::Brltty << "brltty"
                                     << "apt remove brltty";
}

void tst_PortDoctor::examinesAPort()
{
    QFETCH(QString, setup);
    QFETCH(PortProblem, problem);
    QFETCH(QString, inWhat);
    QFETCH(QString, inFix);

    FakeSystem fake;
    const QString port = QStringLiteral("/dev/ttyACM0");
    const QString file = fake.root() + port;
    UserIdentity user;
    if (setup != QLatin1String("none")) {
        fake.port(QStringLiteral("ttyACM0"), setup == QLatin1String("mode-0600") ? 0600 : 0660);
        const uint gid = statOf(file).groupId();
        const QByteArray members = setup == QLatin1String("listed-not-logged-in") ? "student"
                                                                                  : "alice";
        fake.write(QStringLiteral("/etc/group"),
                   "plugdev:x:" + QByteArray::number(gid + 1)
                       + ":student\ndialout:x:" + QByteArray::number(gid) + ":" + members + "\n");
        user = stranger(file,
                        setup == QLatin1String("in-group")
                            || setup.startsWith(QLatin1String("held")));
    }
    if (setup == QLatin1String("held-by-minicom"))
        fake.process(4242, QStringLiteral("minicom"), port);
    if (setup == QLatin1String("held-by-modemmanager"))
        fake.process(511, QStringLiteral("ModemManager"), port);
    if (setup == QLatin1String("held-by-brltty"))
        fake.process(612, QStringLiteral("brltty"), port);
    fake.process(99, QStringLiteral("bash")); // holds nothing

    const PortDoctor doctor(SystemView(fake.root(), user));
    const QList<PortFinding> findings = doctor.examine(port);
    QCOMPARE(findings.size(), 1);
    const PortFinding &finding = findings.first();
    QCOMPARE(finding.port, port);
    QCOMPARE(finding.problem, problem);
    QVERIFY2(finding.what.contains(inWhat), qPrintable(finding.what));
    QVERIFY2(finding.fix.contains(inFix), qPrintable(finding.fix));
    QCOMPARE(finding.isProblem(), problem != PortProblem::None);
    if (problem == PortProblem::Busy)
        QCOMPARE(finding.holders, (QList<ProcessRef>{{4242, QStringLiteral("minicom")}}));
}

void tst_PortDoctor::modemManagerIsOnlyAdviceWhenUdevIgnoresThePort()
{
    // A real character device (a pty) behind the fake's /dev/ttyACM0, so that udev's data file
    // is found by its major:minor as on a real system.
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
    const QString slave = QString::fromLocal8Bit(::ptsname(master));
    struct stat info
    {};
    QVERIFY(::stat(QFile::encodeName(slave).constData(), &info) == 0);

    FakeSystem fake;
    fake.link(QStringLiteral("/dev/ttyACM0"), slave);
    fake.process(511, QStringLiteral("ModemManager"));
    fake.write(QStringLiteral("/usr/sbin/ModemManager"), "binary");
    const PortDoctor doctor(SystemView(fake.root(), UserIdentity{}));

    QList<PortFinding> findings = doctor.examine(QStringLiteral("/dev/ttyACM0"));
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).problem, PortProblem::None);
    QCOMPARE(findings.at(1).problem, PortProblem::ModemManager);
    QVERIFY(findings.at(1).what.contains(QLatin1String("may open")));

    fake.write(QStringLiteral("/run/udev/data/c%1:%2")
                   .arg(major(info.st_rdev))
                   .arg(minor(info.st_rdev)),
               "E:ID_VENDOR_ID=0483\nE:ID_MM_DEVICE_IGNORE=1\n");
    findings = doctor.examine(QStringLiteral("/dev/ttyACM0"));
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).problem, PortProblem::None);
    ::close(master);
}

void tst_PortDoctor::usbBus_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QList<PortProblem>>("problems");

    using P = PortProblem;
    QTest::newRow("nothing plugged in") << "empty" << QList<P>{P::NoBoard};
    QTest::newRow("a board with its port") << "board-with-tty" << QList<P>{P::None};
    QTest::newRow("a board in bootloader mode")
        << "board-without-tty" << QList<P>{P::NoSerialInterface};
    QTest::newRow("brltty took the CH340") << "ch340-brltty" << QList<P>{P::Brltty};
    QTest::newRow("a CH340 without brltty") << "ch340-alone" << QList<P>{P::NoBoard};
}

void tst_PortDoctor::usbBus()
{
    QFETCH(QString, setup);
    QFETCH(QList<PortProblem>, problems);

    FakeSystem fake;
    if (setup == QLatin1String("board-with-tty")) {
        fake.usb(QStringLiteral("1-1"), "0483", "374b", QStringLiteral("ttyACM0"));
        fake.port(QStringLiteral("ttyACM0"), 0666);
    }
    if (setup == QLatin1String("board-without-tty"))
        fake.usb(QStringLiteral("1-1"), "0483", "374b");
    if (setup.startsWith(QLatin1String("ch340")))
        fake.usb(QStringLiteral("1-2"), "1a86", "7523");
    if (setup == QLatin1String("ch340-brltty")) {
        fake.process(700, QStringLiteral("brltty"));
        fake.write(QStringLiteral("/usr/bin/brltty"), "binary");
    }
    const PortDoctor doctor(SystemView(fake.root(), UserIdentity{}));
    QList<PortProblem> found;
    for (const PortFinding &finding : doctor.examineAll({nucleo()}))
        found.append(finding.problem);
    QCOMPARE(found, problems);
}

void tst_PortDoctor::flapping()
{
    const QString a = QStringLiteral("/dev/ttyACM0");
    const QString b = QStringLiteral("/dev/ttyUSB0");
    // a comes, goes and comes back; b is there throughout; a new port appearing once is not
    // flapping.
    const QList<QStringList> snapshots{{b},
                                       {a, b},
                                       {b},
                                       {a, b},
                                       {a, b, QStringLiteral("/dev/ttyACM1")}};
    const QList<PortFinding> findings = PortDoctor::flapping(snapshots);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().port, a);
    QCOMPARE(findings.first().problem, PortProblem::Flapping);
    QVERIFY(PortDoctor::flapping({{a}, {a}, {a}}).isEmpty());
    QVERIFY(PortDoctor::flapping({}).isEmpty());
}

void tst_PortDoctor::json()
{
    PortFinding finding{QStringLiteral("/dev/ttyACM0"),
                        PortProblem::Busy,
                        QStringLiteral("busy"),
                        QStringLiteral("close it"),
                        {QStringLiteral("held by minicom (pid 1)")},
                        {{1, QStringLiteral("minicom")}}};
    const QJsonObject json = finding.toJson();
    QCOMPARE(json.value("problem").toString(), QStringLiteral("busy"));
    QCOMPARE(json.value("holders").toArray().first().toObject().value("pid").toInt(), 1);
    QCOMPARE(portProblemName(PortProblem::PermissionDenied), QStringLiteral("permission-denied"));
}

void tst_PortDoctor::realPortHeldByAChildProcess()
{
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
    const QString slave = QString::fromLocal8Bit(::ptsname(master));

    // A child that opens the port and keeps it until its stdin closes.
    QProcess child;
    child.start(QStringLiteral("python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import os, sys\n"
                                "fd = os.open(sys.argv[1], os.O_RDWR | os.O_NOCTTY)\n"
                                "print('open', flush=True)\n"
                                "sys.stdin.read()\n"),
                 slave});
    QVERIFY(child.waitForStarted(30000));
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += child.readAllStandardOutput()).contains("open")
                                 || child.state() == QProcess::NotRunning,
                             30000);
    QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());

    const PortDoctor doctor; // the real system
    const QList<PortFinding> findings = doctor.examine(slave);
    QVERIFY(!findings.isEmpty());
    const PortFinding &finding = findings.first();
    QCOMPARE(finding.problem, PortProblem::Busy);
    QCOMPARE(finding.holders.size(), 1);
    QCOMPARE(finding.holders.first().pid, child.processId());
    QVERIFY2(finding.holders.first().name.startsWith(QLatin1String("python3")),
             qPrintable(finding.holders.first().name));
    QVERIFY2(finding.what.contains(QString::number(child.processId())), qPrintable(finding.what));

    child.closeWriteChannel();
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(doctor.examine(slave).first().problem, PortProblem::None);
    ::close(master);
}

void tst_PortDoctor::realPortWhoseModeDeniesTheUser()
{
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
    const QString slave = QString::fromLocal8Bit(::ptsname(master));
    QVERIFY(::chmod(QFile::encodeName(slave).constData(), 0660) == 0);

    // This process as a user that is not in the pty's group (root may open anything, so the
    // identity is another user's; the file's mode and group are real).
    const UserIdentity user = stranger(slave, false);
    const PortDoctor doctor(SystemView(QStringLiteral("/"), user));
    const QList<PortFinding> findings = doctor.examine(slave);
    QCOMPARE(findings.first().problem, PortProblem::PermissionDenied);
    const std::optional<GroupEntry> group = doctor.view().group(statOf(slave).groupId());
    QVERIFY(group.has_value());
    QVERIFY2(findings.first().what.contains(group->name), qPrintable(findings.first().what));
    QVERIFY2(findings.first().fix.contains(QStringLiteral("usermod -aG ") + group->name),
             qPrintable(findings.first().fix));
    ::close(master);
}

QTEST_GUILESS_MAIN(tst_PortDoctor)
#include "tst_portdoctor.moc"
