#pragma once

#include <QList>
#include <QPointF>

class QString;
class QWidget;

namespace TinyDeploy::Gui {

/// @brief A plot of latency per run, made by a LatencyPlotFactory (a plugin).
///
/// The plot only draws what it is given; LatencyChart keeps the data, the statistics and
/// the wording (axis titles come from it, so that they are translated with the app).
class LatencyPlot
{
public:
    virtual ~LatencyPlot() = default;

    /// The widget that draws the plot. It is the plot itself: deleting it deletes the plot.
    virtual QWidget *widget() = 0;
    virtual void setAxisTitles(const QString &x, const QString &y) = 0;
    /// Replaces the drawn points: x = run index, y = latency in microseconds.
    virtual void setPoints(const QList<QPointF> &points) = 0;
    virtual void setAxisRanges(double xMin, double xMax, double yMin, double yMax) = 0;
    /// How many points are drawn.
    virtual int pointCount() const = 0;

protected:
    LatencyPlot() = default;
    LatencyPlot(const LatencyPlot &) = default;
    LatencyPlot &operator=(const LatencyPlot &) = default;
};

} // namespace TinyDeploy::Gui
