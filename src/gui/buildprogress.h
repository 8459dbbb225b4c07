#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;

namespace TinyDeploy::Gui {

/// @brief A step's progress: a bar that shows the percentage the deployment read from the
/// tools' output (Deploy::parseProgressPercent(): "[ 42%]" of CMake/make, "[12/40]" of Ninja,
/// "(42 %)" of esptool, ...), else a busy indicator, and the elapsed time, ticking every
/// second.
///
/// start() and finish() bracket the step; setPercent() passes on the deployment's progress().
class BuildProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildProgress)

public:
    explicit BuildProgress(QWidget *parent = nullptr);
    ~BuildProgress() override;

    /// Starts a step called @p title ("Building"): indeterminate, the clock at 0:00.
    void start(const QString &title);
    /// Sets the progress directly (0-100), or indeterminate with -1.
    void setPercent(int percent);
    /// Stops the clock; the bar shows 100 % when @p success, else stays where it was.
    void finish(bool success);

    /// -1 while indeterminate.
    int percent() const { return m_percent; }
    bool isRunning() const { return m_running; }
    qint64 elapsedMs() const;
    /// "1:05", "1:02:03".
    static QString formatElapsed(qint64 ms);

signals:
    void percentChanged(int percent);

private:
    void updateElapsed();

    QLabel *m_title = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_elapsed = nullptr;
    QTimer *m_tick = nullptr;
    QElapsedTimer m_clock;
    qint64 m_finalMs = 0;
    int m_percent = -1;
    bool m_running = false;
};

} // namespace TinyDeploy::Gui
