#!/usr/bin/env bash
# Benchmark (issue 12): `tosscan scan` of the real documents in shared/realdocs/current, read from
# local files (no network), whole process: fetch, extract, segment, classify (sparse features and
# the sentence-vector cascade), readability, store, reports. Prints wall time and peak RSS.
# The providers list names each network's terms and privacy policy (42 files); the two community
# guidelines have no column in a providers list and are left out.
# Then scans the same files again into the same store (issue 13): unchanged bytes reuse their
# stored analysis, so the re-scan must take at most a quarter of the first scan's time.
#
#   bench/scan-realdocs.sh
#
# Environment: SHARED_DIR (default: the nearest "shared" folder above the repository).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/realdocs-dir.sh"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build "$repo/src/TosScan.Cli" -c Release -o "$work/cli" >/dev/null
mkdir -p "$work/list/docs"
cp "$docs"/*.md "$work/list/docs/"
{
  echo "name,url,terms_url,privacy_url"
  for terms in "$work/list/docs/"*" - Terms of Service.md"; do
    name="$(basename "$terms" " - Terms of Service.md")"
    privacy="docs/$name - Privacy Policy.md"
    [[ -f "$work/list/$privacy" ]] || privacy=""
    echo "\"$name\",,\"docs/$(basename "$terms")\",\"$privacy\""
  done
} > "$work/list/providers.csv"
documents=$(($(grep -c . "$work/list/providers.csv") - 1))
scan() {
  /usr/bin/time -f "%e %M" -o "$work/time" dotnet "$work/cli/TosScan.Cli.dll" scan "$work/list/providers.csv" --out "$work/out" --db "$work/tosscan.db" >/dev/null 2>"$work/scan.err" || { tail -5 "$work/scan.err"; }
  read -r secs kb < "$work/time"
}
scan
first=$secs
found=$(grep -c ",found," "$work/out/scan-status.csv" || true)
echo "first scan: $documents providers, $found documents found; wall ${secs} s, peak RSS $((kb / 1024)) MB"
grep "time per document" "$work/scan.err" || true
echo "store after the first scan: $(du -b "$work/tosscan.db" | cut -f1) bytes for $documents providers"
scan
reused=$(grep -c "stored analysis reused" "$work/out/scan-status.csv" || true)
echo "re-scan of the same files: $reused of $found documents reused their stored analysis; wall ${secs} s, peak RSS $((kb / 1024)) MB"
ratio=$(awk -v a="$secs" -v b="$first" 'BEGIN { printf "%.2f", a / b }')
echo "re-scan / first scan: ${ratio}x (limit 0.25x)"
awk -v r="$ratio" 'BEGIN { exit !(r <= 0.25) }' && echo "scan-realdocs: PASS" || { echo "scan-realdocs: FAIL"; exit 1; }
