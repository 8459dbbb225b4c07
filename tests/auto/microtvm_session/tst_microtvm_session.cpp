// The microTVM session layer against a scripted device (FakeSerialLink): terminate + init with
// nonces, reply matching, the session-id filter, kLog at any time, a device reset, retries and
// the start timeout. Never kNormal before the init reply, never kLog to the device.
#include "fakes/fakeseriallink.h"

#include <microtvm/rpcframing.h>
#include <microtvm/rpcsession.h>

#include <QSignalSpy>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::MicroTvm;
using namespace std::chrono_literals;

namespace {

struct Sent
{
    quint16 id;
    MessageType type;
    QByteArray body;
};

QList<Sent> parse(const QByteArray &wire)
{
    Unframer unframer;
    QList<Sent> out;
    for (const QByteArray &p : unframer.feed(wire))
        out.append(
            {quint16(quint8(p[0]) | (quint8(p[1]) << 8)), MessageType(quint8(p[2])), p.mid(3)});
    return out;
}

QByteArray frame(quint16 id, MessageType type, const QByteArray &body)
{
    return Framing::frame(Session::message(id, type, body));
}

} // namespace

class TestMicroTvmSession : public QObject
{
    Q_OBJECT

private:
    FakeSerialLink *m_link = nullptr;
    Session *m_session = nullptr;

    /// Starts a session and answers the init with device nonce 0x86.
    quint16 establish()
    {
        QSignalSpy established(m_session, &Session::established);
        m_session->start(5s, 0ms);
        const QList<Sent> sent = parse(m_link->takeWritten());
        const quint8 host = quint8(sent.last().id & 0xFF);
        const quint16 id = Session::makeSessionId(host, 0x86);
        m_link->feed(frame(id, MessageType::StartSessionReply, "\x01"));
        if (!established.wait(5000))
            return 0;
        return id;
    }

private slots:
    void init()
    {
        m_link = new FakeSerialLink(this);
        QVERIFY(m_link->open());
        m_session = new Session(m_link, 64 * 1024, this);
        connect(m_link, &Device::SerialLink::readyRead, m_session, [this] {
            m_session->receive(m_link->readAll());
        });
    }

    void cleanup()
    {
        delete m_session;
        delete m_link;
    }

