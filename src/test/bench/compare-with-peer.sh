#!/usr/bin/env bash
# Times `check` through the installed command-line launcher against the Frictionless Table Schema
# validator on the same CSV files, side by side in one run, as ../shared/bench/README.md asks: one
# warm-up of each, then five alternating pairs; prints each pair and the median ratio ours/peer,
# and our peak resident memory. Figures go to docs/performance.md.
#
#   src/test/bench/compare-with-peer.sh PEER_DIR LAUNCHER FILE.csv...
#   e.g. src/test/bench/compare-with-peer.sh /tmp/peers target/dist/cosell-studio/bin/cosell-studio-cli \
#          target/bench/export-5000.csv target/bench/rows-100000.csv
# PEER_DIR is a copy of ../shared/bench/peers after `npm install --no-audit --no-fund`.
set -euo pipefail
peer_dir=${1:?peer folder}; launcher=${2:?our command-line launcher}; shift 2
[ $# -gt 0 ] || { echo "compare-with-peer.sh: name at least one CSV file" >&2; exit 2; }

# Wall seconds and peak KB of one run, output discarded; exit 1 (errors found) is a normal result.
measure=$(mktemp); trap 'rm -f "$measure"' EXIT
timed() {
  /usr/bin/time -f '%e %M' -o "$measure" "$@" >/dev/null 2>&1 || true
  tail -1 "$measure"
}

for file in "$@"; do
  timed "$launcher" check "$file" >/dev/null
  timed node "$peer_dir/tableschema-check.js" "$file" >/dev/null
  ratios=(); peak=0
  for pair in 1 2 3 4 5; do
    read -r ours ours_kb <<<"$(timed "$launcher" check "$file")"
    read -r peer _ <<<"$(timed node "$peer_dir/tableschema-check.js" "$file")"
    ratio=$(awk -v a="$ours" -v b="$peer" 'BEGIN { printf "%.3f", a / b }')
    ratios+=("$ratio"); [ "$ours_kb" -gt "$peak" ] && peak=$ours_kb
    printf '%s pair %d: ours %.2f s (%d MB), peer %.2f s, ratio %s\n' \
      "$(basename "$file")" "$pair" "$ours" $((ours_kb / 1024)) "$peer" "$ratio"
  done
  median=$(printf '%s\n' "${ratios[@]}" | sort -n | sed -n 3p)
  printf '%s: median ratio %s, our peak %d MB\n' "$(basename "$file")" "$median" $((peak / 1024))
done
