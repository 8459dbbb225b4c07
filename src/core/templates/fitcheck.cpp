#include "fitcheck.h"
#include "templatestr.h"

#include <mlf/modelinfo.h>
#include <util/format.h>

#include <QStringList>

#include <algorithm>

namespace TinyDeploy::Templates {

namespace {

qint64 sumTerms(const QList<FitTerm> &terms)
{
    qint64 total = 0;
    for (const FitTerm &term : terms)
        total += term.bytes;
    return total;
}

MemoryFit makeFit(MemoryKind kind, QList<FitTerm> terms, const BoardInfo &board)
{
    MemoryFit fit;
    fit.kind = kind;
    fit.terms = std::move(terms);
    fit.neededBytes = sumTerms(fit.terms);
    fit.availableBytes = board.totalBytes(kind);
    return fit;
}

} // namespace

QString fitPartName(FitPart part)
{
    switch (part) {
    case FitPart::Code:
        return Tr::tr("code");
    case FitPart::Constants:
        return Tr::tr("constants");
    case FitPart::Workspace:
        return Tr::tr("workspace");
    case FitPart::Io:
        return Tr::tr("I/O");
    case FitPart::Runtime:
        return Tr::tr("runtime");
    }
    return {};
}

FitPart MemoryFit::largestPart() const
{
    const auto it = std::max_element(terms.cbegin(), terms.cend(), [](const auto &a, const auto &b) {
        return a.bytes < b.bytes;
    });
    return it == terms.cend() ? FitPart::Code : it->part;
}

QString MemoryFit::summary() const
{
    const bool flash = kind == MemoryKind::Flash;
    if (!isKnown()) {
        return flash ? Tr::tr("Flash: needs %1; the board does not declare its flash size.")
                           .arg(formatBytes(neededBytes))
                     : Tr::tr("RAM: needs %1; the board does not declare its RAM size.")
                           .arg(formatBytes(neededBytes));
    }
    if (fits()) {
        const int percent = availableBytes > 0
                                ? int((neededBytes * 100 + availableBytes - 1) / availableBytes)
                                : 0;
        return flash ? Tr::tr("Flash: %1 of %2 (%3 %), %4 free.")
                           .arg(formatBytes(neededBytes), formatBytes(availableBytes))
                           .arg(percent)
                           .arg(formatBytes(availableBytes - neededBytes))
                     : Tr::tr("RAM: %1 of %2 (%3 %), %4 free.")
                           .arg(formatBytes(neededBytes), formatBytes(availableBytes))
                           .arg(percent)
                           .arg(formatBytes(availableBytes - neededBytes));
    }
    QStringList parts;
    for (const FitTerm &term : terms) {
        if (term.bytes > 0)
            parts << Tr::tr("%1 %2", "part name, size")
                         .arg(fitPartName(term.part), formatBytes(term.bytes));
    }
    const QString sum = parts.join(QLatin1String(" + "));
    const QString over = formatBytes(neededBytes - availableBytes);
    return flash
               ? Tr::tr("Flash overflows by %1: %2 > %3").arg(over, sum, formatBytes(availableBytes))
               : Tr::tr("RAM overflows by %1: %2 > %3").arg(over, sum, formatBytes(availableBytes));
}

ModelNeeds estimateNeeds(const Mlf::ModelInfo &model)
{
    ModelNeeds needs;
    bool ioGuessed = false;
    bool constantsFromParams = false;
    bool noMemoryInfo = false;
    for (const Mlf::ModuleInfo &module : model.modules) {
        needs.codeBytes += (module.sourceBytes + ModelNeeds::sourceBytesPerCodeByte - 1)
                           / ModelNeeds::sourceBytesPerCodeByte;

        qint64 workspace = 0;
        qint64 constants = -1;
        qint64 io = -1;
        for (const Mlf::DeviceMemory &memory : module.memory) {
            workspace = std::max(workspace, memory.workspaceBytes);
            if (memory.constantsBytes >= 0)
                constants = std::max(constants, memory.constantsBytes);
            if (memory.ioBytes >= 0)
                io = std::max(io, memory.ioBytes);
        }
        if (module.memory.isEmpty())
            noMemoryInfo = true;
        needs.workspaceBytes += workspace;

        if (constants < 0) {
            constants = module.paramsBytes;
            constantsFromParams = true;
        }
        needs.constantsBytes += constants;

        if (io < 0) {
            io = 0;
            for (const auto *list : {&module.inputs, &module.outputs}) {
                for (const Mlf::TensorInfo &tensor : *list)
                    io += std::max<qint64>(tensor.sizeBytes, 0);
            }
            ioGuessed = true;
        }
        needs.ioBytes += io;
    }
    if (noMemoryInfo)
        needs.assumptions << Tr::tr("The archive states no workspace size: taken as 0.");
    if (constantsFromParams)
        needs.assumptions << Tr::tr(
            "The archive states no constants size: taken from the parameters file.");
    if (ioGuessed)
        needs.assumptions << Tr::tr(
            "The archive states no I/O size: taken from the input and output sizes.");
    needs.assumptions << Tr::tr(
        "Code size is estimated from the generated C sources (1 byte per %n source bytes).",
        nullptr,
        int(ModelNeeds::sourceBytesPerCodeByte));
    return needs;
}

FitCheck checkFit(const ModelNeeds &needs, const BoardInfo &board)
{
    const RuntimeOverhead overhead = board.runtimeOverhead.value_or(guessedRuntimeOverhead);
    FitCheck check;
    check.flash = makeFit(MemoryKind::Flash,
                          {{FitPart::Code, needs.codeBytes},
                           {FitPart::Constants, needs.constantsBytes},
                           {FitPart::Runtime, overhead.flashBytes}},
                          board);
    check.ram = makeFit(MemoryKind::Ram,
                        {{FitPart::Workspace, needs.workspaceBytes},
                         {FitPart::Io, needs.ioBytes},
                         {FitPart::Runtime, overhead.ramBytes}},
                        board);
    check.assumptions = needs.assumptions;
    check.assumptions
        << (board.runtimeOverhead
                ? Tr::tr("Runtime: %1 of flash and %2 of RAM, as the template states for this "
                         "board.")
                      .arg(formatBytes(overhead.flashBytes), formatBytes(overhead.ramBytes))
                : Tr::tr("Runtime: %1 of flash and %2 of RAM is a guess; the template does not "
                         "state what its runtime needs.")
                      .arg(formatBytes(overhead.flashBytes), formatBytes(overhead.ramBytes)));
    return check;
}

} // namespace TinyDeploy::Templates
