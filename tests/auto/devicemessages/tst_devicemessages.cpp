#include <device/messages.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <QtEndian>

using namespace TinyDeploy;
using namespace TinyDeploy::Device;

class tst_DeviceMessages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void vectorsDecodeToTheirFieldsAndBack_data();
    void vectorsDecodeToTheirFieldsAndBack();
    void helloRejectsMalformedPayloads_data();
    void helloRejectsMalformedPayloads();
    void helloTruncatedAnywhereNamesTheField();
    void dtypeNames_data();
    void dtypeNames();
    void otherMessagesRejectWrongSizes_data();
    void otherMessagesRejectWrongSizes();
    void logAndErrorTextSurviveBadUtf8();
    void unknownErrorCodesAreNamed();
    void longNamesAreCutOnACharacterBoundary();

private:
    QJsonObject m_vectors;
};

template<typename T>
static QByteArray why(const Result<T> &result)
{
    return result ? QByteArray() : result.error().fullText().toUtf8();
}

static QByteArray hex(const QJsonValue &v)
{
    return QByteArray::fromHex(v.toString().toLatin1());
}

static TensorInfo tensorFrom(const QJsonObject &o)
{
    TensorInfo t;
    t.name = o.value("name").toString();
    const QString dtype = o.value("dtype").toString();
    for (const auto &[prefix, code] :
         {std::pair{"bfloat", 4}, {"float", 2}, {"uint", 1}, {"int", 0}}) {
        if (dtype.startsWith(QLatin1String(prefix))) {
            t.dtypeCode = quint8(code);
            t.dtypeBits = quint8(dtype.mid(qstrlen(prefix)).toInt());
            break;
        }
    }
    for (const QJsonValue &d : o.value("shape").toArray())
        t.shape.append(d.toInt());
    t.bytes = quint32(o.value("bytes").toInteger());
    return t;
}

static DeviceHello helloFrom(const QJsonObject &f)
{
    DeviceHello h;
    h.protocolVersion = quint8(f.value("protocol_version").toInt());
    h.flags = quint8(f.value("flags").toInt());
    h.maxPayload = quint16(f.value("max_payload").toInt());
    h.cyclesHz = quint32(f.value("cycles_hz").toInteger());
    h.firmware = f.value("firmware").toString();
    h.board = f.value("board").toString();
    h.model = f.value("model").toString();
    h.entryPoint = f.value("entry_point").toString();
    h.workspaceBytes = quint32(f.value("workspace_bytes").toInteger());
    for (const QJsonValue &t : f.value("inputs").toArray())
        h.inputs.append(tensorFrom(t.toObject()));
    for (const QJsonValue &t : f.value("outputs").toArray())
        h.outputs.append(tensorFrom(t.toObject()));
    return h;
}

