#pragma once

#include "devicesession.h"

#include <util/error.h>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace TinyDeploy::Device {

/// The protocol a device speaks for running its model.
enum class RunProtocol {
    Framed,      ///< TinyDeploy's framed protocol (firmware_templates/common/PROTOCOL.md).
    MicroTvmRpc, ///< microTVM's host-driven RPC (the CRT's RPC server and executors).
};

/// @brief Runs the model on a device, whatever protocol it speaks: FramedRunner over our
/// framed protocol, MicroTvm::RpcRunner over microTVM's host-driven RPC. The Run step, the
/// validation and the profile use this interface only.
///
/// Same contract as DeviceSession: asynchronous and single-request; connectDevice() and
/// runInference() return at once and finish with connected() / inferenceFinished(), exactly
/// once per call and never before the caller returns to the event loop (also for errors found
/// before anything is sent); cancel() finishes the current request at once with
/// ErrorCode::Cancelled. Every request has a deadline. The runner owns its link.
class ModelRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelRunner)

public:
    using QObject::QObject;
    ~ModelRunner() override;

    virtual RunProtocol protocol() const = 0;
    /// Names the protocol for the user, e.g. "TinyDeploy protocol" or
    /// "microTVM RPC, graph executor".
    virtual QString protocolName() const = 0;
    /// Names the link in messages, e.g. "/dev/ttyACM0 (115200 baud)" or "the Project API
    /// transport of /path/to/project".
    virtual QString linkDescription() const = 0;

    /// Opens the link when it is closed and learns what the device runs; finishes with
    /// connected().
    virtual void connectDevice() = 0;
    /// Sends @p inputs (one per model input, exact sizes), runs the model @p runs times (1 to
    /// Protocol::MaxRuns) and collects the outputs and one latency per run; connects first if
    /// needed. Finishes with inferenceFinished().
    virtual void runInference(const QList<QByteArray> &inputs, quint32 runs) = 0;
    /// Abandons the current request; it finishes at once with ErrorCode::Cancelled.
    virtual void cancel() = 0;
    /// Ends the session and closes the link (the device itself keeps running).
    virtual void close() = 0;

    virtual bool isBusy() const = 0;
    /// Whether the link is open; a closed or broken one is opened again by the next request.
    virtual bool isOpen() const = 0;
    /// What the device runs, once connected.
    virtual std::optional<DeviceInfo> deviceInfo() const = 0;

signals:
    void connected(const TinyDeploy::Result<TinyDeploy::Device::DeviceInfo> &info);
    void inferenceFinished(const TinyDeploy::Result<TinyDeploy::Device::InferenceResult> &result);
    /// Input bytes the device has taken so far.
    void uploadProgress(qint64 done, qint64 total);
    /// Runs whose timing arrived so far.
    void runProgress(quint32 done, quint32 total);
    /// A log message of the device or its firmware.
    void deviceLog(const QString &text);
};

/// Stable machine name ("framed", "microtvm-rpc") for records and JSON output.
QString runProtocolName(RunProtocol protocol);

} // namespace TinyDeploy::Device
