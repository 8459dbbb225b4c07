#include "rpcframing.h"

#include <array>

namespace TinyDeploy::MicroTvm {

namespace {

constexpr std::array<quint16, 256> makeCrcTable()
{
    std::array<quint16, 256> table{};
    for (int i = 0; i < 256; ++i) {
        quint16 crc = quint16(i << 8);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ 0x1021) : quint16(crc << 1);
        table[size_t(i)] = crc;
    }
    return table;
}

constexpr std::array<quint16, 256> crcTable = makeCrcTable();

quint16 crcByte(quint16 crc, quint8 byte)
{
    return quint16((crc << 8) ^ crcTable[size_t(((crc >> 8) ^ byte) & 0xFF)]);
}

void appendEscaped(QByteArray &out, quint8 byte, quint16 *crc)
{
    out.append(char(byte));
    if (crc)
        *crc = crcByte(*crc, byte);
    if (byte == Framing::EscapeStart) {
        out.append(char(byte));
        if (crc)
            *crc = crcByte(*crc, byte);
    }
}

} // namespace

quint16 Framing::crc16(QByteArrayView data, quint16 crc)
{
    for (const char c : data)
        crc = crcByte(crc, quint8(c));
    return crc;
}

QByteArray Framing::frame(QByteArrayView payload, bool nopPrefix)
{
    QByteArray out;
    out.reserve(payload.size() + payload.size() / 16 + Overhead + 8);
    if (nopPrefix)
        out.append(char(EscapeNop));
    out.append(char(EscapeStart));
    out.append(char(PacketStart));
    quint16 crc = crc16(QByteArrayView(out).last(2));
    const auto length = quint32(payload.size());
    for (int i = 0; i < 4; ++i)
        appendEscaped(out, quint8(length >> (8 * i)), &crc);
    for (const char c : payload)
        appendEscaped(out, quint8(c), &crc);
    appendEscaped(out, quint8(crc & 0xFF), nullptr);
    appendEscaped(out, quint8(crc >> 8), nullptr);
    return out;
}

Unframer::Unframer(qsizetype maxPayload)
    : m_maxPayload(maxPayload)
{}

void Unframer::reset()
{
    m_state = State::Hunt;
    m_escape = false;
    m_payload.clear();
    m_rawBytes = 0;
}

void Unframer::startFrame()
{
    m_state = State::Length;
    m_escape = false;
    m_payload.clear(); // never let a broken frame's bytes reach the next one
    m_length = 0;
    m_fieldBytes = 0;
    m_receivedCrc = 0;
    m_rawBytes = 2;
    m_crc = Framing::crc16(QByteArrayView("\xFF\xFD", 2));
}

void Unframer::abandon()
{
    m_counters.bytesDropped += quint64(m_rawBytes);
    m_payload.clear();
    m_rawBytes = 0;
    m_state = State::Hunt;
}

void Unframer::dataByte(quint8 byte, quint8 rawCount)
{
    // The CRC covers the escaped wire bytes of length and payload.
    if (m_state != State::Crc) {
        for (quint8 i = 0; i < rawCount; ++i)
            m_crc = crcByte(m_crc, byte);
    }
    switch (m_state) {
    case State::Length:
        m_length |= quint32(byte) << (8 * m_fieldBytes);
        if (++m_fieldBytes == 4) {
            m_fieldBytes = 0;
            if (qint64(m_length) > m_maxPayload) {
                ++m_counters.oversizedFrames;
                abandon();
                return;
            }
            m_payload.reserve(qsizetype(m_length));
            m_state = m_length == 0 ? State::Crc : State::Payload;
        }
        break;
    case State::Payload:
        m_payload.append(char(byte));
        if (m_payload.size() == qsizetype(m_length))
            m_state = State::Crc;
        break;
    case State::Crc:
        m_receivedCrc |= quint16(byte) << (8 * m_fieldBytes);
        ++m_fieldBytes;
        break;
    case State::Hunt:
        break;
    }
}

void Unframer::finishFrame(QList<QByteArray> &out)
{
    if (m_receivedCrc == m_crc) {
        ++m_counters.frames;
        out.append(m_payload);
    } else {
        ++m_counters.crcErrors;
        m_counters.bytesDropped += quint64(m_rawBytes);
    }
    m_payload = QByteArray();
    m_rawBytes = 0;
    m_state = State::Hunt;
}

QList<QByteArray> Unframer::feed(QByteArrayView bytes)
{
    QList<QByteArray> out;
    for (const char c : bytes) {
        const auto byte = quint8(c);
        if (m_state == State::Hunt) {
            if (m_escape) {
                m_escape = false;
                if (byte == Framing::PacketStart) {
                    startFrame();
                    continue;
                }
                if (byte == Framing::EscapeStart) {
                    ++m_counters.bytesDropped; // the first FF of FF FF
                    m_escape = true;
                    continue;
                }
                m_counters.bytesDropped += 2;
                continue;
            }
            if (byte == Framing::EscapeStart)
                m_escape = true;
            else if (byte != Framing::EscapeNop)
                ++m_counters.bytesDropped;
            continue;
        }
        ++m_rawBytes;
        if (m_escape) {
            m_escape = false;
            if (byte == Framing::EscapeStart) {
                dataByte(byte, 2);
            } else if (byte == Framing::PacketStart) {
                ++m_counters.abandonedFrames;
                m_rawBytes -= 2;
                abandon();
                startFrame();
                continue;
            } else if (byte == Framing::EscapeNop) {
                if (m_state != State::Crc) {
                    m_crc = crcByte(m_crc, Framing::EscapeStart);
                    m_crc = crcByte(m_crc, byte);
                }
                continue;
            } else {
                ++m_counters.abandonedFrames;
                abandon();
                continue;
            }
        } else if (byte == Framing::EscapeStart) {
            m_escape = true;
            continue;
        } else {
            dataByte(byte, 1);
        }
        if (m_state == State::Crc && m_fieldBytes == 2)
            finishFrame(out);
    }
    return out;
}

} // namespace TinyDeploy::MicroTvm
