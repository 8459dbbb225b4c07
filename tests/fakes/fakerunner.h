#pragma once

#include <device/modelrunner.h>

#include <QTimer>

#include <functional>

// A ModelRunner that answers from a function, from the event loop, as real runners do. The
// model is what `compute` makes of the input bytes; `hold` keeps the next answer back until
// release() (to cancel or pause while a sample is in progress).
class FakeRunner final : public TinyDeploy::Device::ModelRunner
{
    Q_OBJECT

public:
    using Compute = std::function<QList<QByteArray>(const QList<QByteArray> &inputs)>;

    FakeRunner(TinyDeploy::Device::DeviceHello device, Compute compute, QObject *parent = nullptr)
        : ModelRunner(parent)
        , m_device(std::move(device))
        , m_compute(std::move(compute))
    {}

    bool hold = false;
    int requests = 0;
    int cancels = 0;

    void release()
    {
        if (m_pending)
            QTimer::singleShot(0, this, [this] { answer(); });
    }

    TinyDeploy::Device::RunProtocol protocol() const override
    {
        return TinyDeploy::Device::RunProtocol::Framed;
    }
    QString protocolName() const override { return QStringLiteral("fake"); }
    QString linkDescription() const override { return QStringLiteral("fake link"); }
    void connectDevice() override
    {
        QTimer::singleShot(0, this, [this] { emit connected(m_device); });
    }
    void runInference(const QList<QByteArray> &inputs, quint32) override
    {
        ++requests;
        m_inputs = inputs;
        m_pending = true;
        if (!hold)
            QTimer::singleShot(0, this, [this] { answer(); });
    }
    void cancel() override
    {
        ++cancels;
        if (!m_pending)
            return;
        m_pending = false;
        emit inferenceFinished(std::unexpected(
            TinyDeploy::makeError(TinyDeploy::ErrorCode::Cancelled, QStringLiteral("cancelled"))));
    }
    void close() override {}
    bool isBusy() const override { return m_pending; }
    bool isOpen() const override { return true; }
    std::optional<TinyDeploy::Device::DeviceInfo> deviceInfo() const override { return m_device; }

private:
    void answer()
    {
        if (!m_pending)
            return;
        m_pending = false;
        TinyDeploy::Device::InferenceResult result;
        result.outputs = m_compute(m_inputs);
        result.latencies.append({0, quint32(10 + requests % 7)});
        emit inferenceFinished(result);
    }

    TinyDeploy::Device::DeviceHello m_device;
    Compute m_compute;
    QList<QByteArray> m_inputs;
    bool m_pending = false;
};
