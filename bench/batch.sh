#!/usr/bin/env bash
# Batch throughput and peak memory of `complaint render`, from process start, at 1,000 and
# 10,000 synthetic cases, text only and text + PDF. Needs hyperfine and GNU time
# (Debian: apt-get install hyperfine time). Run from anywhere: bench/batch.sh [JOBS]
# The cases and outputs go to a temporary folder under $BENCH_DIR (default /tmp); with
# BENCH_DIR=/dev/shm (memory) the figures show the tool, on a disk they include the
# filesystem's cost of creating five files a case.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "needs hyperfine: apt-get install hyperfine" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
jobs=${1:-$(nproc)}
cargo build --release --quiet --bin complaint --example gen-cases
bin=target/release/complaint
work=$(mktemp -d -p "${BENCH_DIR:-/tmp}")
trap 'rm -rf "$work"' EXIT

for n in 1000 10000; do
    target/release/examples/gen-cases "$work/cases-$n" "$n"
    for format in text text,pdf; do
        echo "== $n cases, --format $format, --jobs $jobs"
        hyperfine --warmup 1 --runs 5 -N --export-json "$work/run.json" \
            "$bin render $work/cases-$n --out-dir $work/out --format $format --jobs $jobs --force --date 2026-11-22"
        mean=$(python3 -c "import json,sys; print(json.load(open('$work/run.json'))['results'][0]['mean'])")
        python3 -c "print(f'throughput: {$n/$mean:,.0f} cases/s')"
        /usr/bin/time -v "$bin" render "$work/cases-$n" --out-dir "$work/out" --format "$format" \
            --jobs "$jobs" --force --date 2026-11-22 2>&1 | grep -E 'Maximum resident' | sed 's/^\s*/peak memory: /'
    done
done
