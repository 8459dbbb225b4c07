#pragma once

// FakeSerialLink: a SerialLink for tests, with no port behind it.
//
// How to drive it:
//   FakeSerialLink link;               // starts closed; open() succeeds unless setOpenError()
//   DeviceSession session(&link);
//   link.open();
//   link.setResponder([&](const QByteArray &bytes) { ... link.feed(reply); });
//                                      // called for every write(); reply from inside it to
//                                      // script a device (replies arrive asynchronously)
//   link.feed(bytes);                  // bytes "from the device": readyRead() follows from the
//                                      // event loop, readAll() returns them
//   link.pendingBytes();               // fed bytes the reader has not taken yet
//   link.written();                    // everything written so far; takeWritten() clears it
//   link.injectError(error);           // errorOccurred(error) now; a DeviceDisconnected error
//                                      // also closes the link, like an unplugged board
//   link.setFailWrites(true);          // write() fails with an Io error

#include <device/seriallink.h>

#include <functional>

class FakeSerialLink final : public TinyDeploy::Device::SerialLink
{
    Q_OBJECT

public:
    using Responder = std::function<void(const QByteArray &written)>;

    explicit FakeSerialLink(QObject *parent = nullptr);

    TinyDeploy::Result<void> open() override;
    void close() override;
    bool isOpen() const override;
    TinyDeploy::Result<void> write(const QByteArray &data) override;
    QByteArray readAll() override;
    QString description() const override;

    void feed(const QByteArray &bytes);
    QByteArray written() const;
    QByteArray takeWritten();
    void injectError(const TinyDeploy::Error &error);
    void setResponder(Responder responder);
    void setOpenError(const std::optional<TinyDeploy::Error> &error);
    void setFailWrites(bool fail);
    int writeCount() const;
    /// Bytes fed but not read by readAll() yet.
    qsizetype pendingBytes() const;

private:
    QByteArray m_incoming;
    QByteArray m_written;
    Responder m_responder;
    std::optional<TinyDeploy::Error> m_openError;
    bool m_open = false;
    bool m_failWrites = false;
    bool m_readyReadPending = false;
    int m_writes = 0;
};
