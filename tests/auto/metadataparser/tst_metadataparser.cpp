#include <mlf/metadataparser.h>

#include <mlffixtures.h>

#include <fixtures/sharedsamples.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Mlf;
using namespace TinyDeploy::Fixtures;

Q_DECLARE_METATYPE(TinyDeploy::ErrorCode)

namespace {

const QString sharedSamples = QStringLiteral(TINYDEPLOY_SHARED_DIR "/mlf-samples");

FixtureSpec spec(int version, const QString &executor)
{
    FixtureSpec s;
    s.version = version;
    s.executor = executor;
    return s;
}

// Sets the value at a dotted path ("modules.default.memory.functions.main[0].device").
QJsonValue setPath(const QJsonValue &node, QStringList segments, const QJsonValue &value)
{
    if (segments.isEmpty())
        return value;
    QString segment = segments.takeFirst();
    // "main[0]" -> key "main", then index 0
    static const QRegularExpression indexed(QStringLiteral("^(.*)\\[(\\d+)\\]$"));
    const auto m = indexed.match(segment);
    if (m.hasMatch()) {
        const QString key = m.captured(1);
        const int index = m.captured(2).toInt();
        QJsonObject object = node.toObject();
        QJsonArray array = object.value(key).toArray();
        Q_ASSERT(index < array.size());
        array[index] = setPath(array.at(index), segments, value);
        object[key] = array;
        return object;
    }
    if (node.isArray()) { // "target[0]" handled above; plain index into an array
        QJsonArray array = node.toArray();
        const int index = segment.toInt();
        array[index] = setPath(array.at(index), segments, value);
        return array;
    }
    QJsonObject object = node.toObject();
    Q_ASSERT(object.contains(segment));
    object[segment] = setPath(object.value(segment), segments, value);
    return object;
}

QJsonValue getPath(const QJsonValue &node, const QStringList &segments)
{
    QJsonValue v = node;
    static const QRegularExpression indexed(QStringLiteral("^(.*)\\[(\\d+)\\]$"));
    for (const QString &segment : segments) {
        const auto m = indexed.match(segment);
        if (m.hasMatch())
            v = v.toObject().value(m.captured(1)).toArray().at(m.captured(2).toInt());
        else
            v = v.toObject().value(segment);
    }
    return v;
}

// A value of a type the field never accepts.
QJsonValue wrongValueFor(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Double:
        return QStringLiteral("1");
    case QJsonValue::String:
        return 5;
    case QJsonValue::Array:
        return QStringLiteral("x");
    case QJsonValue::Object:
        return 3;
    default:
        return QJsonValue(true);
    }
}

} // namespace

class tst_MetadataParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyVersion_data();
    void everyVersion();
    void operatorStyle_data();
    void operatorStyle();
    void multipleModules();
    void realLinaroV5();
    void realMatchV7();
    void hostile_data();
    void hostile();
    void invalidJsonNamesLineAndColumn_data();
    void invalidJsonNamesLineAndColumn();
    void wrongTypeInEveryField_data();
    void wrongTypeInEveryField();
    void negativeSizeIsInvalidValue();
    void duplicateKeysLastWins();
    void unknownKeysAreIgnored();
    void legacyFormsAcceptedInAnyVersion();
};

void tst_MetadataParser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_MetadataParser::everyVersion_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("executor");
    for (int v = 1; v <= 7; ++v) {
        for (const QString executor : {"aot", "graph"})
            QTest::addRow("v%d-%s", v, qPrintable(executor)) << v << executor;
    }
}

