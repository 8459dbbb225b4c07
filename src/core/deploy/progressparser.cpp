#include "progressparser.h"

#include <QRegularExpression>

namespace TinyDeploy::Deploy {

std::optional<int> parseProgressPercent(QStringView line)
{
    // cmake's "[ 42%]" first: such lines also name files that may contain digits and '%'.
    static const QRegularExpression bracketed(QStringLiteral(R"(^\s*\[\s*(\d{1,3})%\])"));
    // A flasher's figure: a number directly followed by '%' that is not part of a longer token
    // (so "%d" in a printed format string or "50%%" in a make rule do not count).
    static const QRegularExpression bare(QStringLiteral(R"((?<![\w.%])(\d{1,3})%(?![\w%]))"));
    QRegularExpressionMatch match = bracketed.match(line);
    if (!match.hasMatch()) {
        // The last figure on the line is the current one ("12% ... 13%" after a \r overwrite).
        QRegularExpressionMatchIterator it = bare.globalMatch(line);
        while (it.hasNext())
            match = it.next();
        if (!match.hasMatch())
            return std::nullopt;
    }
    const int value = match.capturedView(1).toInt();
    if (value > 100)
        return std::nullopt;
    return value;
}

} // namespace TinyDeploy::Deploy
