#pragma once

#include <util/error.h>

#include <QString>

#include <functional>

class QObject;

namespace TinyDeploy::Deploy {

/// @brief Stops the device a generated project of our templates left running (the host runner
/// or QEMU): runs "python3 -m tdserver stop PROJECT_DIR" in the project (the templates'
/// documented way; see firmware_templates/README.md, "Device lifetime"), without blocking.
///
/// @p done is called once from the event loop (never from inside this call), with ok() also
/// when nothing was running or the project is not one of ours (no tdserver/ in it; an unpacked
/// deployment package, which has none, is stopped with the installed tdserver). The
/// process is owned by @p context; destroying it kills the stopper.
void stopProjectDevice(const QString &projectDir,
                       QObject *context,
                       std::function<void(Result<void>)> done);

/// True when @p projectDir records a running device (run/device.json exists).
bool projectHasDeviceRecord(const QString &projectDir);

// The serial port a project remembers: rememberedSerialPort() in projectstate.h.

} // namespace TinyDeploy::Deploy
