// The microTVM RPC framer and unframer (spec section 1): escaping, CRC-16/CCITT-FALSE over the
// escaped bytes, resynchronisation on FF FD, split reads, noise, limits.
#include <microtvm/rpcframing.h>

#include <QTest>

using namespace TinyDeploy::MicroTvm;

class TestMicroTvmFraming : public QObject
{
    Q_OBJECT

private slots:
    void crcIsCcittFalse()
    {
        // The check value of CRC-16/CCITT-FALSE, and the boot frame's CRC (spec 1.2).
        QCOMPARE(Framing::crc16("123456789"), quint16(0x29B1));
        QCOMPARE(Framing::crc16(QByteArray::fromHex("fffd030000000000"
                                                    "02")),
                 quint16(0x7766));
    }

    void frameBytes_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("nop");
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("boot frame") << QByteArray::fromHex("000002") << true
                                    << QByteArray::fromHex("fefffd03000000000002"
                                                           "6677");
        QTest::newRow("init 0x0041") << QByteArray::fromHex("41000001") << false
                                     << QByteArray::fromHex("fffd04000000410000010"
                                                            "3c1");
        // A payload 0xFF is sent as FF FF, and the CRC covers both bytes.
        QByteArray escaped = QByteArray::fromHex("fffd01000000ffff");
        const quint16 crc = Framing::crc16(escaped);
        escaped.append(char(crc & 0xFF));
        escaped.append(char(crc >> 8));
        QTest::newRow("escaped 0xFF") << QByteArray::fromHex("ff") << false << escaped;
        QTest::newRow("empty") << QByteArray() << false << [] {
            QByteArray w = QByteArray::fromHex("fffd00000000");
            const quint16 c = Framing::crc16(w);
            w.append(char(c & 0xFF));
            w.append(char(c >> 8));
            return w;
        }();
    }

    void frameBytes()
    {
        QFETCH(QByteArray, payload);
        QFETCH(bool, nop);
        QFETCH(QByteArray, wire);
        QCOMPARE(Framing::frame(payload, nop).toHex(' '), wire.toHex(' '));
        Unframer unframer;
        QCOMPARE(unframer.feed(wire), QList<QByteArray>{payload});
        QCOMPARE(unframer.counters().frames, 1u);
        QCOMPARE(unframer.counters().bytesDropped, 0u);
    }

    void splitReads_data()
    {
        QTest::addColumn<int>("step");
        for (const int step : {1, 2, 3, 5, 7, 64})
            QTest::addRow("%d bytes at a time", step) << step;
    }

    void splitReads()
    {
        QFETCH(int, step);
        QByteArray payload;
        for (int i = 0; i < 600; ++i)
            payload.append(char(i % 3 == 0 ? 0xFF : i));
        const QByteArray wire = Framing::frame(payload, true) + Framing::frame("second");
        Unframer unframer;
        QList<QByteArray> got;
        for (qsizetype pos = 0; pos < wire.size(); pos += step)
            got += unframer.feed(
                QByteArrayView(wire).sliced(pos, qMin<qsizetype>(step, wire.size() - pos)));
        QCOMPARE(got, (QList<QByteArray>{payload, "second"}));
        QCOMPARE(unframer.bufferedBytes(), 0);
    }

    void badStreams_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<QList<QByteArray>>("payloads");
        QTest::addColumn<quint64>("crcErrors");
        QTest::addColumn<quint64>("abandoned");
        QTest::addColumn<quint64>("oversized");
        const QByteArray good = Framing::frame("good");
        QByteArray badCrc = Framing::frame("bad!");
        badCrc[badCrc.size() - 1] = char(badCrc[badCrc.size() - 1] ^ 1);
        QByteArray flipped = Framing::frame("flip");
        flipped[7] = char(flipped[7] ^ 0x04);
        QTest::newRow("noise before (printf)") << QByteArray("boot: hello\r\n\xfe\xff\x01") + good
                                               << QList<QByteArray>{"good"} << 0ull << 0ull << 0ull;
        QTest::newRow("bad CRC, then good")
            << badCrc + good << QList<QByteArray>{"good"} << 1ull << 0ull << 0ull;
        QTest::newRow("corrupted payload")
            << flipped + good << QList<QByteArray>{"good"} << 1ull << 0ull << 0ull;
        // A frame cut short by FF FD: its bytes never reach the next frame (unlike the CRT's
        // own unframer, spec 1.2).
        QTest::newRow("cut short by a new start")
            << Framing::frame("abandoned payload").left(12) + good << QList<QByteArray>{"good"}
            << 0ull << 1ull << 0ull;
        QTest::newRow("invalid escape") << QByteArray::fromHex("fffd05000000ab"
                                                               "ff01")
                                               + good
                                        << QList<QByteArray>{"good"} << 0ull << 1ull << 0ull;
        QTest::newRow("oversized length") << QByteArray::fromHex("fffd00000100") + good
                                          << QList<QByteArray>{"good"} << 0ull << 0ull << 1ull;
    }

    void badStreams()
    {
        QFETCH(QByteArray, wire);
        QFETCH(QList<QByteArray>, payloads);
        QFETCH(quint64, crcErrors);
        QFETCH(quint64, abandoned);
        QFETCH(quint64, oversized);
        Unframer unframer(1024);
        QCOMPARE(unframer.feed(wire), payloads);
        QCOMPARE(unframer.counters().crcErrors, crcErrors);
        QCOMPARE(unframer.counters().abandonedFrames, abandoned);
        QCOMPARE(unframer.counters().oversizedFrames, oversized);
        if (!wire.isEmpty() && wire != Framing::frame("good"))
            QVERIFY(unframer.counters().bytesDropped > 0);
    }

    void garbageNeverYieldsWrongFrames()
    {
        // Pseudo-random bytes: nothing decodes as a frame by accident (CRC), nothing grows.
        Unframer unframer(256);
        quint32 state = 12345;
        QByteArray noise;
        for (int i = 0; i < 200000; ++i) {
            state = state * 1103515245u + 12345u;
            noise.append(char(state >> 24));
        }
        const QList<QByteArray> frames = unframer.feed(noise);
        QVERIFY(frames.size() <= 2); // a CRC-16 lets through about one in 65536
        QVERIFY(unframer.bufferedBytes() <= 256);
        QCOMPARE(unframer.feed(Framing::frame("after")), QList<QByteArray>{"after"});
    }
};

QTEST_GUILESS_MAIN(TestMicroTvmFraming)
#include "tst_microtvm_framing.moc"
