#include "framecodec.h"

#include <QtEndian>

#include <array>

namespace TinyDeploy::Device {

namespace {

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

constexpr std::array<quint32, 256> crcTable = makeCrcTable();

quint16 readU16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}

} // namespace

FrameCodec::FrameCodec(int maxPayload)
    : m_maxPayload(qBound(0, maxPayload, Protocol::PayloadLimit))
{}

quint32 FrameCodec::crc32(QByteArrayView data, quint32 crc)
{
    quint32 c = crc ^ 0xFFFFFFFFu;
    for (const char byte : data)
        c = crcTable[(c ^ quint8(byte)) & 0xFFu] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QByteArray FrameCodec::encode(MessageType type, quint16 seq, QByteArrayView payload)
{
    return encode(quint8(type), seq, payload);
}

QByteArray FrameCodec::encode(quint8 type, quint16 seq, QByteArrayView payload)
{
    if (payload.size() > Protocol::PayloadLimit)
        return {};
    QByteArray frame(Protocol::FrameOverhead + payload.size(), Qt::Uninitialized);
    char *p = frame.data();
    p[0] = Protocol::Magic0;
    p[1] = Protocol::Magic1;
    p[2] = char(Protocol::Version);
    p[3] = char(type);
    qToLittleEndian<quint16>(seq, p + 4);
    qToLittleEndian<quint16>(quint16(payload.size()), p + 6);
    if (!payload.isEmpty())
        memcpy(p + Protocol::HeaderSize, payload.data(), size_t(payload.size()));
    const quint32 crc = crc32(QByteArrayView(p + 2, Protocol::HeaderSize - 2 + payload.size()));
    qToLittleEndian<quint32>(crc, p + Protocol::HeaderSize + payload.size());
    return frame;
}

QList<Frame> FrameCodec::feed(QByteArrayView bytes)
{
    QList<Frame> frames;
    m_buffer.append(bytes);
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    qsizetype pos = 0;
    while (pos < size) {
        const char *p = data + pos;
        const qsizetype n = size - pos;
        // Same order of checks as the C decoder and the reference decoder of the vectors, so
        // that both count dropped bytes identically.
        if (p[0] != Protocol::Magic0 || (n >= 2 && p[1] != Protocol::Magic1)
            || (n >= 3 && quint8(p[2]) != Protocol::Version)
            || (n >= Protocol::HeaderSize && readU16(p + 6) > m_maxPayload)) {
            ++pos;
            ++m_droppedBytes;
            continue;
        }
        if (n < Protocol::HeaderSize)
            break;
        const int length = readU16(p + 6);
        if (n < Protocol::FrameOverhead + length)
            break;
        const quint32 expected = qFromLittleEndian<quint32>(p + Protocol::HeaderSize + length);
        if (crc32(QByteArrayView(p + 2, Protocol::HeaderSize - 2 + length)) != expected) {
            ++m_crcErrors;
            ++pos;
            ++m_droppedBytes;
            continue;
        }
        frames.append(
            Frame{quint8(p[3]), readU16(p + 4), QByteArray(p + Protocol::HeaderSize, length)});
        ++m_frames;
        pos += Protocol::FrameOverhead + length;
    }
    m_buffer.remove(0, pos);
    return frames;
}

QList<Frame> FrameCodec::dropStalled()
{
    QList<Frame> frames;
    if (m_buffer.isEmpty())
        return frames;
    ++m_stalledFrames;
    while (!m_buffer.isEmpty()) {
        ++m_droppedBytes;
        m_buffer.remove(0, 1);
        frames.append(feed({}));
    }
    return frames;
}

void FrameCodec::reset()
{
    m_buffer.clear();
}

} // namespace TinyDeploy::Device
