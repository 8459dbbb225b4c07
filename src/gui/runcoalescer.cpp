#include "runcoalescer.h"

#include <QMetaObject>

namespace TinyDeploy::Gui {

RunCoalescer::RunCoalescer(Starter start, BusyCheck busy, QObject *parent)
    : QObject(parent)
    , m_start(std::move(start))
    , m_busy(std::move(busy))
{}

RunCoalescer::~RunCoalescer() = default;

void RunCoalescer::submit(const Deploy::InputSet &input)
{
    if (m_pending)
        ++m_dropped;
    m_pending = input;
    if (!m_busy())
        startPending();
}

void RunCoalescer::runFinished()
{
    if (!m_pending || m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_scheduled = false;
            if (m_pending && !m_busy())
                startPending();
        },
        Qt::QueuedConnection);
}

void RunCoalescer::clearPending()
{
    m_pending.reset();
}

void RunCoalescer::startPending()
{
    const Deploy::InputSet input = *std::exchange(m_pending, std::nullopt);
    const Result<void> started = m_start(input);
    if (!started) {
        emit startFailed(started.error());
        return;
    }
    ++m_started;
}

} // namespace TinyDeploy::Gui
