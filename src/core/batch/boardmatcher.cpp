#include "boardmatcher.h"
#include "batchtr.h"

#include <deploy/boardcheck.h>
#include <package/packagereader.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>

namespace TinyDeploy::Batch {

Result<BoardSelection> parseBoardSelection(const QString &text)
{
    const QString trimmed = text.trimmed();
    BoardSelection selection;
    if (trimmed.compare(QStringLiteral("all"), Qt::CaseInsensitive) == 0) {
        selection.kind = BoardSelection::Kind::All;
        return selection;
    }
    bool isNumber = false;
    const int count = trimmed.toInt(&isNumber);
    if (isNumber) {
        if (count < 1 || count > MaxBatchBoards) {
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("A batch has 1 to %1 boards, not %2.").arg(MaxBatchBoards).arg(count),
                        QStringLiteral("--boards"),
                        Tr::tr("Give \"all\", a number of boards or their serial numbers."));
        }
        selection.kind = BoardSelection::Kind::Count;
        selection.count = count;
        return selection;
    }
    for (const QString &part : trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString serial = part.trimmed();
        if (!serial.isEmpty() && !selection.serials.contains(serial))
            selection.serials.append(serial);
    }
    if (selection.serials.isEmpty()) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("No boards were named."),
                    QStringLiteral("--boards"),
                    Tr::tr("Give \"all\", a number of boards or their serial numbers separated "
                           "by commas."));
    }
    selection.kind = BoardSelection::Kind::Serials;
    return selection;
}

Result<std::optional<Templates::BoardInfo>> chosenBoard(const QString &templateDir,
                                                        const QJsonObject &optionValues,
                                                        const QStringList &optionAssignments)
{
    QJsonObject options = optionValues;
    for (const QString &assignment : optionAssignments) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals > 0 && assignment.left(equals).trimmed() == QStringLiteral("board"))
            options.insert(QStringLiteral("board"), assignment.mid(equals + 1).trimmed());
    }
    if (options.contains(QStringLiteral("board")))
        return Deploy::targetBoard(templateDir, options);
    const QString boardsFile = QDir(templateDir).filePath(QStringLiteral("boards.json"));
    if (!QFileInfo::exists(boardsFile))
        return std::optional<Templates::BoardInfo>(); // host runners: emulated
    Result<QList<Templates::BoardInfo>> boards = Templates::loadBoards(boardsFile);
    if (!boards)
        return fail(boards.error());
    const bool allEmulated = std::all_of(boards->cbegin(),
                                         boards->cend(),
                                         [](const Templates::BoardInfo &b) { return b.emulated; });
    if (allEmulated)
        return std::optional<Templates::BoardInfo>();
    QStringList names;
    for (const Templates::BoardInfo &board : std::as_const(*boards))
        names.append(board.name);
    return fail(ErrorCode::InvalidArgument,
                Tr::tr("Deploying to several boards needs the board type, to find the connected "
                       "boards of that type."),
                templateDir,
                Tr::tr("Set the board option to one of: %1.").arg(names.join(QStringLiteral(", "))));
}

Result<std::optional<Templates::BoardInfo>> packageBoard(const QString &packagePath)
{
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        return fail(ErrorCode::Io,
                    Tr::tr("No temporary folder could be created to check the package."),
                    scratch.path(),
                    Tr::tr("Check that the temporary folder can be written and the disk has "
                           "room."),
                    scratch.errorString());
    }
    Result<Package::OpenedPackage> opened = Package::openPackage(packagePath,
                                                                 scratch.filePath(
                                                                     QStringLiteral("package")));
    if (!opened)
        return fail(opened.error());
    const Package::PackageManifest &manifest = opened->manifest;
    if (manifest.emulated)
        return std::optional<Templates::BoardInfo>();
    const QString location = packagePath + QLatin1Char(':') + manifest.recipe;
    QFile recipe(opened->filePath(manifest.recipe));
    if (!recipe.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::PackageInvalid,
                    Tr::tr("The package's flash recipe cannot be read."),
                    location,
                    Tr::tr("Make the package again with this TinyDeploy."),
                    recipe.errorString());
    }
    const QJsonValue board
        = QJsonDocument::fromJson(recipe.readAll()).object().value(QStringLiteral("board"));
    // The recipe carries the board's boards.json entry: read it as a boards.json of one board.
    const QByteArray boards = QJsonDocument(QJsonObject{{manifest.boardName, board}}).toJson();
    Result<QList<Templates::BoardInfo>> parsed = Templates::parseBoards(boards, location);
    if (!parsed || parsed->isEmpty()) {
        return fail(ErrorCode::PackageInvalid,
                    Tr::tr("The package does not describe its board %1 well enough to find "
                           "the connected boards of that type.")
                        .arg(manifest.boardName),
                    location,
                    Tr::tr("Make the package again with this TinyDeploy, or flash one board at "
                           "a time with --port."),
                    parsed ? QString() : parsed.error().oneLine());
    }
    if (parsed->first().emulated)
        return std::optional<Templates::BoardInfo>();
    return std::optional<Templates::BoardInfo>(parsed->first());
}

