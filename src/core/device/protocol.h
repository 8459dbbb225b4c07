#pragma once

#include <QString>

namespace TinyDeploy::Device {

/// Constants of the device protocol, version 1 (firmware_templates/common/PROTOCOL.md).
namespace Protocol {
inline constexpr quint8 Version = 1;
inline constexpr char Magic0 = 'T';
inline constexpr char Magic1 = 'D';
inline constexpr int HeaderSize = 8;
inline constexpr int CrcSize = 4;
inline constexpr int FrameOverhead = HeaderSize + CrcSize;
/// The smallest maximum payload a device may announce.
inline constexpr int MinMaxPayload = 256;
/// The largest payload any receiver accepts (the length field is a u16).
inline constexpr int PayloadLimit = 65535;
/// INPUT, INPUT_ACK and OUTPUT start with u8 tensor, u8 reserved[3], u32 offset or count.
inline constexpr int ChunkHeaderSize = 8;
inline constexpr int TimingHeaderSize = 8;
inline constexpr int TimingEntrySize = 12;
inline constexpr quint32 MaxRuns = 10000;
inline constexpr int MaxTensors = 16;
inline constexpr int MaxNdim = 6;
} // namespace Protocol

/// Frame types; host-to-device types are below 0x80.
enum class MessageType : quint8 {
    Hello = 0x01,
    Input = 0x02,
    Run = 0x03,
    Ping = 0x04,
    HelloReply = 0x81,
    InputAck = 0x82,
    Output = 0x83,
    RunDone = 0x84,
    Timing = 0x85,
    Pong = 0x86,
    Log = 0x8E,
    Error = 0x8F,
};

/// Codes of ERROR frames.
enum class DeviceErrorCode : quint16 {
    BadCrc = 1,
    UnknownType = 2,
    BadPayload = 3,
    BadTensor = 4,
    OutOfRange = 5,
    BadRuns = 6,
    ModelFailed = 7,
    InitFailed = 8,
    Truncated = 9,
};

/// "HELLO_REPLY", or "0x7f" for a type this version does not know.
QString messageTypeName(quint8 type);
/// "OUT_OF_RANGE", or "code 42" for a code this version does not know.
QString deviceErrorCodeName(quint16 code);

} // namespace TinyDeploy::Device
