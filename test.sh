#!/usr/bin/env bash
# TinyDeploy's test suite: installs what is missing, builds, and runs every test with CTest
# (unit, GUI offscreen, integration with real servers, compilers and QEMU), then proves the core
# builds without QtWidgets and runs each libFuzzer target for a bounded time.
#
#   ./test.sh              the whole suite, as above
#   ./test.sh --ci         the same, and the headless tree is built with ASan + UBSan and runs
#                          the unit tests (what CI runs, see .ci/run)
#   ./test.sh --sanitize   the whole suite built with ASan + UBSan in build-asan
#   ./test.sh --stress     the whole suite three times in a row with both cores kept busy
#   ./test.sh --help       the options and the environment variables
set -euo pipefail
TINYDEPLOY_ROOT=$(cd "$(dirname "$0")" && pwd)

usage() {
    cat <<'EOF'
usage: ./test.sh [--ci | --sanitize | --stress] [--help]
  (none)       install what is missing, headless build (build-headless), full build (build)
               and the whole ctest suite (-LE Hardware), then every fuzz target for
               TINYDEPLOY_FUZZ_SECONDS (20) seconds (build-fuzz, tests/fuzz/run.sh)
  --ci         the same, but the headless tree (build-headless-asan) is built with the tests and
               AddressSanitizer + UndefinedBehaviorSanitizer and runs the Unit-labelled tests
               under them; what .ci/run runs
  --sanitize   build build-asan (-DTINYDEPLOY_SANITIZE=ON: ASan and UBSan, every finding fatal)
               and run the whole suite (-LE Hardware) in it
  --stress     full build, then the whole suite TINYDEPLOY_STRESS_ROUNDS (3) times in a row
               while two busy loops keep both cores busy; stops at the first failing round
environment:
  TINYDEPLOY_CTEST_ARGS     extra ctest arguments for every ctest run, quoted like a shell
                            command line, e.g. TINYDEPLOY_CTEST_ARGS="-R 'tst_npy|tst_base85'"
  TINYDEPLOY_BUILD_TARGETS  --sanitize and --stress build only these targets (to try a mode
                            on a few tests); otherwise everything is built
  TINYDEPLOY_FUZZ_SECONDS   seconds per fuzz target
  TINYDEPLOY_STRESS_ROUNDS  rounds of --stress
EOF
}

mode=default
while [ $# -gt 0 ]; do
    case $1 in
    --ci | --sanitize | --stress)
        if [ "$mode" != default ]; then
            echo "test.sh: give one of --ci, --sanitize, --stress, not several" >&2
            exit 2
        fi
        mode=${1#--}
        ;;
    -h | --help)
        usage
        exit 0
        ;;
    *)
        echo "test.sh: unknown option '$1'" >&2
        usage >&2
        exit 2
        ;;
    esac
    shift
done

# What the builds take at most on this disk: the full build (7 GB), the sanitized trees (9 GB
# each, --ci removes its own before the full build) and the packaging test's cache (5 GB).
need_gb=$([ "$mode" = sanitize ] && echo 30 || echo 20)
free_gb=$(df -P -BG "$TINYDEPLOY_ROOT" | awk 'NR == 2 { sub("G", "", $4); print $4 }')
if [ -n "$free_gb" ] && [ "$free_gb" -lt "$need_gb" ]; then
    echo "test.sh: warning: only ${free_gb} GB free on the disk of $TINYDEPLOY_ROOT; the builds" \
        "may need ${need_gb} GB (remove old build-* trees to make room)" >&2
fi

source "$TINYDEPLOY_ROOT/packaging/setup.sh"
tinydeploy_install_packages "${TINYDEPLOY_PACKAGES[@]}" "${TINYDEPLOY_TEST_PACKAGES[@]}"

# build_tree <build-dir> [cmake arguments...]: tinydeploy_build, or in --sanitize and --stress
# with TINYDEPLOY_BUILD_TARGETS the same configure step and only those targets.
build_tree() {
    if [ -z "${TINYDEPLOY_BUILD_TARGETS:-}" ] || [ "$mode" = default ] || [ "$mode" = ci ]; then
        tinydeploy_build "$@"
        return
    fi
    local dir=$1
    shift
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S "$TINYDEPLOY_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    elif [ $# -gt 0 ]; then
        cmake "$dir" "$@" >/dev/null
    fi
    local targets
    read -r -a targets <<<"$TINYDEPLOY_BUILD_TARGETS"
    cmake --build "$dir" --parallel "$(nproc)" --target "${targets[@]}"
}

# Extra ctest arguments from the environment, split like a shell would (quotes allowed).
ctest_extra=()
if [ -n "${TINYDEPLOY_CTEST_ARGS:-}" ]; then
    eval "ctest_extra=(${TINYDEPLOY_CTEST_ARGS})"
fi

# run_ctest <build-dir> [ctest arguments...]
# TINYDEPLOY_REQUIRE_SHARED=1: tests that need ../shared fail instead of skipping without it.
run_ctest() {
    local dir=$1
    shift
    (cd "$dir" && TINYDEPLOY_REQUIRE_SHARED=1 ctest --output-on-failure -LE Hardware \
        --timeout 900 -j"$(nproc)" "$@" "${ctest_extra[@]}")
}

