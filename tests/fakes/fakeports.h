#pragma once

// Serial ports as the system would list them, for tests of port discovery and the port list.

#include <device/portdiscovery.h>

#include <optional>

namespace FakePorts {

/// The port /dev/@p name, described "Adapter <name>", with the USB ids and serial number given.
inline TinyDeploy::Device::PortInfo port(const QString &name,
                                         std::optional<quint16> vid = std::nullopt,
                                         std::optional<quint16> pid = std::nullopt,
                                         const QString &serial = {})
{
    TinyDeploy::Device::PortInfo p;
    p.portName = name;
    p.systemLocation = QStringLiteral("/dev/") + name;
    p.description = QStringLiteral("Adapter %1").arg(name);
    p.serialNumber = serial;
    p.vendorId = vid;
    p.productId = pid;
    return p;
}

} // namespace FakePorts
