// What the stm32 template's end-to-end tests share: running tinydeploy-cli with its records in
// the test's folder, and QEMU's netduinoplus2 started paused with a GDB stub as the "probe"
// (no firmware; its USART2 on a pty).
#pragma once

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Stm32Test {

inline const QString cliPath = QStringLiteral(TINYDEPLOY_BINARY_DIR "/bin/tinydeploy-cli");
inline const QString samplesDir = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples");
inline const QString boardsPath = QStringLiteral(TINYDEPLOY_BINARY_DIR
                                                 "/firmware_templates/stm32/boards.json");
// Builds take a few seconds each, more on a loaded machine.
constexpr int cliTimeoutMs = 240000;

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

/// Runs tinydeploy-cli to its end (bounded by @p timeoutMs); records, settings and caches go
/// under @p home.
inline CliRun runCli(const QString &home, const QStringList &arguments, int timeoutMs = cliTimeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(QStringLiteral(TINYDEPLOY_SOURCE_DIR));
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(cliPath, arguments);
    CliRun run;
    if (!process.waitForStarted(timeoutMs)) {
        run.err = "tinydeploy-cli did not start (" + process.errorString().toUtf8()
                  + "): " + arguments.join(' ').toUtf8();
        return run;
    }
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        run.err = "tinydeploy-cli did not finish in time: " + arguments.join(' ').toUtf8();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/// A TCP port nobody listens on right now.
inline quint16 freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

/// qemu-system-arm -M netduinoplus2 -S -gdb tcp:127.0.0.1:PORT, no firmware: a board on its
/// debug probe, waiting to be flashed.
class QemuProbe
{
public:
    ~QemuProbe()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    /// Empty on success, else what went wrong.
    QString start()
    {
        m_port = freePort();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("qemu-system-arm"),
                        {QStringLiteral("-M"),
                         QStringLiteral("netduinoplus2"),
                         QStringLiteral("-nographic"),
                         QStringLiteral("-monitor"),
                         QStringLiteral("none"),
                         QStringLiteral("-serial"),
                         QStringLiteral("null"),
                         QStringLiteral("-serial"),
                         QStringLiteral("pty"),
                         QStringLiteral("-S"),
                         QStringLiteral("-gdb"),
                         QStringLiteral("tcp:127.0.0.1:%1").arg(m_port)});
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("qemu-system-arm did not start: ") + m_process.errorString();
        QByteArray output;
        const QByteArray marker = "char device redirected to ";
        QDeadlineTimer deadline(20000);
        while (!output.contains(marker) && m_process.state() == QProcess::Running
               && !deadline.hasExpired()) {
            m_process.waitForReadyRead(100);
            output += m_process.readAll();
        }
        const qsizetype at = output.indexOf(marker);
        if (at < 0)
            return QStringLiteral("QEMU printed no pty: ") + QString::fromUtf8(output);
        m_pty = QString::fromUtf8(output.mid(at + marker.size()).split(' ').first().trimmed());
        return {};
    }

    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    QString pty() const { return m_pty; }
    bool running() const { return m_process.state() == QProcess::Running; }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_pty;
};

} // namespace Stm32Test
