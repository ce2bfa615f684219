#!/usr/bin/env bash
# Batch throughput and peak memory of `complaint render`, from process start, at 1,000 and
# 10,000 synthetic cases, text only and text + PDF. Needs hyperfine and GNU time
# (Debian: apt-get install hyperfine time). Run from anywhere: bench/batch.sh [JOBS]
# The cases and outputs go to a temporary folder under $BENCH_DIR (default /tmp); with
# BENCH_DIR=/dev/shm (memory) the figures show the tool, on a disk they include the
# filesystem's cost of creating five files a case.
# BEFORE=/path/to/an/older/complaint measures that binary too, in the same run, and prints
# the ratio: the machine's speed drifts, so compare only figures taken together. On a disk,
# the binary that runs second also pays for the first one's writeback: there, run both
# orders, or alternate single runs with a sync before each.
# AFTER=/path/to/a/complaint measures that binary in place of target/release/complaint, which
# is then not built (a release build takes minutes with LTO).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "needs hyperfine: apt-get install hyperfine" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
jobs=${1:-$(nproc)}
if [ -n "${AFTER:-}" ]; then
    cargo build --release --quiet --example gen-cases
else
    cargo build --release --quiet --bin complaint --example gen-cases
fi
bins=("${AFTER:-target/release/complaint}")
[ -n "${BEFORE:-}" ] && bins=("$BEFORE" "${bins[@]}")
work=$(mktemp -d -p "${BENCH_DIR:-/tmp}")
trap 'rm -rf "$work"' EXIT

for n in 1000 10000; do
    target/release/examples/gen-cases "$work/cases-$n" "$n"
    for format in text text,pdf; do
        echo "== $n cases, --format $format, --jobs $jobs"
        commands=()
        for i in "${!bins[@]}"; do
            commands+=("${bins[$i]} render $work/cases-$n --out-dir $work/out-$i --format $format --jobs $jobs --force --date 2026-11-22")
        done
        hyperfine --warmup 1 --runs 5 -N --export-json "$work/run.json" "${commands[@]}"
        python3 - "$work/run.json" "$n" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
n = int(sys.argv[2])
for r in results:
    print(f"throughput: {n / r['median']:,.0f} cases/s  ({r['command'].split()[0]})")
if len(results) == 2:
    print(f"ratio (before / after, median time): {results[0]['median'] / results[1]['median']:.2f}")
PY
        for i in "${!bins[@]}"; do
            /usr/bin/time -v "${bins[$i]}" render "$work/cases-$n" --out-dir "$work/out-$i" --format "$format" \
                --jobs "$jobs" --force --date 2026-11-22 2>&1 | grep -E 'Maximum resident' | sed "s|^\s*|peak memory (${bins[$i]}): |"
        done
    done
done
