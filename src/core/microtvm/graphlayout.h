#pragma once

#include <util/error.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace TinyDeploy::MicroTvm {

/// One node of a graph executor JSON.
struct GraphNode
{
    QString op; ///< "null" (argument) or "tvm_op"
    QString name;
    QString function;    ///< attrs.func_name; "__nop" for reshapes that alias their input
    QList<int> inputs;   ///< entry ids of the inputs
    int firstEntry = 0;  ///< entry id of output 0 (node_row_ptr)
    int outputCount = 1; ///< attrs.num_outputs
};

/// One data entry (a node output): attrs.shape / dltype / storage_id by entry id.
struct GraphEntry
{
    QList<qint64> shape;
    QString dtype;
    int storageId = -1;
};

/// What the host needs of a graph to time its operators one by one (spec 4.6).
struct GraphLayout
{
    QList<GraphNode> nodes;
    QList<GraphEntry> entries;
    QList<int> argNodes;
    QList<int> outputEntries; ///< heads, as entry ids
};

/// Parses nodes, node_row_ptr, arg_nodes, heads and attrs (shape, dltype, storage_id);
/// InvalidJson / MissingField / InvalidValue naming @p member and the field.
Result<GraphLayout> parseGraphLayout(QByteArrayView json,
                                     const QString &member = QStringLiteral("graph.json"));

/// @p json without whitespace outside strings: byte for byte the same document, key order
/// and number spelling kept (what the CRT's JSON reader receives must fit one packet).
QByteArray minifyJson(QByteArrayView json);

} // namespace TinyDeploy::MicroTvm