void tst_DeviceMessages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile file(QStringLiteral(TINYDEPLOY_TESTS_DIR "/data/device-protocol-vectors.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    m_vectors = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!m_vectors.value("frames").toArray().isEmpty());
}

void tst_DeviceMessages::vectorsDecodeToTheirFieldsAndBack_data()
{
    QTest::addColumn<QString>("typeName");
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<QByteArray>("payload");
    for (const QJsonValue &v : m_vectors.value("frames").toArray()) {
        const QJsonObject o = v.toObject();
        QTest::newRow(qPrintable(o.value("name").toString()))
            << o.value("type_name").toString() << o.value("fields").toObject()
            << hex(o.value("payload"));
    }
}

void tst_DeviceMessages::vectorsDecodeToTheirFieldsAndBack()
{
    QFETCH(QString, typeName);
    QFETCH(QJsonObject, fields);
    QFETCH(QByteArray, payload);
    if (typeName == "HELLO") {
        QVERIFY(payload.isEmpty());
    } else if (typeName == "HELLO_REPLY") {
        const DeviceHello expected = helloFrom(fields);
        const auto decoded = DeviceHello::decode(payload);
        QVERIFY2(decoded, why(decoded).constData());
        QCOMPARE(*decoded, expected);
        QCOMPARE(decoded->hasCycleCounter(), bool(expected.flags & 1));
        QCOMPARE(decoded->cyclesEmulated(), bool(expected.flags & 2));
        for (qsizetype i = 0; i < decoded->inputs.size(); ++i)
            QCOMPARE(decoded->inputs[i].dtype(),
                     fields.value("inputs").toArray()[i].toObject().value("dtype").toString());
        QCOMPARE(expected.encode().toHex(), payload.toHex());
    } else if (typeName == "INPUT" || typeName == "OUTPUT") {
        const TensorChunk expected{quint8(fields.value("tensor").toInt()),
                                   quint32(fields.value("offset").toInteger()),
                                   hex(fields.value("data"))};
        const auto decoded = TensorChunk::decode(payload,
                                                 typeName == "INPUT" ? MessageType::Input
                                                                     : MessageType::Output);
        QVERIFY2(decoded, why(decoded).constData());
        QCOMPARE(*decoded, expected);
        QCOMPARE(expected.encode().toHex(), payload.toHex());
    } else if (typeName == "RUN") {
        const auto decoded = RunRequest::decode(payload);
        QVERIFY(decoded);
        QCOMPARE(decoded->runs, quint32(fields.value("runs").toInteger()));
        QCOMPARE(RunRequest{decoded->runs}.encode(), payload);
    } else if (typeName == "PING" || typeName == "PONG") {
        QCOMPARE(payload, hex(fields.value("data")));
    } else if (typeName == "INPUT_ACK") {
        const InputAck expected{quint8(fields.value("tensor").toInt()),
                                quint32(fields.value("bytes_received").toInteger())};
        QCOMPARE(InputAck::decode(payload).value(), expected);
        QCOMPARE(expected.encode(), payload);
    } else if (typeName == "RUN_DONE") {
        const RunDone expected{fields.value("status").toInt(),
                               quint32(fields.value("runs_completed").toInteger())};
        QCOMPARE(RunDone::decode(payload).value(), expected);
        QCOMPARE(expected.encode(), payload);
    } else if (typeName == "TIMING") {
        Timing expected;
        expected.firstRun = quint32(fields.value("first_run").toInteger());
        for (const QJsonValue &r : fields.value("runs").toArray())
            expected.runs.append({quint64(r.toObject().value("cycles").toInteger()),
                                  quint32(r.toObject().value("microseconds").toInteger())});
        const auto decoded = Timing::decode(payload);
        QVERIFY2(decoded, why(decoded).constData());
        QCOMPARE(*decoded, expected);
        QCOMPARE(expected.encode(), payload);
    } else if (typeName == "LOG") {
        QCOMPARE(LogMessage::decode(payload)->text, fields.value("text").toString());
        QCOMPARE(LogMessage{fields.value("text").toString()}.encode(), payload);
    } else if (typeName == "ERROR") {
        const auto decoded = DeviceErrorFrame::decode(payload);
        QVERIFY(decoded);
        QCOMPARE(decoded->codeName(), fields.value("code").toString());
        QCOMPARE(decoded->message, fields.value("message").toString());
        QCOMPARE(decoded->encode(), payload);
    } else {
        QFAIL(qPrintable("no check for " + typeName));
    }
}

static DeviceHello sampleHello()
{
    DeviceHello h;
    h.maxPayload = 1024;
    h.firmware = "fw";
    h.board = "board";
    h.model = "m";
    h.entryPoint = "run";
    h.inputs.append(TensorInfo{"in", 2, 32, {1, 4}, 16});
    h.outputs.append(TensorInfo{"out", 0, 8, {3}, 3});
    return h;
}

void tst_DeviceMessages::helloRejectsMalformedPayloads_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("messagePart");

    const QByteArray good = sampleHello().encode();
    QVERIFY(DeviceHello::decode(good));
    // Offsets into the sample: 8 fixed bytes, 4 strings (3+6+2+4 bytes), 4+1+1, then "in".
    const qsizetype inputName = 8 + 3 + 6 + 2 + 4 + 6;

    QTest::newRow("empty") << QByteArray() << "HELLO_REPLY.protocol_version"
                           << "too short";
    QTest::newRow("garbage") << QByteArray("\x01garbage!", 9) << "HELLO_REPLY.firmware"
                             << "too short";
    QTest::newRow("incomplete") << good.left(good.size() - 1) << "HELLO_REPLY.outputs[0].bytes"
                                << "too short";
    QTest::newRow("trailing data") << good + "x"
                                   << "HELLO_REPLY"
                                   << "unexpected byte";
    QTest::newRow("oversize tensor count") <<
        [] {
            DeviceHello h = sampleHello();
            QByteArray p = h.encode();
            p[8 + 3 + 6 + 2 + 4 + 4] = char(17);
            return p;
        }() << "HELLO_REPLY.num_inputs"
                                           << "at most 16";
    QTest::newRow("bad charset") <<
        [&] {
            QByteArray p = good;
            p[inputName + 1] = char(0xC3); // a lead byte followed by 'n'
            return p;
        }() << "HELLO_REPLY.inputs[0].name"
                                 << "UTF-8";
    QTest::newRow("wrong protocol version") <<
        [&] {
            QByteArray p = good;
            p[0] = 2;
            return p;
        }() << "HELLO_REPLY.protocol_version"
                                            << "version 2";
    QTest::newRow("max payload below 256") <<
        [] {
            DeviceHello h = sampleHello();
            h.maxPayload = 255;
            return h.encode();
        }() << "HELLO_REPLY.max_payload"
                                           << "255";
    QTest::newRow("unknown dtype code") <<
        [] {
            DeviceHello h = sampleHello();
            h.inputs[0].dtypeCode = 3;
            return h.encode();
        }() << "HELLO_REPLY.inputs[0].dtype_code"
                                        << "unknown dtype code 3";
    QTest::newRow("impossible bit width") <<
        [] {
            DeviceHello h = sampleHello();
            h.outputs[0].dtypeBits = 12;
            return h.encode();
        }() << "HELLO_REPLY.outputs[0].dtype_bits"
                                          << "12-bit";
    QTest::newRow("too many dimensions") <<
        [] {
            DeviceHello h = sampleHello();
            h.inputs[0].shape = {1, 1, 1, 1, 1, 1, 16};
            return h.encode();
        }() << "HELLO_REPLY.inputs[0].ndim"
                                         << "7 dimensions";
    QTest::newRow("negative dimension") <<
        [] {
            DeviceHello h = sampleHello();
            h.inputs[0].shape = {-1, 4};
            return h.encode();
        }() << "HELLO_REPLY.inputs[0].shape[0]"
                                        << "negative";
    QTest::newRow("bytes disagree with shape") <<
        [] {
            DeviceHello h = sampleHello();
            h.inputs[0].bytes = 15;
            return h.encode();
        }() << "HELLO_REPLY.inputs[0].bytes"
                                               << "needs 16";
}

