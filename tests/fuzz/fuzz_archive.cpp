// Feeds arbitrary bytes to the archive summarizer as an in-memory archive (any compression,
// any tar dialect). It must return a value or an error, never crash, leak or hang.
#include <mlf/modelarchive.h>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    TinyDeploy::Mlf::SummarizeOptions options;
    // Small bounds keep every input fast: skipping compressed data still decompresses it.
    options.limits.maxTotalBytes = 16 * 1024 * 1024;
    options.limits.maxEntries = 1000;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void) TinyDeploy::Mlf::ModelArchive::summarizeBuffer(bytes, options);
    return 0;
}
