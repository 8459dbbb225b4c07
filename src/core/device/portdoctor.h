#pragma once

#include "systemview.h"

#include <templates/boardinfo.h>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace TinyDeploy::Device {

/// Why a serial port cannot be used, or why an expected board has none.
enum class PortProblem {
    None,             ///< The port can be opened.
    Gone,             ///< The port does not exist (unplugged, or a wrong name).
    PermissionDenied, ///< This user may not open it.
    Busy,             ///< Another program has it open.
    ModemManager,     ///< ModemManager holds it, or may probe it after it appears.
    Brltty,           ///< brltty holds it, or took the USB serial adapter away.
    Flapping,         ///< It appeared and vanished more than once (a resetting board, a bad cable).
    NoSerialInterface, ///< A known board is on the USB bus but has no serial port.
    NoBoard,           ///< No serial port and no known board on the USB bus.
};

/// Stable machine name ("permission-denied") for JSON output.
QString portProblemName(PortProblem problem);

/// One finding of the port doctor: what is wrong, in one sentence, and what to do.
struct PortFinding
{
    QString port; ///< "/dev/ttyACM0"; empty for findings about the USB bus.
    PortProblem problem = PortProblem::None;
    QString what; ///< "ModemManager has /dev/ttyACM0 open."
    QString fix;  ///< "sudo systemctl stop ModemManager, or install TinyDeploy's udev rules."
    QStringList details; ///< The facts behind it (mode, owner, group, pids).
    QList<ProcessRef> holders;

    bool isProblem() const { return problem != PortProblem::None; }
    QJsonObject toJson() const;
};

/// @brief Finds out why a serial port cannot be opened, and what to do (permission, a program
/// holding it, ModemManager or brltty, a board that resets, a cable or mode without a serial
/// interface, an unplugged board). Reads the system through a SystemView; never opens a port.
class PortDoctor
{
public:
    explicit PortDoctor(SystemView view = SystemView());

    /// The findings for @p port: one with PortProblem::None when nothing is wrong; a harmless
    /// advisory (ModemManager may probe it) comes after the blocking problem, if any.
    QList<PortFinding> examine(const QString &port) const;
    /// Every serial port, then the USB bus against @p boards (a known board without a serial
    /// port; no board at all when there is no serial port either).
    QList<PortFinding> examineAll(const QList<Templates::BoardInfo> &boards) const;
    /// The ports of @p snapshots (the port lists seen one after the other while watching) that
    /// appeared and vanished again more than once.
    static QList<PortFinding> flapping(const QList<QStringList> &snapshots);

    const SystemView &view() const { return m_view; }

private:
    std::optional<PortFinding> permissionProblem(const QString &port) const;
    std::optional<PortFinding> holderProblem(const QString &port) const;
    std::optional<PortFinding> modemManagerAdvice(const QString &port) const;
    QList<PortFinding> busProblems(const QList<Templates::BoardInfo> &boards, bool anyPort) const;

    SystemView m_view;
};

} // namespace TinyDeploy::Device
