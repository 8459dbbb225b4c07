#pragma once

#include "deploymenttypes.h"
#include "samplekit.h"

#include <device/messages.h>

#include <QByteArray>
#include <QList>

namespace TinyDeploy::Deploy {

/// @brief Turns the bytes a device returned for one input set into a RunResult: outputs typed
/// and shaped as the device announced (kept as bytes when they cannot be typed), top-k of a
/// single-output classifier with the kit's labels, and, for the kit's own sample inputs, the
/// true class and the comparison with the expected output.
class ResultBuilder final
{
public:
    ResultBuilder() = default;
    ResultBuilder(Device::DeviceHello device, SampleKit kit, int topK);

    RunResult build(const InputSet &input, const QList<QByteArray> &outputs) const;

private:
    Device::DeviceHello m_device;
    SampleKit m_kit;
    int m_topK = 3;
};

} // namespace TinyDeploy::Deploy
