#include "qtchartslatencyplot.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

namespace TinyDeploy::LatencyPlotQtCharts {

QtChartsLatencyPlot::QtChartsLatencyPlot(QWidget *parent)
    : QChartView(new QChart, parent) // the view owns the chart
    , m_series(new QLineSeries)
    , m_xAxis(new QValueAxis)
    , m_yAxis(new QValueAxis)
{
    QChart *chart = this->chart();
    chart->addSeries(m_series); // the chart owns the series and the axes
    m_xAxis->setLabelFormat(QStringLiteral("%d"));
    m_yAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_series->attachAxis(m_xAxis);
    m_series->attachAxis(m_yAxis);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    setRenderHint(QPainter::Antialiasing);
    // The host gives the translated name; this one only keeps the view from being anonymous.
    setAccessibleName(QStringLiteral("Latency chart"));
}

QtChartsLatencyPlot::~QtChartsLatencyPlot() = default;

void QtChartsLatencyPlot::setAxisTitles(const QString &x, const QString &y)
{
    m_xAxis->setTitleText(x);
    m_yAxis->setTitleText(y);
}

void QtChartsLatencyPlot::setPoints(const QList<QPointF> &points)
{
    m_series->replace(points);
}

void QtChartsLatencyPlot::setAxisRanges(double xMin, double xMax, double yMin, double yMax)
{
    m_xAxis->setRange(xMin, xMax);
    m_yAxis->setRange(yMin, yMax);
}

int QtChartsLatencyPlot::pointCount() const
{
    return int(m_series->count());
}

} // namespace TinyDeploy::LatencyPlotQtCharts
