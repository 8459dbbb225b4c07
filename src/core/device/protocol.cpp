#include "protocol.h"

namespace TinyDeploy::Device {

QString messageTypeName(quint8 type)
{
    switch (MessageType(type)) {
    case MessageType::Hello:
        return QStringLiteral("HELLO");
    case MessageType::Input:
        return QStringLiteral("INPUT");
    case MessageType::Run:
        return QStringLiteral("RUN");
    case MessageType::Ping:
        return QStringLiteral("PING");
    case MessageType::HelloReply:
        return QStringLiteral("HELLO_REPLY");
    case MessageType::InputAck:
        return QStringLiteral("INPUT_ACK");
    case MessageType::Output:
        return QStringLiteral("OUTPUT");
    case MessageType::RunDone:
        return QStringLiteral("RUN_DONE");
    case MessageType::Timing:
        return QStringLiteral("TIMING");
    case MessageType::Pong:
        return QStringLiteral("PONG");
    case MessageType::Log:
        return QStringLiteral("LOG");
    case MessageType::Error:
        return QStringLiteral("ERROR");
    }
    return QStringLiteral("0x%1").arg(type, 2, 16, QLatin1Char('0'));
}

QString deviceErrorCodeName(quint16 code)
{
    switch (DeviceErrorCode(code)) {
    case DeviceErrorCode::BadCrc:
        return QStringLiteral("BAD_CRC");
    case DeviceErrorCode::UnknownType:
        return QStringLiteral("UNKNOWN_TYPE");
    case DeviceErrorCode::BadPayload:
        return QStringLiteral("BAD_PAYLOAD");
    case DeviceErrorCode::BadTensor:
        return QStringLiteral("BAD_TENSOR");
    case DeviceErrorCode::OutOfRange:
        return QStringLiteral("OUT_OF_RANGE");
    case DeviceErrorCode::BadRuns:
        return QStringLiteral("BAD_RUNS");
    case DeviceErrorCode::ModelFailed:
        return QStringLiteral("MODEL_FAILED");
    case DeviceErrorCode::InitFailed:
        return QStringLiteral("INIT_FAILED");
    case DeviceErrorCode::Truncated:
        return QStringLiteral("TRUNCATED");
    }
    return QStringLiteral("code %1").arg(code);
}

} // namespace TinyDeploy::Device
