#pragma once

// Internal to mlf/: nlohmann_json is a private dependency of tinydeploy_core, so this header
// must never be included from a public header.

#include "util/error.h"

#include <nlohmann/json.hpp>

#include <QByteArrayView>
#include <QString>

namespace TinyDeploy::Mlf::Json {

/// Deepest nesting accepted; real metadata and graph JSON stay below 10.
constexpr int maxDepth = 64;

/// Parses @p bytes (at most @p maxBytes) into a document. Errors: LimitExceeded (size, depth),
/// InvalidJson (message and location carry "line L, column C").
Result<nlohmann::json> parseDocument(QByteArrayView bytes, const QString &member, qint64 maxBytes);

/// "an integer", "a string", ... for "expected X but found Y" messages.
QString typeName(const nlohmann::json &value);

/// Converts a UTF-8 JSON string to QString.
inline QString toQString(const nlohmann::json &value)
{
    const auto &s = value.get_ref<const std::string &>();
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// 1-based line and column of the byte at @p offset (0-based) in @p bytes.
std::pair<qsizetype, qsizetype> lineAndColumn(QByteArrayView bytes, qsizetype offset);

} // namespace TinyDeploy::Mlf::Json
