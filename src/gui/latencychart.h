#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QTimer;

namespace TinyDeploy::Plugin {
class PluginManager;
}

namespace TinyDeploy::Gui {

class ErrorPanel;
class LatencyPlot;

/// @brief On-device latency per run: a line over the run index, the min / median / max of the
/// runs in the window, and whether the numbers come from an emulator.
///
/// Only the last windowSize() runs are kept and drawn (the x axis slides), so a long
/// run costs bounded memory; the axes scale to the data. Updates are batched (one redraw per
/// 100 ms at most).
///
/// The plot itself comes from a LatencyPlotFactory plugin (plugins/latencyplot_qtcharts), so
/// that the app does not load Qt Charts before the Run page needs it. Without a usable plugin,
/// the chart area says why and what to do (the loader's details one click away); the
/// statistics still work and pointCount() is 0.
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

    /// Takes its plot from PluginManager::instance().
    explicit LatencyChart(QWidget *parent = nullptr);
    /// Takes its plot from @p plugins (tests; not owned, used only here).
    explicit LatencyChart(Plugin::PluginManager *plugins, QWidget *parent = nullptr);
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
    /// The drawn points (after pending updates); 0 without a plot.
    int pointCount() const;
    QString statsText() const;
    /// Whether a plugin made the plot; when not, plotUnavailableText() says why.
    bool hasPlot() const { return m_plot != nullptr; }
    /// The sentence shown instead of the plot; empty when there is a plot.
    QString plotUnavailableText() const { return m_unavailableText; }

private:
    void createPlot(Plugin::PluginManager *plugins);
    void scheduleUpdate();
    void updateChart();

    LatencyPlot *m_plot = nullptr; ///< Owned through its widget, a child of this.
    ErrorPanel *m_unavailable = nullptr;
    QString m_unavailableText;
    QLabel *m_stats = nullptr;
    QLabel *m_emulated = nullptr;
    QTimer *m_updateTimer = nullptr;

    QList<double> m_values; ///< The window, oldest first.
    qint64 m_totalRuns = 0;
    int m_windowSize = 1000;
};

} // namespace TinyDeploy::Gui
