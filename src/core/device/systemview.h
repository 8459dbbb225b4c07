#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace TinyDeploy::Device {

/// Who this process runs as, for the permission check (tests give another user).
struct UserIdentity
{
    uint uid = 0;
    QString name;       ///< The login name ("alice"); empty when unknown.
    QList<uint> groups; ///< The groups this process has now (primary and supplementary).

    static UserIdentity current();
};

/// A process, as /proc names it.
struct ProcessRef
{
    qint64 pid = 0;
    QString name; ///< /proc/PID/comm ("minicom", "ModemManager").
    friend bool operator==(const ProcessRef &, const ProcessRef &) = default;
};

/// A group of /etc/group.
struct GroupEntry
{
    uint gid = 0;
    QString name;
    QStringList members;
};

/// A USB device on the bus (/sys/bus/usb/devices/N-N).
struct UsbDevice
{
    QString sysName; ///< "1-1.2"
    quint16 vendorId = 0;
    quint16 productId = 0;
    QString product;      ///< "STM32 STLink"; may be empty.
    QString serialNumber; ///< may be empty.
    QStringList ttys;     ///< The serial ports its interfaces have ("ttyACM0"); empty for none.
};

/// @brief What the port doctor reads of the system: /dev, /proc, /sys, /etc/group, /run/udev
/// and the installed programs, under a root folder ("/" normally; a fake tree in tests).
///
/// Reads only; every function returns what it found now, and nothing when the file is missing
/// or unreadable.
class SystemView
{
public:
    explicit SystemView(QString root = QStringLiteral("/"),
                        UserIdentity user = UserIdentity::current());

    const UserIdentity &user() const { return m_user; }
    /// @p absolutePath ("/dev/ttyACM0") inside the root.
    QString path(const QString &absolutePath) const;

    /// The USB and ACM serial ports the kernel has now, sorted ("/dev/ttyACM0", ...).
    QStringList serialPorts() const;
    /// The processes that have @p port open (other than this one), by pid.
    QList<ProcessRef> holdersOf(const QString &port) const;
    /// Running processes called @p name (/proc/PID/comm).
    QList<ProcessRef> processesNamed(const QString &name) const;
    /// Whether one of @p paths exists (an installed program).
    bool anyExists(const QStringList &paths) const;
    std::optional<GroupEntry> group(uint gid) const;
    /// A property udev recorded for the character device @p port ("ID_MM_DEVICE_IGNORE").
    QString udevProperty(const QString &port, const QString &key) const;
    QList<UsbDevice> usbDevices() const;

private:
    QString m_root;
    UserIdentity m_user;
};

} // namespace TinyDeploy::Device
