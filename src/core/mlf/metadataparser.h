#pragma once

#include "modelinfo.h"
#include "util/error.h"

#include <QByteArrayView>
#include <QString>

namespace TinyDeploy::Mlf {

/// Largest metadata.json accepted (real ones are a few KiB).
constexpr qint64 maxMetadataBytes = 16 * 1024 * 1024;

/// @brief Parses metadata.json of any version 1-7, full-model or operator style.
///
/// Fills ModelInfo::version, style, tvmVersion and, per module, name, executor, targets,
/// export time, memory, sids, operator functions and the inputs/outputs that metadata records
/// (v7 from TVM 0.11 on; operator style: every buffer of every function, the last one of each
/// function being its output). Shapes, params, header and entry point are left to
/// completeModelInfo(). Unknown keys are ignored; with duplicate keys the last one wins.
///
/// Errors name @p member and the JSON field path (for example
/// "metadata.json: modules.default.memory.functions.main[0].workspace_size_bytes"):
/// InvalidJson (with line and column), LimitExceeded, WrongFieldType, MissingField,
/// InvalidValue, UnsupportedVersion.
Result<ModelInfo> parseMetadata(QByteArrayView json,
                                const QString &member = QStringLiteral("metadata.json"));

} // namespace TinyDeploy::Mlf
