#include "logsearch.h"
#include "logstore.h"

namespace TinyDeploy::Gui {

namespace {
constexpr qint64 maxFindBlockBytes = 8 * 1024 * 1024;
} // namespace

LogFindStep findLogStep(
    const LogStore &store, const QString &needle, int from, bool backward, int maxLines)
{
    const int count = store.rowCount();
    if (needle.isEmpty() || from < 0 || from >= count || maxLines <= 0)
        return {};
    const int first = backward ? std::max(0, from - maxLines + 1) : from;
    const int last = backward ? from : std::min(count - 1, from + maxLines - 1);
    const LogStore::Block block = store.readBlock(first, last, backward, maxFindBlockBytes);
    auto lineMatches = [&](int row) {
        return QString::fromUtf8(store.lineIn(block, row)).contains(needle, Qt::CaseInsensitive);
    };
    if (backward) {
        for (int row = block.last; row >= block.first; --row) {
            if (lineMatches(row))
                return {row, -1};
        }
        return {-1, block.first > 0 ? block.first - 1 : -1};
    }
    for (int row = block.first; row <= block.last; ++row) {
        if (lineMatches(row))
            return {row, -1};
    }
    return {-1, block.last + 1 < count ? block.last + 1 : -1};
}

int findInLog(const LogStore &store, const QString &needle, int from, bool backward)
{
    const int count = store.rowCount();
    if (needle.isEmpty() || count == 0)
        return -1;
    const int start = backward ? (from <= 0 || from > count ? count - 1 : from - 1)
                               : (from < 0 || from + 1 >= count ? 0 : from + 1);
    // Two passes: from start to the end, then wrapped around from the other end.
    for (int pass = 0; pass < 2; ++pass) {
        int row = pass == 0 ? start : (backward ? count - 1 : 0);
        while (row >= 0) {
            const LogFindStep step = findLogStep(store, needle, row, backward);
            if (step.match >= 0)
                return step.match;
            row = step.resumeRow;
        }
    }
    return -1;
}

} // namespace TinyDeploy::Gui
