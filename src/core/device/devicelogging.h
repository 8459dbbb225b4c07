#pragma once

#include <QLoggingCategory>

namespace TinyDeploy::Device {

/// Session events, link errors, resynchronizations (`tinydeploy.device`).
Q_DECLARE_LOGGING_CATEGORY(lcDevice)
/// Every frame sent and received, as hex (`tinydeploy.device.wire`).
Q_DECLARE_LOGGING_CATEGORY(lcDeviceWire)

} // namespace TinyDeploy::Device
