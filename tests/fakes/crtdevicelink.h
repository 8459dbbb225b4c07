#pragma once

// CrtDeviceLink: a SerialLink to tests/fakes/crt_device (TVM's real CRT RPC server) over its
// stdin/stdout, with a fault-injecting relay in between. Test code.
//
//   CrtDeviceLink link;                  // link.open() starts crt_device with extraArguments()
//   link.setExtraArguments({"--old-time-evaluator"});
//   link.corruptNextHostFrame();         // flips a payload byte of the next frame to the device
//   link.corruptNextDeviceFrame();       // flips a byte of the next frame from the device
//   link.setSilent(true);                // drops everything the device sends
//   link.injectGarbage(bytes);           // bytes "from the device" before its next output
//   link.sendGarbageToDevice(bytes);     // noise on the line towards the device
//   link.resetDevice();                  // kills crt_device and boots a fresh one: the host sees
//                                        // its boot frame (kTerminateSession), like a reset
//   link.onHostWrite = [](QByteArray &bytes) { ... };   // rewrite host bytes (optional)

#include <device/seriallink.h>

#include <QProcess>
#include <QStringList>

#include <functional>
#include <memory>

class CrtDeviceLink final : public TinyDeploy::Device::SerialLink
{
    Q_OBJECT

public:
    explicit CrtDeviceLink(QObject *parent = nullptr);
    ~CrtDeviceLink() override;

    static QString executable();

    void setExtraArguments(const QStringList &arguments) { m_arguments = arguments; }

    TinyDeploy::Result<void> open() override;
    void close() override;
    bool isOpen() const override;
    TinyDeploy::Result<void> write(const QByteArray &data) override;
    QByteArray readAll() override;
    QString description() const override;

    void corruptNextHostFrame() { m_corruptHost = true; }
    void corruptNextDeviceFrame() { m_corruptDevice = true; }
    void setSilent(bool silent) { m_silent = silent; }
    void injectGarbage(const QByteArray &bytes);
    void sendGarbageToDevice(const QByteArray &bytes);
    void resetDevice();
    /// stderr of the device so far (its exit messages).
    QByteArray deviceStderr() const { return m_stderr; }
    int boots() const { return m_boots; }

    std::function<void(QByteArray &)> onHostWrite;

private:
    bool startDevice();
    void onDeviceOutput();

    std::unique_ptr<QProcess> m_process;
    QStringList m_arguments;
    QByteArray m_received;
    QByteArray m_stderr;
    bool m_open = false;
    bool m_corruptHost = false;
    bool m_corruptDevice = false;
    bool m_silent = false;
    int m_boots = 0;
};
