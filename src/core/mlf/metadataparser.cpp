#include "metadataparser.h"

#include "mlftr.h"
#include "util/jsonsupport.h"

#include <limits>
#include <optional>

namespace TinyDeploy::Mlf {

namespace {

using nlohmann::json;

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString child(const QString &path, const char *key)
{
    return child(path, QString::fromLatin1(key));
}

QString indexed(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// Reads typed fields and turns every mismatch into an Error naming member and field path.
class Reader
{
public:
    explicit Reader(const QString &member)
        : m_member(member)
    {}

    QString location(const QString &path) const
    {
        return path.isEmpty() ? m_member : m_member + QStringLiteral(": ") + path;
    }

    Error wrongType(const QString &path, const QString &expected, const json &got) const
    {
        const QString field = path.isEmpty() ? Tr::tr("The top level of %1").arg(m_member)
                                             : Tr::tr("Field \"%1\"").arg(path);
        return makeError(ErrorCode::WrongFieldType,
                         Tr::tr("%1 should be %2 but is %3.")
                             .arg(field, expected, Json::typeName(got)),
                         location(path),
                         Tr::tr("The metadata does not follow the Model Library Format; export "
                                "the model again with TVM."));
    }

    Error missing(const QString &path) const
    {
        return makeError(ErrorCode::MissingField,
                         Tr::tr("Required field \"%1\" is missing.").arg(path),
                         location(path),
                         Tr::tr("The metadata does not follow the Model Library Format; export "
                                "the model again with TVM."));
    }

    Error invalid(const QString &path, const QString &message) const
    {
        return makeError(ErrorCode::InvalidValue,
                         message,
                         location(path),
                         Tr::tr("The metadata is damaged; export the model again with TVM."));
    }

    static const json *find(const json &object, const char *key)
    {
        const auto it = object.find(key);
        return it == object.end() ? nullptr : &*it;
    }

    Result<qint64> integer(const json &value, const QString &path, bool nonNegative) const
    {
        if (value.is_number_unsigned()) {
            const auto u = value.get<std::uint64_t>();
            if (u > std::uint64_t(std::numeric_limits<qint64>::max()))
                return fail(
                    invalid(path,
                            Tr::tr("Field \"%1\" is too large (%2).").arg(path, QString::number(u))));
            return qint64(u);
        }
        if (!value.is_number_integer())
            return fail(wrongType(path, Tr::tr("an integer"), value));
        const auto v = value.get<std::int64_t>();
        if (nonNegative && v < 0)
            return fail(invalid(path,
                                Tr::tr("Field \"%1\" is %2, but a size cannot be negative.")
                                    .arg(path)
                                    .arg(v)));
        return qint64(v);
    }

    Result<QString> string(const json &value, const QString &path) const
    {
        if (!value.is_string())
            return fail(wrongType(path, Tr::tr("a string"), value));
        return Json::toQString(value);
    }

    Result<QStringList> stringList(const json &value, const QString &path) const
    {
        if (!value.is_array())
            return fail(wrongType(path, Tr::tr("an array of strings"), value));
        QStringList result;
        for (std::size_t i = 0; i < value.size(); ++i) {
            const auto s = string(value[i], indexed(path, qsizetype(i)));
            if (!s)
                return fail(s.error());
            result << *s;
        }
        return result;
    }

    Result<void> object(const json &value, const QString &path) const
    {
        if (!value.is_object())
            return fail(wrongType(path, Tr::tr("an object"), value));
        return ok();
    }

    Result<void> array(const json &value, const QString &path) const
    {
        if (!value.is_array())
            return fail(wrongType(path, Tr::tr("an array"), value));
        return ok();
    }

    // Optional integer field of an object; nullopt when absent.
    Result<std::optional<qint64>> optionalInteger(const json &object,
                                                  const char *key,
                                                  const QString &path,
                                                  bool nonNegative) const
    {
        const json *v = find(object, key);
        if (!v)
            return std::optional<qint64>();
        const auto r = integer(*v, child(path, key), nonNegative);
        if (!r)
            return fail(r.error());
        return std::optional<qint64>(*r);
    }

    Result<std::optional<QString>> optionalString(const json &object,
                                                  const char *key,
                                                  const QString &path) const
    {
        const json *v = find(object, key);
        if (!v)
            return std::optional<QString>();
        const auto r = string(*v, child(path, key));
        if (!r)
            return fail(r.error());
        return std::optional<QString>(*r);
    }

private:
    QString m_member;
};

// Sids: v1 "memory" list and v2+ "memory.sids".
Result<QList<StorageId>> parseSids(const Reader &r, const json &list, const QString &path)
{
    if (auto a = r.array(list, path); !a)
        return fail(a.error());
    QList<StorageId> sids;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const QString p = indexed(path, qsizetype(i));
        const json &entry = list[i];
        if (auto o = r.object(entry, p); !o)
            return fail(o.error());
        StorageId sid;
        const auto id = r.optionalInteger(entry, "storage_id", p, true);
        if (!id)
            return fail(id.error());
        sid.storageId = int(
            std::min<qint64>(id->value_or(qint64(i)), std::numeric_limits<int>::max()));
        const auto size = r.optionalInteger(entry, "size_bytes", p, true);
        if (!size)
            return fail(size.error());
        sid.sizeBytes = size->value_or(0);
        const auto binding = r.optionalString(entry, "input_binding", p);
        if (!binding)
            return fail(binding.error());
        sid.inputBinding = binding->value_or(QString());
        sids << sid;
    }
    return sids;
}

// functions.main[i].inputs / outputs: {name: {"dtype": str, "size": int}}.
Result<QList<TensorInfo>> parseTensorMap(const Reader &r, const json &map, const QString &path)
{
    if (auto o = r.object(map, path); !o)
        return fail(o.error());
    QList<TensorInfo> tensors;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString name = QString::fromStdString(it.key());
        const QString p = child(path, name);
        if (auto o = r.object(it.value(), p); !o)
            return fail(o.error());
        TensorInfo t;
        t.name = name;
        t.cName = sanitizeName(name);
        const auto dtype = r.optionalString(it.value(), "dtype", p);
        if (!dtype)
            return fail(dtype.error());
        t.dtype = dtype->value_or(QString());
        const auto size = r.optionalInteger(it.value(), "size", p, true);
        if (!size)
            return fail(size.error());
        t.sizeBytes = size->value_or(-1);
        tensors << t;
    }
    return tensors;
}

void mergeTensors(QList<TensorInfo> &into, const QList<TensorInfo> &more)
{
    for (const TensorInfo &t : more) {
        const bool known = std::any_of(into.cbegin(), into.cend(), [&](const TensorInfo &e) {
            return e.name == t.name;
        });
        if (!known)
            into << t;
    }
}

Result<void> parseFunctions(const Reader &r,
                            const json &functions,
                            const QString &path,
                            ModuleInfo &module)
{
    if (auto o = r.object(functions, path); !o)
        return fail(o.error());
    if (const json *main = Reader::find(functions, "main")) {
        const QString mainPath = child(path, "main");
        if (auto a = r.array(*main, mainPath); !a)
            return fail(a.error());
        for (std::size_t i = 0; i < main->size(); ++i) {
            const QString p = indexed(mainPath, qsizetype(i));
            const json &entry = (*main)[i];
            if (auto o = r.object(entry, p); !o)
                return fail(o.error());
            DeviceMemory memory;
            const auto device = r.optionalInteger(entry, "device", p, true);
            if (!device)
                return fail(device.error());
            memory.device = int(std::min<qint64>(device->value_or(1), 1 << 16));
            const auto workspace = r.optionalInteger(entry, "workspace_size_bytes", p, true);
            if (!workspace)
                return fail(workspace.error());
            memory.workspaceBytes = workspace->value_or(0);
            const auto constants = r.optionalInteger(entry, "constants_size_bytes", p, true);
            if (!constants)
                return fail(constants.error());
            memory.constantsBytes = constants->value_or(-1);
            const auto io = r.optionalInteger(entry, "io_size_bytes", p, true);
            if (!io)
                return fail(io.error());
            memory.ioBytes = io->value_or(-1);
            module.memory << memory;
            if (const json *inputs = Reader::find(entry, "inputs")) {
                const auto t = parseTensorMap(r, *inputs, child(p, "inputs"));
                if (!t)
                    return fail(t.error());
                mergeTensors(module.inputs, *t);
            }
            if (const json *outputs = Reader::find(entry, "outputs")) {
                const auto t = parseTensorMap(r, *outputs, child(p, "outputs"));
                if (!t)
                    return fail(t.error());
                mergeTensors(module.outputs, *t);
            }
        }
    }
    if (const json *ops = Reader::find(functions, "operator_functions")) {
        const QString opsPath = child(path, "operator_functions");
        if (auto a = r.array(*ops, opsPath); !a)
            return fail(a.error());
        for (std::size_t i = 0; i < ops->size(); ++i) {
            const QString p = indexed(opsPath, qsizetype(i));
            const json &entry = (*ops)[i];
            if (auto o = r.object(entry, p); !o)
                return fail(o.error());
            OperatorFunction function;
            const auto name = r.optionalString(entry, "function_name", p);
            if (!name)
                return fail(name.error());
            function.name = name->value_or(QString());
            if (const json *workspace = Reader::find(entry, "workspace")) {
                const QString wp = child(p, "workspace");
                if (auto a = r.array(*workspace, wp); !a)
                    return fail(a.error());
                for (std::size_t j = 0; j < workspace->size(); ++j) {
                    const QString ep = indexed(wp, qsizetype(j));
                    const json &w = (*workspace)[j];
                    if (auto o = r.object(w, ep); !o)
                        return fail(o.error());
                    const auto device = r.optionalInteger(w, "device", ep, true);
                    if (!device)
                        return fail(device.error());
                    const auto bytes = r.optionalInteger(w, "workspace_size_bytes", ep, true);
                    if (!bytes)
                        return fail(bytes.error());
                    function.workspace.append(
                        {int(std::min<qint64>(device->value_or(1), 1 << 16)), bytes->value_or(0)});
                }
            }
            module.operatorFunctions << function;
        }
    }
    return ok();
}

// Operator style: memory = {<function>: [{"size_bytes", "shape", "dtype", "input_binding"}]}.
// TVM itself cannot tell inputs from outputs here; by tvm.build convention the last buffer of a
// function is its output.
Result<void> parseOperatorMemory(const Reader &r,
                                 const json &memory,
                                 const QString &path,
                                 ModuleInfo &module)
{
    if (auto o = r.object(memory, path); !o)
        return fail(o.error());
    for (auto it = memory.begin(); it != memory.end(); ++it) {
        const QString function = QString::fromStdString(it.key());
        const QString fp = child(path, function);
        if (auto a = r.array(it.value(), fp); !a)
            return fail(a.error());
        const json &buffers = it.value();
        for (std::size_t i = 0; i < buffers.size(); ++i) {
            const QString p = indexed(fp, qsizetype(i));
            const json &b = buffers[i];
            if (auto o = r.object(b, p); !o)
                return fail(o.error());
            TensorInfo t;
            const auto binding = r.optionalString(b, "input_binding", p);
            if (!binding)
                return fail(binding.error());
            t.name = binding->value_or(QString());
            if (t.name.isEmpty())
                t.name = QStringLiteral("%1_arg%2").arg(function).arg(i);
            t.cName = sanitizeName(t.name);
            const auto dtype = r.optionalString(b, "dtype", p);
            if (!dtype)
                return fail(dtype.error());
            t.dtype = dtype->value_or(QString());
            const auto size = r.optionalInteger(b, "size_bytes", p, true);
            if (!size)
                return fail(size.error());
            t.sizeBytes = size->value_or(-1);
            if (const json *shape = Reader::find(b, "shape")) {
                const QString sp = child(p, "shape");
                if (auto a = r.array(*shape, sp); !a)
                    return fail(a.error());
                for (std::size_t d = 0; d < shape->size(); ++d) {
                    const auto dim = r.integer((*shape)[d], indexed(sp, qsizetype(d)), true);
                    if (!dim)
                        return fail(dim.error());
                    t.shape << *dim;
                }
                t.shapeSource = QStringLiteral("metadata");
            }
            if (i + 1 == buffers.size() && buffers.size() > 1)
                module.outputs << t;
            else
                module.inputs << t;
        }
    }
    return ok();
}

struct ModuleResult
{
    ModuleInfo module;
    QString tvmVersion;
};

Result<ModuleResult> parseModule(
    const Reader &r, const json &m, const QString &path, const QString &key, bool operatorStyle)
{
    ModuleResult result;
    ModuleInfo &module = result.module;

    const auto modelName = r.optionalString(m, "model_name", path);
    if (!modelName)
        return fail(modelName.error());
    module.name = key.isEmpty() ? modelName->value_or(QString()) : key;
    if (module.name.isEmpty())
        return fail(r.missing(child(path, "model_name")));

    const auto exportTime = r.optionalString(m, "export_datetime", path);
    if (!exportTime)
        return fail(exportTime.error());
    module.exportTimeText = exportTime->value_or(QString());
    // TVM writes local wall-clock time with a literal 'Z'; the exporter's zone is unknown.
    module.exportTime = QDateTime::fromString(module.exportTimeText,
                                              QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));

