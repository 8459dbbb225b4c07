#include "portdiscovery.h"
#include "devicetr.h"

#include <QSerialPortInfo>
#include <QStringList>

namespace TinyDeploy::Device {

namespace {

QString hex4(quint16 value)
{
    return QStringLiteral("%1").arg(value, 4, 16, QLatin1Char('0'));
}

QString boardLabel(const Templates::BoardInfo &board)
{
    return board.displayName.isEmpty() ? board.name : board.displayName;
}

QString usbIdList(const Templates::BoardInfo &board)
{
    QStringList ids;
    for (const Templates::UsbId &id : board.usbIds)
        ids << Templates::formatUsbId(id);
    return ids.join(QStringLiteral(", "));
}

/// "ttyACM0 (0483:374b, serial 0669FF)"
QString shortText(const PortInfo &port)
{
    QStringList details;
    if (const auto id = port.usbId())
        details << Templates::formatUsbId(*id);
    if (!port.serialNumber.isEmpty())
        details << Tr::tr("serial %1").arg(port.serialNumber);
    const QString name = port.portName.isEmpty() ? port.systemLocation : port.portName;
    if (details.isEmpty())
        return name;
    return Tr::tr("%1 (%2)").arg(name, details.join(QStringLiteral(", ")));
}

QString portList(const QList<PortInfo> &ports)
{
    QStringList texts;
    for (const PortInfo &port : ports)
        texts << shortText(port);
    return texts.join(QStringLiteral("; "));
}

/// Every port seen, one a line, for Error::details.
QString portsSeen(const QList<PortInfo> &ports)
{
    if (ports.isEmpty())
        return Tr::tr("No serial port is reported by the system.");
    QStringList lines{Tr::tr("Serial ports seen:")};
    for (const PortInfo &port : ports)
        lines << QStringLiteral("  ") + port.systemLocation + QStringLiteral(": ")
                     + displayText(port);
    return lines.join(QLatin1Char('\n'));
}

bool hasVendor(const Templates::BoardInfo &board, quint16 vendorId)
{
    for (const Templates::UsbId &id : board.usbIds) {
        if (id.vendorId == vendorId)
            return true;
    }
    return false;
}

/// What to plug in and check when none of the board's ports is there.
QString plugHint(const Templates::BoardInfo &board)
{
    QString plug;
    if (hasVendor(board, 0x0483))
        plug = Tr::tr("Plug in the USB cable at the connector marked ST-LINK (some USB cables "
                      "only charge).");
    else if (hasVendor(board, 0x0d28))
        plug = Tr::tr("Plug the board in at its DAPLink USB connector with a data cable (some "
                      "USB cables only charge).");
    else
        plug = Tr::tr("Plug the board in with a data cable (some USB cables only charge).");
    return plug + QLatin1Char(' ')
           + Tr::tr("Then check the udev rules (Debian's openocd package installs them for "
                    "ST-LINK and DAPLink probes) and that you are in the dialout group. If the "
                    "port appears and vanishes at once, the brltty service took it (sudo apt "
                    "remove brltty).");
}

QString chooseHint()
{
    return Tr::tr("Give the port with --port (tinydeploy-cli) or choose it in the port list.");
}

PortInfo unlistedPort(const QString &requested)
{
    PortInfo port;
    port.systemLocation = requested;
    const qsizetype slash = requested.lastIndexOf(QLatin1Char('/'));
    port.portName = slash >= 0 ? requested.mid(slash + 1) : requested;
    return port;
}

Result<PortChoice> resolveGiven(const Templates::BoardInfo &board,
                                const QString &requested,
                                const QString &serialNumber,
                                const QList<PortInfo> &ports)
{
    const std::optional<PortInfo> given = findByName(ports, requested);
    const std::optional<PortInfo> bySerial = findBySerialNumber(ports, serialNumber);
    if (!given) {
        if (bySerial) {
            PortChoice choice{*bySerial, PortChoice::Reason::SerialNumber, {}};
            choice.note = Tr::tr("%1 is gone: the board with serial number %2 is now %3.")
                              .arg(requested, serialNumber, bySerial->systemLocation);
            return choice;
        }
        if (!serialNumber.isEmpty())
            return fail(ErrorCode::PortUnavailable,
                        Tr::tr("The serial port %1 is not there, and no port has the serial "
                               "number %2 of %3.")
                            .arg(requested, serialNumber, boardLabel(board)),
                        requested,
                        plugHint(board),
                        portsSeen(ports));
        return PortChoice{unlistedPort(requested), PortChoice::Reason::Given, {}};
    }
    if (!serialNumber.isEmpty() && !given->serialNumber.isEmpty()
        && given->serialNumber != serialNumber) {
        QString message = Tr::tr("The serial port %1 belongs to another board (serial number "
                                 "%2), not to %3 with serial number %4.")
                              .arg(given->systemLocation,
                                   given->serialNumber,
                                   boardLabel(board),
                                   serialNumber);
        QString hint = bySerial ? Tr::tr("That board is on %1 now: use that port.")
                                      .arg(bySerial->systemLocation)
                                : Tr::tr("Choose the port of the board you mean, or give its "
                                         "serial number.");
        return fail(ErrorCode::InvalidArgument,
                    message,
                    given->systemLocation,
                    hint,
                    portsSeen(ports));
    }
    const std::optional<Templates::UsbId> id = given->usbId();
    if (id && !board.usbIds.isEmpty() && !matchesBoard(*given, board)) {
        const QList<PortInfo> matching = matchingPorts(ports, board);
        QString hint = matching.isEmpty()
                           ? Tr::tr("Choose the port of %1, or plug it in.").arg(boardLabel(board))
                           : Tr::tr("The ports of %1: %2.")
                                 .arg(boardLabel(board), portList(matching));
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The serial port %1 belongs to another device (USB %2), not to %3 "
                           "(USB %4).")
                        .arg(given->systemLocation,
                             Templates::formatUsbId(*id),
                             boardLabel(board),
                             usbIdList(board)),
                    given->systemLocation,
                    hint,
                    portsSeen(ports));
    }
    return PortChoice{*given, PortChoice::Reason::Given, {}};
}

} // namespace

