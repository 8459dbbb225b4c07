#pragma once

#include "boardtarget.h"

#include <device/portdiscovery.h>
#include <templates/boardinfo.h>
#include <util/error.h>

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace TinyDeploy::Batch {

/// Which boards a batch deploys to, as the user said it ("all", "8", "066DFF,0670FF").
struct BoardSelection
{
    enum class Kind {
        All,    ///< Every connected board of the type (real boards only).
        Count,  ///< That many: the first N connected ones (by serial number), or N emulated.
        Serials ///< The boards with these USB serial numbers, in this order.
    };
    Kind kind = Kind::All;
    int count = 0;
    QStringList serials;
};

/// Most boards one batch takes (a sanity bound, not a limit of the scheduler).
inline constexpr int MaxBatchBoards = 64;

/// Parses "all", a count (1 to MaxBatchBoards) or a comma-separated list of serial numbers.
Result<BoardSelection> parseBoardSelection(const QString &text);

/// @brief The board type a batch deploys to, from the template's boards.json and the "board"
/// option of @p optionValues or @p optionAssignments ("board=nucleo-f446re").
///
/// None when every board is emulated (or the template has no boards.json, as the host
/// template): a batch of such boards is N emulated targets. An error when boards.json lists a
/// real board but no board option says which one (the batch has to know which USB ids to
/// look for), or names a board boards.json does not list.
Result<std::optional<Templates::BoardInfo>> chosenBoard(const QString &templateDir,
                                                        const QJsonObject &optionValues,
                                                        const QStringList &optionAssignments);

/// @brief The board type of the deployment package at @p packagePath: the boards.json entry
/// its flash recipe carries. None when the package is for an emulated board (or the host).
///
/// The package is checked as flashing checks it (Package::openPackage(), into a temporary
/// folder), so that a changed or damaged package is refused before any board is touched.
Result<std::optional<Templates::BoardInfo>> packageBoard(const QString &packagePath);

/// @brief The connected boards that match one board type: by the USB ids of its boards.json
/// entry, each known by its USB serial number (Device::PortDiscovery), or N emulated boards.
///
/// Each call lists the ports again (through the lister: the seam of the tests), so that a
/// board plugged in or out is seen at once.
class BoardMatcher final
{
public:
    /// @p board none, or emulated: the targets are emulated boards.
    explicit BoardMatcher(std::optional<Templates::BoardInfo> board = std::nullopt,
                          Device::PortLister lister = Device::systemPorts);

    bool isEmulated() const { return !m_board || m_board->emulated; }
    const std::optional<Templates::BoardInfo> &board() const { return m_board; }

    /// The real boards of the type connected now, ordered by serial number (then port), with
    /// indexes 0..n-1. Empty for an emulated board type.
    QList<BoardTarget> connected() const;

    /// The targets @p selection names, indexes 0..n-1. Errors say which boards were asked
    /// for, which are connected (with their serial numbers) and what to do.
    Result<QList<BoardTarget>> select(const BoardSelection &selection) const;

    /// Where @p target is now: the port with its serial number (a re-enumerated board has a
    /// new port), or, for a board without serial number, its port when still listed. None when
    /// it is gone; always none for an emulated target.
    std::optional<Device::PortInfo> locate(const BoardTarget &target) const;

private:
    QString boardName() const;
    QString connectedList() const;

    std::optional<Templates::BoardInfo> m_board;
    Device::PortLister m_lister;
};

} // namespace TinyDeploy::Batch
