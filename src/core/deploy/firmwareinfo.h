#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace TinyDeploy::Deploy {

/// @brief The firmware image a deployment flashed (or built): where it is, its size and hash.
///
/// Which file: the "firmware" the flash result of our Cortex-M templates reports (the file the
/// flasher wrote, with its size and SHA-256), else the project's build folder: build/firmware.elf
/// (qemu-cortex-m, stm32, microbit), build/tinydeploy_runner (host). Sizes: text/data/bss when
/// the file is an ELF (measured from its section headers, as binutils' `size` counts them),
/// always the file size.
struct FirmwareInfo
{
    QString path;
    qint64 fileBytes = 0;
    QString sha256;
    /// From the ELF's allocated sections; unset when the file is not an ELF.
    std::optional<qint64> textBytes;
    std::optional<qint64> dataBytes;
    std::optional<qint64> bssBytes;
    /// "flash_result" (the server said which file it flashed) or "build_folder".
    QString source;

    QJsonObject toJson() const;
};

/// The firmware of the project in @p projectDir after a build or a flash (@p flashResult: the
/// flash method's result, null before a flash); std::nullopt when none is found.
std::optional<FirmwareInfo> findFirmware(const QString &projectDir, const QJsonValue &flashResult);

/// Measures @p path: file size, SHA-256 and, for an ELF, text/data/bss. std::nullopt when the
/// file cannot be read.
std::optional<FirmwareInfo> measureFirmware(const QString &path);

struct ElfSizes
{
    qint64 text = 0;
    qint64 data = 0;
    qint64 bss = 0;
};
/// text/data/bss of an ELF image (32 or 64 bit, either byte order) from its section headers:
/// allocated NOBITS sections are bss, writable ones data, the other allocated ones text.
/// std::nullopt when @p bytes is not a well-formed ELF.
std::optional<ElfSizes> elfSizes(const QByteArray &bytes);

} // namespace TinyDeploy::Deploy
