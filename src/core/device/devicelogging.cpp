#include "devicelogging.h"

namespace TinyDeploy::Device {

Q_LOGGING_CATEGORY(lcDevice, "tinydeploy.device", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDeviceWire, "tinydeploy.device.wire", QtWarningMsg)

} // namespace TinyDeploy::Device
