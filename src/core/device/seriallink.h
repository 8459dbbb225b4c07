#pragma once

#include <util/error.h>

#include <QByteArray>
#include <QObject>

namespace TinyDeploy::Device {

/// @brief A byte pipe to a device: a serial port in production, a fake in tests.
///
/// Asynchronous like QIODevice: write() queues, readyRead() announces data for readAll(),
/// errorOccurred() reports a failure of the open link (DeviceDisconnected when the device went
/// away). Nothing here blocks.
class SerialLink : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~SerialLink() override;

    /// Opens the link; PortUnavailable (with what to do) when that is not possible.
    virtual Result<void> open() = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    /// Queues @p data for sending.
    virtual Result<void> write(const QByteArray &data) = 0;
    /// Everything received since the last call.
    virtual QByteArray readAll() = 0;
    /// Names the link in messages, e.g. "/dev/ttyACM0 (115200 baud)".
    virtual QString description() const = 0;

signals:
    void readyRead();
    void errorOccurred(const TinyDeploy::Error &error);
};

} // namespace TinyDeploy::Device
