#include "startupprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace TinyDeploy::App {

namespace {

class FirstFrameProbe final : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // The window is painted before its children; a queued call runs once the whole
            // frame has been painted and flushed.
            QMetaObject::invokeMethod(
                this,
                [] {
                    const auto now = std::chrono::steady_clock::now().time_since_epoch();
                    std::printf("first-frame-ns %lld\n",
                                static_cast<long long>(
                                    std::chrono::duration_cast<std::chrono::nanoseconds>(now)
                                        .count()));
                    std::fflush(stdout);
                    QCoreApplication::quit();
                },
                Qt::QueuedConnection);
        }
        return false;
    }
};

} // namespace

void installStartupProbe(QWidget *window)
{
    if (qEnvironmentVariableIntValue("TINYDEPLOY_EXIT_ON_SHOWN") == 1)
        window->installEventFilter(new FirstFrameProbe(window));
}

} // namespace TinyDeploy::App
