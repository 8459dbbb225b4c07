# Shared by run.sh and test.sh: installs the Debian packages TinyDeploy needs and builds it.
# Sourced, not executed. Quick when nothing changed: dpkg-query decides what is missing, and
# CMake/Ninja rebuild only what changed.

# Build and run-time packages. Why each is needed is in the README's dependency table.
TINYDEPLOY_PACKAGES=(
    g++ make cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-serialport-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
    libgl-dev libvulkan-dev libxkbcommon-dev
    libarchive-dev nlohmann-json3-dev
    python3 tar gzip xz-utils
    qemu-system-arm gcc-arm-none-eabi libnewlib-arm-none-eabi libstdc++-arm-none-eabi-newlib
    openocd stlink-tools gdb-multiarch
)
# Only the test suite needs these: libFuzzer (clang 16: clang 14 cannot compile libstdc++ 12's
# <expected>), a virtual display for screenshots, and headless Chromium for the browser test of
# the HTML report.
TINYDEPLOY_TEST_PACKAGES=(clang-16 libclang-rt-16-dev xvfb xauth chromium)
# The packaging tests (tests/integration/packaging): cpack's dpkg-shlibdeps, lintian, the desktop
# file and AppStream validators, update-mime-database, and debootstrap for the real install.
TINYDEPLOY_TEST_PACKAGES+=(dpkg-dev lintian desktop-file-utils appstream shared-mime-info debootstrap)

tinydeploy_install_packages() {
    local missing=()
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "TinyDeploy: installing ${missing[*]}" >&2
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null; then
            echo "TinyDeploy: need root (or sudo) to install: ${missing[*]}" >&2
            return 1
        fi
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# tinydeploy_build <build-dir> [extra cmake arguments...]
tinydeploy_build() {
    local dir=$1
    shift
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S "$TINYDEPLOY_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    elif [ $# -gt 0 ]; then
        cmake "$dir" "$@" >/dev/null
    fi
    cmake --build "$dir" --parallel "$(nproc)"
}
