#include <projectapi/jsonrpc.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::ProjectApi;

static const char RealTraceback[]
    = "Traceback (most recent call last):\n"
      "  File \"/opt/tvm/python/tvm/micro/project_api/server.py\", line 312, in _dispatch_request\n"
      "    return_value = dispatch_method(**params)  # <--- Outermost server-side stack frame\n"
      "  File \"/opt/template/microtvm_api_server.py\", line 180, in build\n"
      "    subprocess.check_call([\"make\"], cwd=build_dir)\n"
      "subprocess.CalledProcessError: Command '['make']' returned non-zero exit status 2.\n";

static QByteArray errorReply(int code,
                             const QString &message,
                             const QJsonValue &data,
                             const QJsonValue &id = 7)
{
    const QJsonObject error{{"code", code}, {"message", message}, {"data", data}};
    const QJsonObject reply{{"jsonrpc", "2.0"}, {"id", id}, {"error", error}};
    return QJsonDocument(reply).toJson(QJsonDocument::Compact);
}

class tst_JsonRpc : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void requestIsCompactWithTvmKeyOrder();
    void requestEscapesAndNeverContainsNewline();
    void methodNames();
    void reply_data();
    void reply();
    void serverErrorSummaryIsTheTracebackLastLine();
    void typedServerErrorsKeepTheTraceback();
    void pythonSpacedRepliesParse();
};

void tst_JsonRpc::requestIsCompactWithTvmKeyOrder()
{
    QCOMPARE(JsonRpc::buildRequest(1, u"server_info_query", {{"tvm_version", "0.18.0"}}),
             QByteArray("{\"jsonrpc\":\"2.0\",\"method\":\"server_info_query\","
                        "\"params\":{\"tvm_version\":\"0.18.0\"},\"id\":1}\n"));
    // params is always an object, also when empty (close_transport).
    QCOMPARE(JsonRpc::buildRequest(42, u"close_transport", {}),
             QByteArray("{\"jsonrpc\":\"2.0\",\"method\":\"close_transport\",\"params\":{},"
                        "\"id\":42}\n"));
    const QByteArray read = JsonRpc::buildRequest(6,
                                                  u"read_transport",
                                                  {{"n", 8}, {"timeout_sec", QJsonValue()}});
    QCOMPARE(read,
             QByteArray("{\"jsonrpc\":\"2.0\",\"method\":\"read_transport\","
                        "\"params\":{\"n\":8,\"timeout_sec\":null},\"id\":6}\n"));
}

void tst_JsonRpc::requestEscapesAndNeverContainsNewline()
{
    const QJsonObject options{{"compile_definitions", QJsonArray{"-DA=\"x\"", "line\nbreak"}},
                              {"path", QString::fromUtf8("/tmp/modèle\r.tar")}};
    const QByteArray line = JsonRpc::buildRequest(3, u"generate_project", {{"options", options}});
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);
    QVERIFY(!line.contains('\r'));
    const QJsonDocument back = QJsonDocument::fromJson(line);
    QCOMPARE(back.object().value("params").toObject().value("options").toObject(), options);
}

void tst_JsonRpc::methodNames()
{
    QVERIFY(JsonRpc::isValidMethodName(u"write_transport"));
    QVERIFY(JsonRpc::isValidMethodName(u"Method2"));
    QVERIFY(!JsonRpc::isValidMethodName(u""));
    QVERIFY(!JsonRpc::isValidMethodName(u"build now"));
    QVERIFY(!JsonRpc::isValidMethodName(u"rpc.discover"));
    QVERIFY(!JsonRpc::isValidMethodName(u"bu\"ild"));
}

