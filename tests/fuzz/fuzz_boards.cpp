// libFuzzer target: boards.json parsing and validation, then what the catalog reads from it.
#include <templates/boardinfo.h>

#include <cstddef>
#include <cstdint>

using namespace TinyDeploy::Templates;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto boards = parseBoards(bytes, QStringLiteral("boards.json"));
    if (!boards)
        return 0;
    // Touch every parsed value so that nothing is optimized away.
    static volatile qint64 sink = 0;
    qint64 total = 0;
    for (const BoardInfo &board : *boards) {
        total += board.totalBytes(MemoryKind::Flash) + board.totalBytes(MemoryKind::Ram);
        for (const UsbId &id : board.usbIds)
            total += formatUsbId(id).size();
    }
    sink = total;
    return 0;
}