void tst_DeviceMessages::helloRejectsMalformedPayloads()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, location);
    QFETCH(QString, messagePart);
    const auto decoded = DeviceHello::decode(payload);
    QVERIFY(!decoded);
    QCOMPARE(decoded.error().code, ErrorCode::DeviceProtocol);
    QCOMPARE(decoded.error().location, location);
    QVERIFY2(decoded.error().message.contains(messagePart), qPrintable(decoded.error().message));
    QVERIFY(!decoded.error().hint.isEmpty());
    QVERIFY(decoded.error().details.startsWith("payload: "));
}

void tst_DeviceMessages::helloTruncatedAnywhereNamesTheField()
{
    const QByteArray good = sampleHello().encode();
    for (qsizetype n = 0; n < good.size(); ++n) {
        const auto decoded = DeviceHello::decode(good.first(n));
        QVERIFY2(!decoded, qPrintable(QString::number(n)));
        QVERIFY2(decoded.error().location.startsWith("HELLO_REPLY."),
                 qPrintable(decoded.error().location));
        QVERIFY(decoded.error().message.contains("too short"));
    }
}

void tst_DeviceMessages::dtypeNames_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("name");
    QTest::newRow("float32") << 2 << 32 << "float32";
    QTest::newRow("float16") << 2 << 16 << "float16";
    QTest::newRow("int8") << 0 << 8 << "int8";
    QTest::newRow("uint8") << 1 << 8 << "uint8";
    QTest::newRow("bool") << 1 << 1 << "bool";
    QTest::newRow("bfloat16") << 4 << 16 << "bfloat16";
}

