#include "modelrunner.h"

namespace TinyDeploy::Device {

ModelRunner::~ModelRunner() = default;

QString runProtocolName(RunProtocol protocol)
{
    switch (protocol) {
    case RunProtocol::Framed:
        return QStringLiteral("framed");
    case RunProtocol::MicroTvmRpc:
        return QStringLiteral("microtvm-rpc");
    }
    return {};
}

} // namespace TinyDeploy::Device