void tst_JsonRpc::reply_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("code");          // -1: success
    QTest::addColumn<QString>("inMessage"); // substring of message, or the result as JSON

    const auto code = [](ErrorCode c) { return int(c); };
    QTest::newRow("result null") << QByteArray(R"({"jsonrpc": "2.0", "id": 7, "result": null})")
                                 << -1 << "null";
    QTest::newRow("result object")
        << QByteArray(R"({"jsonrpc": "2.0", "id": 7, "result": {"serial_port": "/dev/pts/3"}})")
        << -1 << R"({"serial_port":"/dev/pts/3"})";
    QTest::newRow("garbage") << QByteArray("this is not JSON") << code(ErrorCode::MalformedReply)
                             << "not JSON";
    QTest::newRow("empty") << QByteArray("") << code(ErrorCode::MalformedReply) << "not JSON";
    QTest::newRow("incomplete") << QByteArray(R"({"jsonrpc": "2.0", "id": 7, "res)")
                                << code(ErrorCode::MalformedReply) << "not JSON";
    QTest::newRow("trailing data")
        << QByteArray(R"({"jsonrpc": "2.0", "id": 7, "result": null} {"x": 1})")
        << code(ErrorCode::MalformedReply) << "not JSON";
    QTest::newRow("bad utf-8") << QByteArray(
        "{\"jsonrpc\": \"2.0\", \"id\": 7, \"result\": \"\xff\xfe\"}")
                               << code(ErrorCode::MalformedReply) << "not JSON";
    QTest::newRow("array") << QByteArray("[1, 2]") << code(ErrorCode::MalformedReply)
                           << "not a JSON object";
    QTest::newRow("wrong jsonrpc") << QByteArray(R"({"jsonrpc": "1.0", "id": 7, "result": 1})")
                                   << code(ErrorCode::MalformedReply) << "jsonrpc";
    QTest::newRow("wrong id") << QByteArray(R"({"jsonrpc": "2.0", "id": 1007, "result": null})")
                              << code(ErrorCode::MismatchedId) << "1007";
    QTest::newRow("string id") << QByteArray(R"({"jsonrpc": "2.0", "id": "7", "result": null})")
                               << code(ErrorCode::MismatchedId) << "\"7\"";
    QTest::newRow("null id result")
        << QByteArray(R"({"jsonrpc": "2.0", "id": null, "result": null})")
        << code(ErrorCode::MismatchedId) << "null";
    QTest::newRow("no result") << QByteArray(R"({"jsonrpc": "2.0", "id": 7})")
                               << code(ErrorCode::MalformedReply) << "neither";
    QTest::newRow("error not object")
        << QByteArray(R"({"jsonrpc": "2.0", "id": 7, "error": "bad"})")
        << code(ErrorCode::MalformedReply) << "\"error\"";
    QTest::newRow("error code not integer")
        << QByteArray(R"({"jsonrpc": "2.0", "id": 7, "error": {"code": "x", "message": ""}})")
        << code(ErrorCode::MalformedReply) << "error.code";
    QTest::newRow("server error") << errorReply(-32000,
                                                "calling method build",
                                                QJsonObject{{"traceback", RealTraceback}})
                                  << code(ErrorCode::ServerError) << "CalledProcessError";
    QTest::newRow("server error free text")
        << errorReply(-32000, "Zephyr version found is not supported", QJsonValue())
        << code(ErrorCode::ServerError) << "Zephyr version found is not supported";
    QTest::newRow("transport closed")
        << errorReply(-32000, "TransportClosedError", QJsonObject{{"traceback", "T"}})
        << code(ErrorCode::TransportClosed) << "";
    QTest::newRow("io timeout") << errorReply(-32000, "IoTimeoutError", QJsonValue())
                                << code(ErrorCode::IoTimeout) << "";
    QTest::newRow("unsupported tvm")
        << errorReply(-32000, "UnsupportedTVMVersionError", QJsonValue())
        << code(ErrorCode::UnsupportedTvmVersion) << "";
    QTest::newRow("invalid request, null id")
        << errorReply(-32600, "request[\"params\"]: want dict", QJsonValue(), QJsonValue())
        << code(ErrorCode::InvalidRequest) << "want dict";
    QTest::newRow("method not found") << errorReply(-32601, "flesh: no such method", QJsonValue())
                                      << code(ErrorCode::MethodNotFound) << "no such method";
    QTest::newRow("invalid params")
        << errorReply(-32602, "method build: parameter options not given", QJsonValue())
        << code(ErrorCode::InvalidParams) << "parameter options";
    QTest::newRow("parse error code")
        << errorReply(-32700, "parse", QJsonValue()) << code(ErrorCode::JsonRpcError) << "-32700";
    QTest::newRow("internal error code") << errorReply(-32603, "internal", QJsonValue())
                                         << code(ErrorCode::JsonRpcError) << "-32603";
    QTest::newRow("unknown code") << errorReply(-31999, "a code from the future", QJsonValue())
                                  << code(ErrorCode::JsonRpcError) << "-31999";
    QTest::newRow("error with wrong id")
        << errorReply(-32000, "x", QJsonValue(), 8) << code(ErrorCode::MismatchedId) << "8";
    QTest::newRow("oversize quoted line is shortened")
        << QByteArray(100000, 'x') << code(ErrorCode::MalformedReply) << "not JSON";
}

