#pragma once

#include <latencyplotfactory.h>

#include <QObject>

namespace TinyDeploy::LatencyPlotQtCharts {

/// @brief The plugin's root object: makes QtChartsLatencyPlot widgets.
class QtChartsLatencyPlotFactory final
    : public QObject
    , public Gui::LatencyPlotFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TinyDeploy_LatencyPlotFactory_iid FILE "latencyplot_qtcharts.json")
    Q_INTERFACES(TinyDeploy::Gui::LatencyPlotFactory)
    Q_DISABLE_COPY_MOVE(QtChartsLatencyPlotFactory)

public:
    QtChartsLatencyPlotFactory() = default;

    Gui::LatencyPlot *createPlot(QWidget *parent) override;
};

} // namespace TinyDeploy::LatencyPlotQtCharts
