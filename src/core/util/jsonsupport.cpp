#include "jsonsupport.h"

#include <QCoreApplication>

#include <cstring>

namespace TinyDeploy::Json {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TinyDeploy::Json)
};

// The parser keeps one stack entry per open container: refuse absurd nesting before parsing,
// so a 16 MiB run of '[' cannot cost gigabytes. One linear pass; strings are skipped.
qsizetype depthViolation(QByteArrayView bytes, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return -1;
}

// nlohmann's what() reads "[json.exception.parse_error.101] parse error at line 1, column 2:
// syntax error while parsing value - ..."; keep only the part after the position.
QString reasonOf(const char *what)
{
    QString text = QString::fromUtf8(what);
    const qsizetype colon = text.indexOf(QLatin1String("column "));
    if (colon >= 0) {
        const qsizetype sep = text.indexOf(QLatin1String(": "), colon);
        if (sep >= 0)
            return text.mid(sep + 2).trimmed();
    }
    return text;
}

} // namespace

std::pair<qsizetype, qsizetype> lineAndColumn(QByteArrayView bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    if (offset == 0) // also keeps a null data() of an empty view away from memchr
        return {1, 1};
    qsizetype line = 1;
    qsizetype lineStart = 0;
    const char *data = bytes.data();
    for (const char *p = data, *end = data + offset;
         (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))) != nullptr;
         ++p) {
        ++line;
        lineStart = p - data + 1;
    }
    return {line, offset - lineStart + 1};
}

template<typename JsonT>
Result<JsonT> parseDocument(QByteArrayView bytes,
                            const QString &member,
                            qint64 maxBytes,
                            int maxDepth,
                            const DocumentHints &hints)
{
    if (bytes.size() > maxBytes) {
        return fail(ErrorCode::LimitExceeded,
                    Tr::tr("%1 is %2 bytes long, more than the %3 bytes accepted.")
                        .arg(member)
                        .arg(bytes.size())
                        .arg(maxBytes),
                    member,
                    hints.tooLarge);
    }
    if (const qsizetype at = depthViolation(bytes, maxDepth); at >= 0) {
        const auto [line, column] = lineAndColumn(bytes, at);
        return fail(ErrorCode::LimitExceeded,
                    Tr::tr("%1 nests objects and arrays more than %2 levels deep (line %3, "
                           "column %4).")
                        .arg(member)
                        .arg(maxDepth)
                        .arg(line)
                        .arg(column),
                    QStringLiteral("%1:%2:%3").arg(member).arg(line).arg(column),
                    hints.tooDeep);
    }
    try {
        return JsonT::parse(bytes.begin(), bytes.end());
    } catch (const nlohmann::json::parse_error &e) {
        // e.byte counts read characters (1-based); the offending byte is the last one read.
        const qsizetype offset = e.byte > 0 ? qsizetype(e.byte) - 1 : 0;
        const auto [line, column] = lineAndColumn(bytes, offset);
        const QString reason = bytes.trimmed().isEmpty() ? Tr::tr("the file is empty")
                                                         : reasonOf(e.what());
        return fail(ErrorCode::InvalidJson,
                    Tr::tr("%1 is not valid JSON at line %2, column %3: %4.")
                        .arg(member)
                        .arg(line)
                        .arg(column)
                        .arg(reason),
                    QStringLiteral("%1:%2:%3").arg(member).arg(line).arg(column),
                    hints.invalid,
                    QString::fromUtf8(e.what()));
    } catch (const nlohmann::json::exception &e) {
        return fail(ErrorCode::InvalidJson,
                    Tr::tr("%1 is not valid JSON.").arg(member),
                    member,
                    hints.invalid,
                    QString::fromUtf8(e.what()));
    }
}

template Result<nlohmann::json> parseDocument(
    QByteArrayView, const QString &, qint64, int, const DocumentHints &);
template Result<nlohmann::ordered_json> parseDocument(
    QByteArrayView, const QString &, qint64, int, const DocumentHints &);

QString typeName(nlohmann::json::value_t type)
{
    using T = nlohmann::json::value_t;
    switch (type) {
    case T::null:
        return Tr::tr("null");
    case T::boolean:
        return Tr::tr("a boolean");
    case T::number_integer:
    case T::number_unsigned:
        return Tr::tr("an integer");
    case T::number_float:
        return Tr::tr("a number with a fraction");
    case T::string:
        return Tr::tr("a string");
    case T::array:
        return Tr::tr("an array");
    case T::object:
        return Tr::tr("an object");
    case T::binary:
    case T::discarded:
        break;
    }
    return Tr::tr("an unknown value");
}

} // namespace TinyDeploy::Json
