#include "boardinfo.h"
#include "templatestr.h"

#include "util/jsonsupport.h"

#include <QFile>
#include <QFileInfo>

#include <limits>
#include <optional>
#include <tuple>

namespace TinyDeploy::Templates {

namespace {

using Json = nlohmann::ordered_json;

// Deeper than any sensible boards.json; protects the recursive parser from hostile input.
constexpr int maxDepth = 32;

using TinyDeploy::Json::toQString;
using TinyDeploy::Json::typeName;

class BoardParser
{
public:
    explicit BoardParser(const QString &fileName)
        : m_fileName(fileName)
    {}

    std::unexpected<Error> error(const QString &field,
                                 const QString &message,
                                 const QString &details = {}) const
    {
        const QString location = field.isEmpty() ? m_fileName
                                                 : m_fileName + QStringLiteral(": ") + field;
        return fail(ErrorCode::InvalidBoardData, message, location, hint(), details);
    }

    static QString hint()
    {
        return Tr::tr("Fix the template's boards.json, or tell the template's author.");
    }

    std::unexpected<Error> wrongType(const QString &field, const QString &want, const Json &found)
    {
        return error(field,
                     Tr::tr("Expected %1 but found %2.").arg(want, typeName(found)),
                     toQString(found.dump(-1, ' ', false, Json::error_handler_t::replace)));
    }

    Result<QString> string(const Json &value, const QString &field)
    {
        if (!value.is_string())
            return wrongType(field, Tr::tr("a string"), value);
        return toQString(value.get_ref<const std::string &>());
    }

    Result<bool> boolean(const Json &value, const QString &field)
    {
        if (!value.is_boolean())
            return wrongType(field, Tr::tr("true or false"), value);
        return value.get<bool>();
    }

    // An integer, or a string in decimal or 0x-hex (addresses read better in hex).
    Result<qint64> integer(const Json &value, const QString &field, qint64 min, qint64 max)
    {
        qint64 number = 0;
        if (value.is_number_unsigned()) {
            const auto u = value.get<std::uint64_t>();
            if (u > std::uint64_t(std::numeric_limits<qint64>::max()))
                return error(field, Tr::tr("The number is too large."));
            number = qint64(u);
        } else if (value.is_number_integer()) {
            number = value.get<std::int64_t>();
        } else if (value.is_string()) {
            const QString text = toQString(value.get_ref<const std::string &>()).trimmed();
            bool ok = false;
            number = text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)
                         ? text.mid(2).toLongLong(&ok, 16)
                         : text.toLongLong(&ok, 10);
            if (!ok || text.isEmpty()) {
                return error(field,
                             Tr::tr("Expected a number (decimal or 0x hexadecimal) but found "
                                    "\"%1\".")
                                 .arg(text));
            }
        } else {
            return wrongType(field, Tr::tr("an integer"), value);
        }
        if (number < min || number > max) {
            return error(field,
                         Tr::tr("The value %1 is out of range (%2 to %3).")
                             .arg(number)
                             .arg(min)
                             .arg(max));
        }
        return number;
    }