    if (auto style = r.optionalString(m, "style", path); !style)
        return fail(style.error());

    // v1-v4 "runtimes", v5+ "executors"; accept either in any version.
    for (const char *field : {"runtimes", "executors"}) {
        if (const json *v = Reader::find(m, field)) {
            const auto list = r.stringList(*v, child(path, field));
            if (!list)
                return fail(list.error());
            if (!list->isEmpty())
                module.executor = list->first();
        }
    }

    // v1-v5 {device type: target}, v6+ [target, ...].
    if (const json *target = Reader::find(m, "target")) {
        const QString tp = child(path, "target");
        if (target->is_object()) {
            for (auto it = target->begin(); it != target->end(); ++it) {
                const auto s = r.string(it.value(), child(tp, QString::fromStdString(it.key())));
                if (!s)
                    return fail(s.error());
                module.targets << *s;
            }
        } else if (target->is_array()) {
            const auto list = r.stringList(*target, tp);
            if (!list)
                return fail(list.error());
            module.targets = *list;
        } else {
            return fail(r.wrongType(tp, Tr::tr("an object or an array of strings"), *target));
        }
    }

    if (const json *memory = Reader::find(m, "memory")) {
        const QString mp = child(path, "memory");
        if (operatorStyle) {
            if (auto o = parseOperatorMemory(r, *memory, mp, module); !o)
                return fail(o.error());
        } else if (memory->is_array()) { // v1: the list of storage ids
            const auto sids = parseSids(r, *memory, mp);
            if (!sids)
                return fail(sids.error());
            module.sids = *sids;
        } else if (memory->is_object()) {
            if (const json *sids = Reader::find(*memory, "sids")) {
                const auto s = parseSids(r, *sids, child(mp, "sids"));
                if (!s)
                    return fail(s.error());
                module.sids = *s;
            }
            if (const json *functions = Reader::find(*memory, "functions")) {
                if (auto f = parseFunctions(r, *functions, child(mp, "functions"), module); !f)
                    return fail(f.error());
            }
        } else {
            return fail(r.wrongType(mp, Tr::tr("an object or an array"), *memory));
        }
    }

