#include "runagainplan.h"

#include "boardcheck.h"
#include "deploytr.h"
#include "devicestopper.h"
#include "runprotocol.h"

#include <QDir>
#include <QFileInfo>

namespace TinyDeploy::Deploy {

Result<RunAgainPlan> planRunAgain(const QString &projectDir,
                                  const QString &serialNumber,
                                  const QList<Device::PortInfo> &ports)
{
    const QString dir = QDir::cleanPath(QFileInfo(projectDir).absoluteFilePath());
    if (projectDir.isEmpty() || !QFileInfo(dir).isDir()) {
        return fail(ErrorCode::NotFound,
                    Tr::tr("The project of this record no longer exists."),
                    projectDir,
                    Tr::tr("Deploy the model again: the project folder was moved or deleted."));
    }
    Result<std::optional<ProjectState>> loaded = ProjectState::load(dir);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded || (*loaded)->flashed.isNull()) {
        return fail(ErrorCode::NotFound,
                    Tr::tr("This project was never flashed, so there is nothing on a board to "
                           "run again."),
                    dir,
                    Tr::tr("Deploy the model again to build and flash it."));
    }

    RunAgainPlan plan;
    plan.project = **loaded;
    plan.settings.projectDir = dir;
    plan.settings.firstStep = DeploymentStep::Connect;
    plan.settings.lastStep = DeploymentStep::Run;

    Result<std::optional<Templates::BoardInfo>> board = targetBoard(dir, plan.project.options);
    if (!board)
        return std::unexpected(board.error());
    if (*board) {
        plan.board = (*board)->name;
        if ((*board)->defaultBaudRate > 0)
            plan.settings.baudRate = (*board)->defaultBaudRate;
    }

    if (*board && !(*board)->emulated) {
        // The firmware stays on a real board: connect to it where it is now.
        const QString serial = serialNumber.isEmpty()
                                   ? plan.project.options.value(QLatin1String(serialNumberOption))
                                         .toString()
                                   : serialNumber;
        // The serial number names the board; the port it had may be another board's now.
        Result<Device::PortChoice> choice = Device::resolvePort(**board,
                                                                serial.isEmpty()
                                                                    ? plan.project.serialPort
                                                                    : QString(),
                                                                serial,
                                                                ports);
        if (!choice) {
            Error error = choice.error();
            if (!serial.isEmpty() && error.code == ErrorCode::PortUnavailable) {
                error.message = Tr::tr("The %1 with serial number %2 is not connected.")
                                    .arg((*board)->name, serial);
                error.hint = Tr::tr("Plug that board in (a data cable, not a charge-only one) "
                                    "and press Run Again.");
            }
            return std::unexpected(error);
        }
        plan.settings.serialPort = choice->systemLocation();
        plan.note = choice->note;
        if (plan.note.isEmpty() && !plan.project.serialPort.isEmpty()
            && plan.project.serialPort != plan.settings.serialPort) {
            plan.note = Tr::tr("The board is on %1 now; it was on %2.")
                            .arg(plan.settings.serialPort, plan.project.serialPort);
        }
        return plan;
    }

    // An emulated board or the host runner: the device lives as long as its process. A project
    // reached through the Project API transport gets a fresh device at each connection; one we
    // talk to on its pty needs it running, and flashing it again only starts it.
    Result<RunChoice> choice = runChoiceForProject(dir, QString());
    const bool transport = choice && choice->link == RunLink::ProjectApiTransport;
    if (!transport && !projectHasDeviceRecord(dir))
        plan.settings.firstStep = DeploymentStep::Flash;
    return plan;
}

} // namespace TinyDeploy::Deploy
