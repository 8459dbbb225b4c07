#include "graphjsonparser.h"

#include "mlftr.h"
#include "util/jsonsupport.h"

namespace TinyDeploy::Mlf {

namespace {

using nlohmann::json;

class GraphReader
{
public:
    explicit GraphReader(const QString &member)
        : m_member(member)
    {}

    Error wrongType(const QString &path, const QString &expected, const json &got) const
    {
        return makeError(ErrorCode::WrongFieldType,
                         Tr::tr("Field \"%1\" of the graph should be %2 but is %3.")
                             .arg(path, expected, Json::typeName(got)),
                         location(path),
                         Tr::tr("The graph JSON is damaged; export the model again."));
    }

    Error invalid(const QString &path, const QString &message) const
    {
        return makeError(ErrorCode::InvalidValue,
                         message,
                         location(path),
                         Tr::tr("The graph JSON is damaged; export the model again."));
    }

    QString location(const QString &path) const
    {
        return path.isEmpty() ? m_member : m_member + QStringLiteral(": ") + path;
    }

    Result<const json *> require(const json &object, const char *key, json::value_t type) const
    {
        const QString path = QString::fromLatin1(key);
        const auto it = object.find(key);
        if (it == object.end()) {
            return fail(ErrorCode::MissingField,
                        Tr::tr("The graph has no \"%1\" field.").arg(path),
                        location(path),
                        Tr::tr("The graph JSON is damaged; export the model again."));
        }
        if (it->type() != type) {
            return fail(
                wrongType(path,
                          type == json::value_t::array ? Tr::tr("an array") : Tr::tr("an object"),
                          *it));
        }
        return &*it;
    }