    if (const json *deps = Reader::find(m, "external_dependencies")) {
        const QString dp = child(path, "external_dependencies");
        if (auto a = r.array(*deps, dp); !a)
            return fail(a.error());
        for (std::size_t i = 0; i < deps->size(); ++i) {
            const QString p = indexed(dp, qsizetype(i));
            const json &d = (*deps)[i];
            if (auto o = r.object(d, p); !o)
                return fail(o.error());
            const auto shortName = r.optionalString(d, "short_name", p);
            if (!shortName)
                return fail(shortName.error());
            const auto versionSpec = r.optionalString(d, "version_spec", p);
            if (!versionSpec)
                return fail(versionSpec.error());
            for (const char *field : {"url", "url_type"}) {
                if (auto s = r.optionalString(d, field, p); !s)
                    return fail(s.error());
            }
            if (shortName->value_or(QString()) == QLatin1String("tvm_standalone_crt"))
                result.tvmVersion = versionSpec->value_or(QString());
        }
    }
    return result;
}

Result<int> parseVersion(const Reader &r, const json &doc)
{
    const json *v = Reader::find(doc, "version");
    if (!v) {
        return fail(ErrorCode::MissingField,
                    Tr::tr("The metadata has no \"version\" field."),
                    r.location(QStringLiteral("version")),
                    Tr::tr("This is not the metadata.json of a Model Library Format archive."));
    }
    if (!v->is_number_integer())
        return fail(r.wrongType(QStringLiteral("version"), Tr::tr("an integer"), *v));
    const bool tooHigh = v->is_number_unsigned()
                             ? v->get<std::uint64_t>() > std::uint64_t(maxSupportedVersion)
                             : v->get<std::int64_t>() > maxSupportedVersion;
    if (tooHigh) {
        return fail(ErrorCode::UnsupportedVersion,
                    Tr::tr("Model Library Format version %1 is not supported; supported versions "
                           "are %2 to %3.")
                        .arg(QString::fromStdString(v->dump()))
                        .arg(minSupportedVersion)
                        .arg(maxSupportedVersion),
                    r.location(QStringLiteral("version")),
                    Tr::tr("The archive was written by a newer TVM; update TinyDeploy or export "
                           "with TVM 0.18 or older."));
    }
    const auto version = v->get<std::int64_t>();
    if (version < minSupportedVersion) {
        return fail(ErrorCode::UnsupportedVersion,
                    Tr::tr("Model Library Format version %1 does not exist; supported versions "
                           "are %2 to %3.")
                        .arg(version)
                        .arg(minSupportedVersion)
                        .arg(maxSupportedVersion),
                    r.location(QStringLiteral("version")),
                    Tr::tr("The metadata is damaged; export the model again with TVM."));
    }
    return int(version);
}

} // namespace

