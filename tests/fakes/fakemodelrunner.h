#pragma once

// A Device::ModelRunner that answers at once from the event loop, whatever protocol it is said
// to speak: the Deployment's Run step is tested with it for both protocols alike.

#include <device/devicesession.h>
#include <device/modelrunner.h>

#include <QTimer>

class FakeModelRunner final : public TinyDeploy::Device::ModelRunner
{
    Q_OBJECT

public:
    FakeModelRunner(TinyDeploy::Device::RunProtocol protocol,
                    TinyDeploy::Device::DeviceInfo info,
                    QString link)
        : m_protocol(protocol)
        , m_info(std::move(info))
        , m_link(std::move(link))
    {}

    TinyDeploy::Device::RunProtocol protocol() const override { return m_protocol; }
    QString protocolName() const override
    {
        return TinyDeploy::Device::runProtocolName(m_protocol);
    }
    QString linkDescription() const override { return m_link; }
    void connectDevice() override
    {
        m_open = true;
        QTimer::singleShot(0, this, [this] { emit connected(m_info); });
    }
    void runInference(const QList<QByteArray> &inputs, quint32 runs) override
    {
        m_open = true;
        ++inferences;
        QTimer::singleShot(0, this, [this, inputs, runs] {
            TinyDeploy::Device::InferenceResult result;
            for (const TinyDeploy::Device::TensorInfo &output : std::as_const(m_info.outputs))
                result.outputs.append(QByteArray(int(output.bytes), char(inputs.size())));
            for (quint32 i = 0; i < runs; ++i)
                result.latencies.append({0, 100 + i});
            emit inferenceFinished(result);
        });
    }
    void cancel() override {}
    void close() override { m_open = false; }
    bool isBusy() const override { return false; }
    bool isOpen() const override { return m_open; }
    std::optional<TinyDeploy::Device::DeviceInfo> deviceInfo() const override { return m_info; }

    int inferences = 0;

private:
    TinyDeploy::Device::RunProtocol m_protocol;
    TinyDeploy::Device::DeviceInfo m_info;
    QString m_link;
    bool m_open = false;
};
