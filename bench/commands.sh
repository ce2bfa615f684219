#!/usr/bin/env bash
# Whole-command timings, process start included, with hyperfine (Debian: apt-get install
# hyperfine). Builds the release binary first. Run from anywhere: bench/commands.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "needs hyperfine: apt-get install hyperfine" >&2; exit 1; }
cargo build --release --quiet
bin=target/release/complaint
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp examples/case.en.json examples/case.ru.json "$work/"

hyperfine --warmup 20 --runs 200 -N \
    --export-markdown "$work/commands.md" \
    "$bin opener $work/case.en.json" \
    "$bin letter $work/case.en.json --date 2026-11-22" \
    "$bin letter $work/case.en.json --format pdf --date 2026-11-22 -o $work/en.pdf --force" \
    "$bin letter $work/case.ru.json --format pdf --date 2026-11-22 -o $work/ru.pdf --force"
cat "$work/commands.md"
ls -l "$work"/*.pdf | awk '{print $5, $9}'
