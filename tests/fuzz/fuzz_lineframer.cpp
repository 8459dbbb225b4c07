// libFuzzer target: LineFramer in both overflow modes, input split at fuzzer-chosen points.
// Invariants: buffered bytes never exceed the cap; every emitted line is within the cap and
// free of terminators; in Split mode, no byte is lost or invented.
#include <projectapi/lineframer.h>

#include <cstdint>
#include <cstdlib>

using namespace TinyDeploy::ProjectApi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const qsizetype cap = 1 + data[0] % 64;
    const size_t step = 1 + data[1] % 17;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));

    for (auto mode : {LineFramer::Overflow::Error, LineFramer::Overflow::Split}) {
        LineFramer framer(cap, mode);
        qsizetype payload = 0;
        for (qsizetype offset = 0; offset < input.size(); offset += qsizetype(step)) {
            const auto items = framer.feed(
                input.sliced(offset, std::min<qsizetype>(qsizetype(step), input.size() - offset)));
            for (const auto &item : items) {
                if (!item)
                    continue;
                if (item->size() > cap || item->contains('\n') || item->contains('\r'))
                    std::abort();
                payload += item->size();
            }
            if (framer.bufferedBytes() > cap)
                std::abort();
        }
        if (auto rest = framer.finish())
            payload += rest->size();
        if (mode == LineFramer::Overflow::Split) {
            const qsizetype terminators = input.count('\n') + input.count('\r');
            if (payload != input.size() - terminators)
                std::abort();
        }
    }
    return 0;
}
