#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace TinyDeploy::MicroTvm {

/// @brief The framing layer of microTVM RPC (microtvm-rpc-spec.md section 1). Pure, no I/O.
///
/// A frame is `[FE] FF FD esc(u32 len) esc(payload) esc(u16 crc)`, little-endian, where esc()
/// doubles every 0xFF and the CRC-16/CCITT-FALSE covers the escaped bytes from `FF FD` through
/// the last payload byte (not the optional FE, not the CRC field).
namespace Framing {

inline constexpr quint8 EscapeStart = 0xFF;
inline constexpr quint8 EscapeNop = 0xFE;
inline constexpr quint8 PacketStart = 0xFD;
/// Start sequence, length and CRC: what a frame adds to its payload before escaping.
inline constexpr qsizetype Overhead = 2 + 4 + 2;

/// CRC-16/CCITT-FALSE (poly 0x1021, MSB first, no reflection, no final XOR), continuing @p crc.
quint16 crc16(QByteArrayView data, quint16 crc = 0xFFFF);

/// One frame carrying @p payload; @p nopPrefix puts the FE a fresh framer sends first.
QByteArray frame(QByteArrayView payload, bool nopPrefix = false);

} // namespace Framing

/// What the unframer saw, for diagnostics and the client's reset decisions.
struct UnframerCounters
{
    quint64 frames = 0;          ///< Good frames delivered.
    quint64 crcErrors = 0;       ///< Frames whose CRC did not match (dropped).
    quint64 abandonedFrames = 0; ///< Frames cut short by a new FF FD or an invalid escape.
    quint64 oversizedFrames = 0; ///< Frames announcing more than the maximum payload.
    quint64 bytesDropped = 0;    ///< Bytes that were not part of a good frame (noise included).
};

/// @brief Receives frames from a byte stream of any split: resynchronises on every `FF FD`
/// (the payload buffer is cleared there, so a broken frame never leaks into the next one),
/// drops frames with a bad CRC or over the maximum payload, and skips noise between frames.
class Unframer final
{
public:
    explicit Unframer(qsizetype maxPayload = 64 * 1024);

    /// Consumes all of @p bytes; returns the payloads of the frames completed by them.
    QList<QByteArray> feed(QByteArrayView bytes);
    /// Forgets a partial frame (counters stay).
    void reset();

    qsizetype maxPayload() const { return m_maxPayload; }
    const UnframerCounters &counters() const { return m_counters; }
    /// Bytes of the frame in progress (bounded by the maximum payload).
    qsizetype bufferedBytes() const { return m_payload.size(); }

private:
    enum class State { Hunt, Length, Payload, Crc };

    void startFrame();
    void abandon();
    void dataByte(quint8 byte, quint8 rawCount);
    void finishFrame(QList<QByteArray> &out);

    qsizetype m_maxPayload;
    State m_state = State::Hunt;
    bool m_escape = false;
    quint16 m_crc = 0xFFFF;
    quint32 m_length = 0;
    int m_fieldBytes = 0;
    quint16 m_receivedCrc = 0;
    qsizetype m_rawBytes = 0; ///< Wire bytes of the frame in progress, for bytesDropped.
    QByteArray m_payload;
    UnframerCounters m_counters;
};

} // namespace TinyDeploy::MicroTvm