BoardMatcher::BoardMatcher(std::optional<Templates::BoardInfo> board, Device::PortLister lister)
    : m_board(std::move(board))
    , m_lister(lister ? std::move(lister) : Device::PortLister(Device::systemPorts))
{}

QString BoardMatcher::boardName() const
{
    return m_board ? m_board->displayName : QString();
}

QList<BoardTarget> BoardMatcher::connected() const
{
    if (isEmulated())
        return {};
    QList<Device::PortInfo> ports = Device::matchingPorts(m_lister(), *m_board);
    std::sort(ports.begin(), ports.end(), [](const Device::PortInfo &a, const Device::PortInfo &b) {
        if (a.serialNumber != b.serialNumber)
            return a.serialNumber < b.serialNumber;
        return a.systemLocation < b.systemLocation;
    });
    QList<BoardTarget> targets;
    for (const Device::PortInfo &port : std::as_const(ports)) {
        BoardTarget target;
        target.kind = BoardTarget::Kind::Real;
        target.serialNumber = port.serialNumber;
        target.port = port.systemLocation;
        target.index = int(targets.size());
        targets.append(target);
    }
    return targets;
}

QString BoardMatcher::connectedList() const
{
    QStringList seen;
    for (const BoardTarget &target : connected()) {
        seen.append(target.serialNumber.isEmpty()
                        ? target.port
                        : QStringLiteral("%1 (%2)").arg(target.serialNumber, target.port));
    }
    return seen.isEmpty() ? Tr::tr("none") : seen.join(QStringLiteral(", "));
}

Result<QList<BoardTarget>> BoardMatcher::select(const BoardSelection &selection) const
{
    if (isEmulated()) {
        if (selection.kind != BoardSelection::Kind::Count) {
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("Emulated boards are not plugged in, so they cannot be chosen by "
                               "\"all\" or by serial number."),
                        QStringLiteral("--boards"),
                        Tr::tr("Give the number of emulated boards to start, e.g. 8."));
        }
        return emulatedTargets(selection.count);
    }
    if (m_board->usbIds.isEmpty()) {
        return fail(ErrorCode::PortUnavailable,
                    Tr::tr("TinyDeploy cannot recognise %1 boards by their USB adapter, so it "
                           "cannot find several of them.")
                        .arg(boardName()),
                    m_board->name,
                    Tr::tr("Deploy to one board at a time, choosing its serial port."));
    }
    const QList<BoardTarget> found = connected();
    const QString ids = [this] {
        QStringList list;
        for (const Templates::UsbId &id : std::as_const(m_board->usbIds))
            list.append(Templates::formatUsbId(id));
        return list.join(QStringLiteral(", "));
    }();
    if (found.isEmpty()) {
        return fail(ErrorCode::PortUnavailable,
                    Tr::tr("No %1 board is connected (USB id %2).").arg(boardName(), ids),
                    m_board->name,
                    Tr::tr("Plug the boards in with a data cable, then try again."));
    }
    QList<BoardTarget> chosen;
    switch (selection.kind) {
    case BoardSelection::Kind::All:
        chosen = found;
        break;
    case BoardSelection::Kind::Count:
        if (found.size() < selection.count) {
            return fail(ErrorCode::PortUnavailable,
                        Tr::tr("%1 %2 boards were asked for, but %3 are connected: %4.")
                            .arg(selection.count)
                            .arg(boardName())
                            .arg(found.size())
                            .arg(connectedList()),
                        m_board->name,
                        Tr::tr("Plug in the missing boards, or ask for fewer."));
        }
        chosen = found.mid(0, selection.count);
        break;
    case BoardSelection::Kind::Serials:
        for (const QString &serial : selection.serials) {
            const auto it = std::find_if(found.cbegin(), found.cend(), [&](const BoardTarget &t) {
                return t.serialNumber.compare(serial, Qt::CaseInsensitive) == 0;
            });
            if (it == found.cend()) {
                return fail(ErrorCode::PortUnavailable,
                            Tr::tr("No connected %1 board has the serial number %2 (connected: "
                                   "%3).")
                                .arg(boardName(), serial, connectedList()),
                            m_board->name,
                            Tr::tr("Check the serial number, or plug that board in."));
            }
            chosen.append(*it);
        }
        break;
    }
    for (int i = 0; i < chosen.size(); ++i)
        chosen[i].index = i;
    return chosen;
}

std::optional<Device::PortInfo> BoardMatcher::locate(const BoardTarget &target) const
{
    if (!target.isReal())
        return std::nullopt;
    const QList<Device::PortInfo> ports = m_lister();
    if (!target.serialNumber.isEmpty())
        return Device::findBySerialNumber(ports, target.serialNumber);
    return Device::findByName(ports, target.port);
}

} // namespace TinyDeploy::Batch
