// libFuzzer target: the microTVM RPC unframer and the minRPC reply decoder.
// Invariants beyond "no crash": the unframer never buffers more than its maximum payload, and
// every reply that decodes re-encodes to a packet that decodes and encodes to the same bytes.
#include <microtvm/minrpc.h>
#include <microtvm/rpcframing.h>

#include <cstdint>
#include <cstdlib>

using namespace TinyDeploy::MicroTvm;

namespace {

void decode(QByteArrayView packet)
{
    const auto reply = MinRpc::decodeReply(packet);
    if (!reply)
        return;
    if (reply->code == RpcCode::Return) {
        (void) MinRpc::callReturn(*reply);
        // Compared as encoded bytes: a float value may be a NaN, which equals nothing.
        const QByteArray encoded = MinRpc::packedSequence(reply->values);
        const auto again = MinRpc::decodeReply(MinRpc::packet(RpcCode::Return, encoded));
        if (!again || MinRpc::packedSequence(again->values) != encoded)
            abort();
    } else if (reply->code == RpcCode::CopyAck) {
        if (reply->data.size() != packet.size() - MinRpc::PacketHeader)
            abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    decode(bytes);
    if (size < 2)
        return 0;
    // First byte: the maximum payload; second: the chunk size of the feeding.
    Unframer unframer(16 + data[0] * 8);
    const qsizetype step = 1 + data[1];
    const QByteArrayView stream = bytes.sliced(2);
    for (qsizetype pos = 0; pos < stream.size(); pos += step) {
        for (const QByteArray &payload :
             unframer.feed(stream.sliced(pos, qMin(step, stream.size() - pos)))) {
            if (payload.size() > unframer.maxPayload())
                abort();
            if (payload.size() >= 3)
                decode(QByteArrayView(payload).sliced(3));
        }
        if (unframer.bufferedBytes() > unframer.maxPayload())
            abort();
    }
    return 0;
}
