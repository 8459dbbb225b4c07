#pragma once

#include <QObject>

#include <atomic>

class QSocketNotifier;

namespace TinyDeploy::Cli {

/// Turns SIGINT and SIGTERM into a Qt signal (through a self-pipe), so that a command can
/// cancel its server cleanly from the event loop. Only one instance may exist at a time; the
/// previous handlers come back when it is destroyed.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    /// True once a signal arrived (also before the event loop has seen it).
    bool interrupted() const { return m_signal != 0 || cancelFlag().load(); }
    /// Set from the signal handler itself: blocking work (model staging) polls it.
    static const std::atomic<bool> &cancelFlag();
    int signalNumber() const { return m_signal; }

signals:
    void signalReceived(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
    int m_signal = 0;
};

} // namespace TinyDeploy::Cli
