#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace TinyDeploy::Mlf {

/// How the archive reached us: decided by content, never by file name.
enum class ArchiveFormat { Unknown, Tar, TarGzip, TarXz, TarZstd, Directory };

/// One input or output tensor of a module's main function.
struct TensorInfo
{
    QString name;  ///< Raw name from metadata.json, e.g. "serving_default_input_1:0".
    QString cName; ///< Sanitized C name used in the header, e.g. "serving_default_input_1_0".
    QString dtype; ///< "float32", "int8", ...; empty when unknown.
    qint64 sizeBytes = -1; ///< -1 when unknown.
    QList<qint64> shape;   ///< Empty when it could not be derived.
    QString shapeSource; ///< "relay", "graph", "header" or "metadata" (where the shape came from).
};

/// memory.functions.main[i]: the needs of the main function on one device.
struct DeviceMemory
{
    int device = 1; ///< DLDeviceType, 1 = CPU.
    qint64 workspaceBytes = 0;
    qint64 constantsBytes = -1; ///< -1 when the archive does not say.
    qint64 ioBytes = -1;        ///< -1 when the archive does not say.
};

/// memory.sids entry (graph executor).
struct StorageId
{
    int storageId = 0;
    qint64 sizeBytes = 0;
    QString inputBinding;
};

/// A USMP pool declared by the header (workspace or constant).
struct PoolInfo
{
    QString name;
    qint64 sizeBytes = -1;
    bool constant = false;
};

struct OperatorFunction
{
    QString name;
    QList<QPair<int, qint64>> workspace; ///< (device, workspace bytes)
};

/// One entry of parameters/<mod>.params, decoded without reading the data.
struct ParamInfo
{
    QString name;
    QString dtype;
    QList<qint64> shape;
    qint64 sizeBytes = 0;
};

enum class EntryPointKind {
    None,     ///< No definition found in the generated C.
    Run,      ///< int32_t tvmgen_<mod>_run(struct tvmgen_<mod>_inputs*, ...)
    RunModel, ///< int32_t tvmgen_<mod>_run_model(void*, void*) of late-2021 archives
};

struct ModuleInfo
{
    QString name;           ///< Module key ("default"); model_name in v1-v6.
    QString executor;       ///< "aot", "graph", or empty (operator style).
    QStringList targets;    ///< Target strings; v1-v5 object values are flattened.
    QString exportTimeText; ///< export_datetime as written.
    QDateTime exportTime;   ///< Parsed; invalid when unparsable.
    QList<TensorInfo> inputs;
    QList<TensorInfo> outputs;
    QList<DeviceMemory> memory;
    QList<StorageId> sids;
    QList<PoolInfo> pools;
    QList<OperatorFunction> operatorFunctions;
    bool hasParams = false;
    QList<ParamInfo> params;
    qint64 paramsBytes = 0;     ///< Sum of ParamInfo::sizeBytes.
    QString headerMember;       ///< e.g. "codegen/host/include/tvmgen_default.h"; empty if none.
    QString relayMember;        ///< e.g. "src/default.relay" or "src/relay.txt"; empty if none.
    QString graphMember;        ///< Graph JSON member; empty if none.
    QStringList sourceMembers;  ///< Generated C/C++ sources of this module.
    qint64 sourceBytes = 0;     ///< Their total size.
    QString declaredEntryPoint; ///< What the header declares (may be absent from the code).
    QString entryPoint;         ///< The symbol actually defined in the generated C.
    EntryPointKind entryPointKind = EntryPointKind::None;
    QString entryPointMember; ///< The source file that defines it.
};

/// Everything TinyDeploy knows about an MLF archive, independent of its metadata version.
struct ModelInfo
{
    QString path; ///< As opened (absolute).
    ArchiveFormat format = ArchiveFormat::Unknown;
    qint64 archiveBytes = 0; ///< Size on disk (sum of files for a directory).
    int version = 0;         ///< metadata.json "version" (1-7).
    QString style;           ///< "full-model" or "operator".
    QString tvmVersion;      ///< From external_dependencies; empty when unknown.
    QList<ModuleInfo> modules;
    bool hasRuntime = false;   ///< runtime/ present (TVM standalone CRT).
    bool hasTemplates = false; ///< templates/ present.
    int memberCount = 0;
    QStringList warnings; ///< Translated, one sentence each.
};

/// The highest metadata version TinyDeploy reads, and the lowest.
constexpr int minSupportedVersion = 1;
constexpr int maxSupportedVersion = 7;

/// TVM's SanitizeName: every character that is not [A-Za-z0-9_] becomes '_'.
QString sanitizeName(const QString &name);

/// Bytes of one element of @p dtype ("float32" -> 4, "int8" -> 1, "bool" -> 1); 0 if unknown.
int dtypeBytes(const QString &dtype);

QString formatName(ArchiveFormat format);

} // namespace TinyDeploy::Mlf
