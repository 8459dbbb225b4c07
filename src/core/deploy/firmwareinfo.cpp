#include "firmwareinfo.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace TinyDeploy::Deploy {

namespace {

// ELF header and section header fields used here (System V ABI).
constexpr quint32 shtNobits = 8;
constexpr quint64 shfWrite = 0x1;
constexpr quint64 shfAlloc = 0x2;
// An ELF larger than this is not measured section by section (it is still hashed).
constexpr qint64 maxElfBytes = 256LL * 1024 * 1024;

class ElfReader
{
public:
    ElfReader(const QByteArray &bytes, bool bigEndian)
        : m_bytes(bytes)
        , m_bigEndian(bigEndian)
    {}
    bool has(quint64 offset, quint64 size) const
    {
        return offset <= quint64(m_bytes.size()) && size <= quint64(m_bytes.size()) - offset;
    }
    quint64 read(quint64 offset, int size) const
    {
        quint64 value = 0;
        const auto *data = reinterpret_cast<const uchar *>(m_bytes.constData()) + offset;
        for (int i = 0; i < size; ++i) {
            const int index = m_bigEndian ? i : size - 1 - i;
            value = (value << 8) | data[index];
        }
        return value;
    }

private:
    const QByteArray &m_bytes;
    bool m_bigEndian;
};

} // namespace

std::optional<ElfSizes> elfSizes(const QByteArray &bytes)
{
    if (bytes.size() < 52 || !bytes.startsWith("\177ELF"))
        return std::nullopt;
    const int elfClass = uchar(bytes.at(4)); // 1: 32 bit, 2: 64 bit
    const int encoding = uchar(bytes.at(5)); // 1: little, 2: big endian
    if ((elfClass != 1 && elfClass != 2) || (encoding != 1 && encoding != 2))
        return std::nullopt;
    const bool wide = elfClass == 2;
    const ElfReader elf(bytes, encoding == 2);
    const int word = wide ? 8 : 4;
    if (!elf.has(0, wide ? 64 : 52))
        return std::nullopt;
    const quint64 shoff = elf.read(wide ? 0x28 : 0x20, word);
    const quint64 shentsize = elf.read(wide ? 0x3A : 0x2E, 2);
    const quint64 shnum = elf.read(wide ? 0x3C : 0x30, 2);
    const quint64 minEntry = wide ? 64 : 40;
    if (shnum == 0 || shentsize < minEntry || !elf.has(shoff, shentsize * shnum))
        return std::nullopt;
    ElfSizes sizes;
    for (quint64 i = 0; i < shnum; ++i) {
        const quint64 entry = shoff + i * shentsize;
        const quint64 type = elf.read(entry + 4, 4);
        const quint64 flags = elf.read(entry + 8, word);
        const quint64 size = elf.read(entry + (wide ? 0x20 : 0x14), word);
        if (!(flags & shfAlloc))
            continue;
        if (type == shtNobits)
            sizes.bss += qint64(size);
        else if (flags & shfWrite)
            sizes.data += qint64(size);
        else
            sizes.text += qint64(size);
    }
    return sizes;
}

std::optional<FirmwareInfo> measureFirmware(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    FirmwareInfo info;
    info.path = QFileInfo(path).absoluteFilePath();
    info.fileBytes = file.size();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (info.fileBytes <= maxElfBytes) {
        const QByteArray bytes = file.readAll();
        hash.addData(bytes);
        if (const std::optional<ElfSizes> sizes = elfSizes(bytes)) {
            info.textBytes = sizes->text;
            info.dataBytes = sizes->data;
            info.bssBytes = sizes->bss;
        }
    } else if (!hash.addData(&file)) {
        return std::nullopt;
    }
    info.sha256 = QString::fromLatin1(hash.result().toHex());
    return info;
}

std::optional<FirmwareInfo> findFirmware(const QString &projectDir, const QJsonValue &flashResult)
{
    // The file the flasher wrote, as our Cortex-M templates report it.
    const QString flashed = flashResult.toObject()
                                .value(QStringLiteral("firmware"))
                                .toObject()
                                .value(QStringLiteral("path"))
                                .toString();
    if (!flashed.isEmpty()) {
        if (std::optional<FirmwareInfo> info = measureFirmware(flashed)) {
            info->source = QStringLiteral("flash_result");
            return info;
        }
    }
    if (projectDir.isEmpty())
        return std::nullopt;
    const QDir build(projectDir + QStringLiteral("/build"));
    for (const QString &name :
         {QStringLiteral("firmware.elf"), QStringLiteral("tinydeploy_runner")}) {
        if (!build.exists(name))
            continue;
        if (std::optional<FirmwareInfo> info = measureFirmware(build.filePath(name))) {
            info->source = QStringLiteral("build_folder");
            return info;
        }
    }
    return std::nullopt;
}

QJsonObject FirmwareInfo::toJson() const
{
    QJsonObject object{{QStringLiteral("path"), path},
                       {QStringLiteral("file_bytes"), fileBytes},
                       {QStringLiteral("sha256"), sha256},
                       {QStringLiteral("source"), source}};
    if (textBytes) {
        object.insert(QStringLiteral("text_bytes"), *textBytes);
        object.insert(QStringLiteral("data_bytes"), dataBytes.value_or(0));
        object.insert(QStringLiteral("bss_bytes"), bssBytes.value_or(0));
    }
    return object;
}

} // namespace TinyDeploy::Deploy
