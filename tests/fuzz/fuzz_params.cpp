// libFuzzer target: the incremental params decoder. The first byte seeds the chunking; the
// decoder fed in random chunks (and skipping data) must agree with decoding the whole input.
#include <mlf/paramsdecoder.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace TinyDeploy::Mlf;

namespace {

QString describe(const TinyDeploy::Result<QList<ParamInfo>> &r)
{
    if (!r)
        return TinyDeploy::errorCodeName(r.error().code) + QLatin1Char(' ') + r.error().message;
    QString s;
    for (const ParamInfo &p : *r) {
        s += p.name + QLatin1Char(':') + p.dtype + QLatin1Char(':') + QString::number(p.sizeBytes)
             + QLatin1Char(':');
        for (qint64 d : p.shape)
            s += QString::number(d) + QLatin1Char(',');
    }
    return s;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    quint32 seed = data[0] * 2654435761u;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const auto whole = decodeParams(bytes);

    ParamsDecoder decoder;
    qsizetype pos = 0;
    bool failed = false;
    while (pos < bytes.size() && !failed) {
        seed = seed * 1103515245u + 12345u;
        if (const qint64 skip = decoder.bytesToSkip(); skip > 0 && (seed & 0x10000)) {
            const qint64 n = std::min<qint64>(skip, bytes.size() - pos);
            failed = !decoder.skipped(n);
            pos += n;
            continue;
        }
        const qsizetype n = std::min<qsizetype>(1 + (seed >> 16) % 97, bytes.size() - pos);
        failed = !decoder.feed(bytes.sliced(pos, n));
        pos += n;
    }
    const auto chunked = decoder.finish();
    // Errors may name different offsets (a skip stops earlier); the outcome must agree.
    if (whole.has_value() != chunked.has_value())
        std::abort();
    if (whole && describe(whole) != describe(chunked))
        std::abort();
    if (!whole && whole.error().code != chunked.error().code)
        std::abort();
    return 0;
}
