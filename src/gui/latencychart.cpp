#include "latencychart.h"
#include "errorpanel.h"
#include "latencyplot.h"
#include "latencyplotfactory.h"

#include <plugin/pluginmanager.h>

#include <QDir>
#include <QLabel>
#include <QPointF>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace TinyDeploy::Gui {

namespace {
constexpr int minWindow = 10;
constexpr int maxWindow = 100000;
constexpr int updateIntervalMs = 100;

QString formatMicroseconds(double us)
{
    if (us >= 10000.0)
        return LatencyChart::tr("%1 ms").arg(us / 1000.0, 0, 'f', 1);
    if (us >= 1000.0)
        return LatencyChart::tr("%1 ms").arg(us / 1000.0, 0, 'f', 2);
    return LatencyChart::tr("%1 µs").arg(us, 0, 'f', 0);
}
} // namespace

LatencyChart::LatencyChart(QWidget *parent)
    : LatencyChart(Plugin::PluginManager::instance(), parent)
{}

LatencyChart::LatencyChart(Plugin::PluginManager *plugins, QWidget *parent)
    : QWidget(parent)
    , m_stats(new QLabel(this))
    , m_emulated(new QLabel(this))
    , m_updateTimer(new QTimer(this))
{
    m_stats->setAccessibleName(tr("Latency statistics"));
    m_stats->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emulated->setText(tr("Emulated board: cycle counts come from the emulator, not from "
                           "real silicon."));
    m_emulated->setWordWrap(true);
    m_emulated->setAccessibleName(tr("Emulated timing notice"));
    m_emulated->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    createPlot(plugins);
    if (m_plot)
        layout->addWidget(m_plot->widget(), 1);
    else
        layout->addWidget(m_unavailable, 1);
    layout->addWidget(m_stats);
    layout->addWidget(m_emulated);

    m_updateTimer->setSingleShot(true);
    m_updateTimer->setInterval(updateIntervalMs);
    connect(m_updateTimer, &QTimer::timeout, this, &LatencyChart::updateChart);
    updateChart();
}

LatencyChart::~LatencyChart() = default;

void LatencyChart::createPlot(Plugin::PluginManager *plugins)
{
    const QList<LatencyPlotFactory *> factories = plugins->objects<LatencyPlotFactory>();
    for (LatencyPlotFactory *factory : factories) {
        LatencyPlot *plot = factory->createPlot(this);
        if (plot && plot->widget()) {
            m_plot = plot;
            break;
        }
    }
    if (m_plot) {
        m_plot->setAxisTitles(tr("Run"), tr("Latency (µs)"));
        QWidget *widget = m_plot->widget();
        widget->setAccessibleName(tr("Latency chart"));
        widget->setMinimumHeight(160);
        return;
    }

    const QString iid = QLatin1String(TinyDeploy_LatencyPlotFactory_iid);
    const QList<Error> failures = plugins->failures(iid);
    const auto failed = [&failures](ErrorCode code) {
        return std::any_of(failures.cbegin(), failures.cend(), [code](const Error &e) {
            return e.code == code;
        });
    };
    QString reason;
    if (!factories.isEmpty())
        reason = tr("its plugin could not make the plot");
    else if (failed(ErrorCode::PluginLoadFailed))
        reason = tr("its plugin could not be loaded");
    else if (failed(ErrorCode::PluginInterfaceMissing))
        reason = tr("its plugin does not provide a latency plot");
    else if (failed(ErrorCode::PluginIncompatible))
        reason = tr("its plugin belongs to another version of TinyDeploy");
    else if (failed(ErrorCode::PluginInvalid))
        reason = tr("its plugin is missing or damaged");
    else
        reason = tr("its plugin was not found");

    QStringList details;
    const QStringList folders = plugins->searchPaths();
    details << tr("Plugin folders searched (TINYDEPLOY_PLUGIN_PATH first):");
    for (const QString &folder : folders)
        details << QStringLiteral("  ") + QDir::toNativeSeparators(folder);
    if (folders.isEmpty())
        details << tr("  (none)");
    for (const Error &failure : failures)
        details << QString() << failure.fullText();

    m_unavailableText = tr("The latency chart is not available: %1.").arg(reason);
    m_unavailable = new ErrorPanel(this);
    m_unavailable->setAccessibleName(tr("Latency chart not available"));
    m_unavailable->setError(
        makeError(ErrorCode::PluginLoadFailed,
                  m_unavailableText,
                  {},
                  tr("Reinstall TinyDeploy; the plugin belongs in %1.")
                      .arg(QDir::toNativeSeparators(Plugin::PluginManager::bundledPluginDir())),
                  details.join(QLatin1Char('\n'))));
}

void LatencyChart::setWindowSize(int runs)
{
    m_windowSize = std::clamp(runs, minWindow, maxWindow);
    if (m_values.size() > m_windowSize)
        m_values.remove(0, m_values.size() - m_windowSize);
    scheduleUpdate();
}

void LatencyChart::addRun(double microseconds)
{
    m_values.append(microseconds);
    ++m_totalRuns;
    if (m_values.size() > m_windowSize)
        m_values.removeFirst();
    scheduleUpdate();
}

void LatencyChart::addRuns(const QList<double> &microseconds)
{
    for (double value : microseconds)
        addRun(value);
}

void LatencyChart::setEmulated(bool emulated)
{
    m_emulated->setVisible(emulated);
}

void LatencyChart::clear()
{
    m_values.clear();
    m_totalRuns = 0;
    m_updateTimer->stop();
    updateChart();
}

void LatencyChart::scheduleUpdate()
{
    if (!m_updateTimer->isActive())
        m_updateTimer->start();
}

LatencyChart::Stats LatencyChart::stats() const
{
    Stats s;
    s.count = int(m_values.size());
    if (m_values.isEmpty())
        return s;
    QList<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    s.min = sorted.constFirst();
    s.max = sorted.constLast();
    const qsizetype mid = sorted.size() / 2;
    s.median = sorted.size() % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    return s;
}

int LatencyChart::pointCount() const
{
    if (m_updateTimer->isActive())
        const_cast<LatencyChart *>(this)->updateChart();
    return m_plot ? m_plot->pointCount() : 0;
}

QString LatencyChart::statsText() const
{
    if (m_updateTimer->isActive())
        const_cast<LatencyChart *>(this)->updateChart();
    return m_stats->text();
}

void LatencyChart::updateChart()
{
    m_updateTimer->stop();
    const qint64 firstRun = m_totalRuns - m_values.size() + 1;
    if (m_plot) {
        QList<QPointF> points;
        points.reserve(m_values.size());
        for (qsizetype i = 0; i < m_values.size(); ++i)
            points.append(QPointF(double(firstRun + i), m_values[i]));
        m_plot->setPoints(points);
    }

    const Stats s = stats();
    if (s.count == 0) {
        if (m_plot)
            m_plot->setAxisRanges(1, 10, 0, 1);
        m_stats->setText(tr("No runs yet."));
        return;
    }
    const double span = s.max - s.min;
    const double pad = span > 0 ? span * 0.1 : std::max(1.0, s.max * 0.1);
    if (m_plot)
        m_plot->setAxisRanges(double(firstRun),
                              double(std::max<qint64>(m_totalRuns, firstRun + 1)),
                              std::max(0.0, s.min - pad),
                              s.max + pad);
    m_stats->setText(tr("min %1 · median %2 · max %3 (%n run(s))", nullptr, s.count)
                         .arg(formatMicroseconds(s.min),
                              formatMicroseconds(s.median),
                              formatMicroseconds(s.max)));
}

} // namespace TinyDeploy::Gui
