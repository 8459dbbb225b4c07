#pragma once

#include "boardinfo.h"

#include <QList>
#include <QString>

namespace TinyDeploy::Mlf {
struct ModelInfo;
}

namespace TinyDeploy::Templates {

/// The runtime overhead assumed for a board whose template declares none (BoardInfo::
/// runtimeOverhead): a guess, said to be one wherever it is shown. For comparison, our
/// qemu-cortex-m template measures 6 to 8 KiB of flash and 84 KiB of RAM (64 KiB of it stack).
inline constexpr RuntimeOverhead guessedRuntimeOverhead{24 * 1024, 16 * 1024};

/// @brief What a model needs, in bytes, before anything is built.
///
/// The estimate, from metadata.json and the archive listing:
/// - code: the generated C sources' size / sourceBytesPerCodeByte. TVM's generated C is
///   verbose (long names, one statement per line), and size-optimized Thumb-2 code comes out at
///   roughly one byte per 6 to 10 source bytes; dividing by 4 errs on the safe side and also
///   covers weights embedded in the C as arrays of hex literals (link-params), which metadata
///   then reports as 0 constants.
/// - constants: memory.functions.main[].constants_size_bytes, else the size of the params file
///   (graph executor: the weights live in flash and are copied at load time);
/// - workspace: workspace_size_bytes (the largest per device, summed over modules);
/// - io: io_size_bytes, else the sum of the known input and output sizes.
struct ModelNeeds
{
    qint64 codeBytes = 0;
    qint64 constantsBytes = 0;
    qint64 workspaceBytes = 0;
    qint64 ioBytes = 0;
    /// Parts the archive does not state and were guessed or taken as 0, translated, e.g.
    /// "I/O size not in the archive: taken from the input and output sizes".
    QStringList assumptions;

    static constexpr qint64 sourceBytesPerCodeByte = 4;
};

/// One summand of a memory need.
enum class FitPart { Code, Constants, Workspace, Io, Runtime };

struct FitTerm
{
    FitPart part = FitPart::Code;
    qint64 bytes = 0;
};

/// @brief The needs of one memory kind against what the board has.
struct MemoryFit
{
    MemoryKind kind = MemoryKind::Flash;
    QList<FitTerm> terms; ///< What adds up to neededBytes, in display order.
    qint64 neededBytes = 0;
    qint64 availableBytes = -1; ///< -1 when the board does not declare this kind of memory.

    bool isKnown() const { return availableBytes >= 0; }
    /// True when known and the need fits.
    bool fits() const { return isKnown() && neededBytes <= availableBytes; }
    /// availableBytes - neededBytes (negative when it overflows); 0 when unknown.
    qint64 headroomBytes() const { return isKnown() ? availableBytes - neededBytes : 0; }
    /// The largest term, the one to shrink first.
    FitPart largestPart() const;

    /// One translated sentence, e.g. "RAM overflows by 12.0 KiB: workspace 200.0 KiB + I/O
    /// 8.0 KiB + runtime 16.0 KiB > 192.0 KiB", "Flash: 80.0 KiB of 4.0 MiB (2 %)", or "RAM:
    /// the board does not declare its size (needs 32.0 KiB)".
    QString summary() const;
};

/// @brief The fit of a model on a board: flash (code + constants + runtime) and RAM
/// (workspace + I/O + runtime).
struct FitCheck
{
    MemoryFit flash;
    MemoryFit ram;
    QStringList assumptions; ///< From ModelNeeds, shown as footnotes.

    /// Both fit. False when either is unknown, as a fit cannot be promised then.
    bool fits() const { return flash.fits() && ram.fits(); }
    /// Either is known to overflow.
    bool overflows() const
    {
        return (flash.isKnown() && !flash.fits()) || (ram.isKnown() && !ram.fits());
    }
};

/// Translated part name: "code", "constants", "workspace", "I/O", "runtime".
QString fitPartName(FitPart part);

/// Estimates the needs of @p model (all modules together); see ModelNeeds.
ModelNeeds estimateNeeds(const Mlf::ModelInfo &model);

/// Compares @p needs, plus the runtime overhead @p board declares (else
/// guessedRuntimeOverhead, and an assumption saying so), with @p board's flash and RAM. Pure
/// arithmetic.
FitCheck checkFit(const ModelNeeds &needs, const BoardInfo &board);

} // namespace TinyDeploy::Templates
