#include "logrecordline.h"

#include <QDateTime>

#include <array>

namespace TinyDeploy::Gui {

namespace {
using Deploy::LogStream;

constexpr LogStream allStreams[] = {LogStream::Stdout,
                                    LogStream::Stderr,
                                    LogStream::Device,
                                    LogStream::Info};

/// "2026-12-03T06:12:16.123Z" (DeploymentRecord's timestampText()) as ms since the epoch.
std::optional<qint64> parseTimestamp(QByteArrayView text)
{
    auto digits = [&](qsizetype at, qsizetype count) -> int {
        int value = 0;
        for (qsizetype i = at; i < at + count; ++i) {
            const char c = text[i];
            if (c < '0' || c > '9')
                return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    };
    if (text.size() == 24 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':'
        && text[16] == ':' && text[19] == '.' && text[23] == 'Z') {
        const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
        const int hour = digits(11, 2), minute = digits(14, 2), second = digits(17, 2);
        const int ms = digits(20, 3);
        const QDate date(year, month, day);
        if (date.isValid() && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0
            && second < 61 && ms >= 0) {
            const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
            return ((days * 24 + hour) * 60 + minute) * 60000 + qint64(second) * 1000 + ms;
        }
    }
    // Any other ISO 8601 form, the slow way.
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
    if (!when.isValid())
        return std::nullopt;
    return when.toMSecsSinceEpoch();
}
} // namespace

/// "<time> [<stream>] " at the start of a record line.
std::optional<RecordLinePrefix> parseRecordLinePrefix(QByteArrayView head)
{
    const qsizetype space = head.indexOf(' ');
    if (space <= 0 || space + 2 >= head.size() || head[space + 1] != '[')
        return std::nullopt;
    const qsizetype close = head.indexOf(']', space + 2);
    if (close < 0 || close + 1 >= head.size() || head[close + 1] != ' ')
        return std::nullopt;
    const QByteArrayView name = head.sliced(space + 2, close - space - 2);
    static const std::array<QByteArray, std::size(allStreams)> names = [] {
        std::array<QByteArray, std::size(allStreams)> result;
        for (size_t i = 0; i < result.size(); ++i)
            result[i] = Deploy::logStreamName(allStreams[i]).toLatin1();
        return result;
    }();
    std::optional<LogStream> stream;
    for (size_t i = 0; i < names.size(); ++i) {
        if (name == names[i])
            stream = allStreams[i];
    }
    if (!stream)
        return std::nullopt;
    const std::optional<qint64> msecs = parseTimestamp(head.first(space));
    if (!msecs)
        return std::nullopt;
    return RecordLinePrefix{*msecs, *stream, close + 2};
}

} // namespace TinyDeploy::Gui
