// libFuzzer target: relay signature, interface header and entry-point scanner. The scanner fed
// in two chunks (split chosen by the input) must agree with one feed of the whole text.
#include <mlf/entrypointscanner.h>
#include <mlf/headerparser.h>
#include <mlf/relayparser.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace TinyDeploy::Mlf;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void) parseRelayMain(bytes);
    (void) parseHeader(bytes, QStringLiteral("default"));

    EntryPointScanner whole(QStringLiteral("default"));
    whole.feed(bytes);
    const qsizetype split = size == 0 ? 0 : qsizetype(data[0]) * qsizetype(size) / 256;
    EntryPointScanner parts(QStringLiteral("default"));
    parts.feed(bytes.first(split));
    parts.feed(bytes.sliced(split));
    EntryPointScanner bytewise(QStringLiteral("default"));
    for (qsizetype i = 0; i < bytes.size() && i < 4096; ++i)
        bytewise.feed(bytes.sliced(i, 1));
    if (whole.kind() != parts.kind())
        std::abort();
    if (bytes.size() <= 4096 && whole.kind() != bytewise.kind())
        std::abort();
    return 0;
}