void tst_DeviceMessages::dtypeNames()
{
    QFETCH(int, code);
    QFETCH(int, bits);
    QFETCH(QString, name);
    QCOMPARE((TensorInfo{"t", quint8(code), quint8(bits), {}, 0}.dtype()), name);
}

void tst_DeviceMessages::otherMessagesRejectWrongSizes_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("location");
    QTest::newRow("INPUT_ACK short") << 0x82 << QByteArray(7, '\0') << "INPUT_ACK.bytes_received";
    QTest::newRow("INPUT_ACK long") << 0x82 << QByteArray(9, '\0') << "INPUT_ACK";
    QTest::newRow("OUTPUT without data") << 0x83 << QByteArray(8, '\0') << "OUTPUT.data";
    QTest::newRow("OUTPUT header cut") << 0x83 << QByteArray(5, '\0') << "OUTPUT.offset";
    QTest::newRow("RUN_DONE short") << 0x84 << QByteArray(4, '\0') << "RUN_DONE.runs_completed";
    QTest::newRow("TIMING count disagrees")
        << 0x85 << QByteArray("\0\0\0\0\x02\0\0\0", 8) + QByteArray(12, '\0') << "TIMING.runs";
    QTest::newRow("TIMING empty") << 0x85 << QByteArray() << "TIMING.first_run";
    QTest::newRow("ERROR short") << 0x8F << QByteArray(3, '\0') << "ERROR.reserved";
    QTest::newRow("RUN zero") << 0x03 << QByteArray(4, '\0') << "RUN.runs";
    QTest::newRow("RUN too many") << 0x03 << QByteArray("\x11\x27\0\0", 4) << "RUN.runs";
}

void tst_DeviceMessages::otherMessagesRejectWrongSizes()
{
    QFETCH(int, type);
    QFETCH(QByteArray, payload);
    QFETCH(QString, location);
    std::optional<Error> error;
    const auto keep = [&error](const auto &result) {
        if (!result)
            error = result.error();
    };
    switch (MessageType(type)) {
    case MessageType::InputAck:
        keep(InputAck::decode(payload));
        break;
    case MessageType::Output:
        keep(TensorChunk::decode(payload, MessageType::Output));
        break;
    case MessageType::RunDone:
        keep(RunDone::decode(payload));
        break;
    case MessageType::Timing:
        keep(Timing::decode(payload));
        break;
    case MessageType::Error:
        keep(DeviceErrorFrame::decode(payload));
        break;
    case MessageType::Run:
        keep(RunRequest::decode(payload));
        break;
    default:
        QFAIL("no decoder");
    }
    QVERIFY(error);
    QCOMPARE(error->code, ErrorCode::DeviceProtocol);
    QCOMPARE(error->location, location);
}

void tst_DeviceMessages::logAndErrorTextSurviveBadUtf8()
{
    const auto log = LogMessage::decode("temp \xff ok");
    QVERIFY(log);
    QCOMPARE(log->text, QString("temp \uFFFD ok"));
    const auto error = DeviceErrorFrame::decode(QByteArray("\x07\0\0\0bad \xfe", 9));
    QVERIFY(error);
    QCOMPARE(error->code, quint16(DeviceErrorCode::ModelFailed));
    QCOMPARE(error->message, QString("bad \uFFFD"));
}

void tst_DeviceMessages::unknownErrorCodesAreNamed()
{
    QCOMPARE((DeviceErrorFrame{1, {}}.codeName()), QString("BAD_CRC"));
    QCOMPARE((DeviceErrorFrame{9, {}}.codeName()), QString("TRUNCATED"));
    QCOMPARE((DeviceErrorFrame{42, {}}.codeName()), QString("code 42"));
    QCOMPARE(messageTypeName(0x7f), QString("0x7f"));
    QCOMPARE(messageTypeName(0x81), QString("HELLO_REPLY"));
}

void tst_DeviceMessages::longNamesAreCutOnACharacterBoundary()
{
    DeviceHello h = sampleHello();
    h.model = QString(200, QChar(u'é')); // 400 bytes of UTF-8
    const auto decoded = DeviceHello::decode(h.encode());
    QVERIFY2(decoded, why(decoded).constData());
    QCOMPARE(decoded->model, QString(127, QChar(u'é')));
}

QTEST_GUILESS_MAIN(tst_DeviceMessages)
#include "tst_devicemessages.moc"
