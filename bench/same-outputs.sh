#!/usr/bin/env bash
# Whether two builds of complaint give the same outputs: `render --format text,pdf` of 400
# synthetic cases, and opener, brief, message, letter, check and the PDF letter of every
# fixture and example. Texts are compared byte for byte; PDFs as `pdftotext -layout` and
# `pdfinfo` read them (a PDF's /ID is random, and in a batch its font program may hold spare
# glyphs that depend on the order cases came). Needs poppler-utils.
# Run from anywhere: bench/same-outputs.sh OLD_BINARY NEW_BINARY
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: bench/same-outputs.sh OLD_BINARY NEW_BINARY" >&2; exit 2; }
command -v pdftotext >/dev/null || { echo "needs poppler-utils" >&2; exit 1; }
cargo build --release --quiet --example gen-cases
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
target/release/examples/gen-cases "$work/cases" 400 >/dev/null 2>&1
for side in old new; do
    bin=$1; [ "$side" = new ] && bin=$2
    out="$work/$side"
    "$bin" render "$work/cases" --out-dir "$out/render" --format text,pdf --jobs 2 \
        --date 2026-11-22 >/dev/null 2>&1 || true
    mkdir -p "$out/each"
    for f in tests/fixtures/*.json examples/*.json; do
        name=$(basename "$f" .json)
        for what in opener brief message letter check; do
            { "$bin" "$what" "$f" --date 2026-11-22 2>&1; echo "exit $?"; } > "$out/each/$name.$what"
        done
        "$bin" letter "$f" --format pdf --date 2026-11-22 -o "$out/each/$name.pdf" >/dev/null 2>&1 || true
    done
    find "$out" -name '*.pdf' | while read -r pdf; do
        { pdftotext -layout "$pdf" -; pdfinfo "$pdf" | grep -E '^Pages|^Page size'; } > "$pdf.txt"
        rm "$pdf"
    done
done
if diff -r "$work/old" "$work/new" >/dev/null; then
    echo "same: $(find "$work/new" -type f | wc -l) files"
else
    diff -rq "$work/old" "$work/new" | head -20
    exit 1
fi
