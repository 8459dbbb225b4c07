#pragma once

#include <device/portdiscovery.h>
#include <templates/boardinfo.h>
#include <util/error.h>

#include <QJsonObject>
#include <QString>

#include <optional>

namespace TinyDeploy::Mlf {
struct ModelInfo;
}

namespace TinyDeploy::Deploy {

/// The option a template declares for the board's USB serial number (TVM's Zephyr template uses
/// the same name); ours pass it to openocd, st-flash and the USB-drive flasher.
inline constexpr char serialNumberOption[] = "serial_number";

/// @brief The board a deployment targets, as the boards.json of @p dir (a template or a
/// generated project, which carries a copy) describes it.
///
/// The board is the one the "board" option of @p options names. None when the folder has no
/// boards.json, or no "board" option is given; an error when boards.json cannot be read or does
/// not list the named board.
Result<std::optional<Templates::BoardInfo>> targetBoard(const QString &dir,
                                                        const QJsonObject &options);

/// Refuses (ErrorCode::ModelTooLarge) a model that the fit check says overflows @p board's
/// flash or RAM, with the numbers of each overflowing memory; ok otherwise (also when the board
/// does not declare its sizes).
Result<void> checkModelFits(const Mlf::ModelInfo &model, const Templates::BoardInfo &board);

/// The fit check figures for the record: {"board", "flash": {"needed_bytes",
/// "available_bytes"}, "ram": {...}} (available -1 when the board does not declare it).
QJsonObject fitCheckJson(const Mlf::ModelInfo &model, const Templates::BoardInfo &board);

/// The USB serial number of the port @p port ("/dev/ttyACM0" or "ttyACM0") among the ports
/// @p lister reports; empty when it is not listed or has none (a pty, a port the system does
/// not describe).
QString serialNumberOfPort(const QString &port,
                           const Device::PortLister &lister = Device::systemPorts);

} // namespace TinyDeploy::Deploy
