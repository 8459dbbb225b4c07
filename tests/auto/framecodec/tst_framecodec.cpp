#include <device/framecodec.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace TinyDeploy::Device;

class tst_FrameCodec : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void crcIsZlibCrc32();
    void dropStalled_data();
    void dropStalled();
    void encodesEveryVectorExactly_data();
    void encodesEveryVectorExactly();
    void decodesEveryVectorAtEverySplit_data();
    void decodesEveryVectorAtEverySplit();
    void decoderCasesFromVectors_data();
    void decoderCasesFromVectors();
    void parse_data();
    void parse();
    void payloadAboveLimitIsNotEncoded();
    void smallerMaxPayloadRejectsBiggerFrames();
    void noiseNeverGrowsTheBufferAndAFrameIsStillFound();
    void resetForgetsAPartialFrame();

private:
    QJsonObject m_vectors;
};

static QByteArray hex(const QJsonValue &v)
{
    return QByteArray::fromHex(v.toString().toLatin1());
}

void tst_FrameCodec::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile file(QStringLiteral(TINYDEPLOY_TESTS_DIR "/data/device-protocol-vectors.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    m_vectors = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(m_vectors.value("protocol_version").toInt(), int(Protocol::Version));
    QCOMPARE(m_vectors.value("frame_overhead").toInt(), Protocol::FrameOverhead);
    QVERIFY(m_vectors.value("frames").toArray().size() >= 12);
    QVERIFY(m_vectors.value("decoder_cases").toArray().size() >= 10);
}

void tst_FrameCodec::crcIsZlibCrc32()
{
    QCOMPARE(FrameCodec::crc32("123456789"), 0xCBF43926u);
    QCOMPARE(FrameCodec::crc32("6789", FrameCodec::crc32("12345")), 0xCBF43926u);
    QCOMPARE(FrameCodec::crc32(""), 0u);
}

void tst_FrameCodec::encodesEveryVectorExactly_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("seq");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("frame");
    for (const QJsonValue &v : m_vectors.value("frames").toArray()) {
        const QJsonObject o = v.toObject();
        QTest::newRow(qPrintable(o.value("name").toString()))
            << o.value("type").toInt() << o.value("seq").toInt() << hex(o.value("payload"))
            << hex(o.value("frame"));
    }
}

void tst_FrameCodec::encodesEveryVectorExactly()
{
    QFETCH(int, type);
    QFETCH(int, seq);
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, frame);
    QCOMPARE(FrameCodec::encode(quint8(type), quint16(seq), payload).toHex(), frame.toHex());
}

void tst_FrameCodec::decodesEveryVectorAtEverySplit_data()
{
    encodesEveryVectorExactly_data();
}

void tst_FrameCodec::decodesEveryVectorAtEverySplit()
{
    QFETCH(int, type);
    QFETCH(int, seq);
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, frame);
    for (qsizetype split = 0; split < frame.size(); ++split) {
        FrameCodec codec;
        QVERIFY(codec.feed(frame.first(split)).isEmpty());
        QCOMPARE(codec.bufferedBytes(), split);
        const QList<Frame> frames = codec.feed(frame.sliced(split));
        QCOMPARE(frames.size(), 1);
        QCOMPARE(frames[0].type, quint8(type));
        QCOMPARE(frames[0].seq, quint16(seq));
        QCOMPARE(frames[0].payload, payload);
        QCOMPARE(codec.bufferedBytes(), 0);
        QCOMPARE(codec.droppedBytes(), 0u);
    }
}

void tst_FrameCodec::decoderCasesFromVectors_data()
{
    QTest::addColumn<QJsonObject>("testCase");
    QTest::addColumn<int>("step");
    for (const QJsonValue &v : m_vectors.value("decoder_cases").toArray()) {
        const QJsonObject o = v.toObject();
        for (const int step : {1, 7, 1 << 20})
            QTest::addRow("%s/step %d", qPrintable(o.value("name").toString()), step) << o << step;
    }
}

