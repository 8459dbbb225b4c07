// libFuzzer target: a server reply line through JsonRpc::parseReply, then the typed parsers
// (ServerInfo with its ProjectOptions, TransportTimeouts) on whatever result it gives.
// Every failure must be a value with a message; nothing may crash.
#include <projectapi/jsonrpc.h>
#include <projectapi/projectoption.h>

#include <cstdint>
#include <cstdlib>

using namespace TinyDeploy;
using namespace TinyDeploy::ProjectApi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView line(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto reply = JsonRpc::parseReply(line, 1, QStringLiteral("server_info_query"));
    if (!reply) {
        if (reply.error().message.isEmpty() || reply.error().location.isEmpty())
            std::abort();
        return 0;
    }
    if (const auto info = ServerInfo::fromJson(*reply)) {
        const auto again = ServerInfo::fromJson(info->toJson());
        if (!again || again->projectOptions.size() != info->projectOptions.size())
            std::abort();
    } else if (info.error().message.isEmpty()) {
        std::abort();
    }
    if (const auto timeouts = TransportTimeouts::fromJson(*reply); !timeouts) {
        if (timeouts.error().location.isEmpty())
            std::abort();
    }
    return 0;
}
