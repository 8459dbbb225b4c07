#!/usr/bin/env bash
# TinyDeploy's main job. Installs what is missing, builds, then:
#   ./run.sh            with a display: opens the GUI on the bundled digits sample;
#                       without one: deploys that sample to the emulated Cortex-M3 board
#                       (QEMU mps2-an385) and prints what the chip computed and how long it took
#   ./run.sh ARCHIVE    opens ARCHIVE in the GUI (or, with no display, prints its summary)
set -euo pipefail
TINYDEPLOY_ROOT=$(cd "$(dirname "$0")" && pwd)
source "$TINYDEPLOY_ROOT/packaging/setup.sh"

tinydeploy_install_packages "${TINYDEPLOY_PACKAGES[@]}"
build="$TINYDEPLOY_ROOT/build"
tinydeploy_build "$build" -DBUILD_TESTING=OFF

sample="$TINYDEPLOY_ROOT/resources/samples/digits_float32.tar"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$build/bin/tinydeploy" "${@:-$sample}"
fi
if [ $# -gt 0 ]; then
    exec "$build/bin/tinydeploy-cli" info "$@"
fi
exec "$build/bin/tinydeploy-cli" deploy "$sample" --template qemu-cortex-m -o board=mps2-an385