void tst_MetadataParser::everyVersion()
{
    QFETCH(int, version);
    QFETCH(QString, executor);
    const FixtureSpec s = spec(version, executor);
    const auto info = parseMetadata(fixtureMetadata(s));
    QVERIFY2(info.has_value(), qPrintable(info ? QString() : info.error().fullText()));

    QCOMPARE(info->version, version);
    QCOMPARE(info->style, QString("full-model"));
    const bool aotWithRuntime = executor == "aot" && version >= 5;
    QCOMPARE(info->tvmVersion, aotWithRuntime ? QString("0.15.dev0") : QString());
    QCOMPARE(info->modules.size(), 1);
    const ModuleInfo &m = info->modules.first();
    QCOMPARE(m.name, QString("default"));
    QCOMPARE(m.executor, executor);
    QCOMPARE(m.targets, QStringList{"c -keys=cpu -link-params=0"});
    QCOMPARE(m.exportTimeText, QString("2024-05-06 07:08:09Z"));
    QCOMPARE(m.exportTime.date(), QDate(2024, 5, 6));
    QCOMPARE(m.exportTime.time(), QTime(7, 8, 9));

    // v1 records only storage ids; v2+ the main function's needs per device.
    if (version == 1) {
        QVERIFY(m.memory.isEmpty());
        QVERIFY(m.operatorFunctions.isEmpty());
    } else {
        QCOMPARE(m.memory.size(), 1);
        QCOMPARE(m.memory.first().device, 1);
        QCOMPARE(m.memory.first().workspaceBytes, 256);
        QCOMPARE(m.memory.first().ioBytes, 16 + 40);
        QCOMPARE(m.memory.first().constantsBytes, executor == "graph" ? 40 + 6 : 0);
        QCOMPARE(m.operatorFunctions.size(), 1);
        QCOMPARE(m.operatorFunctions.first().name, QString("tvmgen_default_fused_cast"));
        QCOMPARE(m.operatorFunctions.first().workspace.size(), 1);
        QCOMPARE(m.operatorFunctions.first().workspace.first().second, 64);
    }
    if (executor == "graph") {
        QCOMPARE(m.sids.size(), 4);
        QCOMPARE(m.sids.at(0).inputBinding, QString("serving_default_input:0"));
        QCOMPARE(m.sids.at(0).sizeBytes, 16);
        QCOMPARE(m.sids.at(1).inputBinding, QString("p0"));
        QCOMPARE(m.sids.at(3).storageId, 3);
        QCOMPARE(m.sids.at(3).inputBinding, QString());
    } else {
        QVERIFY(m.sids.isEmpty());
    }
    // Inputs and outputs are in metadata from v7 (TVM 0.11) on only.
    if (version == 7) {
        QCOMPARE(m.inputs.size(), 1);
        QCOMPARE(m.inputs.first().name, QString("serving_default_input:0"));
        QCOMPARE(m.inputs.first().cName, QString("serving_default_input_0"));
        QCOMPARE(m.inputs.first().dtype, QString("int8"));
        QCOMPARE(m.inputs.first().sizeBytes, 16);
        QVERIFY(m.inputs.first().shape.isEmpty());
        QCOMPARE(m.outputs.size(), 1);
        QCOMPARE(m.outputs.first().name, QString("output"));
        QCOMPARE(m.outputs.first().sizeBytes, 40);
    } else {
        QVERIFY(m.inputs.isEmpty());
        QVERIFY(m.outputs.isEmpty());
    }
}

void tst_MetadataParser::operatorStyle_data()
{
    QTest::addColumn<int>("version");
    for (int v = 4; v <= 7; ++v)
        QTest::addRow("v%d", v) << v;
}

void tst_MetadataParser::operatorStyle()
{
    QFETCH(int, version);
    FixtureSpec s = spec(version, "aot");
    s.operatorStyle = true;
    s.modules = QStringList{"add"};
    const auto info = parseMetadata(fixtureMetadata(s));
    QVERIFY2(info.has_value(), qPrintable(info ? QString() : info.error().fullText()));
    QCOMPARE(info->style, QString("operator"));
    QCOMPARE(info->modules.size(), 1);
    const ModuleInfo &m = info->modules.first();
    QCOMPARE(m.name, QString("add"));
    QCOMPARE(m.executor, QString());
    QCOMPARE(m.inputs.size(), 2);
    QCOMPARE(m.inputs.at(0).name, QString("a"));
    QCOMPARE(m.inputs.at(1).name, QString("b"));
    QCOMPARE(m.outputs.size(), 1);
    QCOMPARE(m.outputs.first().name, QString("c"));
    for (const TensorInfo &t : m.inputs + m.outputs) {
        QCOMPARE(t.shape, QList<qint64>{2});
        QCOMPARE(t.shapeSource, QString("metadata"));
        QCOMPARE(t.dtype, QString("float32"));
        QCOMPARE(t.sizeBytes, 8);
    }
}

