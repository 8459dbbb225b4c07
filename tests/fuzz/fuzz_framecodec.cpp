// libFuzzer target: the host's frame decoder and every message decoder of the device protocol.
// Invariants checked beyond "no crash": the decoder never holds more than one maximum frame,
// and every payload that decodes re-encodes to the same bytes.
#include <device/framecodec.h>
#include <device/messages.h>

#include <cstdint>
#include <cstdlib>

using namespace TinyDeploy::Device;

namespace {

// Byte-exact for messages without reserved bytes (a sender writes those as zero and a
// receiver ignores them); for the others, decoding what was encoded gives the same value.
template<typename T>
void roundTrip(const T &decoded, QByteArrayView payload)
{
    if (decoded.encode() != payload)
        abort();
}

template<typename T, typename... Args>
void reDecode(const T &decoded, Args... args)
{
    const auto again = T::decode(decoded.encode(), args...);
    if (!again || !(*again == decoded))
        abort();
}

void decodeAll(QByteArrayView payload)
{
    if (const auto hello = DeviceHello::decode(payload)) {
        roundTrip(*hello, payload);
        for (const TensorInfo &t : hello->inputs)
            (void) t.dtype();
    }
    if (const auto chunk = TensorChunk::decode(payload, MessageType::Output))
        reDecode(*chunk, MessageType::Output);
    if (const auto ack = InputAck::decode(payload))
        reDecode(*ack);
    if (const auto done = RunDone::decode(payload))
        roundTrip(*done, payload);
    if (const auto timing = Timing::decode(payload))
        reDecode(*timing);
    if (const auto error = DeviceErrorFrame::decode(payload))
        (void) error->codeName();
    (void) RunRequest::decode(payload);
    (void) LogMessage::decode(payload);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    decodeAll(bytes);
    if (size < 2)
        return 0;
    // First byte: the receiver's maximum payload; second: the chunk size of the feeding.
    FrameCodec codec(256 + data[0] * 16);
    const qsizetype step = 1 + data[1];
    const QByteArrayView stream = bytes.sliced(2);
    for (qsizetype pos = 0; pos < stream.size(); pos += step) {
        for (const Frame &frame : codec.feed(stream.sliced(pos, qMin(step, stream.size() - pos))))
            decodeAll(frame.payload);
        if (codec.bufferedBytes() > codec.maxPayload() + Protocol::FrameOverhead)
            abort();
    }
    return 0;
}
