#!/usr/bin/env bash
# Batch throughput and peak memory of `complaint render`, from process start, at 1,000 and
# 10,000 synthetic cases, text only and text + PDF. Needs hyperfine and GNU time
# (Debian: apt-get install hyperfine time). Run from anywhere: bench/batch.sh [JOBS]
# The cases and outputs go to a temporary folder under $BENCH_DIR (default /tmp); with
# BENCH_DIR=/dev/shm (memory) the figures show the tool, on a disk they include the
# filesystem's cost of creating five files a case.
# BEFORE=/path/to/an/older/complaint measures that binary too, in the same run, and prints
# the ratio: the machine's speed drifts, so compare only figures taken together (the two
# binaries take turns, a run each, five times after a warm-up round). On a disk, a run can
# also pay for the writeback of the run before it: compare both orders there.
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
        # The binaries take turns, one run each, so a drift of the machine's speed falls on
        # both alike; the first round warms up and is not counted.
        for round in 0 1 2 3 4 5; do
            for i in "${!bins[@]}"; do
                hyperfine --runs 1 -N --style none --export-json "$work/run-$i-$round.json" \
                    "${bins[$i]} render $work/cases-$n --out-dir $work/out-$i --format $format --jobs $jobs --force --date 2026-11-22" >/dev/null
            done
        done
        python3 - "$work" "$n" "${bins[@]}" <<'PY'
import json, statistics, sys
work, n, bins = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
medians = []
for i, binary in enumerate(bins):
    times = [json.load(open(f"{work}/run-{i}-{r}.json"))["results"][0]["mean"] for r in range(1, 6)]
    medians.append(statistics.median(times))
    print(f"throughput: {n / medians[-1]:,.0f} cases/s  ({binary}; runs {min(times):.3f}-{max(times):.3f} s)")
if len(bins) == 2:
    print(f"ratio (before / after, median time): {medians[0] / medians[1]:.2f}")
PY
        for i in "${!bins[@]}"; do
            /usr/bin/time -v "${bins[$i]}" render "$work/cases-$n" --out-dir "$work/out-$i" --format "$format" \
                --jobs "$jobs" --force --date 2026-11-22 2>&1 | grep -E 'Maximum resident' | sed "s|^\s*|peak memory (${bins[$i]}): |"
        done
    done
done
