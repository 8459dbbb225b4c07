#!/usr/bin/env bash
# TinyDeploy's test suite: installs what is missing, builds, and runs every test with CTest
# (unit, GUI offscreen, integration with real servers, compilers and QEMU), then proves the core
# builds without QtWidgets and runs each libFuzzer target for a bounded time.
#
#   ./test.sh              the whole suite, as above (what CI runs, see .ci/run)
#   ./test.sh --sanitize   the whole suite built with ASan + UBSan in build-asan
#   ./test.sh --stress     the whole suite three times in a row with both cores kept busy
#   ./test.sh --help
#
# Environment: TINYDEPLOY_CTEST_ARGS (extra ctest arguments for every ctest run, e.g.
# "-R 'tst_npy|tst_base85'"), TINYDEPLOY_FUZZ_SECONDS (per fuzz target, default 20),
# TINYDEPLOY_STRESS_ROUNDS (default 3).
set -euo pipefail
TINYDEPLOY_ROOT=$(cd "$(dirname "$0")" && pwd)

usage() {
    cat <<'EOF'
usage: ./test.sh [--sanitize | --stress | --sanitize-unit] [--help]
  (none)           install what is missing, headless build, full build and the whole ctest
                   suite (-LE Hardware), then every fuzz target for TINYDEPLOY_FUZZ_SECONDS (20)
  --sanitize       build build-asan (-DTINYDEPLOY_SANITIZE=ON: AddressSanitizer and
                   UndefinedBehaviorSanitizer, every finding fatal) and run the whole suite in it
  --sanitize-unit  the same for the headless core, CLI and Unit-labelled tests only
                   (build-headless-asan); what CI adds after the default run
  --stress         full build, then the whole suite TINYDEPLOY_STRESS_ROUNDS (3) times in a row
                   while two busy loops keep both cores busy; stops at the first failing round
environment:
  TINYDEPLOY_CTEST_ARGS     extra ctest arguments, e.g. TINYDEPLOY_CTEST_ARGS="-R tst_npy"
  TINYDEPLOY_FUZZ_SECONDS   seconds per fuzz target in the default run (tests/fuzz/run.sh)
  TINYDEPLOY_STRESS_ROUNDS  rounds of --stress
EOF
}

mode=default
while [ $# -gt 0 ]; do
    case $1 in
    --sanitize | --sanitize-unit | --stress)
        if [ "$mode" != default ]; then
            echo "test.sh: give one of --sanitize, --sanitize-unit, --stress, not several" >&2
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

source "$TINYDEPLOY_ROOT/packaging/setup.sh"
tinydeploy_install_packages "${TINYDEPLOY_PACKAGES[@]}" "${TINYDEPLOY_TEST_PACKAGES[@]}"

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
    export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:check_initialization_order=1"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$supp/ubsan.supp"
    export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
}

case $mode in
sanitize)
    echo "== sanitizer build (build-asan, -DTINYDEPLOY_SANITIZE=ON) and the whole suite"
    tinydeploy_build "$TINYDEPLOY_ROOT/build-asan" -DBUILD_TESTING=ON -DTINYDEPLOY_SANITIZE=ON
    sanitizer_environment
    run_ctest "$TINYDEPLOY_ROOT/build-asan"
    echo "test.sh: all passed under AddressSanitizer and UndefinedBehaviorSanitizer"
    exit 0
    ;;
sanitize-unit)
    echo "== headless sanitizer build (build-headless-asan) and the unit tests"
    tinydeploy_build "$TINYDEPLOY_ROOT/build-headless-asan" -DTINYDEPLOY_BUILD_GUI=OFF \
        -DBUILD_TESTING=ON -DTINYDEPLOY_SANITIZE=ON
    sanitizer_environment
    run_ctest "$TINYDEPLOY_ROOT/build-headless-asan" -L Unit
    echo "test.sh: the unit tests passed under AddressSanitizer and UndefinedBehaviorSanitizer"
    exit 0
    ;;
stress)
    rounds=${TINYDEPLOY_STRESS_ROUNDS:-3}
    build="$TINYDEPLOY_ROOT/build"
    echo "== full build, then $rounds rounds of ctest with both cores kept busy"
    tinydeploy_build "$build" -DBUILD_TESTING=ON
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
run_ctest "$build"

# 3. Fuzzers: a separate clang tree, each target for a bounded time over its seed corpus.
echo "== fuzzing"
fuzzbuild="$TINYDEPLOY_ROOT/build-fuzz"
CC=clang-16 CXX=clang++-16 tinydeploy_build "$fuzzbuild" \
    -DTINYDEPLOY_FUZZ=ON -DTINYDEPLOY_BUILD_GUI=OFF -DBUILD_TESTING=OFF
TINYDEPLOY_FUZZ_BUILD="$fuzzbuild" "$TINYDEPLOY_ROOT/tests/fuzz/run.sh" \
    "${TINYDEPLOY_FUZZ_SECONDS:-20}"
echo "test.sh: all passed"
