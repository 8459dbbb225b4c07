// The minRPC codec and the session message layout: the hex frames of microtvm-rpc-spec.md
// section 5.3 must round-trip exactly; every decoder fails with a value on short or bad input.
#include <microtvm/minrpc.h>
#include <microtvm/rpcframing.h>
#include <microtvm/rpcsession.h>

#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::MicroTvm;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', "").replace('|', ""));
}

/// The one frame payload of @p wire.
QByteArray unframe(const QByteArray &wire)
{
    Unframer unframer;
    const QList<QByteArray> frames = unframer.feed(wire);
    return frames.size() == 1 ? frames.first() : QByteArray();
}

constexpr quint16 Id = 0x8641;

} // namespace

class TestMicroTvmCodec : public QObject
{
    Q_OBJECT

private slots:
    void hostFramesOfTheSpec_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("kTerminateSession")
            << Framing::frame(Session::message(0, MessageType::TerminateSession, {}), true)
            << hex("fe ff fd 03 00 00 00 00 00 02 66 77");
        QTest::newRow("kStartSessionInit 0x0041")
            << Framing::frame(Session::message(0x0041, MessageType::StartSessionInit, "\x01"))
            << hex("ff fd 04 00 00 00 41 00 00 01 03 c1");
        QTest::newRow("kInitServer")
            << Framing::frame(Session::message(Id, MessageType::Normal, MinRpc::initServer()))
            << hex("ff fd 20 00 00 00 41 86 10 | 15 00 00 00 00 00 00 00 | 02 00 00 00 | 05 00 00 "
                   "00 00 00 00 00 30 2e 38 2e 30 | 00 00 00 00 | ee 25");
        QTest::newRow("kGetGlobalFunc runtime.SystemLib")
            << Framing::frame(Session::message(Id,
                                               MessageType::Normal,
                                               MinRpc::syscall(RpcCode::GetGlobalFunc,
                                                               {Value::str("runtime.SystemLib")})))
            << (hex("ff fd 30 00 00 00 41 86 10 | 25 00 00 00 00 00 00 00 | 09 00 00 00 | 01 00 "
                    "00 00 | 0b 00 00 00 | 11 00 00 00 00 00 00 00")
                + QByteArray("runtime.SystemLib") + hex("51 d9"));
        QTest::newRow("kCallFunc 0x80028000")
            << Framing::frame(
                   Session::message(Id, MessageType::Normal, MinRpc::callFunc(0x80028000, {})))
            << hex("ff fd 1b 00 00 00 41 86 10 | 10 00 00 00 00 00 00 00 | 03 00 00 00 | 00 80 02 "
                   "80 00 00 00 00 | 00 00 00 00 | 1f f6");
    }

    void hostFramesOfTheSpec()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QByteArray, wire);
        QCOMPARE(encoded.toHex(' '), wire.toHex(' '));
    }

    void deviceFramesOfTheSpec()
    {
        // kStartSessionReply id 0x8641.
        const QByteArray reply = unframe(hex("ff fd 04 00 00 00 41 86 01 01 c8 7b"));
        QCOMPARE(reply, Session::message(Id, MessageType::StartSessionReply, "\x01"));
        QCOMPARE(Session::makeSessionId(0x41, 0x86), Id);

        // kReturn void (reply to kInitServer).
        QByteArray payload = unframe(hex("ff fd 17 00 00 00 41 86 10 | 0c 00 00 00 00 00 00 00 "
                                         "| 04 00 00 00 | 01 00 00 00 | 04 00 00 00 | a2 62"));
        QVERIFY(payload.startsWith(hex("41 86 10")));
        auto decoded = MinRpc::decodeReply(payload.sliced(3));
        QVERIFY(decoded);
        QCOMPARE(decoded->code, RpcCode::Return);
        QCOMPARE(decoded->values, QList<Value>{Value::null()});

        // kReturn handle 0x80028000 (GetGlobalFunc).
        payload = unframe(hex("ff fd 1f 00 00 00 41 86 10 | 14 00 00 00 00 00 00 00 | 04 00 00 "
                              "00 | 01 00 00 00 | 03 00 00 00 | 00 80 02 80 00 00 00 00 | 98 f9"));
        decoded = MinRpc::decodeReply(payload.sliced(3));
        QVERIFY(decoded);
        QCOMPARE(decoded->values, QList<Value>{Value::handle(TypeCode::OpaqueHandle, 0x80028000)});

        // kReturn of kCallFunc: [kDLInt 9 (Module)][handle 0x8000].
        payload = unframe(hex("ff fd 2b 00 00 00 41 86 10 | 20 00 00 00 00 00 00 00 | 04 00 00 "
                              "00 | 02 00 00 00 | 00 00 00 00 03 00 00 00 | 09 00 00 00 00 00 00 "
                              "00 | 00 80 00 00 00 00 00 00 | 1d 13"));
        decoded = MinRpc::decodeReply(payload.sliced(3));
        QVERIFY(decoded);
        const auto call = MinRpc::callReturn(*decoded);
        QVERIFY(call);
        QCOMPARE(call->type, TypeCode::Module);
        QCOMPARE(call->value.asHandle(), 0x8000u);
        // And the reply re-encodes to the same frame.
        QCOMPARE(Framing::frame(
                     Session::message(Id,
                                      MessageType::Normal,
                                      MinRpc::packet(RpcCode::Return,
                                                     MinRpc::packedSequence(
                                                         {Value::integer(9),
                                                          Value::handle(TypeCode::OpaqueHandle,
                                                                        0x8000)}))))
                     .toHex(' '),
                 hex("ff fd 2b 00 00 00 41 86 10 20 00 00 00 00 00 00 00 04 00 00 00 02 00 00 00 "
                     "00 00 00 00 03 00 00 00 09 00 00 00 00 00 00 00 00 80 00 00 00 00 00 00 1d "
                     "13")
                     .toHex(' '));

        // kCopyAck carrying float 1.5708.
        payload = unframe(
            hex("ff fd 13 00 00 00 41 86 10 | 08 00 00 00 00 00 00 00 | 08 00 00 00 | f9 0f c9 3f "
                "| d8 33"));
        decoded = MinRpc::decodeReply(payload.sliced(3));
        QVERIFY(decoded);
        QCOMPARE(decoded->code, RpcCode::CopyAck);
        QCOMPARE(decoded->data, hex("f9 0f c9 3f"));
    }

    void booleansAreIntegers()
    {
        // ModuleGetFunction's query_imports: kDLInt 0, never kTVMArgBool 15.
        const QByteArray seq = MinRpc::packedSequence(
            {Value::handle(TypeCode::Module, 0x8001), Value::str("run"), Value::integer(0)});
        QCOMPARE(seq.left(16), hex("03 00 00 00 09 00 00 00 0b 00 00 00 00 00 00 00"));
    }

    void tensorLayout()
    {
        DlTensor t;
        t.data = 0x1122334455667788ull;
        t.shape = {1, 4};
        t.byteOffset = 1985;
        const QByteArray bytes = MinRpc::encodeTensor(t);
        QCOMPARE(bytes.size(), t.wireSize());
        QCOMPARE(bytes.size(), 48);
        QCOMPARE(bytes.mid(20, 4), hex("02 20 01 00")); // float32, 1 lane
        QCOMPARE(t.byteSize(), 16);
        // TVM's chunk for a 1-D tensor: 2037 - 52 = 1985 bytes (spec 3.4).
        QCOMPARE(2037 - MinRpc::copyOverhead(1), 1985);
    }

    void callReturnRule_data()
    {
        QTest::addColumn<QList<Value>>("values");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("type");
        DlTensor t;
        t.shape = {1, 10};
        QTest::newRow("void") << QList<Value>{Value::integer(4), Value::null()} << true
                              << int(TypeCode::Null);
        QTest::newRow("int") << QList<Value>{Value::integer(0), Value::integer(2037)} << true
                             << int(TypeCode::Int);
        QTest::newRow("function") << QList<Value>{Value::integer(10),
                                                  Value::handle(TypeCode::OpaqueHandle, 0xffff8001)}
                                  << true << int(TypeCode::PackedFunc);
        QTest::newRow("NDArray") << QList<Value>{Value::integer(13),
                                                 Value::dlTensor(t),
                                                 Value::handle(TypeCode::OpaqueHandle, 0x5555)}
                                 << true << int(TypeCode::NDArray);
        QTest::newRow("bytes") << QList<Value>{Value::integer(12), Value::blob("12345678")} << true
                               << int(TypeCode::Bytes);
        QTest::newRow("one value") << QList<Value>{Value::integer(0)} << false << 0;
        QTest::newRow("NDArray without handle")
            << QList<Value>{Value::integer(13), Value::dlTensor(t)} << false << 0;
        QTest::newRow("says int, carries string")
            << QList<Value>{Value::integer(0), Value::str("x")} << false << 0;
    }

    void callReturnRule()
    {
        QFETCH(QList<Value>, values);
        QFETCH(bool, valid);
        QFETCH(int, type);
        Reply reply;
        reply.code = RpcCode::Return;
        reply.values = values;
        const auto result = MinRpc::callReturn(reply);
        QCOMPARE(bool(result), valid);
        if (valid)
            QCOMPARE(int(result->type), type);
        else
            QCOMPARE(result.error().code, ErrorCode::DeviceProtocol);
    }

    void exceptionText()
    {
        const QByteArray packet = MinRpc::packet(RpcCode::Exception,
                                                 MinRpc::packedSequence(
                                                     {Value::str("invalid function index: 0008")}));
        const auto reply = MinRpc::decodeReply(packet);
        QVERIFY(reply);
        QCOMPARE(reply->code, RpcCode::Exception);
        QCOMPARE(reply->exception, QStringLiteral("invalid function index: 0008"));
    }

    void everyTruncationFailsCleanly()
    {
        DlTensor t;
        t.shape = {1, 2, 3};
        const QByteArray packet = MinRpc::packet(RpcCode::Return,
                                                 MinRpc::packedSequence(
                                                     {Value::integer(13),
                                                      Value::dlTensor(t),
                                                      Value::handle(TypeCode::OpaqueHandle, 7)}));
        QVERIFY(MinRpc::decodeReply(packet));
        for (qsizetype n = 0; n < packet.size(); ++n) {
            // The length field says more than there is, or the values end early.
            QVERIFY(!MinRpc::decodeReply(QByteArrayView(packet).first(n)));
            QByteArray fixedLength = packet.first(n);
            if (n >= 8) {
                const quint64 rest = quint64(n - 8);
                std::memcpy(fixedLength.data(), &rest, 8);
                const auto r = MinRpc::decodeReply(fixedLength);
                QVERIFY(!r);
                QCOMPARE(r.error().code, ErrorCode::DeviceProtocol);
            }
        }
    }

    void badReplies_data()
    {
        QTest::addColumn<QByteArray>("packet");
        QTest::newRow("unknown type code")
            << MinRpc::packet(RpcCode::Return, hex("01 00 00 00 63 00 00 00"));
        QTest::newRow("negative count") << MinRpc::packet(RpcCode::Return, hex("ff ff ff ff"));
        QTest::newRow("huge string")
            << MinRpc::packet(RpcCode::Return,
                              hex("01 00 00 00 0b 00 00 00 ff ff ff ff ff ff ff 7f"));
        QTest::newRow("ndim 1000")
            << MinRpc::packet(RpcCode::Return,
                              hex("01 00 00 00 07 00 00 00 00 00 00 00 00 00 00 00 01 00 00 00 00 "
                                  "00 00 00 e8 03 00 00"));
        QTest::newRow("request code") << MinRpc::packet(RpcCode::CallFunc, {});
        QTest::newRow("trailing bytes")
            << MinRpc::packet(RpcCode::Return, hex("01 00 00 00 04 00 00 00 aa"));
    }

    void badReplies()
    {
        QFETCH(QByteArray, packet);
        const auto r = MinRpc::decodeReply(packet);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::DeviceProtocol);
        QVERIFY(!r.error().message.isEmpty());
    }

    void nonces()
    {
        // n = ((n << 5) | (n >> 5)) + 1, truncated to 8 bits, never 0 (spec 2.2).
        QCOMPARE(Session::nextNonce(0x02), quint8(0x41));
        QCOMPARE(Session::nextNonce(0xFF), quint8(0xE8));
        quint8 n = 1;
        for (int i = 0; i < 1000; ++i) {
            n = Session::nextNonce(n);
            QVERIFY(n != 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestMicroTvmCodec)
#include "tst_microtvm_codec.moc"
