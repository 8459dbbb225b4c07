#pragma once

// Internal to tinydeploy_core: nlohmann_json is a private dependency of the library, so this
// header must never be included from a public header.

#include "util/error.h"

#include <nlohmann/json.hpp>

#include <QByteArrayView>
#include <QString>

#include <string>

namespace TinyDeploy::Json {

/// Deepest nesting accepted by default; real metadata, graph JSON and boards.json stay below 10.
constexpr int defaultMaxDepth = 64;

/// What to tell the user for each way a document can be refused (Error::hint); empty for none.
struct DocumentHints
{
    QString tooLarge;
    QString tooDeep;
    QString invalid;
};

/// Parses @p bytes (at most @p maxBytes, nesting at most @p maxDepth) into a document of
/// @p JsonT (nlohmann::json or nlohmann::ordered_json). The depth is checked before parsing, so
/// a megabyte of '[' costs one linear pass. Errors: LimitExceeded (size, depth), InvalidJson;
/// messages name @p member, and locations read "member:line:column".
template<typename JsonT = nlohmann::json>
Result<JsonT> parseDocument(QByteArrayView bytes,
                            const QString &member,
                            qint64 maxBytes,
                            int maxDepth = defaultMaxDepth,
                            const DocumentHints &hints = {});

extern template Result<nlohmann::json> parseDocument(
    QByteArrayView, const QString &, qint64, int, const DocumentHints &);
extern template Result<nlohmann::ordered_json> parseDocument(
    QByteArrayView, const QString &, qint64, int, const DocumentHints &);

/// "an integer", "a string", ... for "expected X but found Y" messages.
QString typeName(nlohmann::json::value_t type);

template<typename JsonT>
QString typeName(const JsonT &value)
{
    return typeName(value.type());
}

/// Converts UTF-8 to QString.
inline QString toQString(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// Converts a JSON string value (which must be a string) to QString.
template<typename JsonT>
requires requires(const JsonT &v)
{
    v.template get_ref<const std::string &>();
}
QString toQString(const JsonT &value)
{
    return toQString(value.template get_ref<const std::string &>());
}

/// 1-based line and column of the byte at @p offset (0-based) in @p bytes.
std::pair<qsizetype, qsizetype> lineAndColumn(QByteArrayView bytes, qsizetype offset);

} // namespace TinyDeploy::Json