void tst_MetadataParser::multipleModules()
{
    FixtureSpec s = spec(7, "aot");
    s.modules = QStringList{"mod1", "mod2"};
    const auto info = parseMetadata(fixtureMetadata(s));
    QVERIFY(info.has_value());
    QCOMPARE(info->modules.size(), 2);
    QCOMPARE(info->modules.at(0).name, QString("mod1"));
    QCOMPARE(info->modules.at(1).name, QString("mod2"));
    QCOMPARE(info->modules.at(1).operatorFunctions.first().name, QString("tvmgen_mod2_fused_cast"));
}

void tst_MetadataParser::realLinaroV5()
{
    const QString path = sharedSamples + "/linaro_sine_v5.tar";
    if (!QFileInfo::exists(path))
        TINYDEPLOY_SKIP_WITHOUT_SHARED(
            "The shared MLF samples are not available beside the checkout.");
    const QByteArray json = readArchiveMember(path, "metadata.json");
    QCOMPARE(json.size(), 1753);
    const auto info = parseMetadata(json, "metadata.json");
    QVERIFY2(info.has_value(), qPrintable(info ? QString() : info.error().fullText()));
    QCOMPARE(info->version, 5);
    QCOMPARE(info->style, QString("full-model"));
    QCOMPARE(info->tvmVersion, QString("0.9.dev0"));
    QCOMPARE(info->modules.size(), 1);
    const ModuleInfo &m = info->modules.first();
    QCOMPARE(m.name, QString("default"));
    QCOMPARE(m.executor, QString("aot"));
    QCOMPARE(m.targets, QStringList{"c -keys=cpu -link-params=0 -mcpu=cortex-m33"});
    QCOMPARE(m.exportTimeText, QString("2022-03-24 18:49:45Z"));
    QCOMPARE(m.memory.size(), 1);
    QCOMPARE(m.memory.first().workspaceBytes, 1184);
    QCOMPARE(m.memory.first().ioBytes, 8);
    QCOMPARE(m.memory.first().constantsBytes, 0);
    QCOMPARE(m.operatorFunctions.size(), 5);
    QCOMPARE(m.operatorFunctions.at(1).name, QString("tvmgen_default_fused_nn_dense_add_nn_relu_1"));
    QCOMPARE(m.operatorFunctions.at(1).workspace.first().second, 1056);
    QVERIFY(m.inputs.isEmpty()); // 0.9.dev0 predates inputs/outputs in metadata
}

void tst_MetadataParser::realMatchV7()
{
    const QString path = sharedSamples + "/match_v7_parts.tar";
    if (!QFileInfo::exists(path))
        TINYDEPLOY_SKIP_WITHOUT_SHARED(
            "The shared MLF samples are not available beside the checkout.");
    const QByteArray json = readArchiveMember(path, "metadata.json");
    QCOMPARE(json.size(), 1114);
    const auto info = parseMetadata(json);
    QVERIFY2(info.has_value(), qPrintable(info ? QString() : info.error().fullText()));
    QCOMPARE(info->version, 7);
    QCOMPARE(info->tvmVersion, QString("0.15.dev0"));
    QCOMPARE(info->modules.size(), 1);
    const ModuleInfo &m = info->modules.first();
    QCOMPARE(m.executor, QString("aot"));
    QCOMPARE(m.targets, QStringList{"c -keys=riscv_cpu,cpu -device=riscv_cpu"});
    QCOMPARE(m.memory.first().ioBytes, 4096);
    QCOMPARE(m.memory.first().workspaceBytes, 0);
    QCOMPARE(m.inputs.size(), 1);
    QCOMPARE(m.inputs.first().name, QString("input_0"));
    QCOMPARE(m.inputs.first().dtype, QString("int8"));
    QCOMPARE(m.inputs.first().sizeBytes, 3072);
    QCOMPARE(m.outputs.size(), 1);
    QCOMPARE(m.outputs.first().name, QString("output"));
    QCOMPARE(m.outputs.first().dtype, QString("int32"));
    QCOMPARE(m.outputs.first().sizeBytes, 1024);
    QVERIFY(m.operatorFunctions.isEmpty());
}

