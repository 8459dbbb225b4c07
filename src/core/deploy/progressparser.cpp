#include "progressparser.h"

#include <QRegularExpression>

namespace TinyDeploy::Deploy {

namespace {
// Ordered from the most specific; the first pattern that matches decides.
// cmake-generated makefiles: "[ 42%] Building C object ..." (the file name after it may hold
// digits and '%', so this form wins).
const QRegularExpression &makePattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*\[\s*(\d{1,3})%\])"));
    return re;
}
// Ninja: "[12/40] Building C object ..."
const QRegularExpression &ninjaPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*\[(\d+)/(\d+)\])"));
    return re;
}
// Flashers: esptool "Writing at 0x00010000... (42 %)", picotool "[=====   ]  42%", openocd
// "(42%)", generic "42%" / "42.5 %". A digit or '.' before the number makes it part of
// something else ("v1.42%"); a word character or '%' after it makes it a format ("%d", "5%s",
// "50%%").
const QRegularExpression &flasherPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\d.])(\d{1,3})(?:\.\d+)?\s?%(?![\w%]))"));
    return re;
}
constexpr qsizetype maxLineLength = 4096;
} // namespace

std::optional<int> parseProgressPercent(QStringView line)
{
    if (line.isEmpty() || line.size() > maxLineLength)
        return std::nullopt;
    QRegularExpressionMatch match = makePattern().match(line);
    if (match.hasMatch()) {
        const int value = match.capturedView(1).toInt();
        return value <= 100 ? std::optional<int>(value) : std::nullopt;
    }
    match = ninjaPattern().match(line);
    if (match.hasMatch()) {
        const qint64 done = match.capturedView(1).toLongLong();
        const qint64 total = match.capturedView(2).toLongLong();
        if (total <= 0 || done > total)
            return std::nullopt;
        return int(done * 100 / total);
    }
    // The last figure on the line is the current one ("12% ... 13%" after a \r overwrite).
    std::optional<int> last;
    QRegularExpressionMatchIterator it = flasherPattern().globalMatch(line);
    while (it.hasNext()) {
        const int value = it.next().capturedView(1).toInt();
        if (value <= 100)
            last = value;
    }
    return last;
}

} // namespace TinyDeploy::Deploy