# The sanitizer run-time options: stop at the first error of either sanitizer, with a stack;
# leaks are reported (LeakSanitizer) except those of the third-party libraries listed, with
# the reason, in tests/sanitizers/lsan.supp. Our code gets no suppression.
sanitizer_environment() {
    local supp="$TINYDEPLOY_ROOT/tests/sanitizers"
    # Stacks with function names and lines (found on PATH alone, it is not always used).
    local symbolizer
    symbolizer=$(command -v llvm-symbolizer || true)
    symbolizer=${symbolizer:+:external_symbolizer_path=$symbolizer}
    export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:check_initialization_order=1$symbolizer"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$supp/ubsan.supp$symbolizer"
    export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
}

case $mode in
sanitize)
    echo "== sanitizer build (build-asan, -DTINYDEPLOY_SANITIZE=ON) and the whole suite"
    build_tree "$TINYDEPLOY_ROOT/build-asan" -DBUILD_TESTING=ON -DTINYDEPLOY_SANITIZE=ON
    sanitizer_environment
    run_ctest "$TINYDEPLOY_ROOT/build-asan"
    echo "test.sh: all passed under AddressSanitizer and UndefinedBehaviorSanitizer"
    exit 0
    ;;
stress)
    rounds=${TINYDEPLOY_STRESS_ROUNDS:-3}
    build="$TINYDEPLOY_ROOT/build"
    echo "== full build, then $rounds rounds of ctest with both cores kept busy"
    build_tree "$build" -DBUILD_TESTING=ON
    # Two busy loops in our process group, stopped however this script ends.
    busy=()
    stop_busy() {
        local pid
        for pid in "${busy[@]}"; do
            kill "$pid" 2>/dev/null || true
        done
        for pid in "${busy[@]}"; do
            wait "$pid" 2>/dev/null || true
        done
        busy=()
    }
    trap stop_busy EXIT
    trap 'stop_busy; exit 130' INT
    trap 'stop_busy; exit 143' TERM
    for _ in 1 2; do
        sh -c 'while :; do :; done' &
        busy+=("$!")
    done
    echo "test.sh: busy loops running (pids ${busy[*]})"
    results=()
    for round in $(seq 1 "$rounds"); do
        log="$build/stress-round-$round.log"
        echo "== stress round $round of $rounds (log $log)"
        status=0
        run_ctest "$build" >"$log" 2>&1 || status=$?
        summary=$(grep -E 'tests passed|No tests were found' "$log" | tail -n 1 || true)
        results+=("round $round: ${summary:-no ctest summary} (exit $status)")
        echo "   ${results[-1]}"
        if [ "$status" -ne 0 ]; then
            sed -n '/The following tests FAILED/,$p' "$log"
            echo "test.sh: stress round $round of $rounds failed; the whole output is in $log" >&2
            exit 1
        fi
    done
    printf '   %s\n' "${results[@]}"
    echo "test.sh: all $rounds stress rounds passed"
    exit 0
    ;;
esac

# 1. The core library and the CLI build without any GUI module. For CI the same tree also
# builds the tests with the sanitizers and runs the unit tests under them (build-headless-asan).
if [ "$mode" = ci ]; then
    headless="$TINYDEPLOY_ROOT/build-headless-asan"
    echo "== headless sanitizer build (-DTINYDEPLOY_BUILD_GUI=OFF -DTINYDEPLOY_SANITIZE=ON)"
    build_tree "$headless" -DTINYDEPLOY_BUILD_GUI=OFF -DBUILD_TESTING=ON -DTINYDEPLOY_SANITIZE=ON
else
    headless="$TINYDEPLOY_ROOT/build-headless"
    echo "== headless configure (-DTINYDEPLOY_BUILD_GUI=OFF)"
    build_tree "$headless" -DTINYDEPLOY_BUILD_GUI=OFF -DBUILD_TESTING=OFF
fi
if grep -q -E 'Qt6(Widgets|Gui)' "$headless/build.ninja"; then
    echo "test.sh: the headless build links QtWidgets or QtGui" >&2
    exit 1
fi
if [ "$mode" = ci ]; then
    echo "== unit tests under AddressSanitizer and UndefinedBehaviorSanitizer"
    (sanitizer_environment && run_ctest "$headless" -L Unit)
    # The sanitized tree takes about 9 GB; the full build below takes 7 more. CI needs it no
    # more, and a disk that cannot hold both fails the full build's link (seen in CI).
    echo "== removing $headless to free its disk space for the full build"
    rm -rf "$headless"
fi

# 2. Everything, and the whole suite.
echo "== full build and ctest"
build="$TINYDEPLOY_ROOT/build"
build_tree "$build" -DBUILD_TESTING=ON
run_ctest "$build"

# 3. Fuzzers: a separate clang tree, each target for a bounded time over its seed corpus.
echo "== fuzzing"
fuzzbuild="$TINYDEPLOY_ROOT/build-fuzz"
CC=clang-16 CXX=clang++-16 build_tree "$fuzzbuild" \
    -DTINYDEPLOY_FUZZ=ON -DTINYDEPLOY_BUILD_GUI=OFF -DBUILD_TESTING=OFF
TINYDEPLOY_FUZZ_BUILD="$fuzzbuild" "$TINYDEPLOY_ROOT/tests/fuzz/run.sh" \
    "${TINYDEPLOY_FUZZ_SECONDS:-20}"
echo "test.sh: all passed"
