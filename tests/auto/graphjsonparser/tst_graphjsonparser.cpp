#include <mlf/graphjsonparser.h>

#include <mlffixtures.h>

#include <QStandardPaths>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Mlf;

Q_DECLARE_METATYPE(TinyDeploy::ErrorCode)

namespace {

QString describe(const QList<GraphTensor> &tensors)
{
    QStringList parts;
    for (const GraphTensor &t : tensors) {
        QStringList dims;
        for (qint64 d : t.shape)
            dims << QString::number(d);
        parts << QString("%1@%2:%3[%4]").arg(t.name).arg(t.nodeId).arg(t.dtype, dims.join(','));
    }
    return parts.join(' ');
}

// Two-output node: entry ids come from node_row_ptr.
const QByteArray multiOutput = R"({
  "nodes": [
    {"op": "null", "name": "x", "inputs": []},
    {"op": "tvm_op", "name": "split", "attrs": {"num_outputs": "2"}, "inputs": [[0, 0, 0]]}
  ],
  "arg_nodes": [0],
  "heads": [[1, 1, 0], [1, 0, 0]],
  "node_row_ptr": [0, 1, 3],
  "attrs": {
    "shape": ["list_shape", [[1, 4], [1, 2], [1, 3]]],
    "dltype": ["list_str", ["float32", "int8", "uint8"]]
  }
})";

} // namespace

class tst_GraphJsonParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fixtureGraph();
    void fixtureTupleGraph();
    void multiOutputNodeUsesRowPointers();
    void withoutAttributes();
    void rejects_data();
    void rejects();
};

void tst_GraphJsonParser::fixtureGraph()
{
    Fixtures::FixtureSpec spec;
    spec.executor = "graph";
    const auto g = parseGraphJson(Fixtures::fixtureGraphJson(spec),
                                  "executor-config/graph/default.graph");
    QVERIFY2(g.has_value(), qPrintable(g ? QString() : g.error().fullText()));
    QCOMPARE(describe(g->arguments),
             QString("serving_default_input:0@0:int8[1,4,4,1] p0@1:float32[10] p1@2:int8[2,3]"));
    QCOMPARE(describe(g->outputs), QString("tvmgen_default_fused_cast@3:float32[1,10]"));
    QCOMPARE(g->nodeCount, 4);
}

void tst_GraphJsonParser::fixtureTupleGraph()
{
    Fixtures::FixtureSpec spec;
    spec.executor = "graph";
    spec.tupleOutput = true;
    const auto g = parseGraphJson(Fixtures::fixtureGraphJson(spec));
    QVERIFY(g.has_value());
    QCOMPARE(g->outputs.size(), 2);
    QCOMPARE(g->outputs.at(1).dtype, QString("int32"));
    QCOMPARE(g->outputs.at(1).shape, QList<qint64>{1});
}

void tst_GraphJsonParser::multiOutputNodeUsesRowPointers()
{
    const auto g = parseGraphJson(multiOutput);
    QVERIFY2(g.has_value(), qPrintable(g ? QString() : g.error().fullText()));
    QCOMPARE(describe(g->outputs), QString("split@1:uint8[1,3] split@1:int8[1,2]"));
}

void tst_GraphJsonParser::withoutAttributes()
{
    const auto g = parseGraphJson(R"({"nodes": [{"op": "null", "name": "x"}], "arg_nodes": [0],
                                      "heads": [[0, 0, 0]]})");
    QVERIFY(g.has_value());
    QCOMPARE(describe(g->arguments), QString("x@0:[]"));
}

void tst_GraphJsonParser::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("location");

    QTest::newRow("empty") << QByteArray() << ErrorCode::InvalidJson << "graph.json:1:1";
    QTest::newRow("garbage") << QByteArray("\xff\xfe garbage") << ErrorCode::InvalidJson
                             << "graph.json:1:1";
    QTest::newRow("incomplete") << multiOutput.left(100) << ErrorCode::InvalidJson
                                << "graph.json:4:";
    QTest::newRow("trailing data") << multiOutput + "]" << ErrorCode::InvalidJson << "graph.json:";
    QTest::newRow("oversize") << QByteArray(maxGraphJsonBytes + 1, ' ') << ErrorCode::LimitExceeded
                              << "graph.json";
    QTest::newRow("not an object") << QByteArray("[]") << ErrorCode::WrongFieldType << "graph.json";
    QTest::newRow("no nodes") << QByteArray(R"({"arg_nodes": [], "heads": []})")
                              << ErrorCode::MissingField << "graph.json: nodes";
    QTest::newRow("no heads") << QByteArray(R"({"nodes": [], "arg_nodes": []})")
                              << ErrorCode::MissingField << "graph.json: heads";
    QTest::newRow("nodes not an array")
        << QByteArray(R"({"nodes": {}, "arg_nodes": [], "heads": []})") << ErrorCode::WrongFieldType
        << "graph.json: nodes";
    QTest::newRow("arg node out of range")
        << QByteArray(R"({"nodes": [{}], "arg_nodes": [1], "heads": []})")
        << ErrorCode::InvalidValue << "graph.json: arg_nodes[0]";
    QTest::newRow("negative arg node")
        << QByteArray(R"({"nodes": [{}], "arg_nodes": [-1], "heads": []})")
        << ErrorCode::InvalidValue << "graph.json: arg_nodes[0]";
    QTest::newRow("arg node as string")
        << QByteArray(R"({"nodes": [{}], "arg_nodes": ["0"], "heads": []})")
        << ErrorCode::WrongFieldType << "graph.json: arg_nodes[0]";
    QTest::newRow("head not an array")
        << QByteArray(R"({"nodes": [{}], "arg_nodes": [], "heads": [0]})")
        << ErrorCode::WrongFieldType << "graph.json: heads[0]";
    QTest::newRow("head out of range")
        << QByteArray(R"({"nodes": [{}], "arg_nodes": [], "heads": [[5, 0, 0]]})")
        << ErrorCode::InvalidValue << "graph.json: heads[0][0]";
}

void tst_GraphJsonParser::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(ErrorCode, code);
    QFETCH(QString, location);
    const auto g = parseGraphJson(json, "graph.json");
    QVERIFY(!g.has_value());
    QCOMPARE(errorCodeName(g.error().code), errorCodeName(code));
    QVERIFY2(g.error().location.startsWith(location), qPrintable(g.error().location));
}

QTEST_GUILESS_MAIN(tst_GraphJsonParser)
#include "tst_graphjsonparser.moc"
