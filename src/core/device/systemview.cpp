#include "systemview.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>

namespace TinyDeploy::Device {

namespace {

QString readLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine(4096)).trimmed();
}

QString readLink(const QString &path)
{
    char buffer[4096];
    const ssize_t size = ::readlink(QFile::encodeName(path).constData(), buffer, sizeof buffer - 1);
    if (size <= 0)
        return {};
    return QFile::decodeName(QByteArray(buffer, int(size)));
}

bool isSerialName(const QString &name)
{
    return name.startsWith(QLatin1String("ttyACM")) || name.startsWith(QLatin1String("ttyUSB"));
}

} // namespace

UserIdentity UserIdentity::current()
{
    UserIdentity user;
    user.uid = ::geteuid();
    if (const passwd *entry = ::getpwuid(user.uid))
        user.name = QString::fromLocal8Bit(entry->pw_name);
    user.groups.append(::getegid());
    const int count = ::getgroups(0, nullptr);
    if (count > 0) {
        QList<gid_t> groups(count);
        const int got = ::getgroups(count, groups.data());
        for (int i = 0; i < got; ++i) {
            if (!user.groups.contains(groups.at(i)))
                user.groups.append(groups.at(i));
        }
    }
    return user;
}

SystemView::SystemView(QString root, UserIdentity user)
    : m_root(std::move(root))
    , m_user(std::move(user))
{
    if (m_root.endsWith(QLatin1Char('/')))
        m_root.chop(1);
}

QString SystemView::path(const QString &absolutePath) const
{
    return m_root + absolutePath;
}

QStringList SystemView::serialPorts() const
{
    QStringList ports;
    const QDir ttys(path(QStringLiteral("/sys/class/tty")));
    for (const QString &name : ttys.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System)) {
        if (isSerialName(name))
            ports.append(QStringLiteral("/dev/") + name);
    }
    std::sort(ports.begin(), ports.end());
    return ports;
}

QList<ProcessRef> SystemView::holdersOf(const QString &port) const
{
    QList<ProcessRef> holders;
    const qint64 self = QCoreApplication::applicationPid();
    const QDir proc(path(QStringLiteral("/proc")));
    for (const QString &entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || (pid == self && m_root.isEmpty()))
            continue;
        const QDir fds(proc.filePath(entry + QStringLiteral("/fd")));
        for (const QString &fd :
             fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
            if (readLink(fds.filePath(fd)) == port) {
                holders.append({pid, readLine(proc.filePath(entry + QStringLiteral("/comm")))});
                break;
            }
        }
    }
    return holders;
}

QList<ProcessRef> SystemView::processesNamed(const QString &name) const
{
    QList<ProcessRef> found;
    const QDir proc(path(QStringLiteral("/proc")));
    for (const QString &entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (isPid && readLine(proc.filePath(entry + QStringLiteral("/comm"))) == name)
            found.append({pid, name});
    }
    return found;
}

bool SystemView::anyExists(const QStringList &paths) const
{
    return std::any_of(paths.begin(), paths.end(), [this](const QString &p) {
        return QFileInfo::exists(path(p));
    });
}

std::optional<GroupEntry> SystemView::group(uint gid) const
{
    QFile file(path(QStringLiteral("/etc/group")));
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QStringList fields
                = QString::fromUtf8(file.readLine(65536)).trimmed().split(QLatin1Char(':'));
            if (fields.size() >= 4 && fields.at(2).toUInt() == gid && !fields.at(2).isEmpty()) {
                return GroupEntry{gid,
                                  fields.at(0),
                                  fields.at(3).split(QLatin1Char(','), Qt::SkipEmptyParts)};
            }
        }
    }
    if (m_root.isEmpty()) {
        // Not in /etc/group (LDAP, systemd-userdb): ask the system.
        if (const struct group *entry = ::getgrgid(gid))
            return GroupEntry{gid, QString::fromLocal8Bit(entry->gr_name), {}};
    }
    return std::nullopt;
}

QString SystemView::udevProperty(const QString &port, const QString &key) const
{
    struct stat info
    {};
    if (::stat(QFile::encodeName(path(port)).constData(), &info) != 0 || !S_ISCHR(info.st_mode))
        return {};
    QFile file(path(
        QStringLiteral("/run/udev/data/c%1:%2").arg(major(info.st_rdev)).arg(minor(info.st_rdev))));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray prefix = "E:" + key.toUtf8() + '=';
    while (!file.atEnd()) {
        const QByteArray line = file.readLine(4096).trimmed();
        if (line.startsWith(prefix))
            return QString::fromUtf8(line.mid(prefix.size()));
    }
    return {};
}

QList<UsbDevice> SystemView::usbDevices() const
{
    QList<UsbDevice> devices;
    const QDir bus(path(QStringLiteral("/sys/bus/usb/devices")));
    for (const QString &name : bus.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System)) {
        const QString dir = bus.filePath(name);
        bool okVendor = false;
        bool okProduct = false;
        const uint vendor = readLine(dir + QStringLiteral("/idVendor")).toUInt(&okVendor, 16);
        const uint product = readLine(dir + QStringLiteral("/idProduct")).toUInt(&okProduct, 16);
        if (!okVendor || !okProduct || name.contains(QLatin1Char(':')))
            continue; // an interface, or a root hub's odd entry
        UsbDevice device{name,
                         quint16(vendor),
                         quint16(product),
                         readLine(dir + QStringLiteral("/product")),
                         readLine(dir + QStringLiteral("/serial")),
                         {}};
        // The serial ports sit under the device's interfaces: 1-1:1.0/tty/ttyACM0 (ACM) or
        // 1-1:1.0/ttyUSB0 (usb-serial drivers).
        QDirIterator it(dir, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString sub = it.next();
            const QString leaf = QFileInfo(sub).fileName();
            if (isSerialName(leaf) && !device.ttys.contains(leaf))
                device.ttys.append(leaf);
        }
        devices.append(device);
    }
    return devices;
}

} // namespace TinyDeploy::Device