void tst_FrameCodec::decoderCasesFromVectors()
{
    QFETCH(QJsonObject, testCase);
    QFETCH(int, step);
    const QByteArray stream = hex(testCase.value("stream"));
    FrameCodec codec(testCase.value("max_payload").toInt());
    QList<Frame> frames;
    for (qsizetype pos = 0; pos < stream.size(); pos += step)
        frames += codec.feed(stream.mid(pos, step));
    const QJsonArray expected = testCase.value("frames").toArray();
    QCOMPARE(frames.size(), expected.size());
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const QJsonObject e = expected.at(i).toObject();
        QCOMPARE(int(frames[i].type), e.value("type").toInt());
        QCOMPARE(int(frames[i].seq), e.value("seq").toInt());
        QCOMPARE(frames[i].payload.toHex(), hex(e.value("payload")).toHex());
    }
    QCOMPARE(codec.crcErrors(), quint64(testCase.value("crc_errors").toInt()));
    QCOMPARE(codec.droppedBytes(), quint64(testCase.value("dropped_bytes").toInt()));
    QCOMPARE(codec.bufferedBytes(), qsizetype(testCase.value("buffered").toInt()));
}

void tst_FrameCodec::parse_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QList<QByteArray>>("payloads");
    QTest::addColumn<qsizetype>("buffered");
    QTest::addColumn<quint64>("dropped");

    const QByteArray ping = FrameCodec::encode(MessageType::Ping, 7, "hello");
    const QByteArray pong = FrameCodec::encode(MessageType::Pong, 7, "world");
    QByteArray badCrc = ping;
    badCrc[badCrc.size() - 1] = char(badCrc.back() ^ 0x55);
    QByteArray oversize = FrameCodec::encode(MessageType::Output, 1, QByteArray(300, 'x'));

    QTest::newRow("empty") << QList<QByteArray>{""} << QList<QByteArray>{} << qsizetype(0)
                           << quint64(0);
    QTest::newRow("garbage") << QList<QByteArray>{QByteArrayLiteral("\x00\x01TTTT\xff garbage\r\n")}
                             << QList<QByteArray>{} << qsizetype(0) << quint64(17);
    QTest::newRow("garbage then frame") << QList<QByteArray>{"noise TD" + ping}
                                        << QList<QByteArray>{"hello"} << qsizetype(0) << quint64(8);
    QTest::newRow("incomplete") << QList<QByteArray>{ping.left(10)} << QList<QByteArray>{}
                                << qsizetype(10) << quint64(0);
    QTest::newRow("completing") << QList<QByteArray>{ping.left(10), ping.mid(10)}
                                << QList<QByteArray>{"hello"} << qsizetype(0) << quint64(0);
    QTest::newRow("trailing data") << QList<QByteArray>{ping + pong.left(5)}
                                   << QList<QByteArray>{"hello"} << qsizetype(5) << quint64(0);
    QTest::newRow("trailing garbage") << QList<QByteArray>{ping + "zz"}
                                      << QList<QByteArray>{"hello"} << qsizetype(0) << quint64(2);
    QTest::newRow("oversize") << QList<QByteArray>{oversize + pong} << QList<QByteArray>{"world"}
                              << qsizetype(0) << quint64(oversize.size());
    QTest::newRow("bad crc then frame")
        << QList<QByteArray>{badCrc, pong} << QList<QByteArray>{"world"} << qsizetype(0)
        << quint64(badCrc.size());
    QTest::newRow("wrong version") << QList<QByteArray>{QByteArray("TD\x02", 3) + pong}
                                   << QList<QByteArray>{"world"} << qsizetype(0) << quint64(3);
    QTest::newRow("frame inside a rejected candidate")
        << QList<QByteArray>{QByteArray("TD\x01\x04\x00\x00\x10\x00", 8) + pong}
        << QList<QByteArray>{} << qsizetype(8 + pong.size()) << quint64(0);
    QTest::newRow("bad charset is not the codec's business")
        << QList<QByteArray>{FrameCodec::encode(MessageType::Log, 0, "\xff\xfe")}
        << QList<QByteArray>{"\xff\xfe"} << qsizetype(0) << quint64(0);
}

void tst_FrameCodec::parse()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QList<QByteArray>, payloads);
    QFETCH(qsizetype, buffered);
    QFETCH(quint64, dropped);
    FrameCodec codec(256);
    QList<QByteArray> got;
    for (const QByteArray &chunk : std::as_const(chunks)) {
        for (const Frame &frame : codec.feed(chunk))
            got.append(frame.payload);
    }
    QCOMPARE(got, payloads);
    QCOMPARE(codec.bufferedBytes(), buffered);
    QCOMPARE(codec.droppedBytes(), dropped);
}

