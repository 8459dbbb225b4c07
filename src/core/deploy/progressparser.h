#pragma once

#include <QStringView>

#include <optional>

namespace TinyDeploy::Deploy {

/// @brief The percentage a tool's output line reports, if any: "[ 42%]" of cmake-generated
/// makefiles, "[12/48]" of ninja, or the last "NN%" / "NN.N %" of a flasher (esptool,
/// picotool, openocd). Values above 100, format strings ("%d", "50%%") and lines over 4 KiB
/// are not progress.
std::optional<int> parseProgressPercent(QStringView line);

} // namespace TinyDeploy::Deploy