    // A USB id: TVM writes "0483" (hex without prefix), we also accept "0x0483" and integers.
    Result<quint16> usbId(const Json &value, const QString &field)
    {
        if (value.is_string()) {
            QString text = toQString(value.get_ref<const std::string &>()).trimmed();
            if (text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
                text = text.mid(2);
            bool ok = false;
            const uint number = text.toUInt(&ok, 16);
            if (!ok || text.isEmpty() || text.size() > 4 || number > 0xffff) {
                return error(field,
                             Tr::tr("Expected a 4-digit hexadecimal USB id but found \"%1\".")
                                 .arg(text));
            }
            return quint16(number);
        }
        Result<qint64> number = integer(value, field, 0, 0xffff);
        if (!number)
            return fail(number.error());
        return quint16(*number);
    }

    // A region; @p kind is known when the region sits under "flash"/"ram" of a memory object,
    // else the region must say "kind".
    Result<MemoryRegion> region(const Json &value,
                                const QString &field,
                                std::optional<MemoryKind> kind)
    {
        if (!value.is_object())
            return wrongType(field, Tr::tr("an object"), value);
        MemoryRegion region;
        QString kindText;
        if (kind) {
            region.kind = *kind;
            kindText = *kind == MemoryKind::Flash ? QStringLiteral("flash") : QStringLiteral("ram");
        } else {
            const auto it = value.find("kind");
            if (it == value.end())
                return error(field + QStringLiteral(".kind"), Tr::tr("The field is missing."));
            Result<QString> text = string(*it, field + QStringLiteral(".kind"));
            if (!text)
                return fail(text.error());
            kindText = *text;
            if (kindText == QLatin1String("flash")) {
                region.kind = MemoryKind::Flash;
            } else if (kindText == QLatin1String("ram")) {
                region.kind = MemoryKind::Ram;
            } else {
                return error(field + QStringLiteral(".kind"),
                             Tr::tr("Expected \"flash\" or \"ram\" but found \"%1\".").arg(kindText));
            }
        }
        auto size = value.find("size_bytes");
        QString sizeField = field + QStringLiteral(".size_bytes");
        if (size == value.end()) {
            size = value.find("size");
            sizeField = field + QStringLiteral(".size");
        }
        if (size == value.end())
            return error(field + QStringLiteral(".size_bytes"), Tr::tr("The field is missing."));
        Result<qint64> sizeBytes = integer(*size, sizeField, 1, std::numeric_limits<qint64>::max());
        if (!sizeBytes)
            return fail(sizeBytes.error());
        region.sizeBytes = *sizeBytes;
        if (const auto name = value.find("name"); name != value.end()) {
            Result<QString> text = string(*name, field + QStringLiteral(".name"));
            if (!text)
                return fail(text.error());
            region.name = *text;
        }
        if (region.name.isEmpty())
            region.name = kindText;
        if (const auto origin = value.find("origin"); origin != value.end()) {
            Result<qint64> address = integer(*origin,
                                             field + QStringLiteral(".origin"),
                                             0,
                                             std::numeric_limits<qint64>::max());
            if (!address)
                return fail(address.error());
            region.origin = *address;
        }
        return region;
    }

    Result<QList<MemoryRegion>> memory(const Json &value, const QString &field)
    {
        QList<MemoryRegion> regions;
        if (value.is_array()) {
            for (std::size_t i = 0; i < value.size(); ++i) {
                Result<MemoryRegion> r = region(value[i],
                                                field + QStringLiteral("[%1]").arg(i),
                                                std::nullopt);
                if (!r)
                    return fail(r.error());
                regions.append(*r);
            }
            return regions;
        }
        if (!value.is_object())
            return wrongType(field, Tr::tr("an object or an array"), value);
        const std::pair<const char *, MemoryKind> kinds[] = {{"flash", MemoryKind::Flash},
                                                             {"ram", MemoryKind::Ram}};
        for (const auto &[key, kind] : kinds) {
            const auto it = value.find(key);
            if (it == value.end() || it->is_null())
                continue;
            const QString kindField = field + QLatin1Char('.') + QLatin1String(key);
            if (it->is_array()) {
                for (std::size_t i = 0; i < it->size(); ++i) {
                    Result<MemoryRegion> r = region((*it)[i],
                                                    kindField + QStringLiteral("[%1]").arg(i),
                                                    kind);
                    if (!r)
                        return fail(r.error());
                    regions.append(*r);
                }
            } else {
                Result<MemoryRegion> r = region(*it, kindField, kind);
                if (!r)
                    return fail(r.error());
                regions.append(*r);
            }
        }
        return regions;
    }

    // One USB id pair from two sibling fields; both null or "" means "no USB".
    Result<std::optional<UsbId>> usbPair(const Json &board,
                                         const QString &name,
                                         const char *vidKey,
                                         const char *pidKey)
    {
        const auto vid = board.find(vidKey);
        const auto pid = board.find(pidKey);
        const auto absent = [&](const Json::const_iterator &it) {
            return it == board.end() || it->is_null()
                   || (it->is_string() && it->get_ref<const std::string &>().empty());
        };
        if (absent(vid) && absent(pid))
            return std::optional<UsbId>();
        const QString vidField = name + QLatin1Char('.') + QLatin1String(vidKey);
        const QString pidField = name + QLatin1Char('.') + QLatin1String(pidKey);
        if (absent(vid))
            return error(vidField, Tr::tr("The field is missing while %1 is set.").arg(pidField));
        if (absent(pid))
            return error(pidField, Tr::tr("The field is missing while %1 is set.").arg(vidField));
        Result<quint16> v = usbId(*vid, vidField);
        if (!v)
            return fail(v.error());
        Result<quint16> p = usbId(*pid, pidField);
        if (!p)
            return fail(p.error());
        return std::optional<UsbId>(UsbId{*v, *p});
    }

    Result<BoardInfo> board(const QString &name, const Json &value)
    {
        if (name.trimmed().isEmpty())
            return error(QStringLiteral("\"%1\"").arg(name), Tr::tr("A board name is empty."));
        if (!value.is_object())
            return wrongType(name, Tr::tr("an object"), value);
        BoardInfo info;
        info.name = name;
        // An explicit QString: a QStringBuilder returned from a lambda would outlive its parts.
        const auto field = [&](const char *key) -> QString {
            return name + QLatin1Char('.') + QLatin1String(key);
        };
        const auto textField = [&](const char *key, QString &target) -> Result<void> {
            if (const auto it = value.find(key); it != value.end() && !it->is_null()) {
                Result<QString> text = string(*it, field(key));
                if (!text)
                    return fail(text.error());
                target = *text;
            }
            return ok();
        };
        const auto boolField = [&](const char *key, bool &target) -> Result<void> {
            if (const auto it = value.find(key); it != value.end() && !it->is_null()) {
                Result<bool> flag = boolean(*it, field(key));
                if (!flag)
                    return fail(flag.error());
                target = *flag;
            }
            return ok();
        };
        const auto intField = [&](std::initializer_list<const char *> keys,
                                  qint64 max,
                                  qint64 &target) -> Result<void> {
            for (const char *key : keys) {
                const auto it = value.find(key);
                if (it == value.end() || it->is_null())
                    continue;
                Result<qint64> number = integer(*it, field(key), 1, max);
                if (!number)
                    return fail(number.error());
                target = *number;
                return ok();
            }
            return ok();
        };

        qint64 baud = 0;
        for (Result<void> r : {textField("display_name", info.displayName),
                               textField("description", info.description),
                               textField("model", info.cpu),
                               textField("cpu", info.cpu),
                               boolField("is_qemu", info.emulated),
                               boolField("emulated", info.emulated),
                               intField({"default_baud_rate", "baud_rate"}, 100'000'000, baud),
                               intField({"cpu_clock_hz"}, 100'000'000'000, info.cpuClockHz)}) {
            if (!r)
                return fail(r.error());
        }
        info.defaultBaudRate = int(baud);
        if (info.displayName.isEmpty())
            info.displayName = name;

        // "fpu": TVM writes a bool; our templates name the FPU, or null for none.
        if (const auto it = value.find("fpu"); it != value.end() && !it->is_null()) {
            if (it->is_boolean()) {
                info.fpu = it->get<bool>();
            } else if (it->is_string()) {
                info.fpuName = toQString(it->get_ref<const std::string &>());
                info.fpu = !info.fpuName.isEmpty();
            } else {
                return wrongType(field("fpu"), Tr::tr("true, false, null or the FPU's name"), *it);
            }
        }

        if (const auto it = value.find("memory"); it != value.end() && !it->is_null()) {
            Result<QList<MemoryRegion>> regions = memory(*it, field("memory"));
            if (!regions)
                return fail(regions.error());
            info.memory = *regions;
        }
        const std::tuple<const char *, const char *, MemoryKind> totals[] = {
            {"flash_size_bytes", "flash_bytes", MemoryKind::Flash},
            {"ram_size_bytes", "ram_bytes", MemoryKind::Ram},
        };
        for (const auto &[key, shortKey, kind] : totals) {
            qint64 total = 0;
            if (Result<void> r = intField({key, shortKey},
                                          std::numeric_limits<qint64>::max(),
                                          total);
                !r)
                return fail(r.error());
            // A total only stands in for regions the "memory" field did not give.
            if (total > 0 && info.totalBytes(kind) < 0) {
                info.memory.append(
                    {kind == MemoryKind::Flash ? QStringLiteral("flash") : QStringLiteral("ram"),
                     kind,
                     -1,
                     total});
            }
        }

        if (const auto it = value.find("usb"); it != value.end() && !it->is_null()) {
            if (!it->is_array())
                return wrongType(field("usb"), Tr::tr("an array"), *it);
            for (std::size_t i = 0; i < it->size(); ++i) {
                const QString itemField = field("usb") + QStringLiteral("[%1]").arg(i);
                const Json &item = (*it)[i];
                if (!item.is_object())
                    return wrongType(itemField, Tr::tr("an object"), item);
                Result<std::optional<UsbId>> pair = usbPair(item, itemField, "vid", "pid");
                if (!pair)
                    return fail(pair.error());
                if (!*pair)
                    return error(itemField + QStringLiteral(".vid"),
                                 Tr::tr("The field is missing."));
                info.usbIds.append(**pair);
            }
        }
        if (const auto it = value.find("runtime_overhead"); it != value.end() && !it->is_null()) {
            if (!it->is_object())
                return wrongType(field("runtime_overhead"), Tr::tr("an object"), *it);
            RuntimeOverhead overhead;
            const std::pair<const char *, qint64 *> parts[] = {
                {"flash_bytes", &overhead.flashBytes},
                {"ram_bytes", &overhead.ramBytes},
            };
            for (const auto &[key, target] : parts) {
                const QString partField = field("runtime_overhead") + QLatin1Char('.')
                                          + QLatin1String(key);
                const auto part = it->find(key);
                if (part == it->end())
                    return error(partField, Tr::tr("The field is missing."));
                // Up to 1 GiB: more is a typo, not a runtime.
                Result<qint64> bytes = integer(*part, partField, 0, qint64(1) << 30);
                if (!bytes)
                    return fail(bytes.error());
                *target = *bytes;
            }
            info.runtimeOverhead = overhead;
        }
        for (const auto &[vidKey, pidKey] :
             {std::pair{"usb_vid", "usb_pid"}, std::pair{"vid_hex", "pid_hex"}}) {
            Result<std::optional<UsbId>> pair = usbPair(value, name, vidKey, pidKey);
            if (!pair)
                return fail(pair.error());
            if (*pair && !info.usbIds.contains(**pair))
                info.usbIds.append(**pair);
        }
        return info;
    }

    Result<QList<BoardInfo>> boards(const Json &root)
    {
        if (!root.is_object())
            return wrongType(QString(), Tr::tr("an object of boards"), root);
        const Json *map = &root;
        if (const auto wrapped = root.find("boards"); wrapped != root.end()) {
            if (!wrapped->is_object())
                return wrongType(QStringLiteral("boards"), Tr::tr("an object of boards"), *wrapped);
            map = &*wrapped;
        }
        QList<BoardInfo> result;
        for (const auto &[key, value] : map->items()) {
            const QString name = toQString(key);
            if (name.startsWith(QLatin1Char('$')) || name.startsWith(QLatin1Char('_')))
                continue;
            Result<BoardInfo> info = board(name, value);
            if (!info)
                return fail(info.error());
            result.append(*info);
        }
        if (result.isEmpty())
            return error(QString(), Tr::tr("The file lists no board."));
        return result;
    }

private:
    QString m_fileName;
};

} // namespace

qint64 BoardInfo::totalBytes(MemoryKind kind) const
{
    qint64 total = -1;
    for (const MemoryRegion &region : memory) {
        if (region.kind == kind)
            total = (total < 0 ? 0 : total) + region.sizeBytes;
    }
    return total;
}

QString formatUsbId(const UsbId &id)
{
    return QStringLiteral("%1:%2")
        .arg(id.vendorId, 4, 16, QLatin1Char('0'))
        .arg(id.productId, 4, 16, QLatin1Char('0'));
}

Result<QList<BoardInfo>> parseBoards(const QByteArray &json, const QString &fileName)
{
    BoardParser parser(fileName);
    // The file's own errors ("not valid JSON at line 3, column 7"), reported as board data the
    // template's author must fix.
    Result<Json> root = TinyDeploy::Json::parseDocument<Json>(json,
                                                              fileName,
                                                              maxBoardsFileBytes,
                                                              maxDepth);
    if (!root) {
        Error error = root.error();
        error.code = ErrorCode::InvalidBoardData;
        error.hint = BoardParser::hint();
        return fail(std::move(error));
    }
    return parser.boards(*root);
}

Result<QList<BoardInfo>> loadBoards(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot read the board list."),
                    filePath,
                    Tr::tr("Check that the file exists and is readable."),
                    file.errorString());
    }
    if (file.size() > maxBoardsFileBytes) {
        return fail(ErrorCode::InvalidBoardData,
                    Tr::tr("The file is too large (%1 bytes, at most %2).")
                        .arg(file.size())
                        .arg(maxBoardsFileBytes),
                    filePath,
                    BoardParser::hint());
    }
    return parseBoards(file.readAll(), filePath);
}

} // namespace TinyDeploy::Templates
