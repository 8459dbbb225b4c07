#pragma once

#include <util/error.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace TinyDeploy::Package {

/// One file of a package besides manifest.json.
struct PackageMember
{
    QString path;   ///< Relative, '/'-separated, normalized ("build/firmware.elf").
    QString sha256; ///< 64 lowercase hex digits.
    qint64 size = 0;
    /// What it is: "firmware", "recipe", "sample-input", "sample-expected", "labels", "quant",
    /// "record", "project-state", or "other".
    QString role;

    bool operator==(const PackageMember &) const = default;
};

/// One sample input with its expected output, as the Run step of a package uses them.
struct PackageSample
{
    QString name;     ///< "sample_0".
    QString input;    ///< Member path of the .npy input.
    QString expected; ///< Member path of the expected output; empty when there is none.
    std::optional<qint64> trueClass;

    bool operator==(const PackageSample &) const = default;
};

/// @brief manifest.json of a deployment package (.tdpkg): what it holds and how to flash and
/// run it. The format is docs/package-format.md (schema docs/package-schema.json).
struct PackageManifest
{
    static constexpr int FormatVersion = 1;
    /// The first member of every package.
    static constexpr char FileName[] = "manifest.json";
    /// Manifests larger than this are refused (a real one is a few KiB).
    static constexpr qint64 MaxBytes = 4 * 1024 * 1024;

    int formatVersion = FormatVersion;
    QDateTime created;
    QString tinydeployVersion;

    QString modelName;   ///< The archive's stem ("digits_int8").
    QString modelSha256; ///< Of the model archive the project was generated from.
    /// inputs, outputs (name, dtype, shape, bytes), executor, tvm_version.
    QJsonObject modelSummary;

    QString templateName;
    QString platform; ///< The template's platform_name.
    QString boardName;
    bool emulated = false;

    QString recipe;  ///< Member path of the flash recipe ("build/flash_recipe.json").
    QString flasher; ///< The recipe's flasher ("auto": the board's first method).
    QStringList flashMethods;
    QString firmware;    ///< Member path of the image that is flashed (or the host runner).
    QString projectType; ///< "standalone" or "host_driven".
    /// How the Run step speaks to the device: RunChoice::toJson() (always over the serial port).
    QJsonObject run;

    QString samplesModelStem; ///< The stem the sample kit's files are named after.
    QList<PackageSample> samples;
    QString buildRecord; ///< Member path of the build's deployment.json; empty when none.

    QList<PackageMember> members;

    /// The member @p path, or nullptr.
    const PackageMember *member(const QString &path) const;

    QJsonObject toJson() const;
    QByteArray toBytes() const;
    /// Reads manifest.json: well-formed JSON of at most MaxBytes, package_format 1, every
    /// member path relative and inside the package, unique, with a SHA-256 and a size, and
    /// every path the manifest names (recipe, firmware, samples, record) among the members.
    /// PackageInvalid or UnsupportedVersion, naming the field, otherwise.
    static Result<PackageManifest> parse(QByteArrayView bytes);
};

/// Whether @p path is a safe member name: relative, '/'-separated, no "." or ".." parts, no
/// empty parts, no backslash or NUL, not manifest.json.
bool isSafeMemberPath(const QString &path);

} // namespace TinyDeploy::Package
