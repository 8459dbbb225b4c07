#pragma once

// FaultyDevice: drives tests/fakes/faulty_device.py, a fault-injecting relay between a pty (the
// client's serial port) and a real device process on stdin/stdout (fake_device --stdio for our
// framed protocol, crt_device --stdio for microTVM RPC). Test code.
//
//   FaultyDevice device;
//   device.start({fakeDevicePath, "--stdio"});   // false (and why()) if it did not come up
//   SerialPortLink link(device.path());
//   device.arm("flip host 5");                    // see faulty_device.py for the commands
//   device.hasEvent("fired");                     // lines the relay printed
//
// Every wait has a deadline; the destructor ends the relay and its device.

#include <QProcess>
#include <QStringList>
#include <QTest>

class FaultyDevice
{
public:
    static QString script()
    {
        return QStringLiteral(TINYDEPLOY_SOURCE_DIR "/tests/fakes/faulty_device.py");
    }

    ~FaultyDevice()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.closeWriteChannel();
            m_process.terminate();
            if (!QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; },
                                 10000)) {
                m_process.kill();
                m_process.waitForFinished(10000);
            }
        }
    }

    bool start(const QStringList &deviceCommand, int deadlineMs = 20000)
    {
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] {
            while (m_process.canReadLine())
                m_events.append(QString::fromUtf8(m_process.readLine()).trimmed());
        });
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral("python3"), QStringList{script(), "--"} + deviceCommand);
        if (!waitForEvent("ready ", deadlineMs)) {
            m_why = QStringLiteral("faulty_device.py did not come up: %1")
                        .arg(m_process.errorString());
            return false;
        }
        m_path = event("ready ").mid(6);
        return true;
    }

    QString path() const { return m_path; }
    QString why() const { return m_why; }
    qint64 processId() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    /// Arms one fault (a faulty_device.py command line) and waits for its "armed".
    bool arm(const QString &command, int deadlineMs = 10000)
    {
        const qsizetype before = m_events.size();
        m_process.write((command + QLatin1Char('\n')).toUtf8());
        QString answer;
        const bool answered = QTest::qWaitFor(
            [&] {
                for (qsizetype i = before; i < m_events.size(); ++i) {
                    if (m_events.at(i).startsWith(QLatin1String("armed"))
                        || m_events.at(i).startsWith(QLatin1String("error"))) {
                        answer = m_events.at(i);
                        return true;
                    }
                }
                return false;
            },
            deadlineMs);
        return answered && answer.startsWith(QLatin1String("armed"));
    }

    bool hasEvent(const QString &prefix) const { return !event(prefix).isNull(); }

    QString event(const QString &prefix) const
    {
        for (const QString &line : m_events) {
            if (line.startsWith(prefix))
                return line;
        }
        return {};
    }

    bool waitForEvent(const QString &prefix, int deadlineMs)
    {
        return QTest::qWaitFor([&] { return hasEvent(prefix); }, deadlineMs);
    }

    QStringList events() const { return m_events; }

private:
    QProcess m_process;
    QStringList m_events;
    QString m_path;
    QString m_why;
};
