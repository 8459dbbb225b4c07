#include "crtdevicelink.h"

#include <QTimer>

using namespace TinyDeploy;

CrtDeviceLink::CrtDeviceLink(QObject *parent)
    : Device::SerialLink(parent)
{}

CrtDeviceLink::~CrtDeviceLink()
{
    close();
}

QString CrtDeviceLink::executable()
{
    return QStringLiteral(TINYDEPLOY_BINARY_DIR "/tests/fakes/crt_device/crt_device");
}

bool CrtDeviceLink::startDevice()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process = std::make_unique<QProcess>();
    connect(m_process.get(),
            &QProcess::readyReadStandardOutput,
            this,
            &CrtDeviceLink::onDeviceOutput);
    connect(m_process.get(), &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process->readAllStandardError();
    });
    connect(m_process.get(), &QProcess::finished, this, [this] {
        if (!m_open)
            return;
        m_stderr += m_process->readAllStandardError();
        m_open = false;
        emit errorOccurred(makeError(ErrorCode::DeviceDisconnected,
                                     QStringLiteral("crt_device exited: %1")
                                         .arg(QString::fromLocal8Bit(m_stderr).trimmed()),
                                     description()));
    });
    m_process->start(executable(), QStringList{QStringLiteral("--stdio")} + m_arguments);
    if (!m_process->waitForStarted(10000))
        return false;
    ++m_boots;
    return true;
}

Result<void> CrtDeviceLink::open()
{
    if (m_open)
        return ok();
    if (!startDevice())
        return fail(ErrorCode::PortUnavailable,
                    QStringLiteral("crt_device did not start"),
                    executable());
    m_open = true;
    return ok();
}

void CrtDeviceLink::close()
{
    m_open = false;
    if (m_process) {
        m_process->disconnect(this);
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(3000))
            m_process->kill();
        m_process->waitForFinished(3000);
        m_process.reset();
    }
}

bool CrtDeviceLink::isOpen() const
{
    return m_open;
}

Result<void> CrtDeviceLink::write(const QByteArray &data)
{
    if (!m_open)
        return fail(ErrorCode::DeviceDisconnected, QStringLiteral("not open"), description());
    QByteArray bytes = data;
    if (onHostWrite)
        onHostWrite(bytes);
    if (m_corruptHost) {
        const qsizetype start = bytes.indexOf("\xff\xfd");
        if (start >= 0 && bytes.size() > start + 10) {
            m_corruptHost = false;
            bytes[start + 9] = char(bytes[start + 9] ^ 0x20); // a payload byte, not an escape
        }
    }
    m_process->write(bytes);
    return ok();
}

QByteArray CrtDeviceLink::readAll()
{
    return std::exchange(m_received, QByteArray());
}

QString CrtDeviceLink::description() const
{
    return QStringLiteral("crt_device (pipe)");
}

void CrtDeviceLink::injectGarbage(const QByteArray &bytes)
{
    m_received += bytes;
    QTimer::singleShot(0, this, [this] { emit readyRead(); });
}

void CrtDeviceLink::sendGarbageToDevice(const QByteArray &bytes)
{
    if (m_process)
        m_process->write(bytes);
}

void CrtDeviceLink::resetDevice()
{
    startDevice();
}

void CrtDeviceLink::onDeviceOutput()
{
    QByteArray bytes = m_process->readAllStandardOutput();
    if (m_silent || bytes.isEmpty())
        return;
    if (m_corruptDevice) {
        const qsizetype start = bytes.indexOf("\xff\xfd");
        if (start >= 0 && bytes.size() > start + 10) {
            m_corruptDevice = false;
            bytes[start + 9] = char(bytes[start + 9] ^ 0x20);
        }
    }
    m_received += bytes;
    emit readyRead();
}
