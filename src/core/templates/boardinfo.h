#pragma once

#include <util/error.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace TinyDeploy::Templates {

enum class MemoryKind { Flash, Ram };

/// One memory region of a board, e.g. 4 MiB of "FLASH" at 0x00000000.
struct MemoryRegion
{
    QString name;
    MemoryKind kind = MemoryKind::Flash;
    qint64 origin = -1; ///< Start address; -1 when the file does not say.
    qint64 sizeBytes = 0;
};

/// A USB vendor/product id pair that identifies the board's serial adapter.
struct UsbId
{
    quint16 vendorId = 0;
    quint16 productId = 0;

    friend bool operator==(const UsbId &, const UsbId &) = default;
};

/// What a template's runtime adds to every model on a board: startup code, the device protocol,
/// the C library routines it links (flash); the stack and heap its linker script reserves, its
/// buffers and state (RAM).
struct RuntimeOverhead
{
    qint64 flashBytes = 0;
    qint64 ramBytes = 0;
};

/// @brief One board of a template, from its boards.json.
///
/// boards.json is an object keyed by board name (TVM's layout), optionally wrapped as
/// {"version": 1, "boards": {...}}. Keys starting with '$' or '_' are comments. Per board, all
/// fields optional, unknown fields ignored (TVM's and our templates' spellings both work):
///   "display_name": string; "description": string; "cpu" (TVM: "model"): string;
///   "fpu": bool, null (none) or the FPU's name ("fpv4-sp-d16");
///   "emulated" (TVM: "is_qemu"): bool; "default_baud_rate" (or "baud_rate"): positive integer;
///   "cpu_clock_hz": positive integer;
///   "memory": either {"flash": REGION or [REGION...], "ram": ...} or [REGION with "kind"...],
///     REGION = {"name": str, "origin": int|"0x..", "size_bytes" (or "size"): int|"0x.."};
///   "flash_size_bytes" / "ram_size_bytes" (or "flash_bytes" / "ram_bytes"): the total, used
///     when "memory" declares no region of that kind;
///   "usb": [{"vid": "0x0483"|int, "pid": "0x374b"|int}]; one pair as "usb_vid"/"usb_pid" or
///     TVM's "vid_hex"/"pid_hex" (null or "" for none);
///   "runtime_overhead": {"flash_bytes": int, "ram_bytes": int}: what the template's runtime
///     adds to every model on this board (ours measure it from their builds; TVM ignores it).
struct BoardInfo
{
    QString name;        ///< The key in boards.json; the value of the "board" option.
    QString displayName; ///< Human name; the key when the file gives none.
    QString description; ///< One sentence; may be empty.
    QString cpu;         ///< e.g. "cortex-m3"; empty when unknown.
    bool fpu = false;
    QString fpuName; ///< e.g. "fpv4-sp-d16"; empty when not named.
    bool emulated = false;
    int defaultBaudRate = 0; ///< 0 when the file does not say.
    qint64 cpuClockHz = 0;   ///< 0 when the file does not say.
    QList<MemoryRegion> memory;
    QList<UsbId> usbIds;
    /// As the template declares it ("runtime_overhead"); none when it does not.
    std::optional<RuntimeOverhead> runtimeOverhead;

    /// Sum of the regions of @p kind; -1 when the board declares none.
    qint64 totalBytes(MemoryKind kind) const;
};

/// Largest boards.json accepted (a real one is a few KiB).
constexpr qint64 maxBoardsFileBytes = 1024 * 1024;

/// Parses and validates boards.json content; errors (ErrorCode::InvalidBoardData) name
/// @p fileName and the field path, e.g. "boards.json: mps2_an385.memory[1].size".
/// Boards come back in file order.
Result<QList<BoardInfo>> parseBoards(const QByteArray &json, const QString &fileName);

/// Reads and parses @p filePath.
Result<QList<BoardInfo>> loadBoards(const QString &filePath);

/// "0483:374b"
QString formatUsbId(const UsbId &id);

} // namespace TinyDeploy::Templates
