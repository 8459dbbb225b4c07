#pragma once

#include "protocol.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace TinyDeploy::Device {

/// One CRC-checked frame of the device protocol.
struct Frame
{
    quint8 type = 0; ///< A MessageType value, or a type this version does not know.
    quint16 seq = 0;
    QByteArray payload;

    MessageType messageType() const { return MessageType(type); }
};

/// @brief Frames of the device protocol: encoder and incremental decoder (pure, no I/O).
///
/// The decoder follows PROTOCOL.md ("Receiving"): it scans for the magic, checks every header
/// field as soon as its bytes are there, drops one byte and rescans after a bad version, a
/// length above the maximum payload or a bad CRC. It never holds more than one maximum frame
/// once feed() returns, so garbage cannot make it grow or wait forever.
class FrameCodec final
{
public:
    explicit FrameCodec(int maxPayload = Protocol::PayloadLimit);

    /// A complete frame; @p payload must not exceed Protocol::PayloadLimit (empty result then).
    static QByteArray encode(MessageType type, quint16 seq, QByteArrayView payload);
    static QByteArray encode(quint8 type, quint16 seq, QByteArrayView payload);
    /// The protocol's CRC-32 (the value of zlib's crc32()).
    static quint32 crc32(QByteArrayView data, quint32 crc = 0);

    /// Appends @p bytes and returns the frames they completed, in order.
    QList<Frame> feed(QByteArrayView bytes);
    /// Drops the incomplete frame held after its sender paused (it stopped in the middle, or
    /// garbage formed a plausible header: PROTOCOL.md, "Receiving"): drops its first byte and
    /// rescans, until nothing is held; returns the frames found behind it, in order.
    QList<Frame> dropStalled();
    /// Forgets buffered bytes (counters are kept).
    void reset();

    int maxPayload() const { return m_maxPayload; }
    /// Bytes held as the start of an incomplete frame.
    qsizetype bufferedBytes() const { return m_buffer.size(); }
    quint64 frameCount() const { return m_frames; }
    quint64 crcErrors() const { return m_crcErrors; }
    /// Bytes that were not part of any delivered frame (garbage, rejected candidates).
    quint64 droppedBytes() const { return m_droppedBytes; }
    /// Calls of dropStalled() that dropped something.
    quint64 stalledFrames() const { return m_stalledFrames; }

private:
    QByteArray m_buffer;
    int m_maxPayload;
    quint64 m_frames = 0;
    quint64 m_crcErrors = 0;
    quint64 m_droppedBytes = 0;
    quint64 m_stalledFrames = 0;
};

} // namespace TinyDeploy::Device