Result<ModelInfo> parseMetadata(QByteArrayView bytes, const QString &member)
{
    const Reader r(member);
    const Json::DocumentHints
        hints{Tr::tr("The archive is probably damaged or not a Model Library Format archive."),
              Tr::tr("The file is not metadata written by TVM."),
              Tr::tr(
                  "The archive may be truncated or the file was edited by hand; export the model "
                  "again.")};
    auto parsed = Json::parseDocument(bytes, member, maxMetadataBytes, Json::defaultMaxDepth, hints);
    if (!parsed)
        return fail(parsed.error());
    const json &doc = *parsed;
    if (!doc.is_object())
        return fail(r.wrongType(QString(), Tr::tr("an object"), doc));

    const auto version = parseVersion(r, doc);
    if (!version)
        return fail(version.error());

    ModelInfo info;
    info.version = *version;
    const auto style = r.optionalString(doc, "style", QString());
    if (!style)
        return fail(style.error());
    const bool operatorStyle = style->value_or(QString()) == QLatin1String("operator");

    if (info.version >= 7 && !operatorStyle) {
        const json *modules = Reader::find(doc, "modules");
        if (!modules)
            return fail(r.missing(QStringLiteral("modules")));
        if (auto o = r.object(*modules, QStringLiteral("modules")); !o)
            return fail(o.error());
        if (modules->empty()) {
            return fail(
                r.invalid(QStringLiteral("modules"), Tr::tr("The metadata lists no modules.")));
        }
        for (auto it = modules->begin(); it != modules->end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            const QString path = QStringLiteral("modules.") + key;
            if (auto o = r.object(it.value(), path); !o)
                return fail(o.error());
            const auto module = parseModule(r, it.value(), path, key, false);
            if (!module)
                return fail(module.error());
            info.modules << module->module;
            if (info.tvmVersion.isEmpty())
                info.tvmVersion = module->tvmVersion;
            if (info.style.isEmpty()) {
                if (const json *s = Reader::find(it.value(), "style"))
                    info.style = Json::toQString(*s);
            }
        }
    } else {
        const auto module = parseModule(r, doc, QString(), QString(), operatorStyle);
        if (!module)
            return fail(module.error());
        info.modules << module->module;
        info.tvmVersion = module->tvmVersion;
        info.style = style->value_or(QString());
    }
    // "style" exists from v4 on; everything older is a full model.
    if (info.style.isEmpty())
        info.style = QStringLiteral("full-model");
    return info;
}

} // namespace TinyDeploy::Mlf
