// libFuzzer target: Base85 decode of arbitrary text must not crash; decoding what encode made
// gives the input back; a successful decode re-encodes to a string of the same length class.
#include <projectapi/base85.h>

#include <cstdint>
#include <cstdlib>

using namespace TinyDeploy::ProjectApi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto decoded = Base85::decode(input);
    if (decoded) {
        const qsizetype expected = (input.size() / 5) * 4
                                   + (input.size() % 5 ? input.size() % 5 - 1 : 0);
        if (decoded->size() != expected)
            std::abort();
    } else if (decoded.error().message.isEmpty()) {
        std::abort();
    }
    const QByteArray encoded = Base85::encode(input);
    if (encoded.size() != Base85::encodedLength(input.size()))
        std::abort();
    const auto back = Base85::decode(encoded);
    if (!back || *back != input.toByteArray())
        std::abort();
    return 0;
}
