#pragma once

#include <QList>
#include <QString>

namespace TinyDeploy::Batch {

/// @brief One board of a batch: a real board found by its USB serial number, or one emulated
/// board (a QEMU instance of its own).
struct BoardTarget
{
    enum class Kind { Real, Emulated };

    Kind kind = Kind::Emulated;
    /// The USB serial number of a real board (its identity: ports change when it
    /// re-enumerates); empty for an emulated one.
    QString serialNumber;
    /// The serial port of a real board ("/dev/ttyACM0") as last seen; empty for an emulated one
    /// (its port appears when it starts).
    QString port;
    /// What the user calls it ("Table 3"); may be empty.
    QString label;
    /// 0-based position in the batch; rows and folders are named after index + 1.
    int index = 0;

    bool isReal() const { return kind == Kind::Real; }
    /// "066DFF485457725187092544" or "emulated 3": how the board is told apart.
    QString identity() const;
    /// The label when given, else identity().
    QString displayName() const;
    /// "03-066DFF4854" or "03-emulated": the name of the board's folder in the batch folder.
    QString folderName() const;
};

/// @p count emulated boards, indexes 0 .. count-1.
QList<BoardTarget> emulatedTargets(int count);

} // namespace TinyDeploy::Batch
