#pragma once

#include "seriallink.h"

#include <QSerialPort>

namespace TinyDeploy::Device {

/// @brief SerialLink over a QSerialPort: a board's USB serial port, or the pty of an emulated
/// board or of the host runner. 8N1, no flow control.
///
/// Open failures are PortUnavailable with the reason (missing port, permission denied with a
/// hint about the dialout group, busy naming the port); a device that goes away while open
/// (unplugged board, runner or emulator that exited) is reported once as DeviceDisconnected
/// and closes the link.
class SerialPortLink final : public SerialLink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SerialPortLink)

public:
    static constexpr qint32 DefaultBaudRate = 115200;

    explicit SerialPortLink(const QString &portName,
                            qint32 baudRate = DefaultBaudRate,
                            QObject *parent = nullptr);
    ~SerialPortLink() override;

    Result<void> open() override;
    void close() override;
    bool isOpen() const override;
    Result<void> write(const QByteArray &data) override;
    QByteArray readAll() override;
    QString description() const override;

    QString portName() const;
    qint32 baudRate() const;

private:
    Error openError() const;
    void onError(QSerialPort::SerialPortError error);

    QSerialPort m_port;
    QString m_portName;
    qint32 m_baudRate;
    bool m_disconnected = false;
};

} // namespace TinyDeploy::Device