void tst_MetadataParser::hostile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("mentions"); // in message or location

    const QByteArray valid = fixtureMetadata(spec(7, "aot"));
    QTest::newRow("garbage") << QByteArray("\x00\x01\x02garbage", 10) << ErrorCode::InvalidJson
                             << "line 1, column 1";
    QTest::newRow("empty") << QByteArray() << ErrorCode::InvalidJson << "empty";
    QTest::newRow("whitespace only") << QByteArray("  \n\t ") << ErrorCode::InvalidJson << "empty";
    QTest::newRow("incomplete") << valid.left(valid.size() / 2) << ErrorCode::InvalidJson << "line";
    QTest::newRow("trailing garbage") << valid + "x" << ErrorCode::InvalidJson << "line";
    QTest::newRow("trailing object") << valid + "{}" << ErrorCode::InvalidJson << "line";
    QTest::newRow("bad charset in key")
        << QByteArray("{\"version\": 7, \"modules\": {\"\xff\": {}}}") << ErrorCode::InvalidJson
        << "UTF-8";
    QTest::newRow("latin1 in value") << QByteArray("{\"version\": 5, \"model_name\": \"caf\xe9\"}")
                                     << ErrorCode::InvalidJson << "UTF-8";
    QTest::newRow("oversize") << QByteArray(maxMetadataBytes + 1, ' ') << ErrorCode::LimitExceeded
                              << "metadata.json";
    QTest::newRow("nested too deep")
        << QByteArray(200, '[') + QByteArray(200, ']') << ErrorCode::LimitExceeded << "levels";
    QTest::newRow("array at top") << QByteArray("[1, 2]") << ErrorCode::WrongFieldType
                                  << "an array";
    QTest::newRow("string at top")
        << QByteArray("\"metadata\"") << ErrorCode::WrongFieldType << "a string";
    QTest::newRow("no version") << QByteArray("{\"modules\": {}}") << ErrorCode::MissingField
                                << "version";
    QTest::newRow("version 0") << QByteArray("{\"version\": 0}") << ErrorCode::UnsupportedVersion
                               << "supported versions are 1 to 7";
    QTest::newRow("version -3") << QByteArray("{\"version\": -3}") << ErrorCode::UnsupportedVersion
                                << "1 to 7";
    QTest::newRow("version 8") << QByteArray("{\"version\": 8}") << ErrorCode::UnsupportedVersion
                               << "supported versions are 1 to 7";
    QTest::newRow("version 99") << QByteArray("{\"version\": 99, \"modules\": {}}")
                                << ErrorCode::UnsupportedVersion << "supported versions are 1 to 7";
    QTest::newRow("version 2^64-1") << QByteArray("{\"version\": 18446744073709551615}")
                                    << ErrorCode::UnsupportedVersion << "18446744073709551615";
    QTest::newRow("version as string")
        << QByteArray("{\"version\": \"7\"}") << ErrorCode::WrongFieldType << "a string";
    QTest::newRow("version with fraction")
        << QByteArray("{\"version\": 7.0}") << ErrorCode::WrongFieldType << "fraction";
    QTest::newRow("version null") << QByteArray("{\"version\": null}") << ErrorCode::WrongFieldType
                                  << "null";
    QTest::newRow("v7 without modules")
        << QByteArray("{\"version\": 7}") << ErrorCode::MissingField << "modules";
    QTest::newRow("v7 with no module")
        << QByteArray("{\"version\": 7, \"modules\": {}}") << ErrorCode::InvalidValue << "modules";
    QTest::newRow("v6 without model_name") << QByteArray("{\"version\": 6, \"target\": []}")
                                           << ErrorCode::MissingField << "model_name";
}

void tst_MetadataParser::hostile()
{
    QFETCH(QByteArray, json);
    QFETCH(ErrorCode, code);
    QFETCH(QString, mentions);
    const auto info = parseMetadata(json, "metadata.json");
    QVERIFY(!info.has_value());
    QCOMPARE(errorCodeName(info.error().code), errorCodeName(code));
    const QString text = info.error().message + " @ " + info.error().location;
    QVERIFY2(text.contains(mentions), qPrintable(text));
    QVERIFY2(info.error().location.startsWith("metadata.json"), qPrintable(text));
    QVERIFY(!info.error().hint.isEmpty());
}

void tst_MetadataParser::invalidJsonNamesLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("bad literal on line 3")
        << QByteArray("{\n  \"version\": 7,\n  \"modules\": x}") << 3 << 14;
    // The position is the end of the unexpected token, as nlohmann reports it.
    QTest::newRow("missing comma")
        << QByteArray("{\n  \"version\": 7\n  \"modules\": {}\n}") << 3 << 11;
    QTest::newRow("cut after a key") << QByteArray("{\n\"version\"") << 2 << 10;
    QTest::newRow("first byte") << QByteArray("}") << 1 << 1;
}

