#include "runnerfactory.h"
#include "deploytr.h"

#include <device/framedrunner.h>
#include <device/serialportlink.h>

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
    return fail(ErrorCode::Internal,
                Tr::tr("This build of TinyDeploy cannot speak microTVM RPC."),
                request.projectDir);
}

} // namespace TinyDeploy::Deploy
