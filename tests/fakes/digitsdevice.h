#pragma once

// DigitsDevice: our firmware running the bundled digits model (float32), scripted in C++ behind
// a FakeSerialLink, for tests of the framed protocol's users (FramedRunner, Deployment).

#include "fakeseriallink.h"

#include <device/framecodec.h>
#include <device/messages.h>
#include <tensor/npy.h>

#include <QDir>
#include <QHash>
#include <QTest>

// A device running the digits model: answers HELLO, acknowledges INPUT chunks, and answers RUN
// with the expected output of the sample whose bytes it received (zeros for unknown inputs).
class DigitsDevice
{
public:
    enum class Mode { Normal, FailRun, Silent };

    /// Counts the HELLO requests it receives in @p hellos.
    explicit DigitsDevice(FakeSerialLink *link, Mode mode, int *hellos)
        : m_samplesDir(QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples"))
        , m_link(link)
        , m_mode(mode)
        , m_hellos(hellos)
    {
        const QDir inputs(m_samplesDir + QStringLiteral("/inputs/float32"));
        for (const QString &file : inputs.entryList({QStringLiteral("*.npy")})) {
            const auto in = TinyDeploy::Tensor::readNpyFile(inputs.filePath(file));
            const auto out = TinyDeploy::Tensor::readNpyFile(
                m_samplesDir + QStringLiteral("/expected/float32/") + file);
            if (in && out)
                m_answers.insert(in->data(), out->data());
        }
        link->setResponder([this](const QByteArray &bytes) { onWritten(bytes); });
    }

    void setMode(Mode mode) { m_mode = mode; }

private:
    void onWritten(const QByteArray &bytes)
    {
        for (const TinyDeploy::Device::Frame &frame : m_codec.feed(bytes)) {
            if (frame.messageType() == TinyDeploy::Device::MessageType::Hello)
                ++*m_hellos;
            if (m_mode == Mode::Silent)
                continue;
            switch (frame.messageType()) {
            case TinyDeploy::Device::MessageType::Hello:
                reply(TinyDeploy::Device::MessageType::HelloReply, frame.seq, hello().encode());
                break;
            case TinyDeploy::Device::MessageType::Input: {
                const auto chunk = TinyDeploy::Device::TensorChunk::decode(
                    frame.payload, TinyDeploy::Device::MessageType::Input);
                QVERIFY(chunk.has_value());
                m_input.replace(chunk->offset, chunk->data.size(), chunk->data);
                reply(TinyDeploy::Device::MessageType::InputAck,
                      frame.seq,
                      TinyDeploy::Device::InputAck{chunk->tensor,
                                                   quint32(chunk->offset + chunk->data.size())}
                          .encode());
                break;
            }
            case TinyDeploy::Device::MessageType::Run: {
                const auto run = TinyDeploy::Device::RunRequest::decode(frame.payload);
                QVERIFY(run.has_value());
                if (m_mode == Mode::FailRun) {
                    reply(TinyDeploy::Device::MessageType::Error,
                          frame.seq,
                          TinyDeploy::Device::DeviceErrorFrame{7,
                                                               QStringLiteral(
                                                                   "the model returned -3 in "
                                                                   "run 0")}
                              .encode());
                    reply(TinyDeploy::Device::MessageType::RunDone,
                          frame.seq,
                          TinyDeploy::Device::RunDone{-3, 0}.encode());
                    break;
                }
                TinyDeploy::Device::Timing timing;
                for (quint32 i = 0; i < run->runs; ++i)
                    timing.runs.append({1000 + i, 40 + i});
                reply(TinyDeploy::Device::MessageType::Timing, frame.seq, timing.encode());
                const QByteArray output = m_answers.value(m_input, QByteArray(40, '\0'));
                reply(TinyDeploy::Device::MessageType::Output,
                      frame.seq,
                      TinyDeploy::Device::TensorChunk{0, 0, output}.encode());
                reply(TinyDeploy::Device::MessageType::RunDone,
                      frame.seq,
                      TinyDeploy::Device::RunDone{0, run->runs}.encode());
                break;
            }
            default:
                break;
            }
        }
    }

    void reply(TinyDeploy::Device::MessageType type, quint16 seq, const QByteArray &payload)
    {
        m_link->feed(TinyDeploy::Device::FrameCodec::encode(type, seq, payload));
    }

    static TinyDeploy::Device::DeviceHello hello()
    {
        TinyDeploy::Device::DeviceHello hello;
        hello.flags = 0x03;
        hello.maxPayload = 1024;
        hello.cyclesHz = 25000000;
        hello.firmware = QStringLiteral("tinydeploy-runner 0.1.0");
        hello.board = QStringLiteral("fake-board");
        hello.model = QStringLiteral("default");
        hello.entryPoint = QStringLiteral("tvmgen_default_run");
        hello.inputs = {{QStringLiteral("serving_default_input_1:0"), 2, 32, {1, 8, 8, 1}, 256}};
        hello.outputs = {{QStringLiteral("output"), 2, 32, {1, 10}, 40}};
        return hello;
    }

    QString m_samplesDir;
    FakeSerialLink *m_link;
    Mode m_mode;
    int *m_hellos;
    TinyDeploy::Device::FrameCodec m_codec;
    QByteArray m_input = QByteArray(256, '\0');
    QHash<QByteArray, QByteArray> m_answers;
};
