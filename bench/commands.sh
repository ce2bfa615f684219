#!/usr/bin/env bash
# Whole-command timings, process start included, with hyperfine (Debian: apt-get install
# hyperfine). Builds the release binary first. Run from anywhere: bench/commands.sh
# BEFORE=/path/to/an/older/complaint times that binary too, in the same run; hyperfine then
# prints how many times faster each command is than the other.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "needs hyperfine: apt-get install hyperfine" >&2; exit 1; }
cargo build --release --quiet
bins=(target/release/complaint)
[ -n "${BEFORE:-}" ] && bins=("$BEFORE" "${bins[@]}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp examples/case.en.json examples/case.ru.json examples/case.he.json "$work/"

for lang in en ru he; do
    commands=()
    for i in "${!bins[@]}"; do
        commands+=("${bins[$i]} letter $work/case.$lang.json --format pdf --date 2026-11-22 -o $work/$lang-$i.pdf --force")
    done
    hyperfine --warmup 20 --runs 200 -N "${commands[@]}"
done
commands=()
for i in "${!bins[@]}"; do
    commands+=("${bins[$i]} opener $work/case.en.json" "${bins[$i]} letter $work/case.en.json --date 2026-11-22")
done
hyperfine --warmup 20 --runs 200 -N "${commands[@]}"
ls -l "$work"/*.pdf | awk '{print $5, $9}'