void tst_FrameCodec::payloadAboveLimitIsNotEncoded()
{
    QVERIFY(FrameCodec::encode(MessageType::Output, 1, QByteArray(65536, 'x')).isEmpty());
    QCOMPARE(FrameCodec::encode(MessageType::Output, 1, QByteArray(65535, 'x')).size(),
             65535 + Protocol::FrameOverhead);
}

void tst_FrameCodec::smallerMaxPayloadRejectsBiggerFrames()
{
    FrameCodec codec(256);
    QCOMPARE(codec.maxPayload(), 256);
    const QByteArray big = FrameCodec::encode(MessageType::Output, 1, QByteArray(257, 'x'));
    const QByteArray fits = FrameCodec::encode(MessageType::Output, 2, QByteArray(256, 'y'));
    const QList<Frame> frames = codec.feed(QByteArray(big + fits));
    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames[0].seq, quint16(2));
    QCOMPARE(codec.droppedBytes(), quint64(big.size()));
}

void tst_FrameCodec::noiseNeverGrowsTheBufferAndAFrameIsStillFound()
{
    FrameCodec codec(1024);
    QRandomGenerator rng(42);
    for (int i = 0; i < 200; ++i) {
        QByteArray noise(4096, Qt::Uninitialized);
        rng.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        // Plenty of plausible headers with random lengths.
        for (qsizetype k = 0; k + 3 < noise.size(); k += 61) {
            noise[k] = 'T';
            noise[k + 1] = 'D';
            noise[k + 2] = '\x01';
        }
        codec.feed(noise);
        QVERIFY2(codec.bufferedBytes() <= 1024 + Protocol::FrameOverhead,
                 qPrintable(QString::number(codec.bufferedBytes())));
    }
    // Whatever partial candidate is held, at most one maximum frame of bytes flushes it.
    QByteArray flush(1024 + Protocol::FrameOverhead, '\0');
    codec.feed(flush);
    const QList<Frame> frames = codec.feed(FrameCodec::encode(MessageType::Hello, 9, {}));
    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames[0].seq, quint16(9));
}

void tst_FrameCodec::dropStalled_data()
{
    QTest::addColumn<QByteArray>("held");
    QTest::addColumn<int>("framesBehind");
    const QByteArray ping = FrameCodec::encode(MessageType::Ping, 4, "ping");
    const QByteArray header("TD\x01\x81\x00\x00\x00\x01", 8); // announces 256 bytes
    QTest::newRow("nothing held") << QByteArray() << 0;
    QTest::newRow("a truncated frame") << ping.left(ping.size() - 3) << 0;
    QTest::newRow("a plausible header, then a frame") << header + ping << 1;
    QTest::newRow("a plausible header, then two frames and a cut one")
        << header + ping + ping + ping.left(5) << 2;
    QTest::newRow("nested plausible headers, then a frame") << header + header + ping << 1;
}

void tst_FrameCodec::dropStalled()
{
    QFETCH(QByteArray, held);
    QFETCH(int, framesBehind);
    FrameCodec codec;
    QVERIFY(codec.feed(held).isEmpty());
    QCOMPARE(codec.bufferedBytes(), held.size());
    const QList<Frame> frames = codec.dropStalled();
    QCOMPARE(frames.size(), framesBehind);
    for (const Frame &frame : frames)
        QCOMPARE(frame.payload, QByteArray("ping"));
    QCOMPARE(codec.bufferedBytes(), 0);
    QCOMPARE(codec.stalledFrames(), held.isEmpty() ? 0u : 1u);
    QCOMPARE(codec.droppedBytes() + quint64(frames.size()) * 16u, quint64(held.size()));
    // The next frame is found as usual.
    QCOMPARE(codec.feed(FrameCodec::encode(MessageType::Hello, 9, {})).size(), 1);
}

void tst_FrameCodec::resetForgetsAPartialFrame()
{
    FrameCodec codec;
    const QByteArray hello = FrameCodec::encode(MessageType::Hello, 1, {});
    codec.feed(hello.left(6));
    codec.reset();
    QCOMPARE(codec.bufferedBytes(), 0);
    QCOMPARE(codec.feed(hello).size(), 1);
}

QTEST_GUILESS_MAIN(tst_FrameCodec)
#include "tst_framecodec.moc"