    void startSendsTerminateThenInit()
    {
        m_session->start(5s, 0ms);
        const QByteArray wire = m_link->takeWritten();
        QVERIFY(wire.startsWith("\xfe\xff\xfd")); // a fresh framer's FE first
        const QList<Sent> sent = parse(wire);
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent[0].type, MessageType::TerminateSession);
        QCOMPARE(sent[0].id, quint16(0));
        QCOMPARE(sent[1].type, MessageType::TerminateSession);
        QCOMPARE(sent[2].type, MessageType::StartSessionInit);
        QCOMPARE(sent[2].body, QByteArray("\x01"));
        QVERIFY((sent[2].id & 0xFF) != 0);
        QCOMPARE(sent[2].id >> 8, 0);
        // Nothing normal before the reply.
        QVERIFY(!m_session->send("x"));
        QVERIFY(m_link->written().isEmpty());
    }

    void replyMatching_data()
    {
        QTest::addColumn<int>("nonceDelta");
        QTest::addColumn<int>("deviceNonce");
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("good") << 0 << 0x86 << QByteArray("\x01") << true;
        QTest::newRow("other host nonce") << 1 << 0x86 << QByteArray("\x01") << false;
        QTest::newRow("device nonce 0") << 0 << 0 << QByteArray("\x01") << false;
        QTest::newRow("version 2") << 0 << 0x86 << QByteArray("\x02") << false;
    }

    void replyMatching()
    {
        QFETCH(int, nonceDelta);
        QFETCH(int, deviceNonce);
        QFETCH(QByteArray, version);
        QFETCH(bool, accepted);
        QSignalSpy established(m_session, &Session::established);
        m_session->start(5s, 0ms);
        const quint8 host = quint8((parse(m_link->takeWritten()).last().id & 0xFF) + nonceDelta);
        m_link->feed(frame(Session::makeSessionId(host, quint8(deviceNonce)),
                           MessageType::StartSessionReply,
                           version));
        // A good reply follows, so that waiting has an end either way.
        m_link->feed(frame(Session::makeSessionId(quint8(host - nonceDelta), 0x99),
                           MessageType::StartSessionReply,
                           "\x01"));
        QVERIFY(established.wait(5000));
        QCOMPARE(established.first().at(0).value<quint16>(),
                 accepted ? Session::makeSessionId(host, quint8(deviceNonce))
                          : Session::makeSessionId(quint8(host - nonceDelta), 0x99));
    }

    void normalTrafficAndTheIdFilter()
    {
        const quint16 id = establish();
        QVERIFY(id);
        QSignalSpy messages(m_session, &Session::messageReceived);
        QVERIFY(m_session->send("packet"));
        const QList<Sent> sent = parse(m_link->takeWritten());
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent[0].id, id);
        QCOMPARE(sent[0].type, MessageType::Normal);
        QCOMPARE(sent[0].body, QByteArray("packet"));
        m_link->feed(frame(quint16(id ^ 0x0100), MessageType::Normal, "stale"));
        m_link->feed(frame(id, MessageType::Normal, "reply"));
        QVERIFY(messages.wait(5000));
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().at(0).toByteArray(), QByteArray("reply"));
    }

    void logsAtAnyTime()
    {
        QSignalSpy logs(m_session, &Session::deviceLog);
        m_session->start(5s, 0ms);
        m_link->feed(frame(0, MessageType::Log, "booting"));
        QVERIFY(logs.wait(5000));
        const quint8 host = quint8(parse(m_link->takeWritten()).last().id & 0xFF);
        const quint16 id = Session::makeSessionId(host, 0x10);
        m_link->feed(frame(id, MessageType::StartSessionReply, "\x01")
                     + frame(id, MessageType::Log, "ready")
                     + frame(0x1234, MessageType::Log, "other session"));
        QTRY_COMPARE_WITH_TIMEOUT(logs.size(), 2, 5000);
        QCOMPARE(logs.at(1).at(0).toString(), QStringLiteral("ready"));
        // The host never sends kLog.
        for (const Sent &s : parse(m_link->written()))
            QVERIFY(s.type != MessageType::Log);
    }

    void terminateFromTheDeviceIsAReset()
    {
        QVERIFY(establish());
        QSignalSpy reset(m_session, &Session::deviceReset);
        m_link->feed(QByteArray::fromHex("fefffd03000000000002"
                                         "6677")); // boot frame
        QVERIFY(reset.wait(5000));
        QVERIFY(!m_session->isEstablished());
        QVERIFY(!m_session->send("x"));
    }

    void retriesWithAFreshNonceThenTimesOut()
    {
        QSignalSpy failed(m_session, &Session::startFailed);
        m_session->start(1000ms, 200ms);
        QVERIFY(failed.wait(10000));
        const QList<Sent> sent = parse(m_link->takeWritten());
        QList<quint16> inits;
        for (const Sent &s : sent) {
            if (s.type == MessageType::StartSessionInit)
                inits.append(s.id);
        }
        QVERIFY(inits.size() >= 2);
        QVERIFY(inits[0] != inits[1]);
        QCOMPARE(inits[1] & 0xFF, Session::nextNonce(quint8(inits[0] & 0xFF)));
        QCOMPARE(failed.first().at(0).value<Error>().code, ErrorCode::Timeout);
    }

    void corruptFramesAreReported()
    {
        QVERIFY(establish());
        QSignalSpy corrupt(m_session, &Session::corruptFrame);
        QByteArray bad = frame(0, MessageType::Log, "x");
        bad[bad.size() - 1] = char(bad[bad.size() - 1] ^ 0x55);
        m_link->feed(bad);
        QVERIFY(corrupt.wait(5000));
        QCOMPARE(m_session->counters().crcErrors, 1u);
    }
};

QTEST_GUILESS_MAIN(TestMicroTvmSession)
#include "tst_microtvm_session.moc"
