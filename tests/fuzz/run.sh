#!/usr/bin/env bash
# Runs TinyDeploy's libFuzzer targets for a bounded time each, over their seed corpus.
#
#   tests/fuzz/run.sh SECONDS [TARGET...]
#   tests/fuzz/run.sh --merge [TARGET...]
#
# Builds nothing: the fuzzers come from $TINYDEPLOY_FUZZ_BUILD, or build-fuzz at the top of the
# source tree (test.sh builds it; see the README for the configure line). Without TARGETs every
# fuzz_* executable found there runs, one after the other. Each target reads its seed corpus
# tests/fuzz/corpus/<target> (never written) and a work corpus <build>/fuzz-corpus/<target>
# (kept between runs; new inputs go there). Stops at the first finding (crash, leak, timeout,
# out-of-memory) with the path of the reproducer and exits 1; exits 2 on a usage error.
#
# --merge adds to each seed corpus the work-corpus inputs that reach new edges (libFuzzer's
# -merge=1 with -use_counters=0: hit counts do not count, which keeps the seeds few and small).
# Commit what it adds; a reproducer of a fixed finding is copied there by hand.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

usage() {
    cat <<EOF
usage: $0 SECONDS [TARGET...]
       $0 --merge [TARGET...]
  Runs each libFuzzer target (default: every fuzz_* in the fuzz build) for SECONDS, or merges
  the inputs of its work corpus that reach new edges into its seed corpus.
  Fuzz build: \$TINYDEPLOY_FUZZ_BUILD, else $root/build-fuzz.
  Seeds: $here/corpus/<target>; work corpus: <fuzz build>/fuzz-corpus/<target>.
  Findings: <fuzz build>/fuzz-artifacts/<target>-crash-... (exit status 1).
EOF
}

if [ $# -lt 1 ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then
    usage
    [ $# -ge 1 ] && exit 0
    exit 2
fi
seconds=$1
shift
merge=0
if [ "$seconds" = --merge ]; then
    merge=1
elif ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
    echo "run.sh: SECONDS must be a positive whole number, not '$seconds'" >&2
    usage >&2
    exit 2
fi

build=${TINYDEPLOY_FUZZ_BUILD:-$root/build-fuzz}
bindir="$build/tests/fuzz"
if [ ! -d "$bindir" ]; then
    echo "run.sh: no fuzz build at $build (no tests/fuzz inside)." >&2
    echo "  Build one first: CC=clang-16 CXX=clang++-16 cmake -S $root -B $build -G Ninja" \
        "-DTINYDEPLOY_FUZZ=ON -DTINYDEPLOY_BUILD_GUI=OFF -DBUILD_TESTING=OFF" \
        "&& cmake --build $build, or set TINYDEPLOY_FUZZ_BUILD." >&2
    exit 2
fi

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for fuzzer in "$bindir"/fuzz_*; do
        [ -f "$fuzzer" ] && [ -x "$fuzzer" ] && targets+=("$(basename "$fuzzer")")
    done
    if [ ${#targets[@]} -eq 0 ]; then
        echo "run.sh: $bindir holds no fuzz_* executable; build the fuzz tree first." >&2
        exit 2
    fi
fi
for name in "${targets[@]}"; do
    if [ ! -x "$bindir/$name" ]; then
        echo "run.sh: no fuzzer '$name' in $bindir (built targets:" \
            "$(find "$bindir" -maxdepth 1 -name 'fuzz_*' -type f -perm -u+x -printf '%f\n' | sort | tr '\n' ' '))" >&2
        exit 2
    fi
done

if [ "$merge" -eq 1 ]; then
    for name in "${targets[@]}"; do
        corpus="$build/fuzz-corpus/$name"
        seeds="$here/corpus/$name"
        mkdir -p "$seeds"
        before=$(find "$seeds" -type f | wc -l)
        if [ ! -d "$corpus" ]; then
            echo "-- $name: no work corpus at $corpus; run the fuzzer first"
            continue
        fi
        log="$build/$name.merge.log"
        if ! "$bindir/$name" -merge=1 -use_counters=0 -rss_limit_mb=1024 "$seeds" "$corpus" \
            >"$log" 2>&1; then
            tail -n 20 "$log"
            echo "run.sh: merging $name failed; the whole log is $log" >&2
            exit 1
        fi
        echo "-- $name: $before -> $(find "$seeds" -type f | wc -l) seed files" \
            "($(du -sb "$seeds" | cut -f1) bytes)"
    done
    exit 0
fi

artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"
for name in "${targets[@]}"; do
    corpus="$build/fuzz-corpus/$name"
    seeds="$here/corpus/$name"
    mkdir -p "$corpus"
    dirs=("$corpus")
    [ -d "$seeds" ] && dirs+=("$seeds")
    log="$build/$name.log"
    echo "-- $name ($seconds s, log $log)"
    # -timeout: one input taking longer than 30 s is a finding (a hang), not a slow machine.
    status=0
    "$bindir/$name" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=1024 \
        -artifact_prefix="$artifacts/$name-" -print_final_stats=1 "${dirs[@]}" \
        >"$log" 2>&1 || status=$?
    if [ "$status" -ne 0 ]; then
        tail -n 40 "$log"
        reproducer=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
        last=$(grep -o '^#[0-9]*' "$log" | tail -n 1 | tr -d '#' || true)
        echo "run.sh: $name found a problem (exit status $status) after about" \
            "${last:-0} executions." >&2
        if [ -n "$reproducer" ]; then
            echo "  Reproducer: $reproducer" >&2
            echo "  Replay it: $bindir/$name $reproducer" >&2
        else
            echo "  No reproducer was written; the whole log is $log" >&2
        fi
        exit 1
    fi
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    grep -E '^Done ' "$log" || tail -n 2 "$log"
    echo "   $name: ${executions:-?} executions in $seconds s, no finding;" \
        "work corpus $(find "$corpus" -type f | wc -l) files"
done
echo "run.sh: ${#targets[@]} target(s) ran $seconds s each without a finding"
