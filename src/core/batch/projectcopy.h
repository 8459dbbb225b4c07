#pragma once

#include <util/error.h>

#include <QString>

namespace TinyDeploy::Batch {

/// @brief Copies the built project folder @p from to @p to (which must not exist), so that
/// each board of a batch has a project folder of its own.
///
/// Our template servers keep one device per project folder (run/device.json, the QEMU or
/// host runner it started), so boards flashed from one folder would replace each other's
/// device. A copy is cheap (the digits project is well under a megabyte besides its sources)
/// and holds the same firmware: nothing is built again. The top-level run/ folder (the device
/// of the build's folder, if any) is left out. File permissions are kept.
Result<void> copyProjectFolder(const QString &from, const QString &to);

} // namespace TinyDeploy::Batch
