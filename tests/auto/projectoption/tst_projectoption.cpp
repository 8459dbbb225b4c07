#include <projectapi/projectoption.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::ProjectApi;

static QJsonValue json(const char *text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", text);
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

// The CRT host template's answer (spec 4.1), as TVM's server.py sends it.
static const char HostInfo[] = R"({"platform_name": "host", "is_template": true,
 "model_library_format_path": "", "project_options": [
 {"name": "verbose", "choices": null, "default": false, "type": "bool", "required": null,
  "optional": ["build"], "help": "Run make with verbose output"},
 {"name": "workspace_size_bytes", "choices": null, "default": 2097152, "type": "int",
  "required": null, "optional": ["generate_project"],
  "help": "Sets the value of TVM_WORKSPACE_SIZE_BYTES."}],
 "protocol_version": 1})";

class tst_ProjectOption : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void hostTemplateServerInfo();
    void zephyrStyleOptions();
    void oldServersWithThreeFields();
    void protocolVersionMustBeOne();
    void malformed_data();
    void malformed();
    void transportTimeouts();
    void toJsonRoundTrips();
};

void tst_ProjectOption::hostTemplateServerInfo()
{
    const auto info = ServerInfo::fromJson(json(HostInfo));
    QVERIFY2(info, qPrintable(info ? QString() : info.error().fullText()));
    QCOMPARE(info->platformName, QString("host"));
    QVERIFY(info->isTemplate);
    QCOMPARE(info->modelLibraryFormatPath, QString());
    QCOMPARE(info->protocolVersion, 1);
    QCOMPARE(info->projectOptions.size(), 2);
    const ProjectOption *verbose = info->option(u"verbose");
    QVERIFY(verbose);
    QCOMPARE(verbose->type, OptionType::Bool);
    QVERIFY(!verbose->choices.has_value());
    QCOMPARE(verbose->defaultValue, QJsonValue(false));
    QVERIFY(verbose->required.isEmpty());
    QCOMPARE(verbose->optional, QStringList{"build"});
    QVERIFY(verbose->isOptionalFor(u"build"));
    QVERIFY(!verbose->isRequiredFor(u"build"));
    const ProjectOption *workspace = info->option(u"workspace_size_bytes");
    QVERIFY(workspace);
    QCOMPARE(workspace->type, OptionType::Int);
    QCOMPARE(workspace->defaultValue.toInteger(), 2097152);
    QVERIFY(!info->option(u"board"));
}

void tst_ProjectOption::zephyrStyleOptions()
{
    const auto option = ProjectOption::fromJson(
        json(R"({"name": "project_type", "choices": [], "default": null, "type": "str",
                 "required": ["generate_project"], "optional": null, "help": "Type of project."})"),
        "result.project_options[1]");
    QVERIFY(option);
    // An empty choices list is a list, not "no choices".
    QVERIFY(option->choices.has_value());
    QVERIFY(option->choices->isEmpty());
    QVERIFY(option->defaultValue.isNull());
    QVERIFY(option->isRequiredFor(u"generate_project"));
    QVERIFY(!option->isList());

    const auto definitions = ProjectOption::fromJson(
        json(R"({"name": "compile_definitions", "choices": null, "default": null, "type": "str",
                 "required": null, "optional": ["generate_project"], "help": ""})"),
        "x");
    QVERIFY(definitions);
    QVERIFY(definitions->isList());

    const auto numericChoices = ProjectOption::fromJson(
        json(R"({"name": "baud", "choices": [9600, 115200, true], "type": "int",
                 "required": null, "optional": ["flash"], "help": ""})"),
        "x");
    QVERIFY(numericChoices);
    QCOMPARE(*numericChoices->choices, (QStringList{"9600", "115200", "true"}));
}

void tst_ProjectOption::oldServersWithThreeFields()
{
    // TVM 0.8 ProjectOption had only name, choices and help.
    const auto option = ProjectOption::fromJson(
        json(R"({"name": "zephyr_board", "choices": ["qemu_x86"], "help": "Board."})"), "x");
    QVERIFY(option);
    QCOMPARE(option->type, OptionType::Unspecified);
    QVERIFY(option->defaultValue.isNull());
    QVERIFY(option->required.isEmpty());
    QCOMPARE(*option->choices, QStringList{"qemu_x86"});
}

