#pragma once

#include "protocol.h"

#include <util/error.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace TinyDeploy::Device {

// Typed payloads of the device protocol (PROTOCOL.md). Every decode() checks sizes, ranges and
// UTF-8 and fails with ErrorCode::DeviceProtocol naming the message and field
// (location "HELLO_REPLY.inputs[0].shape[1]"); encode() writes exactly the layout decode()
// reads. Host-to-device payloads are encoded by the session; device-to-host encoders serve
// tests and fakes.

/// A tensor as announced in HELLO_REPLY.
struct TensorInfo
{
    QString name;
    quint8 dtypeCode = 0; ///< DLPack: 0 int, 1 uint, 2 float, 4 bfloat.
    quint8 dtypeBits = 0;
    QList<qint32> shape; ///< Empty when the device does not know the shape.
    quint32 bytes = 0;

    /// "float32", "int8", "uint16", "bfloat16".
    QString dtype() const;
    bool operator==(const TensorInfo &) const = default;
};

/// HELLO_REPLY: what the device runs and how it measures.
struct DeviceHello
{
    quint8 protocolVersion = Protocol::Version;
    quint8 flags = 0;
    quint16 maxPayload = 0;
    quint32 cyclesHz = 0;
    QString firmware;
    QString board;
    QString model;
    QString entryPoint;
    quint32 workspaceBytes = 0;
    QList<TensorInfo> inputs;
    QList<TensorInfo> outputs;

    bool hasCycleCounter() const { return flags & 0x01; }
    /// Cycle counts come from an emulator (QEMU), not from the silicon.
    bool cyclesEmulated() const { return flags & 0x02; }

    QByteArray encode() const;
    static Result<DeviceHello> decode(QByteArrayView payload);
    bool operator==(const DeviceHello &) const = default;
};

/// INPUT (host to device) and OUTPUT (device to host): a piece of one tensor.
struct TensorChunk
{
    quint8 tensor = 0;
    quint32 offset = 0;
    QByteArray data;

    QByteArray encode() const;
    /// @p type names the message in errors (INPUT or OUTPUT).
    static Result<TensorChunk> decode(QByteArrayView payload, MessageType type);
    bool operator==(const TensorChunk &) const = default;
};

/// INPUT_ACK.
struct InputAck
{
    quint8 tensor = 0;
    quint32 bytesReceived = 0; ///< offset + length of the acknowledged chunk

    QByteArray encode() const;
    static Result<InputAck> decode(QByteArrayView payload);
    bool operator==(const InputAck &) const = default;
};

/// RUN.
struct RunRequest
{
    quint32 runs = 1;

    QByteArray encode() const;
    static Result<RunRequest> decode(QByteArrayView payload);
};

/// RUN_DONE.
struct RunDone
{
    qint32 status = 0; ///< The model's return value of the last run; 0 = success.
    quint32 runsCompleted = 0;

    QByteArray encode() const;
    static Result<RunDone> decode(QByteArrayView payload);
    bool operator==(const RunDone &) const = default;
};

/// The on-device latency of one run.
struct RunLatency
{
    quint64 cycles = 0;       ///< 0 when the device has no cycle counter.
    quint32 microseconds = 0; ///< From cycles / cycles_hz, else from the device's clock.
    bool operator==(const RunLatency &) const = default;
};

/// TIMING: latencies of runs firstRun, firstRun + 1, ...
struct Timing
{
    quint32 firstRun = 0;
    QList<RunLatency> runs;

    QByteArray encode() const;
    static Result<Timing> decode(QByteArrayView payload);
    bool operator==(const Timing &) const = default;
};

/// LOG: text from the firmware. Invalid UTF-8 is replaced, not rejected.
struct LogMessage
{
    QString text;

    QByteArray encode() const;
    static Result<LogMessage> decode(QByteArrayView payload);
};

/// ERROR: the device refused a request or the model failed.
struct DeviceErrorFrame
{
    quint16 code = 0; ///< A DeviceErrorCode value, or one this version does not know.
    QString message;

    /// "OUT_OF_RANGE".
    QString codeName() const { return deviceErrorCodeName(code); }
    QByteArray encode() const;
    static Result<DeviceErrorFrame> decode(QByteArrayView payload);
    bool operator==(const DeviceErrorFrame &) const = default;
};

} // namespace TinyDeploy::Device
