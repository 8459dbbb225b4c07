#include "seriallink.h"

namespace TinyDeploy::Device {

SerialLink::~SerialLink() = default;

} // namespace TinyDeploy::Device
