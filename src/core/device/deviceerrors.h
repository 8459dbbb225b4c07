#pragma once

// Internal to device/: the user-facing errors of DeviceSession (what happened, where, what to
// do next), built from plain values so that the session keeps only its request logic.

#include "messages.h"

#include <util/error.h>

#include <QByteArrayView>
#include <QString>

#include <chrono>

namespace TinyDeploy::Device::DeviceErrors {

/// What DeviceSession was waiting for when its deadline passed.
struct TimeoutContext
{
    enum class Phase { Hello, Upload, Run };
    Phase phase = Phase::Hello;
    std::chrono::milliseconds timeout{0};
    int uploadTensor = 0;       ///< Upload: the input being sent.
    quint32 chunkEnd = 0;       ///< Upload: the end of the unacknowledged chunk.
    qsizetype runsReported = 0; ///< Run: timings received so far.
    quint32 runs = 0;           ///< Run: runs asked for.
    quint64 bytesSent = 0;
    quint64 bytesReceived = 0;
    quint64 droppedBytes = 0; ///< Received bytes that were not frames.
};

Error busy(const QString &link);
Error linkNotOpen(const QString &link);
Error badRunCount(quint32 runs);
Error cancelled(const QString &link);
Error timeout(const TimeoutContext &context, const QString &link);

/// The device's model takes @p expected inputs, but @p given were passed.
Error inputCountMismatch(const DeviceHello &info, qsizetype given);
/// Input @p index has @p given bytes instead of what the device's model needs.
Error inputSizeMismatch(const TensorInfo &input, int index, qsizetype given);

/// The device answered @p request ("HELLO", "INPUT", "RUN") with a frame of @p frameType.
Error unexpectedFrame(const QString &request,
                      quint8 frameType,
                      QByteArrayView payload,
                      const QString &link);
/// An ERROR frame of the device, with the hint its code calls for.
Error deviceError(const DeviceErrorFrame &frame, const QString &link);
/// A reply that breaks the protocol's order (acks, timings, outputs out of place).
Error protocolViolation(const QString &message, const QString &link);
/// protocolViolation(), saying that @p crcErrors frames of the request failed their CRC (so
/// the violation is most likely frames lost on a noisy line) when there were any.
Error protocolViolation(const QString &message, quint64 crcErrors, const QString &link);
/// The INPUT_ACK does not acknowledge what was sent.
Error inputAckMismatch(
    quint32 ackedBytes, int ackedTensor, quint32 sentEnd, int sentTensor, const QString &link);
/// RUN_DONE with a failure: the model's message (or its status) and how far it got.
Error modelFailed(const QString &message, qint32 status, quint32 runsCompleted, const QString &link);

} // namespace TinyDeploy::Device::DeviceErrors
