#include "portdoctor.h"

#include "devicetr.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>

#include <sys/stat.h>

namespace TinyDeploy::Device {

namespace {

const QStringList modemManagerPaths{QStringLiteral("/usr/sbin/ModemManager"),
                                    QStringLiteral("/sbin/ModemManager")};
const QStringList brlttyPaths{QStringLiteral("/usr/bin/brltty"),
                              QStringLiteral("/bin/brltty"),
                              QStringLiteral("/sbin/brltty")};

/// USB serial adapters brltty's udev rules claim on Debian (braille displays share their ids):
/// CH340/CH341, CP210x, FT232.
bool brlttyClaims(quint16 vendor, quint16 product)
{
    return (vendor == 0x1a86 && product == 0x7523) || (vendor == 0x10c4 && product == 0xea60)
           || (vendor == 0x0403 && product == 0x6001);
}

QString pids(const QList<ProcessRef> &processes)
{
    QStringList parts;
    for (const ProcessRef &process : processes)
        parts << Tr::tr("%1 (pid %2)").arg(process.name, QString::number(process.pid));
    return parts.join(QStringLiteral(", "));
}

QString modeString(mode_t mode)
{
    return QString::number(mode & 07777, 8).rightJustified(4, QLatin1Char('0'));
}

} // namespace

QString portProblemName(PortProblem problem)
{
    switch (problem) {
    case PortProblem::None:
        return QStringLiteral("ok");
    case PortProblem::Gone:
        return QStringLiteral("gone");
    case PortProblem::PermissionDenied:
        return QStringLiteral("permission-denied");
    case PortProblem::Busy:
        return QStringLiteral("busy");
    case PortProblem::ModemManager:
        return QStringLiteral("modemmanager");
    case PortProblem::Brltty:
        return QStringLiteral("brltty");
    case PortProblem::Flapping:
        return QStringLiteral("flapping");
    case PortProblem::NoSerialInterface:
        return QStringLiteral("no-serial-interface");
    case PortProblem::NoBoard:
        return QStringLiteral("no-board");
    }
    return {};
}

QJsonObject PortFinding::toJson() const
{
    QJsonArray holderArray;
    for (const ProcessRef &holder : holders)
        holderArray.append(QJsonObject{{QStringLiteral("pid"), holder.pid},
                                       {QStringLiteral("name"), holder.name}});
    return {{QStringLiteral("port"), port},
            {QStringLiteral("problem"), portProblemName(problem)},
            {QStringLiteral("what"), what},
            {QStringLiteral("fix"), fix},
            {QStringLiteral("details"), QJsonArray::fromStringList(details)},
            {QStringLiteral("holders"), holderArray}};
}

PortDoctor::PortDoctor(SystemView view)
    : m_view(std::move(view))
{}

QList<PortFinding> PortDoctor::examine(const QString &port) const
{
    struct stat info
    {};
    if (::stat(QFile::encodeName(m_view.path(port)).constData(), &info) != 0) {
        return {{port,
                 PortProblem::Gone,
                 Tr::tr("%1 does not exist.").arg(port),
                 Tr::tr("Plug the board in (with a data cable), or choose the port it has now: "
                        "boards get a new name when they are plugged in again."),
                 {},
                 {}}};
    }
    QList<PortFinding> findings;
    if (std::optional<PortFinding> denied = permissionProblem(port))
        findings.append(*denied);
    else if (std::optional<PortFinding> held = holderProblem(port))
        findings.append(*held);
    if (findings.isEmpty()) {
        findings.append({port,
                         PortProblem::None,
                         Tr::tr("%1 can be opened.").arg(port),
                         {},
                         {Tr::tr("mode %1").arg(modeString(info.st_mode))},
                         {}});
    }
    if (findings.first().problem != PortProblem::ModemManager) {
        if (std::optional<PortFinding> advice = modemManagerAdvice(port))
            findings.append(*advice);
    }
    return findings;
}

std::optional<PortFinding> PortDoctor::permissionProblem(const QString &port) const
{
    const UserIdentity &user = m_view.user();
    struct stat info
    {};
    if (user.uid == 0 || ::stat(QFile::encodeName(m_view.path(port)).constData(), &info) != 0)
        return std::nullopt;
    const mode_t readWrite = info.st_uid == user.uid             ? S_IRUSR | S_IWUSR
                             : user.groups.contains(info.st_gid) ? S_IRGRP | S_IWGRP
                                                                 : S_IROTH | S_IWOTH;
    if ((info.st_mode & readWrite) == readWrite)
        return std::nullopt;

    const std::optional<GroupEntry> group = m_view.group(info.st_gid);
    const QString groupName = group ? group->name : QString::number(info.st_gid);
    const QString userName = user.name.isEmpty() ? QStringLiteral("$USER") : user.name;
    PortFinding finding{port,
                        PortProblem::PermissionDenied,
                        Tr::tr("You may not open %1: it belongs to the group %2, and you are not "
                               "in it.")
                            .arg(port, groupName),
                        {},
                        {Tr::tr("mode %1, owner uid %2, group %3 (gid %4)")
                             .arg(modeString(info.st_mode),
                                  QString::number(info.st_uid),
                                  groupName,
                                  QString::number(info.st_gid))},
                        {}};
    if (group && !user.name.isEmpty() && group->members.contains(user.name)) {
        finding.what = Tr::tr("You may not open %1 yet: you were added to the group %2, but this "
                              "login session started before that.")
                           .arg(port, groupName);
        finding.fix = Tr::tr("Log out and log in again (or restart the computer).");
    } else if (!(info.st_mode & (S_IRGRP | S_IWGRP))) {
        finding.fix = Tr::tr("Its mode gives the group no access: install TinyDeploy's udev rules "
                             "(they let the logged-in user open the boards it knows), or run "
                             "sudo chmod 0660 %1 for now.")
                          .arg(port);
    } else {
        finding.fix = Tr::tr("Run: sudo usermod -aG %1 %2, then log out and log in again (the new "
                             "group applies to new login sessions only).")
                          .arg(groupName, userName);
    }
    return finding;
}

std::optional<PortFinding> PortDoctor::holderProblem(const QString &port) const
{
    const QList<ProcessRef> holders = m_view.holdersOf(port);
    if (holders.isEmpty())
        return std::nullopt;
    for (const ProcessRef &holder : holders) {
        if (holder.name == QLatin1String("ModemManager")) {
            return PortFinding{port,
                               PortProblem::ModemManager,
                               Tr::tr("ModemManager has %1 open: it takes the board for a modem.")
                                   .arg(port),
                               Tr::tr("Install TinyDeploy's udev rules (they tell ModemManager to "
                                      "leave the boards alone) and plug the board in again, or "
                                      "run: sudo systemctl disable --now ModemManager."),
                               {Tr::tr("held by %1").arg(pids(holders))},
                               holders};
        }
        if (holder.name == QLatin1String("brltty")) {
            return PortFinding{port,
                               PortProblem::Brltty,
                               Tr::tr("brltty (the braille display driver) has %1 open.").arg(port),
                               Tr::tr("If you use no braille display, run: sudo apt remove brltty, "
                                      "then plug the board in again."),
                               {Tr::tr("held by %1").arg(pids(holders))},
                               holders};
        }
    }
    return PortFinding{port,
                       PortProblem::Busy,
                       Tr::tr("%1 is in use by %2.").arg(port, pids(holders)),
                       Tr::tr("Close that program (a serial monitor, another TinyDeploy, an IDE), "
                              "or end it: kill %1.")
                           .arg(QString::number(holders.first().pid)),
                       {Tr::tr("held by %1").arg(pids(holders))},
                       holders};
}

std::optional<PortFinding> PortDoctor::modemManagerAdvice(const QString &port) const
{
    if (!port.contains(QLatin1String("ttyACM")))
        return std::nullopt; // ModemManager probes ACM modems; usb-serial adapters rarely
    const QList<ProcessRef> running = m_view.processesNamed(QStringLiteral("ModemManager"));
    if (running.isEmpty() || !m_view.anyExists(modemManagerPaths)
        || m_view.udevProperty(port, QStringLiteral("ID_MM_DEVICE_IGNORE")) == QLatin1String("1")) {
        return std::nullopt;
    }
    return PortFinding{port,
                       PortProblem::ModemManager,
                       Tr::tr("ModemManager is running and may open %1 for a few seconds after "
                              "the board appears, which makes flashing or the first connection "
                              "fail.")
                           .arg(port),
                       Tr::tr("Install TinyDeploy's udev rules (they set ID_MM_DEVICE_IGNORE for "
                              "the boards it knows), or run: sudo systemctl disable --now "
                              "ModemManager."),
                       {Tr::tr("ModemManager runs as %1").arg(pids(running))},
                       {}};
}

QList<PortFinding> PortDoctor::examineAll(const QList<Templates::BoardInfo> &boards) const
{
    QList<PortFinding> findings;
    const QStringList ports = m_view.serialPorts();
    for (const QString &port : ports)
        findings.append(examine(port));
    findings.append(busProblems(boards, !ports.isEmpty()));
    return findings;
}

QList<PortFinding> PortDoctor::busProblems(const QList<Templates::BoardInfo> &boards,
                                           bool anyPort) const
{
    QList<PortFinding> findings;
    bool knownBoardOnBus = false;
    const bool brlttyRuns = !m_view.processesNamed(QStringLiteral("brltty")).isEmpty()
                            && m_view.anyExists(brlttyPaths);
    for (const UsbDevice &device : m_view.usbDevices()) {
        const Templates::UsbId id{device.vendorId, device.productId};
        const QString usbId = Templates::formatUsbId(id);
        const QString label = device.product.isEmpty()
                                  ? usbId
                                  : Tr::tr("%1 (%2)").arg(device.product, usbId);
        if (device.ttys.isEmpty() && brlttyRuns && brlttyClaims(device.vendorId, device.productId)) {
            findings.append({{},
                             PortProblem::Brltty,
                             Tr::tr("The USB serial adapter %1 has no serial port: brltty (the "
                                    "braille display driver) took it.")
                                 .arg(label),
                             Tr::tr("If you use no braille display, run: sudo apt remove brltty, "
                                    "then plug the board in again."),
                             {Tr::tr("USB device %1").arg(device.sysName)},
                             {}});
            continue;
        }
        for (const Templates::BoardInfo &board : boards) {
            if (!board.usbIds.contains(id))
                continue;
            knownBoardOnBus = true;
            if (device.ttys.isEmpty()) {
                findings.append({{},
                                 PortProblem::NoSerialInterface,
                                 Tr::tr("%1 is on the USB bus (%2) but has no serial port.")
                                     .arg(board.displayName, label),
                                 Tr::tr("The board may be in bootloader (DFU) mode, or its probe's "
                                        "firmware has no serial interface: reset it or update the "
                                        "probe's firmware, and check that the cable is a data "
                                        "cable."),
                                 {Tr::tr("USB device %1, serial number %2")
                                      .arg(device.sysName, device.serialNumber)},
                                 {}});
            }
            break;
        }
    }
    if (!anyPort && !knownBoardOnBus && findings.isEmpty()) {
        findings.append(
            {{},
             PortProblem::NoBoard,
             Tr::tr("No serial port, and no board TinyDeploy knows, is on the USB bus."),
             Tr::tr("Plug the board in. If it is plugged in and its lights are on, the "
                    "cable may carry power only: try another cable (a data cable) "
                    "and another USB socket."),
             {},
             {}});
    }
    return findings;
}

QList<PortFinding> PortDoctor::flapping(const QList<QStringList> &snapshots)
{
    // Count the changes of presence of every port seen: two or more changes after it was
    // first seen means it went away and came back, or came and went.
    QHash<QString, int> changes;
    QSet<QString> previous;
    bool first = true;
    for (const QStringList &snapshot : snapshots) {
        const QSet<QString> now(snapshot.begin(), snapshot.end());
        if (!first) {
            for (const QString &port : now - previous)
                ++changes[port];
            for (const QString &port : previous - now)
                ++changes[port];
        }
        previous = now;
        first = false;
    }
    QStringList ports;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it.value() >= 2)
            ports.append(it.key());
    }
    ports.sort();
    QList<PortFinding> findings;
    for (const QString &port : ports) {
        findings.append({port,
                         PortProblem::Flapping,
                         Tr::tr("%1 appeared and vanished %n time(s) while TinyDeploy watched.",
                                nullptr,
                                changes.value(port) / 2)
                             .arg(port),
                         Tr::tr("The board keeps resetting or the cable is loose: try another "
                                "cable and another USB socket (not a hub), and check that the "
                                "board has enough power."),
                         {},
                         {}});
    }
    return findings;
}

} // namespace TinyDeploy::Device
