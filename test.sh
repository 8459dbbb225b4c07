#!/usr/bin/env bash
# TinyDeploy's test suite: installs what is missing, builds, and runs every test with CTest
# (unit, GUI offscreen, integration with real servers, compilers and QEMU), then proves the core
# builds without QtWidgets and runs each libFuzzer target for a bounded time.
set -euo pipefail
TINYDEPLOY_ROOT=$(cd "$(dirname "$0")" && pwd)
source "$TINYDEPLOY_ROOT/packaging/setup.sh"

tinydeploy_install_packages "${TINYDEPLOY_PACKAGES[@]}" "${TINYDEPLOY_TEST_PACKAGES[@]}"

# 1. The core library and the CLI build without any GUI module.
echo "== headless configure (-DTINYDEPLOY_BUILD_GUI=OFF)"
tinydeploy_build "$TINYDEPLOY_ROOT/build-headless" -DTINYDEPLOY_BUILD_GUI=OFF -DBUILD_TESTING=OFF
if grep -q -E 'Qt6(Widgets|Gui)' "$TINYDEPLOY_ROOT/build-headless/build.ninja"; then
    echo "test.sh: the headless build links QtWidgets or QtGui" >&2
    exit 1
fi

# 2. Everything, and the whole suite.
echo "== full build and ctest"
build="$TINYDEPLOY_ROOT/build"
tinydeploy_build "$build" -DBUILD_TESTING=ON
# TINYDEPLOY_REQUIRE_SHARED=1: tests that need ../shared fail instead of skipping without it.
(cd "$build" && TINYDEPLOY_REQUIRE_SHARED=1 ctest --output-on-failure -LE Hardware --timeout 900 -j"$(nproc)")

# 3. Fuzzers: a separate clang tree, each target for a bounded time over its seed corpus.
echo "== fuzzing"
fuzzbuild="$TINYDEPLOY_ROOT/build-fuzz"
CC=clang-16 CXX=clang++-16 tinydeploy_build "$fuzzbuild" \
    -DTINYDEPLOY_FUZZ=ON -DTINYDEPLOY_BUILD_GUI=OFF -DBUILD_TESTING=OFF
for fuzzer in "$fuzzbuild"/tests/fuzz/fuzz_*; do
    [ -f "$fuzzer" ] && [ -x "$fuzzer" ] || continue
    name=$(basename "$fuzzer")
    corpus="$fuzzbuild/fuzz-corpus/$name"
    mkdir -p "$corpus"
    seeds="$TINYDEPLOY_ROOT/tests/fuzz/corpus/$name"
    echo "-- $name (${TINYDEPLOY_FUZZ_SECONDS:-20} s)"
    log="$fuzzbuild/$name.log"
    if ! "$fuzzer" -max_total_time="${TINYDEPLOY_FUZZ_SECONDS:-20}" -rss_limit_mb=1024 \
        -artifact_prefix="$fuzzbuild/$name-" \
        -print_final_stats=1 "$corpus" $( [ -d "$seeds" ] && echo "$seeds" ) >"$log" 2>&1; then
        tail -n 40 "$log"
        echo "test.sh: $name found a crash (reproducer in $fuzzbuild)" >&2
        exit 1
    fi
    grep -E '^(Done|stat::number_of_executed_units)' "$log" || tail -n 2 "$log"
done
echo "test.sh: all passed"
