#include "modelarchive.h"

#include "entrypointscanner.h"
#include "metadataparser.h"
#include "mlftr.h"
#include "modelinfomerge.h"
#include "paramsdecoder.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace TinyDeploy::Mlf {

namespace {

/// What one streaming pass keeps: the few small texts the summary needs, keyed by member.
struct Collected
{
    std::optional<QByteArray> metadata;
    QStringList nestedMetadata; ///< "<folder>/metadata.json", for a better hint
    QHash<QString, QByteArray> headers;
    QHash<QString, QByteArray> relays;
    QHash<QString, QByteArray> graphs;
    QHash<QString, QList<ParamInfo>> params;
    struct Source
    {
        QString member;
        QString module; ///< from the file name; empty for lib<N>.c
        qint64 size = 0;
        bool scanned = false;
    };
    QList<Source> sources;
    QHash<QString, ModuleEvidence> entryPoints; ///< module -> entry point fields only
    QStringList warnings;
    bool hasRuntime = false;
    bool hasTemplates = false;
};

const QRegularExpression &sourcePattern()
{
    // <mod>_lib<N>.c|cc|cpp (v3+) or lib<N>.c (v1/v2, operator style).
    static const QRegularExpression re(
        QStringLiteral("^codegen/host/src/(?:(.+)_)?lib\\d+\\.(?:c|cc|cpp)$"));
    return re;
}

const QRegularExpression &headerPattern()
{
    static const QRegularExpression re(QStringLiteral("^codegen/host/include/tvmgen_(.+)\\.h$"));
    return re;
}

bool isRelay(const QString &name)
{
    return name == QLatin1String("relay.txt") || name == QLatin1String("src/relay.txt")
           || (name.startsWith(QLatin1String("src/")) && name.endsWith(QLatin1String(".relay"))
               && name.count(QLatin1Char('/')) == 1);
}

bool isGraph(const QString &name)
{
    return name == QLatin1String("runtime-config/graph/graph.json")
           || (name.startsWith(QLatin1String("executor-config/graph/"))
               && name.count(QLatin1Char('/')) == 2
               && (name.endsWith(QLatin1String(".graph")) || name.endsWith(QLatin1String(".json"))));
}

bool isParams(const QString &name)
{
    return name.startsWith(QLatin1String("parameters/")) && name.endsWith(QLatin1String(".params"))
           && name.count(QLatin1Char('/')) == 1;
}

QString memberWarning(const QString &member, const QString &message)
{
    return Tr::tr("%1: %2").arg(member, message);
}

/// Reads at most @p limit bytes of the current member; the rest is skipped.
Result<QByteArray> readPrefix(ModelArchive &archive, qint64 limit)
{
    QByteArray data;
    auto r = archive.readData([&](QByteArrayView chunk) {
        data.append(chunk.first(std::min<qsizetype>(chunk.size(), limit - data.size())));
        return data.size() < limit;
    });
    if (!r)
        return std::unexpected(r.error());
    return data;
}

Result<QList<ParamInfo>> decodeParamsMember(ModelArchive &archive, const MemberEntry &entry)
{
    ParamsDecoder decoder(entry.name);
    std::optional<Error> failure;
    auto r = archive.readData([&](QByteArrayView chunk) {
        if (auto fed = decoder.feed(chunk); !fed) {
            failure = fed.error();
            return false;
        }
        // The data of the last array reaches the end of the member: skip it, do not read it
        // (a seek for an uncompressed archive).
        const qint64 skippable = decoder.bytesToSkip();
        if (skippable > 0 && decoder.offset() + skippable == entry.size) {
            if (auto s = decoder.skipped(skippable); !s)
                failure = s.error();
            return false;
        }
        return !decoder.isComplete();
    });
    if (!r)
        return std::unexpected(r.error());
    if (failure)
        return fail(*failure);
    return decoder.finish();
}

void scanSource(ModelArchive &archive,
                Collected &collected,
                Collected::Source &source,
                const QStringList &modules)
{
    std::vector<EntryPointScanner> scanners;
    scanners.reserve(size_t(modules.size()));
    for (const QString &module : modules)
        scanners.emplace_back(module);
    bool found = false;
    auto r = archive.readData([&](QByteArrayView chunk) {
        for (EntryPointScanner &scanner : scanners)
            found = scanner.feed(chunk) || found;
        return !found;
    });
    if (!r) {
        collected.warnings << memberWarning(source.member, r.error().message);
        return;
    }
    source.scanned = true;
    for (qsizetype i = 0; i < modules.size(); ++i) {
        const EntryPointScanner &scanner = scanners[size_t(i)];
        if (!scanner.isFound())
            continue;
        ModuleEvidence &evidence = collected.entryPoints[modules.at(i)];
        evidence.entryPoint = scanner.kind();
        evidence.entryPointSymbol = scanner.symbol();
        evidence.entryPointMember = source.member;
    }
}

/// Reads a member of at most @p limit bytes into @p into; a larger one is skipped with
/// @p tooLarge ("... larger than %1 bytes ...") as a warning, not an error.
Result<void> readWholeMember(ModelArchive &archive,
                             const MemberEntry &entry,
                             qint64 limit,
                             const QString &tooLarge,
                             QHash<QString, QByteArray> &into,
                             QStringList &warnings)
{
    if (entry.size > limit) {
        warnings << memberWarning(entry.name, tooLarge.arg(limit));
        return ok();
    }
    auto data = archive.readAll(limit);
    if (!data)
        return std::unexpected(data.error());
    into.insert(entry.name, *data);
    return ok();
}

Result<void> collectMember(ModelArchive &archive,
                           const MemberEntry &entry,
                           const ArchiveLimits &limits,
                           Collected &collected,
                           const QStringList &knownModules)
{
    const QString &name = entry.name;
    if (name.startsWith(QLatin1String("runtime/")) || name == QLatin1String("runtime"))
        collected.hasRuntime = true;
    if (name.startsWith(QLatin1String("templates/")) || name == QLatin1String("templates"))
        collected.hasTemplates = true;
    if (entry.type != MemberType::File)
        return ok();

    if (name == QLatin1String("metadata.json")) {
        auto data = archive.readAll(limits.maxMetadataBytes);
        if (!data) {
            Error e = data.error();
            if (e.code == ErrorCode::LimitExceeded) {
                e.message = Tr::tr("metadata.json is %1 bytes; at most %2 bytes are accepted.")
                                .arg(entry.size)
                                .arg(limits.maxMetadataBytes);
                e.hint = Tr::tr("Real metadata is a few KiB; this archive is damaged or hostile.");
            }
            return fail(e);
        }
        collected.metadata = *data;
        return ok();
    }
    if (name.endsWith(QLatin1String("/metadata.json")) && collected.nestedMetadata.size() < 4) {
        collected.nestedMetadata << name;
        return ok();
    }
    if (headerPattern().match(name).hasMatch()) {
        return readWholeMember(archive,
                               entry,
                               limits.maxHeaderBytes,
                               Tr::tr("The header is larger than %1 bytes and was not read."),
                               collected.headers,
                               collected.warnings);
    }
    if (isRelay(name)) {
        auto data = readPrefix(archive, limits.maxRelayBytes);
        if (!data)
            return std::unexpected(data.error());
        collected.relays.insert(name, *data);
        return ok();
    }
    if (isGraph(name)) {
        return readWholeMember(archive,
                               entry,
                               limits.maxGraphBytes,
                               Tr::tr("The graph JSON is larger than %1 bytes and was not read."),
                               collected.graphs,
                               collected.warnings);
    }
    if (isParams(name)) {
        auto params = decodeParamsMember(archive, entry);
        if (!params)
            return fail(Error(params.error()).withContext(archive.displayName()));
        collected.params.insert(name, *params);
        return ok();
    }
    if (const QRegularExpressionMatch m = sourcePattern().match(name); m.hasMatch()) {
        Collected::Source source{name, m.captured(1), entry.size, false};
        // One definition is enough: the rest of a module's sources is skipped.
        QStringList modules;
        if (!source.module.isEmpty())
            modules << source.module;
        else
            modules = knownModules;
        modules.removeIf([&](const QString &module) {
            return module.isEmpty()
                   || collected.entryPoints.value(module).entryPoint != EntryPointKind::None;
        });
        if (!modules.isEmpty())
            scanSource(archive, collected, source, modules);
        collected.sources << source;
        return ok();
    }
    return ok();
}

template<typename T>
std::optional<std::pair<QString, T>> pick(const QHash<QString, T> &map, const QStringList &names)
{
    for (const QString &name : names) {
        if (const auto it = map.constFind(name); it != map.cend())
            return std::make_pair(name, *it);
    }
    return std::nullopt;
}

Result<ModelInfo> collectSummary(ModelArchive &archive, const ArchiveLimits &limits)
{
    Collected collected;
    QStringList knownModules;
    for (;;) {
        auto entry = archive.next();
        if (!entry)
            return std::unexpected(entry.error());
        if (!*entry)
            break;
        if (auto r = collectMember(archive, **entry, limits, collected, knownModules); !r)
            return std::unexpected(r.error());
        if (collected.metadata && knownModules.isEmpty()) {
            // Parsing early lets lib<N>.c sources after metadata.json be scanned too; a
            // metadata error is reported after the pass so that container errors come first.
            if (auto early = parseMetadata(*collected.metadata); early) {
                for (const ModuleInfo &module : std::as_const(early->modules))
                    knownModules << module.name;
            }
            if (knownModules.isEmpty())
                knownModules << QString(); // parsed once; nothing to scan for
        }
    }

    if (!collected.metadata) {
        QString hint = Tr::tr("Every Model Library Format archive has metadata.json at its top "
                              "level; export the model again with TVM "
                              "(tvm.micro.export_model_library_format or tvmc compile "
                              "--output-format mlf).");
        if (!collected.nestedMetadata.isEmpty()) {
            hint = Tr::tr("Found %1: the archive has an extra top folder. Pack the contents of "
                          "that folder instead.")
                       .arg(collected.nestedMetadata.first());
        }
        return fail(archive.error(ErrorCode::MissingMetadata,
                                  Tr::tr("The archive has no metadata.json, so it is not a Model "
                                         "Library Format archive."),
                                  {},
                                  hint));
    }
    auto parsed = parseMetadata(*collected.metadata);
    if (!parsed)
        return fail(Error(parsed.error()).withContext(archive.displayName()));
    ModelInfo info = std::move(*parsed);
    info.hasRuntime = collected.hasRuntime;
    info.hasTemplates = collected.hasTemplates;
    info.memberCount = archive.memberCount();
    info.warnings = collected.warnings + info.warnings;

    // lib<N>.c sources (v1/v2, operator style) that came before metadata.json could not be
    // scanned without the module names: look at just those again, for AOT modules only.
    QStringList pending;
    for (const ModuleInfo &module : std::as_const(info.modules)) {
        if (module.executor == QLatin1String("aot")
            && collected.entryPoints.value(module.name).entryPoint == EntryPointKind::None)
            pending << module.name;
    }
    QSet<QString> unscanned;
    for (const Collected::Source &source : std::as_const(collected.sources)) {
        if (source.module.isEmpty() && !source.scanned)
            unscanned.insert(source.member);
    }
    if (!pending.isEmpty() && !unscanned.isEmpty()) {
        if (auto r = archive.rewind(); !r)
            return std::unexpected(r.error());
        for (;;) {
            auto entry = archive.next();
            if (!entry)
                return std::unexpected(entry.error());
            if (!*entry)
                break;
            if (!unscanned.contains((*entry)->name))
                continue;
            for (Collected::Source &source : collected.sources) {
                if (source.member == (*entry)->name) {
                    pending.removeIf([&](const QString &module) {
                        return collected.entryPoints.value(module).entryPoint
                               != EntryPointKind::None;
                    });
                    if (!pending.isEmpty())
                        scanSource(archive, collected, source, pending);
                }
            }
        }
    }

    const bool single = info.modules.size() == 1;
    QHash<QString, ModuleEvidence> evidence;
    for (ModuleInfo &module : info.modules) {
        const QString &mod = module.name;
        ModuleEvidence e = collected.entryPoints.value(mod);
        QStringList relayNames{QStringLiteral("src/%1.relay").arg(mod)};
        QStringList graphNames{QStringLiteral("executor-config/graph/%1.graph").arg(mod)};
        if (single) {
            relayNames << QStringLiteral("src/relay.txt") << QStringLiteral("relay.txt");
            graphNames << QStringLiteral("executor-config/graph/graph.json")
                       << QStringLiteral("runtime-config/graph/graph.json");
        }
        if (const auto relay = pick(collected.relays, relayNames)) {
            e.relayMember = relay->first;
            if (auto r = parseRelayMain(relay->second, relay->first))
                e.relay = *r;
            else
                info.warnings << r.error().oneLine();
        }
        if (const auto graph = pick(collected.graphs, graphNames)) {
            e.graphMember = graph->first;
            if (auto g = parseGraphJson(graph->second, graph->first))
                e.graph = *g;
            else
                info.warnings << g.error().oneLine();
        }
        const QString headerName = QStringLiteral("codegen/host/include/tvmgen_%1.h").arg(mod);
        if (const auto it = collected.headers.constFind(headerName);
            it != collected.headers.cend()) {
            e.headerMember = headerName;
            if (auto h = parseHeader(*it, mod, headerName))
                e.header = *h;
            else
                info.warnings << h.error().oneLine();
        }
        const QString paramsName = QStringLiteral("parameters/%1.params").arg(mod);
        if (const auto it = collected.params.constFind(paramsName); it != collected.params.cend()) {
            e.paramsMember = paramsName;
            e.params = *it;
        }
        e.sourcesScanned = true;
        for (const Collected::Source &source : std::as_const(collected.sources)) {
            if (source.module != mod && !(source.module.isEmpty() && single))
                continue;
            module.sourceMembers << source.member;
            module.sourceBytes += source.size;
            if (!source.scanned && e.entryPoint == EntryPointKind::None)
                e.sourcesScanned = false;
        }
        // Without any generated C there is nothing to look in: say nothing about it here.
        if (module.sourceMembers.isEmpty())
            e.sourcesScanned = false;
        evidence.insert(mod, e);
    }
    completeModelInfo(info, evidence);
    return info;
}

} // namespace

Result<ModelInfo> ModelArchive::summarize(const QString &path, const SummarizeOptions &options)
{
    ModelArchive archive;
    archive.setCancelFlag(options.cancel);
    auto opened = archive.open(path, options.limits);
    Result<ModelInfo> result = opened ? collectSummary(archive, options.limits)
                                      : Result<ModelInfo>(std::unexpected(opened.error()));
    if (options.stats)
        *options.stats = archive.stats();
    if (result) {
        result->path = QFileInfo(path).absoluteFilePath();
        result->format = archive.format();
        result->archiveBytes = archive.archiveBytes();
    }
    return result;
}

Result<ModelInfo> ModelArchive::summarizeBuffer(QByteArrayView data, const SummarizeOptions &options)
{
    ModelArchive archive;
    archive.setCancelFlag(options.cancel);
    auto opened = archive.openBuffer(data, options.limits);
    Result<ModelInfo> result = opened ? collectSummary(archive, options.limits)
                                      : Result<ModelInfo>(std::unexpected(opened.error()));
    if (options.stats)
        *options.stats = archive.stats();
    if (result) {
        result->format = archive.format();
        result->archiveBytes = archive.archiveBytes();
    }
    return result;
}

} // namespace TinyDeploy::Mlf
