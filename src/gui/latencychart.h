#pragma once

#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QTimer;
class QValueAxis;

namespace TinyDeploy::Gui {

/// @brief On-device latency per run: a line over the run index, the min / median / max of the
/// runs in the window, and whether the numbers come from an emulator.
///
/// Only the last windowSize() runs are kept and drawn (the x axis slides), so a long
/// run costs bounded memory; the axes scale to the data. Updates are batched (one redraw per
/// 100 ms at most).
class LatencyChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LatencyChart)

public:
    struct Stats
    {
        int count = 0; ///< Runs in the window.
        double min = 0;
        double median = 0;
        double max = 0;
    };

    explicit LatencyChart(QWidget *parent = nullptr);
    ~LatencyChart() override;

    /// How many of the latest runs are kept (10 to 100000; default 1000).
    void setWindowSize(int runs);
    int windowSize() const { return m_windowSize; }

    /// Adds the latency of the next run, in microseconds.
    void addRun(double microseconds);
    void addRuns(const QList<double> &microseconds);
    /// Cycle counts come from an emulator: shown, so nobody takes them for silicon timing.
    void setEmulated(bool emulated);
    void clear();

    /// Statistics of the runs in the window (after pending updates).
    Stats stats() const;
    /// Runs added since the last clear(), including those that left the window.
    qint64 totalRuns() const { return m_totalRuns; }
    /// The drawn points (after pending updates).
    int pointCount() const;
    QString statsText() const;
    QLineSeries *series() const { return m_series; }

private:
    void scheduleUpdate();
    void updateChart();

    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QLineSeries *m_series = nullptr;
    QValueAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QLabel *m_stats = nullptr;
    QLabel *m_emulated = nullptr;
    QTimer *m_updateTimer = nullptr;

    QList<double> m_values; ///< The window, oldest first.
    qint64 m_totalRuns = 0;
    int m_windowSize = 1000;
};

} // namespace TinyDeploy::Gui