std::optional<Templates::UsbId> PortInfo::usbId() const
{
    if (!vendorId || !productId)
        return std::nullopt;
    return Templates::UsbId{*vendorId, *productId};
}

QList<PortInfo> systemPorts()
{
    QList<PortInfo> ports;
    const QList<QSerialPortInfo> infos = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo &info : infos) {
        PortInfo port;
        port.portName = info.portName();
        port.systemLocation = info.systemLocation();
        port.description = info.description();
        port.manufacturer = info.manufacturer();
        port.serialNumber = info.serialNumber();
        if (info.hasVendorIdentifier())
            port.vendorId = info.vendorIdentifier();
        if (info.hasProductIdentifier())
            port.productId = info.productIdentifier();
        ports << port;
    }
    return ports;
}

bool matchesBoard(const PortInfo &port, const Templates::BoardInfo &board)
{
    const std::optional<Templates::UsbId> id = port.usbId();
    return id && board.usbIds.contains(*id);
}

QList<PortInfo> matchingPorts(const QList<PortInfo> &ports, const Templates::BoardInfo &board)
{
    QList<PortInfo> result;
    for (const PortInfo &port : ports) {
        if (matchesBoard(port, board))
            result << port;
    }
    return result;
}

std::optional<PortInfo> findBySerialNumber(const QList<PortInfo> &ports, const QString &serialNumber)
{
    if (serialNumber.isEmpty())
        return std::nullopt;
    for (const PortInfo &port : ports) {
        if (port.serialNumber == serialNumber)
            return port;
    }
    return std::nullopt;
}

