// libFuzzer target for the .npy and .npz readers: any bytes must give a tensor or an error,
// never a crash, a hang or an allocation beyond the limits.
#include "tensor/metrics.h"
#include "tensor/npy.h"
#include "tensor/npz.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace TinyDeploy::Tensor;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     qsizetype(size));
    NpyLimits limits;
    limits.maxDataBytes = 1 << 20;
    const auto tensor = readNpy(bytes, QStringLiteral("fuzz.npy"), limits);
    if (tensor) {
        // A tensor that parsed must survive every consumer: writing it back gives the same
        // tensor, and the metrics read every value.
        if (const auto written = writeNpy(*tensor)) {
            const auto again = readNpy(*written, QStringLiteral("rewritten.npy"), limits);
            if (!again || !(*again == *tensor))
                __builtin_trap();
        }
        if (tensor->hasReadableValues()) {
            (void) compare(*tensor, *tensor);
            (void) topK(*tensor, 3);
            (void) argmax(*tensor);
        }
    }
    NpzLimits npzLimits;
    npzLimits.maxTotalBytes = 4 << 20;
    npzLimits.npy = limits;
    (void) readNpz(bytes, QStringLiteral("fuzz.npz"), npzLimits);
    return 0;
}
