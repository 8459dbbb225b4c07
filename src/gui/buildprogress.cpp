#include "buildprogress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>

namespace TinyDeploy::Gui {

BuildProgress::BuildProgress(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_elapsed(new QLabel(this))
    , m_tick(new QTimer(this))
{
    m_bar->setRange(0, 100);
    m_bar->setValue(0);
    m_bar->setAccessibleName(tr("Step progress"));
    m_title->setAccessibleName(tr("Current step"));
    m_elapsed->setAccessibleName(tr("Elapsed time"));
    m_elapsed->setText(formatElapsed(0));
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &BuildProgress::updateElapsed);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_elapsed);
}

BuildProgress::~BuildProgress() = default;

void BuildProgress::start(const QString &title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    m_running = true;
    m_finalMs = 0;
    m_clock.start();
    m_tick->start();
    setPercent(-1);
    updateElapsed();
}

void BuildProgress::setPercent(int percent)
{
    percent = std::clamp(percent, -1, 100);
    if (percent < 0)
        m_bar->setRange(0, 0); // busy indicator
    else {
        m_bar->setRange(0, 100);
        m_bar->setValue(percent);
    }
    if (percent == m_percent)
        return;
    m_percent = percent;
    emit percentChanged(percent);
}

void BuildProgress::finish(bool success)
{
    if (!m_running)
        return;
    m_finalMs = m_clock.elapsed();
    m_running = false;
    m_tick->stop();
    if (success)
        setPercent(100);
    else if (m_percent < 0) {
        m_bar->setRange(0, 100);
        m_bar->setValue(0);
    }
    updateElapsed();
}

qint64 BuildProgress::elapsedMs() const
{
    if (m_running)
        return m_clock.elapsed();
    return m_finalMs;
}

QString BuildProgress::formatElapsed(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(ms, 0) / 1000;
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    if (h > 0) {
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

void BuildProgress::updateElapsed()
{
    const QString time = formatElapsed(elapsedMs());
    m_elapsed->setText(time);
    m_elapsed->setToolTip(tr("Time since the step started"));
    m_elapsed->setAccessibleDescription(tr("Elapsed %1").arg(time));
}

} // namespace TinyDeploy::Gui