std::optional<PortInfo> findByName(const QList<PortInfo> &ports, const QString &port)
{
    if (port.isEmpty())
        return std::nullopt;
    for (const PortInfo &info : ports) {
        if (info.systemLocation == port)
            return info;
    }
    for (const PortInfo &info : ports) {
        if (info.portName == port)
            return info;
    }
    return std::nullopt;
}

QString displayText(const PortInfo &port)
{
    QStringList details;
    if (port.vendorId && port.productId)
        details << hex4(*port.vendorId) + QLatin1Char(':') + hex4(*port.productId);
    if (!port.serialNumber.isEmpty())
        details << Tr::tr("serial %1").arg(port.serialNumber);
    QString text = port.portName;
    const QString description = port.description.isEmpty() ? port.manufacturer : port.description;
    if (!description.isEmpty())
        text = Tr::tr("%1 - %2").arg(text, description);
    if (!details.isEmpty())
        text = Tr::tr("%1 (%2)").arg(text, details.join(QStringLiteral(", ")));
    return text;
}

Result<PortChoice> resolvePort(const Templates::BoardInfo &board,
                               const QString &requestedPort,
                               const QString &serialNumber,
                               const QList<PortInfo> &ports)
{
    if (board.emulated)
        return PortChoice{{}, PortChoice::Reason::Emulated, {}};
    if (!requestedPort.isEmpty())
        return resolveGiven(board, requestedPort, serialNumber, ports);

    if (!serialNumber.isEmpty()) {
        if (const std::optional<PortInfo> port = findBySerialNumber(ports, serialNumber))
            return PortChoice{*port, PortChoice::Reason::SerialNumber, {}};
        const QList<PortInfo> matching = matchingPorts(ports, board);
        QString hint = plugHint(board);
        if (!matching.isEmpty())
            hint = Tr::tr("Ports that look like %1 but have another serial number: %2. Check "
                          "the serial number, or choose one of them.")
                       .arg(boardLabel(board), portList(matching));
        return fail(ErrorCode::PortUnavailable,
                    Tr::tr("No serial port has the serial number %1 of %2: the board is not "
                           "plugged in.")
                        .arg(serialNumber, boardLabel(board)),
                    boardLabel(board),
                    hint,
                    portsSeen(ports));
    }

    if (board.usbIds.isEmpty())
        return fail(ErrorCode::PortUnavailable,
                    Tr::tr("%1 declares no USB serial port (VCP) that TinyDeploy can recognise, "
                           "and no port was given.")
                        .arg(boardLabel(board)),
                    boardLabel(board),
                    chooseHint(),
                    portsSeen(ports));

    const QList<PortInfo> matching = matchingPorts(ports, board);
    if (matching.size() == 1)
        return PortChoice{matching.first(), PortChoice::Reason::UsbId, {}};
    if (matching.isEmpty())
        return fail(ErrorCode::PortUnavailable,
                    Tr::tr("No serial port of %1 is plugged in: none has USB id %2.")
                        .arg(boardLabel(board), usbIdList(board)),
                    boardLabel(board),
                    plugHint(board),
                    portsSeen(ports));
    return fail(ErrorCode::InvalidArgument,
                Tr::tr("Several serial ports look like %1, and none was chosen: %2.")
                    .arg(boardLabel(board), portList(matching)),
                boardLabel(board),
                Tr::tr("Choose one: give --port, or the serial_number option with the board's "
                       "serial number (tinydeploy-cli), or choose it in the port list."),
                portsSeen(ports));
}

Result<PortChoice> resolvePort(const Templates::BoardInfo &board,
                               const QString &requestedPort,
                               const QString &serialNumber,
                               const PortLister &lister)
{
    return resolvePort(board, requestedPort, serialNumber, lister ? lister() : QList<PortInfo>());
}

} // namespace TinyDeploy::Device
