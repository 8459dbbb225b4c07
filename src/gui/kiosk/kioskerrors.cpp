#include "kioskerrors.h"

#include <QCoreApplication>

namespace TinyDeploy::Gui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TinyDeploy::Gui::KioskWindow)
};
} // namespace

QString kioskErrorText(const Error &error, std::optional<Deploy::DeploymentStep> step)
{
    using Deploy::DeploymentStep;
    switch (error.code) {
    case ErrorCode::Cancelled:
        return Tr::tr("The deployment was stopped. Press Deploy to start again.");
    case ErrorCode::PortUnavailable:
        return Tr::tr("No board was found. Plug in the board with its USB cable, wait a few "
                      "seconds, then press Deploy.");
    case ErrorCode::DeviceDisconnected:
        return Tr::tr("The board was unplugged or stopped answering. Plug it in again, then "
                      "press Deploy.");
    case ErrorCode::ModelTooLarge:
        return Tr::tr("This model is too large for this board. Ask your teacher.");
    case ErrorCode::ServerNotFound:
    case ErrorCode::ServerStartFailed:
    case ErrorCode::TemplateUnavailable:
    case ErrorCode::UnsupportedTvmVersion:
    case ErrorCode::NotATemplate:
    case ErrorCode::InvalidBoardData:
        return Tr::tr("TinyDeploy is not set up correctly on this computer. Ask your teacher.");
    case ErrorCode::InvalidOption:
    case ErrorCode::MissingOption:
    case ErrorCode::InvalidJson:
    case ErrorCode::MissingField:
    case ErrorCode::WrongFieldType:
    case ErrorCode::UnsupportedVersion:
        if (!step)
            return Tr::tr("This kiosk's configuration cannot be used. Ask your teacher.");
        return Tr::tr("This kiosk's settings do not suit the board. Ask your teacher.");
    case ErrorCode::NotAnArchive:
    case ErrorCode::ArchiveTruncated:
    case ErrorCode::ArchiveCorrupt:
    case ErrorCode::MissingMetadata:
        return Tr::tr("The model of this kiosk is damaged. Ask your teacher.");
    case ErrorCode::PackageInvalid:
    case ErrorCode::PackageTampered:
    case ErrorCode::NotPackageable:
        return Tr::tr("The deployment package of this kiosk is damaged or was changed. Ask your "
                      "teacher for a new one.");
    case ErrorCode::Timeout:
    case ErrorCode::IoTimeout:
        if (step >= DeploymentStep::Connect)
            return Tr::tr("The board did not answer. Unplug it, plug it in again, then press "
                          "Deploy.");
        break;
    case ErrorCode::DeviceProtocol:
    case ErrorCode::DeviceError:
        return Tr::tr("The board answered something unexpected. Press its reset button, then "
                      "press Deploy.");
    default:
        break;
    }
    if (!step) {
        if (error.code == ErrorCode::NotFound || error.code == ErrorCode::Io)
            return Tr::tr("A file this kiosk needs is missing. Ask your teacher.");
        return Tr::tr("This kiosk's configuration cannot be used. Ask your teacher.");
    }
    switch (*step) {
    case DeploymentStep::Generate:
        return Tr::tr("The project for the board could not be prepared. Press Deploy to try "
                      "again; if it fails again, ask your teacher.");
    case DeploymentStep::Build:
        return Tr::tr("The program for the board could not be built. Ask your teacher to check "
                      "this computer.");
    case DeploymentStep::Flash:
        return Tr::tr("The program could not be copied to the board. Check the USB cable, then "
                      "press Deploy.");
    case DeploymentStep::Connect:
        return Tr::tr("TinyDeploy could not talk to the board. Unplug it, plug it in again, "
                      "then press Deploy.");
    case DeploymentStep::Run:
        return Tr::tr("The model stopped while running on the board. Press Deploy to try "
                      "again.");
    }
    return Tr::tr("Something went wrong. Press Deploy to try again, or ask your teacher.");
}

} // namespace TinyDeploy::Gui
