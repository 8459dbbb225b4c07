#pragma once

#include <QtPlugin>

class QWidget;

namespace TinyDeploy::Gui {

class LatencyPlot;

/// @brief The interface of latency plot plugins (plugins/latencyplot_*): it lives in the GUI
/// library, not in src/core/plugin, because it makes widgets and the core never depends on
/// QtWidgets. Bump the IID's version on any change to this class or to LatencyPlot.
class LatencyPlotFactory
{
public:
    virtual ~LatencyPlotFactory() = default;

    /// A new plot whose widget() is a child of @p parent; nullptr when it cannot make one.
    virtual LatencyPlot *createPlot(QWidget *parent) = 0;

protected:
    LatencyPlotFactory() = default;
    LatencyPlotFactory(const LatencyPlotFactory &) = default;
    LatencyPlotFactory &operator=(const LatencyPlotFactory &) = default;
};

} // namespace TinyDeploy::Gui

#define TinyDeploy_LatencyPlotFactory_iid "org.tinydeploy.LatencyPlotFactory/1.0"
Q_DECLARE_INTERFACE(TinyDeploy::Gui::LatencyPlotFactory, TinyDeploy_LatencyPlotFactory_iid)
