#!/usr/bin/env bash
# TinyDeploy's main job. Installs what is missing, builds, then:
#   ./run.sh            opens the GUI (or, with no display, prints tinydeploy-cli --help)
#   ./run.sh ARCHIVE    opens ARCHIVE in the GUI (or, with no display, prints its summary)
set -euo pipefail
TINYDEPLOY_ROOT=$(cd "$(dirname "$0")" && pwd)
source "$TINYDEPLOY_ROOT/packaging/setup.sh"

tinydeploy_install_packages "${TINYDEPLOY_PACKAGES[@]}"
build="$TINYDEPLOY_ROOT/build"
tinydeploy_build "$build" -DBUILD_TESTING=OFF

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$build/bin/tinydeploy" "$@"
fi
if [ $# -gt 0 ]; then
    exec "$build/bin/tinydeploy-cli" info "$@"
fi
exec "$build/bin/tinydeploy-cli" --help
