#pragma once

#include <QStringView>

#include <optional>

namespace TinyDeploy::Deploy {

/// @brief The percentage a tool line reports, if any: "[ 42%] Building C object ..." of
/// cmake-generated makefiles and ninja, or "NN%" of flashers ("Programming 73%",
/// "Writing | ####### | 100%"). Values above 100 are not percentages of progress.
std::optional<int> parseProgressPercent(QStringView line);

} // namespace TinyDeploy::Deploy
