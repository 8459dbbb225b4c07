#include "serialportlink.h"

#include "devicelogging.h"
#include "devicetr.h"

#include <QFileInfo>

#include <unistd.h>

namespace TinyDeploy::Device {

SerialPortLink::SerialPortLink(const QString &portName, qint32 baudRate, QObject *parent)
    : SerialLink(parent)
    , m_portName(portName)
    , m_baudRate(baudRate)
{
    connect(&m_port, &QSerialPort::readyRead, this, &SerialLink::readyRead);
    connect(&m_port, &QSerialPort::errorOccurred, this, &SerialPortLink::onError);
}

SerialPortLink::~SerialPortLink()
{
    // Closed here so that onError() cannot run on a half-destroyed object.
    m_port.disconnect(this);
    m_port.close();
}

QString SerialPortLink::portName() const
{
    return m_portName;
}

qint32 SerialPortLink::baudRate() const
{
    return m_baudRate;
}

QString SerialPortLink::description() const
{
    return Tr::tr("%1 (%2 baud)").arg(m_portName).arg(m_baudRate);
}

Result<void> SerialPortLink::open()
{
    if (isOpen())
        return ok();
    m_port.close();
    m_disconnected = false;
    m_port.setPortName(m_portName);
    if (!m_port.open(QIODevice::ReadWrite))
        return fail(openError());
    if (!m_port.setBaudRate(m_baudRate) || !m_port.setDataBits(QSerialPort::Data8)
        || !m_port.setParity(QSerialPort::NoParity) || !m_port.setStopBits(QSerialPort::OneStop)
        || !m_port.setFlowControl(QSerialPort::NoFlowControl)) {
        const QString reason = m_port.errorString();
        m_port.close();
        return fail(ErrorCode::PortUnavailable,
                    Tr::tr("The serial port %1 does not accept %2 baud, 8N1: %3.")
                        .arg(m_portName)
                        .arg(m_baudRate)
                        .arg(reason),
                    m_portName,
                    Tr::tr("Choose a baud rate the board supports (the template's default is "
                           "115200)."));
    }
    m_port.clear();
    qCDebug(lcDevice) << "opened" << m_portName << "at" << m_baudRate << "baud";
    return ok();
}

Error SerialPortLink::openError() const
{
    const QString reason = m_port.errorString();
    const QString path = m_port.portName().startsWith(QLatin1Char('/'))
                             ? m_port.portName()
                             : QStringLiteral("/dev/") + m_port.portName();
    switch (m_port.error()) {
    case QSerialPort::DeviceNotFoundError:
        return makeError(ErrorCode::PortUnavailable,
                         Tr::tr("The serial port %1 does not exist.").arg(m_portName),
                         m_portName,
                         Tr::tr("Check that the board is plugged in and choose its port (USB "
                                "boards appear as /dev/ttyACM* or /dev/ttyUSB*). An emulated "
                                "board's port exists only while it runs."),
                         reason);
    case QSerialPort::PermissionError: {
        // Qt reports both "no permission" and "in use by another program" as PermissionError;
        // access() tells them apart.
        const QByteArray native = QFileInfo(path).absoluteFilePath().toLocal8Bit();
        if (::access(native.constData(), R_OK | W_OK) != 0)
            return makeError(ErrorCode::PortUnavailable,
                             Tr::tr("Permission denied opening the serial port %1.").arg(m_portName),
                             m_portName,
                             Tr::tr("Add your user to the dialout group (sudo usermod -aG "
                                    "dialout $USER), then log out and back in."),
                             reason);
        return makeError(ErrorCode::PortUnavailable,
                         Tr::tr("The serial port %1 is busy: another program has it open.")
                             .arg(m_portName),
                         m_portName,
                         Tr::tr("Close the other program that uses %1 (a serial monitor, another "
                                "TinyDeploy, ModemManager) and try again.")
                             .arg(m_portName),
                         reason);
    }
    default:
        return makeError(ErrorCode::PortUnavailable,
                         Tr::tr("Could not open the serial port %1: %2.").arg(m_portName, reason),
                         m_portName,
                         Tr::tr("Check the port name and that the board is connected."),
                         reason);
    }
}

void SerialPortLink::close()
{
    m_port.close();
}

bool SerialPortLink::isOpen() const
{
    return m_port.isOpen() && !m_disconnected;
}

Result<void> SerialPortLink::write(const QByteArray &data)
{
    if (!isOpen())
        return fail(ErrorCode::DeviceDisconnected,
                    Tr::tr("The serial port %1 is not open.").arg(m_portName),
                    m_portName);
    if (m_port.write(data) != data.size())
        return fail(ErrorCode::Io,
                    Tr::tr("Could not write to the serial port %1: %2.")
                        .arg(m_portName, m_port.errorString()),
                    m_portName);
    return ok();
}

QByteArray SerialPortLink::readAll()
{
    return m_port.readAll();
}

void SerialPortLink::onError(QSerialPort::SerialPortError error)
{
    switch (error) {
    case QSerialPort::ResourceError:
    case QSerialPort::ReadError:
    case QSerialPort::WriteError: {
        if (!m_port.isOpen() || m_disconnected)
            return;
        // A vanished USB device gives ResourceError; a pty whose other end exited reads
        // end-of-file, which QSerialPort reports as ReadError (and would report again on every
        // event loop pass). Either way the device is gone: report it once and close. The close
        // is queued because QSerialPort is still inside its read handler here.
        m_disconnected = true;
        // On end of file QSerialPort's error string is a stale errno ("Inappropriate ioctl
        // for device"); say what happened instead.
        const QString reason = error == QSerialPort::ReadError
                                   ? Tr::tr("the port was closed at the other end")
                                   : m_port.errorString();
        QMetaObject::invokeMethod(
            this, [this] { m_port.close(); }, Qt::QueuedConnection);
        qCWarning(lcDevice) << m_portName << "disconnected:" << reason;
        emit errorOccurred(
            makeError(ErrorCode::DeviceDisconnected,
                      Tr::tr("The device disconnected (%1).").arg(reason),
                      m_portName,
                      Tr::tr("Check the cable, or whether the board reset or the emulator or "
                             "host runner exited; then connect again."),
                      description()));
        return;
    }
    default:
        // Open errors are returned by open(); timeouts do not happen without waitFor*().
        return;
    }
}

} // namespace TinyDeploy::Device
