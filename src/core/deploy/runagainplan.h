#pragma once

#include "deploymenttypes.h"
#include "projectstate.h"

#include <device/portdiscovery.h>
#include <util/error.h>

#include <QString>

namespace TinyDeploy::Deploy {

/// @brief How to run a recorded deployment's model again on the same board, without building
/// anything: what the History's Run Again starts.
struct RunAgainPlan
{
    /// A deployment of the record's project from `firstStep` to Run: Connect when the firmware
    /// is still on the board (a real board, a running emulated device, a project reached
    /// through its Project API transport), Flash when an emulated device or the host runner
    /// has stopped since (flashing it only starts it again).
    DeploymentSettings settings;
    /// What the project remembers (its model, template and options).
    ProjectState project;
    /// The board's name ("nucleo-f446re"), empty for a template without boards.
    QString board;
    /// Set when the board is not where the record saw it, e.g. "The board with serial number
    /// 0669FF is now /dev/ttyACM1."
    QString note;
};

/// Plans running the model of the project in @p projectDir again on the board the record saw,
/// identified by @p serialNumber (the record's USB serial number; empty when unknown) among
/// @p ports. Errors: NotFound when the folder no longer holds a TinyDeploy project or was never
/// flashed (deploy it again), PortUnavailable when the real board is not plugged in (naming
/// it, its serial number and what to check).
Result<RunAgainPlan> planRunAgain(const QString &projectDir,
                                  const QString &serialNumber,
                                  const QList<Device::PortInfo> &ports);

} // namespace TinyDeploy::Deploy
