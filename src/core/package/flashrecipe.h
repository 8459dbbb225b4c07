#pragma once

#include <util/error.h>

#include <QByteArrayView>
#include <QMap>
#include <QString>
#include <QStringList>

namespace TinyDeploy::Package {

/// @brief What a build of our templates says about flashing it without the template:
/// build/flash_recipe.json (written by tdserver's build; format in
/// firmware_templates/common/tdserver/flashing/recipe.py and docs/package-format.md).
///
/// TinyDeploy reads it to make a package and to show what a package flashes; the flashing
/// itself is tdserver's (`python3 -m tdserver.flashing --recipe FILE`, see RecipeFlasher).
struct FlashRecipe
{
    static constexpr int FormatVersion = 1;
    /// Where a project of ours keeps it; a package keeps the same path.
    static constexpr char ProjectPath[] = "build/flash_recipe.json";

    QString platform;    ///< The template's platform_name ("qemu-cortex-m").
    QString boardName;   ///< "mps2-an385".
    QString flasher;     ///< "auto" (the board's first method) or one of methods.
    QStringList methods; ///< The board's flash.methods ("qemu", "openocd", "host", ...).
    bool emulated = false;
    QString projectType; ///< "standalone" or "host_driven".
    /// Kind ("elf", "bin", "hex", "uf2", "runner") to the path relative to the project.
    QMap<QString, QString> artifacts;

    /// The file that is the firmware: the ELF, else the host runner, else the first one.
    QString firmware() const;

    /// Checks @p bytes as a recipe: an object with recipe_format 1, non-empty platform,
    /// board_name and flasher, a board object, and at least one artifact of a known kind whose
    /// path is relative and inside the folder. PackageInvalid (or UnsupportedVersion) naming
    /// @p location and the field otherwise.
    static Result<FlashRecipe> parse(QByteArrayView bytes, const QString &location);
};

} // namespace TinyDeploy::Package
