#pragma once

#include <util/error.h>

#include <QByteArray>
#include <QByteArrayView>

/// @brief Base85 as the Project API transport uses it (spec 2.6): Python's base64.b85encode
/// and b85decode, the RFC 1924 alphabet, big-endian 4-byte groups, no "z" shortcut, no
/// whitespace. Table-driven, on byte buffers.
namespace TinyDeploy::ProjectApi::Base85 {

/// Length of the encoding of @p size bytes: 5 * (size / 4) + (size % 4 ? size % 4 + 1 : 0).
qsizetype encodedLength(qsizetype size);

/// Encodes @p data; never fails.
QByteArray encode(QByteArrayView data);

/// Decodes @p text like Python's b85decode: InvalidValue for a character outside the
/// alphabet or a 5-character group worth more than 2^32 - 1 (both name the offset).
Result<QByteArray> decode(QByteArrayView text);

} // namespace TinyDeploy::ProjectApi::Base85