void tst_ProjectOption::protocolVersionMustBeOne()
{
    QJsonObject object = json(HostInfo).toObject();
    object["protocol_version"] = 2;
    const auto info = ServerInfo::fromJson(object);
    QVERIFY(!info);
    QCOMPARE(info.error().code, ErrorCode::UnsupportedProtocolVersion);
    QVERIFY(info.error().message.contains("2"));
    QCOMPARE(info.error().location, QString("result.protocol_version"));
}

void tst_ProjectOption::malformed_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("value"); // JSON, or "-" to remove the field
    QTest::addColumn<QString>("path");
    QTest::newRow("no platform_name")
        << QByteArray("platform_name") << QByteArray("-") << "result.platform_name";
    QTest::newRow("platform_name number")
        << QByteArray("platform_name") << QByteArray("[3]") << "result.platform_name";
    QTest::newRow("is_template string")
        << QByteArray("is_template") << QByteArray("[\"yes\"]") << "result.is_template";
    QTest::newRow("no protocol_version")
        << QByteArray("protocol_version") << QByteArray("-") << "result.protocol_version";
    QTest::newRow("project_options object")
        << QByteArray("project_options") << QByteArray("[{}]") << "result.project_options";
    QTest::newRow("option not object")
        << QByteArray("project_options") << QByteArray("[[1]]") << "result.project_options[0]";
    QTest::newRow("option without name")
        << QByteArray("project_options") << QByteArray("[[{\"type\": \"str\"}]]")
        << "result.project_options[0].name";
    QTest::newRow("required not list")
        << QByteArray("project_options")
        << QByteArray("[[{\"name\": \"a\", \"required\": \"build\"}]]")
        << "result.project_options[0].required";
    QTest::newRow("optional item not string")
        << QByteArray("project_options")
        << QByteArray("[[{\"name\": \"a\", \"optional\": [\"build\", 3]}]]")
        << "result.project_options[0].optional[1]";
    QTest::newRow("choices object")
        << QByteArray("project_options") << QByteArray("[[{\"name\": \"a\", \"choices\": {}}]]")
        << "result.project_options[0].choices";
    QTest::newRow("mlf path number") << QByteArray("model_library_format_path") << QByteArray("[1]")
                                     << "result.model_library_format_path";
}

void tst_ProjectOption::malformed()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, value);
    QFETCH(QString, path);
    QJsonObject object = json(HostInfo).toObject();
    if (value == "-")
        object.remove(QString::fromLatin1(field));
    else // wrapped in an array so that scalars parse as a document
        object[QString::fromLatin1(field)] = json(value.constData()).toArray().at(0);
    const auto info = ServerInfo::fromJson(object);
    QVERIFY(!info);
    QCOMPARE(info.error().code, ErrorCode::MalformedReply);
    QCOMPARE(info.error().location, path);
    QVERIFY(!info.error().message.isEmpty());
}

void tst_ProjectOption::transportTimeouts()
{
    const auto zephyr = TransportTimeouts::fromJson(json(
        R"({"timeouts": {"session_start_retry_timeout_sec": 2.0, "session_start_timeout_sec": 5,
            "session_established_timeout_sec": 10.5}})"));
    QVERIFY(zephyr);
    QCOMPARE(zephyr->sessionStartRetryTimeoutSec, 2.0);
    QCOMPARE(zephyr->sessionStartTimeoutSec, 5.0);
    QCOMPARE(zephyr->sessionEstablishedTimeoutSec, 10.5);

    const auto missing = TransportTimeouts::fromJson(json(
        R"({"timeouts": {"session_start_retry_timeout_sec": 0, "session_start_timeout_sec": 0}})"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().location, QString("result.timeouts.session_established_timeout_sec"));

    const auto notObject = TransportTimeouts::fromJson(QJsonValue());
    QVERIFY(!notObject);
    QCOMPARE(notObject.error().code, ErrorCode::MalformedReply);
}

void tst_ProjectOption::toJsonRoundTrips()
{
    const auto info = ServerInfo::fromJson(json(HostInfo));
    QVERIFY(info);
    const auto again = ServerInfo::fromJson(info->toJson());
    QVERIFY(again);
    QCOMPARE(again->toJson(), info->toJson());
    QCOMPARE(info->toJson(), json(HostInfo).toObject());
}

QTEST_GUILESS_MAIN(tst_ProjectOption)
#include "tst_projectoption.moc"