void tst_JsonRpc::reply()
{
    QFETCH(QByteArray, line);
    QFETCH(int, code);
    QFETCH(QString, inMessage);

    const auto result = JsonRpc::parseReply(line, 7, "build");
    if (code == -1) {
        QVERIFY2(result, qPrintable(result ? QString() : result.error().fullText()));
        const QByteArray json = QJsonDocument(QJsonArray{*result}).toJson(QJsonDocument::Compact);
        QCOMPARE(QString::fromUtf8(json.mid(1, json.size() - 2)), inMessage);
        return;
    }
    QVERIFY(!result);
    const Error &error = result.error();
    QCOMPARE(errorCodeName(error.code), errorCodeName(ErrorCode(code)));
    QCOMPARE(error.location, QString("build"));
    QVERIFY2(error.message.contains(inMessage), qPrintable(error.message));
    QVERIFY(!error.message.isEmpty());
    QVERIFY(error.details.size() < 5000);
}

void tst_JsonRpc::serverErrorSummaryIsTheTracebackLastLine()
{
    const auto result = JsonRpc::parseReply(errorReply(-32000,
                                                       "calling method build",
                                                       QJsonObject{{"traceback", RealTraceback}}),
                                            7,
                                            "build");
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::ServerError);
    QVERIFY(result.error().message.endsWith(
        "subprocess.CalledProcessError: Command '['make']' returned non-zero exit status 2."));
    QVERIFY(result.error().details.contains("Outermost server-side stack frame"));
    QVERIFY(result.error().details.contains("calling method build"));
    QVERIFY(!result.error().hint.isEmpty());
    QCOMPARE(JsonRpc::tracebackSummary("a\nb: c\n\n  \n"), QString("b: c"));
    QCOMPARE(JsonRpc::tracebackSummary(""), QString());
}

void tst_JsonRpc::typedServerErrorsKeepTheTraceback()
{
    const auto result = JsonRpc::parseReply(
        errorReply(-32000,
                   "TransportClosedError",
                   QJsonObject{{"traceback", "Traceback ...\nserver.TransportClosedError\n"}}),
        7,
        "read_transport");
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::TransportClosed);
    QCOMPARE(result.error().location, QString("read_transport"));
    QVERIFY(result.error().details.contains("server.TransportClosedError"));
}

void tst_JsonRpc::pythonSpacedRepliesParse()
{
    // Exactly what json.dumps() makes (spec 3.1 wire example).
    const QByteArray line
        = R"({"jsonrpc": "2.0", "id": 5, "result": {"timeouts": )"
          R"({"session_start_retry_timeout_sec": 0, "session_start_timeout_sec": 0, )"
          R"("session_established_timeout_sec": 0}}})";
    const auto result = JsonRpc::parseReply(line, 5, "open_transport");
    QVERIFY(result);
    QVERIFY(result->toObject().value("timeouts").isObject());
}

QTEST_GUILESS_MAIN(tst_JsonRpc)
#include "tst_jsonrpc.moc"
