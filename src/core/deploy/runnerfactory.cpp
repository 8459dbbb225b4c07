#include "runnerfactory.h"
#include "deploytr.h"

#include <device/framedrunner.h>
#include <device/serialportlink.h>
#include <microtvm/modelplan.h>
#include <microtvm/projectapitransportlink.h>
#include <microtvm/rpcrunner.h>

namespace TinyDeploy::Deploy {

namespace {

Device::SerialLink *serialLink(const RunnerRequest &request, const LinkFactory &links)
{
    return links ? links(request.serialPort, request.baudRate)
                 : new Device::SerialPortLink(request.serialPort, request.baudRate);
}

} // namespace

Result<Device::ModelRunner *> createRunner(const RunnerRequest &request, const LinkFactory &links)
{
    if (request.choice.protocol == Device::RunProtocol::Framed) {
        auto *runner = new Device::FramedRunner(serialLink(request, links));
        runner->setTimeouts(request.timeout, request.runTimeout);
        return runner;
    }
    // The plan comes from the model the project holds: what the device was built with.
    Result<MicroTvm::ModelPlan> plan = MicroTvm::planFromMlf(request.projectDir
                                                             + QStringLiteral("/model"));
    if (!plan)
        return fail(plan.error());
    Device::SerialLink *link = request.choice.link == RunLink::ProjectApiTransport
                                   ? new MicroTvm::ProjectApiTransportLink(request.server,
                                                                           request.projectDir,
                                                                           request.transportOptions)
                                   : serialLink(request, links);
    auto *runner = new MicroTvm::RpcRunner(link, *plan);
    runner->setTimeouts(request.timeout.value_or(MicroTvm::RpcRunner::DefaultReplyTimeout),
                        request.runTimeout.value_or(MicroTvm::RpcRunner::DefaultRunTimeout));
    return runner;
}

} // namespace TinyDeploy::Deploy
