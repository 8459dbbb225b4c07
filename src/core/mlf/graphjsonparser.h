#pragma once

#include "util/error.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace TinyDeploy::Mlf {

/// One tensor of a graph executor JSON: an argument node or a head.
struct GraphTensor
{
    QString name; ///< Node name ("input_1", "p0"); for heads the producing node's name.
    int nodeId = -1;
    QList<qint64> shape; ///< From attrs.shape; empty when absent.
    QString dtype;       ///< From attrs.dltype; empty when absent.
};

/// Inputs and outputs of a graph (executor-config/graph/<mod>.graph, graph.json).
struct GraphInfo
{
    QList<GraphTensor> arguments; ///< arg_nodes in order: the inputs first, then the params.
    QList<GraphTensor> outputs;   ///< heads in order.
    int nodeCount = 0;
};

/// Largest graph JSON accepted.
constexpr qint64 maxGraphJsonBytes = 64 * 1024 * 1024;

/// @brief Parses a graph executor JSON. Pure.
/// Errors name @p member and the field path: InvalidJson (line, column), LimitExceeded,
/// WrongFieldType, MissingField (nodes, arg_nodes, heads), InvalidValue (indices out of range).
Result<GraphInfo> parseGraphJson(QByteArrayView json,
                                 const QString &member = QStringLiteral("graph.json"));

} // namespace TinyDeploy::Mlf
