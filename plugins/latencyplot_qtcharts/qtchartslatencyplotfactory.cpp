#include "qtchartslatencyplotfactory.h"
#include "qtchartslatencyplot.h"

namespace TinyDeploy::LatencyPlotQtCharts {

Gui::LatencyPlot *QtChartsLatencyPlotFactory::createPlot(QWidget *parent)
{
    return new QtChartsLatencyPlot(parent);
}

} // namespace TinyDeploy::LatencyPlotQtCharts