    Result<qint64> index(const json &value, const QString &path, qint64 limit) const
    {
        if (!value.is_number_integer())
            return fail(wrongType(path, Tr::tr("an integer"), value));
        const qint64 v = value.is_number_unsigned() && value.get<std::uint64_t>() > (1ULL << 62)
                             ? -1
                             : value.get<std::int64_t>();
        if (v < 0 || v >= limit) {
            return fail(invalid(path,
                                Tr::tr("Index %1 in \"%2\" is out of range (0 to %3).")
                                    .arg(QString::fromStdString(value.dump()), path)
                                    .arg(limit - 1)));
        }
        return v;
    }

private:
    QString m_member;
};

// attrs.shape = ["list_shape", [[1, 2], ...]], attrs.dltype = ["list_str", ["float32", ...]].
const json *attributeList(const json &doc, const char *key)
{
    const auto attrs = doc.find("attrs");
    if (attrs == doc.end() || !attrs->is_object())
        return nullptr;
    const auto entry = attrs->find(key);
    if (entry == attrs->end() || !entry->is_array() || entry->size() != 2 || !(*entry)[1].is_array())
        return nullptr;
    return &(*entry)[1];
}

void fillTensor(GraphTensor &t, qint64 entryId, const json *shapes, const json *dtypes)
{
    if (shapes && entryId < qint64(shapes->size()) && (*shapes)[std::size_t(entryId)].is_array()) {
        for (const json &d : (*shapes)[std::size_t(entryId)]) {
            if (d.is_number_integer())
                t.shape << (d.is_number_unsigned()
                                ? qint64(std::min<std::uint64_t>(d.get<std::uint64_t>(), 1ULL << 62))
                                : qint64(d.get<std::int64_t>()));
            else
                t.shape << -1;
        }
    }
    if (dtypes && entryId < qint64(dtypes->size()) && (*dtypes)[std::size_t(entryId)].is_string())
        t.dtype = Json::toQString((*dtypes)[std::size_t(entryId)]);
}

} // namespace

Result<GraphInfo> parseGraphJson(QByteArrayView bytes, const QString &member)
{
    const GraphReader r(member);
    const Json::DocumentHints
        hints{Tr::tr("The archive is probably damaged or not a Model Library Format archive."),
              Tr::tr("The file is not a graph written by TVM."),
              Tr::tr(
                  "The archive may be truncated or the file was edited by hand; export the model "
                  "again.")};
    auto parsed = Json::parseDocument(bytes, member, maxGraphJsonBytes, Json::defaultMaxDepth, hints);
    if (!parsed)
        return fail(parsed.error());
    const json &doc = *parsed;
    if (!doc.is_object())
        return fail(r.wrongType(QString(), Tr::tr("an object"), doc));
    const auto nodes = r.require(doc, "nodes", json::value_t::array);
    if (!nodes)
        return fail(nodes.error());
    const auto argNodes = r.require(doc, "arg_nodes", json::value_t::array);
    if (!argNodes)
        return fail(argNodes.error());
    const auto heads = r.require(doc, "heads", json::value_t::array);
    if (!heads)
        return fail(heads.error());

    GraphInfo info;
    const qint64 nodeCount = qint64((*nodes)->size());
    info.nodeCount = int(std::min<qint64>(nodeCount, std::numeric_limits<int>::max()));

    // Entry id of output k of node n = node_row_ptr[n] + k; without node_row_ptr every node is
    // assumed to have one output.
    const json *rowPtr = nullptr;
    if (const auto it = doc.find("node_row_ptr"); it != doc.end()) {
        if (!it->is_array())
            return fail(r.wrongType(QStringLiteral("node_row_ptr"), Tr::tr("an array"), *it));
        if (qint64(it->size()) >= nodeCount)
            rowPtr = &*it;
    }
    const auto entryOf = [&](qint64 node, qint64 output) -> qint64 {
        if (rowPtr) {
            const json &v = (*rowPtr)[std::size_t(node)];
            if (v.is_number_integer() && !v.is_number_unsigned() && v.get<std::int64_t>() >= 0)
                return v.get<std::int64_t>() + output;
            if (v.is_number_unsigned())
                return qint64(std::min<std::uint64_t>(v.get<std::uint64_t>(), 1ULL << 62)) + output;
        }
        return node + output;
    };
    const json *shapes = attributeList(doc, "shape");
    const json *dtypes = attributeList(doc, "dltype");

    const auto nodeName = [&](qint64 node) {
        const json &n = (**nodes)[std::size_t(node)];
        if (n.is_object()) {
            const auto it = n.find("name");
            if (it != n.end() && it->is_string())
                return Json::toQString(*it);
        }
        return QString();
    };

    for (std::size_t i = 0; i < (*argNodes)->size(); ++i) {
        const QString path = QStringLiteral("arg_nodes[%1]").arg(i);
        const auto node = r.index((**argNodes)[i], path, nodeCount);
        if (!node)
            return fail(node.error());
        GraphTensor t;
        t.nodeId = int(*node);
        t.name = nodeName(*node);
        fillTensor(t, entryOf(*node, 0), shapes, dtypes);
        info.arguments << t;
    }
    for (std::size_t i = 0; i < (*heads)->size(); ++i) {
        const QString path = QStringLiteral("heads[%1]").arg(i);
        const json &head = (**heads)[i];
        if (!head.is_array() || head.empty())
            return fail(r.wrongType(path, Tr::tr("an array [node, output, version]"), head));
        const auto node = r.index(head[0], path + QStringLiteral("[0]"), nodeCount);
        if (!node)
            return fail(node.error());
        qint64 output = 0;
        if (head.size() > 1) {
            const auto o = r.index(head[1], path + QStringLiteral("[1]"), 1 << 20);
            if (!o)
                return fail(o.error());
            output = *o;
        }
        GraphTensor t;
        t.nodeId = int(*node);
        t.name = nodeName(*node);
        fillTensor(t, entryOf(*node, output), shapes, dtypes);
        info.outputs << t;
    }
    return info;
}

} // namespace TinyDeploy::Mlf
