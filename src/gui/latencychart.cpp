#include "latencychart.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QPointF>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

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
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_chart(new QChart)
    , m_series(new QLineSeries)
    , m_xAxis(new QValueAxis)
    , m_yAxis(new QValueAxis)
    , m_stats(new QLabel(this))
    , m_emulated(new QLabel(this))
    , m_updateTimer(new QTimer(this))
{
    m_series->setName(tr("Latency per run"));
    m_chart->addSeries(m_series);
    m_xAxis->setTitleText(tr("Run"));
    m_xAxis->setLabelFormat(QStringLiteral("%d"));
    m_yAxis->setTitleText(tr("Latency (µs)"));
    m_yAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_series->attachAxis(m_xAxis);
    m_series->attachAxis(m_yAxis);
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view->setChart(m_chart); // takes ownership
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Latency chart"));
    m_view->setMinimumHeight(160);

    m_stats->setAccessibleName(tr("Latency statistics"));
    m_stats->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emulated->setText(tr("Emulated board: cycle counts come from the emulator, not from "
                           "real silicon."));
    m_emulated->setWordWrap(true);
    m_emulated->setAccessibleName(tr("Emulated timing notice"));
    m_emulated->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_stats);
    layout->addWidget(m_emulated);

    m_updateTimer->setSingleShot(true);
    m_updateTimer->setInterval(updateIntervalMs);
    connect(m_updateTimer, &QTimer::timeout, this, &LatencyChart::updateChart);
    updateChart();
}

LatencyChart::~LatencyChart() = default;

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
    return int(m_series->count());
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
    QList<QPointF> points;
    points.reserve(m_values.size());
    for (qsizetype i = 0; i < m_values.size(); ++i)
        points.append(QPointF(double(firstRun + i), m_values[i]));
    m_series->replace(points);

    const Stats s = stats();
    if (s.count == 0) {
        m_xAxis->setRange(1, 10);
        m_yAxis->setRange(0, 1);
        m_stats->setText(tr("No runs yet."));
        return;
    }
    m_xAxis->setRange(double(firstRun), double(std::max<qint64>(m_totalRuns, firstRun + 1)));
    const double span = s.max - s.min;
    const double pad = span > 0 ? span * 0.1 : std::max(1.0, s.max * 0.1);
    m_yAxis->setRange(std::max(0.0, s.min - pad), s.max + pad);
    m_stats->setText(tr("min %1 · median %2 · max %3 (%n run(s))", nullptr, s.count)
                         .arg(formatMicroseconds(s.min),
                              formatMicroseconds(s.median),
                              formatMicroseconds(s.max)));
}

} // namespace TinyDeploy::Gui