void tst_MetadataParser::invalidJsonNamesLineAndColumn()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto info = parseMetadata(json, "metadata.json");
    QVERIFY(!info.has_value());
    QCOMPARE(info.error().code, ErrorCode::InvalidJson);
    const QString where = QString("line %1, column %2").arg(line).arg(column);
    QVERIFY2(info.error().message.contains(where), qPrintable(info.error().message));
    QCOMPARE(info.error().location, QString("metadata.json:%1:%2").arg(line).arg(column));
    // nlohmann counts the same way: its own text (in details) names the same position.
    QVERIFY2(info.error().details.contains(where), qPrintable(info.error().details));
}

void tst_MetadataParser::wrongTypeInEveryField_data()
{
    QTest::addColumn<QByteArray>("base");
    QTest::addColumn<QString>("path");

    // Every field TinyDeploy reads, in every shape the versions give them.
    const QByteArray v7aot = fixtureMetadata(spec(7, "aot"));
    const QString mod = "modules.default";
    const QString main = mod + ".memory.functions.main[0]";
    const QString op = mod + ".memory.functions.operator_functions[0]";
    const QStringList v7Paths{
        "modules",
        mod,
        mod + ".model_name",
        mod + ".export_datetime",
        mod + ".executors",
        mod + ".executors[0]",
        mod + ".style",
        mod + ".target",
        mod + ".target[0]",
        mod + ".memory",
        mod + ".memory.functions",
        mod + ".memory.functions.main",
        main,
        main + ".device",
        main + ".workspace_size_bytes",
        main + ".constants_size_bytes",
        main + ".io_size_bytes",
        main + ".inputs",
        main + ".inputs.serving_default_input:0",
        main + ".inputs.serving_default_input:0.dtype",
        main + ".inputs.serving_default_input:0.size",
        main + ".outputs",
        main + ".outputs.output",
        main + ".outputs.output.dtype",
        main + ".outputs.output.size",
        mod + ".memory.functions.operator_functions",
        op,
        op + ".function_name",
        op + ".workspace",
        op + ".workspace[0]",
        op + ".workspace[0].device",
        op + ".workspace[0].workspace_size_bytes",
        mod + ".external_dependencies",
        mod + ".external_dependencies[0]",
        mod + ".external_dependencies[0].short_name",
        mod + ".external_dependencies[0].url",
        mod + ".external_dependencies[0].url_type",
        mod + ".external_dependencies[0].version_spec",
    };
    for (const QString &p : v7Paths)
        QTest::addRow("v7 %s", qPrintable(p)) << v7aot << p;

    const QByteArray v7graph = fixtureMetadata(spec(7, "graph"));
    for (const QString &p : QStringList{mod + ".memory.sids",
                                        mod + ".memory.sids[0]",
                                        mod + ".memory.sids[0].storage_id",
                                        mod + ".memory.sids[0].size_bytes",
                                        mod + ".memory.sids[0].input_binding"})
        QTest::addRow("v7 graph %s", qPrintable(p)) << v7graph << p;

    const QByteArray v5 = fixtureMetadata(spec(5, "aot"));
    for (const QString &p : {QString("model_name"),
                             QString("target.1"),
                             QString("executors"),
                             QString("style"),
                             QString("memory.functions.main[0].device")})
        QTest::addRow("v5 %s", qPrintable(p)) << v5 << p;

    const QByteArray v3 = fixtureMetadata(spec(3, "graph"));
    for (const QString &p : {QString("runtimes"), QString("runtimes[0]"), QString("target")})
        QTest::addRow("v3 %s", qPrintable(p)) << v3 << p;

    const QByteArray v1 = fixtureMetadata(spec(1, "graph"));
    for (const QString &p : {QString("memory[0]"),
                             QString("memory[0].storage_id"),
                             QString("memory[0].size_bytes"),
                             QString("memory[0].input_binding")})
        QTest::addRow("v1 %s", qPrintable(p)) << v1 << p;

    FixtureSpec operatorSpec = spec(7, "aot");
    operatorSpec.operatorStyle = true;
    const QByteArray ops = fixtureMetadata(operatorSpec);
    for (const QString &p : {QString("memory"),
                             QString("memory.default"),
                             QString("memory.default[0]"),
                             QString("memory.default[0].size_bytes"),
                             QString("memory.default[0].shape"),
                             QString("memory.default[0].shape[0]"),
                             QString("memory.default[0].dtype"),
                             QString("memory.default[0].input_binding"),
                             QString("style")})
        QTest::addRow("operator %s", qPrintable(p)) << ops << p;
}

