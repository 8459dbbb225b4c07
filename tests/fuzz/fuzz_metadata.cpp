// libFuzzer target: metadata.json and graph JSON parsing, then the merge step.
#include <mlf/graphjsonparser.h>
#include <mlf/metadataparser.h>
#include <mlf/modelinfomerge.h>
#include <mlf/relayparser.h>

#include <cstddef>
#include <cstdint>

using namespace TinyDeploy::Mlf;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto graph = parseGraphJson(bytes);
    auto info = parseMetadata(bytes);
    if (!info)
        return 0;
    // Feed the same bytes as every other source, so the merge sees hostile evidence too.
    ModuleEvidence evidence;
    if (graph)
        evidence.graph = *graph;
    if (auto relay = parseRelayMain(bytes))
        evidence.relay = *relay;
    if (!info->modules.isEmpty()) {
        if (auto header = parseHeader(bytes, info->modules.first().name))
            evidence.header = *header;
    }
    QHash<QString, ModuleEvidence> all;
    for (const ModuleInfo &m : std::as_const(info->modules))
        all.insert(m.name, evidence);
    completeModelInfo(*info, all);
    return 0;
}
