#pragma once

#include "util/error.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace TinyDeploy::Mlf {

/// One tensor of a Relay function signature.
struct RelayTensor
{
    QString name;        ///< Parameter name without '%'; empty for results.
    QList<qint64> shape; ///< Empty for a scalar; -1 for a dynamic dimension ('?').
    QString dtype;       ///< "float32", ...; empty when the type is not a tensor type.
    bool typed = false;  ///< False when the parameter carries no type annotation.
};

/// The signature of `def @main(...) -> ... {` in Relay text.
struct RelayFunction
{
    QList<RelayTensor> params;     ///< All parameters in order, %v_param_N included.
    QList<RelayTensor> results;    ///< Return type flattened depth-first; empty without "->".
    QStringList outputTensorNames; ///< The output_tensor_names attribute, if present.
};

/// Most text worth reading: the caller feeds the first bytes of the member only.
constexpr qint64 maxRelayBytes = 4 * 1024 * 1024;

/// @brief Finds `def @main` in Relay text (src/<mod>.relay, src/relay.txt, relay.txt) and parses
/// its signature. Pure; tolerant of whitespace, newlines, comments and meta[...] attributes.
/// The text may be a prefix of the member: only the signature must be complete.
/// Errors: NotFound (no main function), InvalidValue (malformed or cut-off signature).
Result<RelayFunction> parseRelayMain(QByteArrayView text,
                                     const QString &member = QStringLiteral("src/relay.txt"));

} // namespace TinyDeploy::Mlf
