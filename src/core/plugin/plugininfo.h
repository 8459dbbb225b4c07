#pragma once

#include <QString>

namespace TinyDeploy::Plugin {

/// Where one plugin stands. Plugins load only when their interface is asked for.
enum class PluginState {
    Found,        ///< Its metadata was read; not loaded (yet).
    Loaded,       ///< Loaded, and its object implements the interface it declares.
    Incompatible, ///< Its version/compatVersion exclude this TinyDeploy; never loaded.
    Shadowed,     ///< The same plugin came earlier in the search path and was used instead.
    Failed,       ///< Loading failed or the object lacks its interface; see failures().
};

/// @brief What the plugin manager knows about one plugin, for the diagnostics dialog.
struct PluginInfo
{
    QString iid;       ///< The interface it provides, e.g. "org.tinydeploy.LatencyPlotFactory/1.0".
    QString className; ///< Its root class; two files with the same class are the same plugin.
    QString fileName;  ///< Absolute path; empty for a plugin linked into the executable.
    QString version;   ///< From its .json metadata.
    QString compatVersion;
    PluginState state = PluginState::Found;

    bool isStatic() const { return fileName.isEmpty(); }
};

/// @brief The translated name of @p state ("loaded", "not loaded yet", ...).
QString pluginStateText(PluginState state);

} // namespace TinyDeploy::Plugin
