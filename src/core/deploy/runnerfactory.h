#pragma once

#include "runprotocol.h"

#include <device/modelrunner.h>
#include <util/error.h>

#include <QJsonObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace TinyDeploy::ProjectApi {
class ProjectApiClient;
}
namespace TinyDeploy::Device {
class SerialLink;
}

namespace TinyDeploy::Deploy {

/// @brief Everything a runner for the Connect and Run steps is made from.
struct RunnerRequest
{
    RunChoice choice;
    QString projectDir;
    /// RunLink::SerialPort: the port and its baud rate.
    QString serialPort;
    qint32 baudRate = 115200;
    /// RunLink::ProjectApiTransport: the project's running server and the options its
    /// open_transport receives.
    ProjectApi::ProjectApiClient *server = nullptr;
    QJsonObject transportOptions;
    /// How long the device may take to answer, and to run the model (runner defaults
    /// otherwise).
    std::optional<std::chrono::milliseconds> timeout;
    std::optional<std::chrono::milliseconds> runTimeout;
};

/// Creates the link to the device for a port (test seam; default: SerialPortLink).
using LinkFactory = std::function<Device::SerialLink *(const QString &port, qint32 baudRate)>;
/// Creates the runner for a request (test seam; default: createRunner()). The runner is
/// parented by the caller.
using RunnerFactory = std::function<Result<Device::ModelRunner *>(const RunnerRequest &request)>;

/// @brief The runner @p request asks for: FramedRunner on the serial port for our framed
/// protocol; MicroTvm::RpcRunner on the serial port or the project's Project API transport for
/// microTVM RPC, with the plan of the project's extracted model (model/). @p links makes
/// the serial links (SerialPortLink when empty).
Result<Device::ModelRunner *> createRunner(const RunnerRequest &request, const LinkFactory &links);

} // namespace TinyDeploy::Deploy
