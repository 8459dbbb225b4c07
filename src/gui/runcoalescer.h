#pragma once

#include <deploy/deploymenttypes.h>
#include <util/error.h>

#include <QObject>

#include <functional>
#include <optional>

namespace TinyDeploy::Gui {

/// @brief Runs the newest input, never a stale one: the drawing canvas submits an input each
/// time the pen lifts; when the device is idle it runs at once, else it is kept as the next
/// one, replacing whatever was kept before, and runs when the run in progress ends.
///
/// It holds no workflow state of its own beyond that one pending input: whether the device is
/// busy and how a run starts come from the owner (the Run page's WizardController, the kiosk's
/// controller), which calls runFinished() when any run ends.
class RunCoalescer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunCoalescer)

public:
    /// Starts a run of one input (Deployment::runAgain() through its owner).
    using Starter = std::function<Result<void>(const Deploy::InputSet &input)>;
    /// Whether a run (or anything else that uses the device) is in progress.
    using BusyCheck = std::function<bool()>;

    RunCoalescer(Starter start, BusyCheck busy, QObject *parent = nullptr);
    ~RunCoalescer() override;

    /// Runs @p input now when the device is idle, else keeps it as the next one.
    void submit(const Deploy::InputSet &input);
    /// A run ended: the kept input, if any, starts from the event loop (never from inside the
    /// signal that reported the end).
    void runFinished();
    /// Forgets the kept input (the drawing was cleared).
    void clearPending();
    bool hasPending() const { return m_pending.has_value(); }
    /// Inputs started and inputs replaced by a newer one before they could run.
    int started() const { return m_started; }
    int dropped() const { return m_dropped; }

signals:
    /// A run could not start (the device is gone, the input does not fit): why.
    void startFailed(const TinyDeploy::Error &error);

private:
    void startPending();

    Starter m_start;
    BusyCheck m_busy;
    std::optional<Deploy::InputSet> m_pending;
    bool m_scheduled = false;
    int m_started = 0;
    int m_dropped = 0;
};

} // namespace TinyDeploy::Gui
