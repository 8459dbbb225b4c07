#pragma once

#include <templates/boardinfo.h>
#include <util/error.h>

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace TinyDeploy::Device {

/// One serial port of this computer, as the operating system describes it.
struct PortInfo
{
    QString portName;       ///< "ttyACM0"
    QString systemLocation; ///< "/dev/ttyACM0": what a connection opens.
    QString description;    ///< "STM32 STLink"
    QString manufacturer;
    QString serialNumber; ///< The USB serial number; for an ST-LINK also its probe's.
    std::optional<quint16> vendorId;
    std::optional<quint16> productId;

    /// The VID:PID pair; none when the port is not a USB device (or the system does not say).
    std::optional<Templates::UsbId> usbId() const;

    friend bool operator==(const PortInfo &, const PortInfo &) = default;
};

/// Lists the serial ports. Production: systemPorts(); tests pass a lambda returning a fixed
/// list (this is the seam for everything below).
using PortLister = std::function<QList<PortInfo>()>;

/// The ports QSerialPortInfo sees now.
QList<PortInfo> systemPorts();

/// Whether @p port has one of @p board's USB ids.
bool matchesBoard(const PortInfo &port, const Templates::BoardInfo &board);

/// The ports of @p ports that have one of @p board's USB ids, in list order.
QList<PortInfo> matchingPorts(const QList<PortInfo> &ports, const Templates::BoardInfo &board);

/// The port with USB serial number @p serialNumber (compared exactly); none when @p serialNumber
/// is empty or no port has it. This finds a board again after it re-enumerated (ttyACM0 came
/// back as ttyACM1 while it was flashed).
std::optional<PortInfo> findBySerialNumber(const QList<PortInfo> &ports,
                                           const QString &serialNumber);

/// The port whose system location ("/dev/ttyACM0") or name ("ttyACM0") is @p port.
std::optional<PortInfo> findByName(const QList<PortInfo> &ports, const QString &port);

/// "ttyACM0 - STM32 STLink (0483:374b, serial 066DFF...)"
QString displayText(const PortInfo &port);

/// The port a deployment opens, and why it is that one.
struct PortChoice
{
    enum class Reason {
        Emulated,     ///< The board is emulated: its port appears when it starts (port is empty).
        Given,        ///< The port the user gave, checked against the board where possible.
        SerialNumber, ///< The port with the board's USB serial number.
        UsbId,        ///< The only port with one of the board's USB ids.
    };

    PortInfo port; ///< For a given port not in the system's list, only the names are set.
    Reason reason = Reason::Given;
    /// Set when the choice differs from what was asked, e.g. "ttyACM0 is gone: the board with
    /// serial number 0669FF is now ttyACM1." Empty otherwise.
    QString note;

    QString systemLocation() const { return port.systemLocation; }
};

/// @brief Resolves the serial port of a deployment to @p board.
///
/// @p requestedPort is what the user gave (--port, the port list; empty for none);
/// @p serialNumber the board's USB serial number when known (the serial_number option, or
/// remembered; empty for none). In order:
///  - an emulated board needs no port (Reason::Emulated);
///  - a given port is checked: when it is listed with a VID:PID or serial number, they must be
///    the board's (else InvalidArgument, "belongs to another board"); a given port that is no
///    longer listed while the serial number is, is the board re-enumerated (Reason::SerialNumber
///    with a note); an unlisted port (a pty, a port the system does not report) is taken as
///    given unless a serial number was asked for;
///  - a serial number alone picks the port that has it (else PortUnavailable);
///  - a board without USB ids (no VCP TinyDeploy can recognise) needs a port (PortUnavailable,
///    "give --port or choose the port");
///  - else the one port with the board's USB ids (PortUnavailable when none, naming the ids and
///    what to check; InvalidArgument when several, listing them with their serial numbers).
/// Errors name the board, the ports and what to do next; the details list every port seen.
Result<PortChoice> resolvePort(const Templates::BoardInfo &board,
                               const QString &requestedPort,
                               const QString &serialNumber,
                               const QList<PortInfo> &ports);

/// resolvePort() over the ports @p lister reports now.
Result<PortChoice> resolvePort(const Templates::BoardInfo &board,
                               const QString &requestedPort,
                               const QString &serialNumber,
                               const PortLister &lister = systemPorts);

} // namespace TinyDeploy::Device