void tst_MetadataParser::wrongTypeInEveryField()
{
    QFETCH(QByteArray, base);
    QFETCH(QString, path);
    const QJsonObject doc = QJsonDocument::fromJson(base).object();
    // Split on '.', but keep the sid index syntax and names with ':' intact.
    const QStringList segments = path.split('.');
    const QJsonValue current = getPath(doc, segments);
    QVERIFY2(!current.isUndefined(), qPrintable("fixture lacks " + path));
    const QJsonValue wrong = wrongValueFor(current);
    const QByteArray broken = QJsonDocument(setPath(doc, segments, wrong).toObject()).toJson();

    const auto info = parseMetadata(broken, "metadata.json");
    QVERIFY2(!info.has_value(), qPrintable(path));
    QCOMPARE(errorCodeName(info.error().code), errorCodeName(ErrorCode::WrongFieldType));
    QCOMPARE(info.error().location, "metadata.json: " + path);
    // The message names the field, what was expected and what was found.
    QVERIFY2(info.error().message.contains(path), qPrintable(info.error().message));
    QVERIFY2(info.error().message.contains(" but is "), qPrintable(info.error().message));
}

void tst_MetadataParser::negativeSizeIsInvalidValue()
{
    const QJsonObject doc = QJsonDocument::fromJson(fixtureMetadata(spec(7, "aot"))).object();
    const QString path = "modules.default.memory.functions.main[0].workspace_size_bytes";
    const QByteArray broken = QJsonDocument(setPath(doc, path.split('.'), -4).toObject()).toJson();
    const auto info = parseMetadata(broken);
    QVERIFY(!info.has_value());
    QCOMPARE(info.error().code, ErrorCode::InvalidValue);
    QCOMPARE(info.error().location, "metadata.json: " + path);
    QVERIFY(info.error().message.contains("-4"));

    const QString sizePath = "modules.default.memory.functions.main[0].inputs."
                             "serving_default_input:0.size";
    const auto info2 = parseMetadata(
        QJsonDocument(setPath(doc, sizePath.split('.'), -1).toObject()).toJson());
    QVERIFY(!info2.has_value());
    QCOMPARE(info2.error().code, ErrorCode::InvalidValue);
    QCOMPARE(info2.error().location, "metadata.json: " + sizePath);
}

void tst_MetadataParser::duplicateKeysLastWins()
{
    const auto info = parseMetadata(
        "{\"version\": 7, \"version\": 5, \"model_name\": \"first\", \"model_name\": \"second\", "
        "\"target\": {\"1\": \"c\"}}");
    QVERIFY2(info.has_value(), qPrintable(info ? QString() : info.error().fullText()));
    QCOMPARE(info->version, 5);
    QCOMPARE(info->modules.first().name, QString("second"));
}

void tst_MetadataParser::unknownKeysAreIgnored()
{
    QJsonObject doc = QJsonDocument::fromJson(fixtureMetadata(spec(7, "aot"))).object();
    doc.insert("future_top_level", QJsonObject{{"x", QJsonArray{1, 2}}});
    QJsonObject modules = doc.value("modules").toObject();
    QJsonObject m = modules.value("default").toObject();
    m.insert("future_module_key", 42);
    modules.insert("default", m);
    doc.insert("modules", modules);
    const auto info = parseMetadata(QJsonDocument(doc).toJson());
    QVERIFY(info.has_value());
    QCOMPARE(info->modules.first().inputs.size(), 1);
}

void tst_MetadataParser::legacyFormsAcceptedInAnyVersion()
{
    // A v6 archive from a tool that still writes the v5 target object and "runtimes".
    const auto info = parseMetadata("{\"version\": 6, \"model_name\": \"m\", \"runtimes\": "
                                    "[\"graph\"], \"target\": {\"1\": \"c -keys=cpu\"}}");
    QVERIFY2(info.has_value(), qPrintable(info ? QString() : info.error().fullText()));
    QCOMPARE(info->modules.first().executor, QString("graph"));
    QCOMPARE(info->modules.first().targets, QStringList{"c -keys=cpu"});
}

QTEST_GUILESS_MAIN(tst_MetadataParser)
#include "tst_metadataparser.moc"
