#include "graphlayout.h"

#include "microtvmtr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace TinyDeploy::MicroTvm {

namespace {

Error invalid(const QString &member, const QString &field, const QString &message)
{
    return makeError(ErrorCode::InvalidValue, message, member + QStringLiteral(": ") + field);
}

/// attrs.<key> is ["list_xxx", [...]].
QJsonArray attrList(const QJsonObject &attrs, const QString &key)
{
    const QJsonArray pair = attrs.value(key).toArray();
    return pair.size() == 2 ? pair.at(1).toArray() : QJsonArray();
}

} // namespace

QByteArray minifyJson(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size());
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            out.append(c);
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (c == '"')
            inString = true;
        out.append(c);
    }
    return out;
}

Result<GraphLayout> parseGraphLayout(QByteArrayView json, const QString &member)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(ErrorCode::InvalidJson,
                    Tr::tr("The graph JSON is not valid JSON (%1 at byte %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset),
                    member);
    }
    const QJsonObject root = doc.object();
    for (const char *key : {"nodes", "arg_nodes", "heads", "node_row_ptr", "attrs"}) {
        if (!root.contains(QLatin1String(key)))
            return fail(ErrorCode::MissingField,
                        Tr::tr("The graph JSON has no '%1'.").arg(QLatin1String(key)),
                        member);
    }
    GraphLayout layout;
    const QJsonArray nodes = root.value(u"nodes").toArray();
    const QJsonArray rowPtr = root.value(u"node_row_ptr").toArray();
    if (rowPtr.size() != nodes.size() + 1)
        return fail(invalid(member,
                            QStringLiteral("node_row_ptr"),
                            Tr::tr("node_row_ptr has %1 entries for %2 nodes.")
                                .arg(rowPtr.size())
                                .arg(nodes.size())));
    const int entryCount = rowPtr.last().toInt(-1);
    const QJsonObject attrs = root.value(u"attrs").toObject();
    const QJsonArray shapes = attrList(attrs, QStringLiteral("shape"));
    const QJsonArray dtypes = attrList(attrs, QStringLiteral("dltype"));
    const QJsonArray storage = attrList(attrs, QStringLiteral("storage_id"));
    if (entryCount < 0 || shapes.size() != entryCount || dtypes.size() != entryCount)
        return fail(invalid(member,
                            QStringLiteral("attrs"),
                            Tr::tr("attrs.shape and attrs.dltype must have one entry per node "
                                   "output (%1).")
                                .arg(entryCount)));
    for (int e = 0; e < entryCount; ++e) {
        GraphEntry entry;
        for (const QJsonValue d : shapes.at(e).toArray())
            entry.shape.append(qint64(d.toDouble()));
        entry.dtype = dtypes.at(e).toString();
        entry.storageId = e < storage.size() ? storage.at(e).toInt(-1) : -1;
        layout.entries.append(entry);
    }
    for (int n = 0; n < nodes.size(); ++n) {
        const QJsonObject o = nodes.at(n).toObject();
        GraphNode node;
        node.op = o.value(u"op").toString();
        node.name = o.value(u"name").toString();
        const QJsonObject nodeAttrs = o.value(u"attrs").toObject();
        node.function = nodeAttrs.value(u"func_name").toString();
        node.outputCount = nodeAttrs.value(u"num_outputs").toVariant().toInt();
        if (node.outputCount <= 0)
            node.outputCount = 1;
        node.firstEntry = rowPtr.at(n).toInt(-1);
        if (node.firstEntry < 0 || node.firstEntry + node.outputCount > entryCount)
            return fail(invalid(member,
                                QStringLiteral("nodes[%1]").arg(n),
                                Tr::tr("Node '%1' has outputs out of range.").arg(node.name)));
        for (const QJsonValue in : o.value(u"inputs").toArray()) {
            const QJsonArray ref = in.toArray();
            const int source = ref.at(0).toInt(-1);
            const int index = ref.at(1).toInt(-1);
            if (source < 0 || source >= n || index < 0)
                return fail(invalid(member,
                                    QStringLiteral("nodes[%1].inputs").arg(n),
                                    Tr::tr("Node '%1' takes an input that does not precede it.")
                                        .arg(node.name)));
            const int entry = rowPtr.at(source).toInt() + index;
            if (entry >= entryCount)
                return fail(
                    invalid(member,
                            QStringLiteral("nodes[%1].inputs").arg(n),
                            Tr::tr("Node '%1' takes an input out of range.").arg(node.name)));
            node.inputs.append(entry);
        }
        layout.nodes.append(node);
    }
    for (const QJsonValue a : root.value(u"arg_nodes").toArray())
        layout.argNodes.append(a.toInt());
    for (const QJsonValue h : root.value(u"heads").toArray()) {
        const QJsonArray ref = h.toArray();
        const int source = ref.at(0).toInt(-1);
        if (source < 0 || source >= nodes.size())
            return fail(invalid(member, QStringLiteral("heads"), Tr::tr("A head is out of range.")));
        layout.outputEntries.append(rowPtr.at(source).toInt() + ref.at(1).toInt());
    }
    return layout;
}

} // namespace TinyDeploy::MicroTvm
