#include "plugininfo.h"
#include "plugintr.h"

namespace TinyDeploy::Plugin {

QString pluginStateText(PluginState state)
{
    switch (state) {
    case PluginState::Found:
        return Tr::tr("not loaded yet");
    case PluginState::Loaded:
        return Tr::tr("loaded");
    case PluginState::Incompatible:
        return Tr::tr("incompatible");
    case PluginState::Shadowed:
        return Tr::tr("not used (an earlier copy was loaded)");
    case PluginState::Failed:
        return Tr::tr("failed");
    }
    return {};
}

} // namespace TinyDeploy::Plugin
