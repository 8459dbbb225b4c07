#pragma once

#include "graphjsonparser.h"
#include "headerparser.h"
#include "modelinfo.h"
#include "relayparser.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace TinyDeploy::Mlf {

/// @brief What the archive reader collected for one module while streaming, besides
/// metadata.json. Leave a member empty when the archive lacks the file or its parser failed
/// (put the parser's error message into ModelInfo::warnings yourself if it matters).
struct ModuleEvidence
{
    std::optional<RelayFunction> relay; ///< parseRelayMain() of the module's relay text
    QString relayMember;
    std::optional<GraphInfo> graph; ///< parseGraphJson() of the graph JSON
    QString graphMember;
    std::optional<HeaderInfo> header; ///< parseHeader() of tvmgen_<mod>.h
    QString headerMember;
    std::optional<QList<ParamInfo>> params; ///< ParamsDecoder::finish()
    QString paramsMember;
    EntryPointKind entryPoint = EntryPointKind::None; ///< EntryPointScanner::kind()
    QString entryPointSymbol;                         ///< EntryPointScanner::symbol()
    QString entryPointMember;                         ///< the source that defines it
    bool sourcesScanned = false; ///< true if all generated C sources were scanned
};

/// @brief Completes one module from the evidence: params and paramsBytes, header members,
/// declared and defined entry points, pools, and the inputs and outputs.
///
/// Inputs and outputs: metadata's own (TVM 0.11+) are kept and put in model order; when
/// metadata has none (older archives) they are derived from the relay main parameters
/// (without %v_param_N and names in the params file), else the graph arguments (without
/// params), else the header struct members. Shapes come from relay, else graph (header gives
/// bytes only); sizes from metadata, else shape x dtype, else the header size macros.
/// Adds translated warnings to @p warnings (prefixed with the module name when there are
/// several modules, which the caller signals with @p multiModule).
void completeModuleInfo(ModuleInfo &module,
                        const ModuleEvidence &evidence,
                        QStringList &warnings,
                        bool multiModule = false);

/// @brief Completes every module of @p info with completeModuleInfo() (evidence keyed by module
/// name; missing keys mean no evidence) and adds archive-level warnings to info.warnings:
/// graph executor (needs host-driven execution), unknown TVM version, no runtime.
/// Call once after streaming the whole archive, after setting hasRuntime and hasTemplates.
void completeModelInfo(ModelInfo &info, const QHash<QString, ModuleEvidence> &evidence);

} // namespace TinyDeploy::Mlf
