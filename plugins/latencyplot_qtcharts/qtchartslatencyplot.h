#pragma once

#include <latencyplot.h>

#include <QChartView>

class QLineSeries;
class QValueAxis;

namespace TinyDeploy::LatencyPlotQtCharts {

/// @brief The latency line over the run index, in a QChartView (antialiased, no legend).
class QtChartsLatencyPlot final
    : public QChartView
    , public Gui::LatencyPlot
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QtChartsLatencyPlot)

public:
    explicit QtChartsLatencyPlot(QWidget *parent = nullptr);
    ~QtChartsLatencyPlot() override;

    QWidget *widget() override { return this; }
    void setAxisTitles(const QString &x, const QString &y) override;
    void setPoints(const QList<QPointF> &points) override;
    void setAxisRanges(double xMin, double xMax, double yMin, double yMax) override;
    int pointCount() const override;

private:
    QLineSeries *m_series = nullptr;
    QValueAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
};

} // namespace TinyDeploy::LatencyPlotQtCharts
