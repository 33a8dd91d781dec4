#!/usr/bin/env bash
# Benchmark: `tosscan readability --format json` (Release, ReadyToRun) against text-readability@1.1.1
# (npm, the JavaScript port of textstat) on every document of shared/realdocs/current/, each tool
# given all files in ONE process and computing every metric and count of the readability report.
# Measures whole-process wall time and peak RSS with /usr/bin/time -v and prints the ratios.
#
#   bench/readability-vs-textreadability.sh [--mode structured|textstat] [--runs N]
#
# Environment: SHARED_DIR (default: the nearest "shared" folder above the repository).
# Goal (issue 3): TosScan at least 20x faster than text-readability, and under 300 MB peak RSS.
set -euo pipefail

mode=structured
runs=3
while [[ $# -gt 0 ]]; do
  case "$1" in
    --mode) mode="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) echo "usage: $0 [--mode structured|textstat] [--runs N]" >&2; exit 2 ;;
  esac
done

source "$(dirname "${BASH_SOURCE[0]}")/realdocs-dir.sh"
mapfile -t files < <(find "$docs" -maxdepth 1 -type f -name '*.md' | sort)
[[ ${#files[@]} -gt 0 ]] || { echo "no documents in $docs" >&2; exit 2; }

if [[ ! -x /usr/bin/time ]]; then
  echo "installing GNU time (apt)" >&2
  apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "building tosscan (Release, ReadyToRun)..." >&2
dotnet publish "$repo/src/TosScan.Cli" -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -o "$work/tosscan" >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; exit 1; }

echo "installing text-readability@1.1.1 (npm) into a temporary folder..." >&2
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent text-readability@1.1.1 >/dev/null)
cp "$repo/bench/readability-textreadability.mjs" "$work/"

# measure NAME COMMAND... : runs the command $runs times, keeps the fastest wall time, the largest
# peak RSS (kB) and the CPU time (user + system) of the fastest run, prints "seconds kB cpu-seconds".
# CPU time is printed too because wall time on a shared machine depends on everyone else's load.
measure() {
  local name="$1"; shift
  local best="" rss=0 cpu=""
  for ((i = 1; i <= runs; i++)); do
    /usr/bin/time -v -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err"
    local wall kb
    wall="$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/$name.time" | awk -F: '{ if (NF == 3) print ($1 * 3600) + ($2 * 60) + $3; else print ($1 * 60) + $2 }')"
    kb="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/$name.time")"
    local used
    used="$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$work/$name.time")"
    if [[ -z "$best" ]] || awk -v a="$wall" -v b="$best" 'BEGIN { exit !(a < b) }'; then best="$wall"; cpu="$used"; fi
    if (( kb > rss )); then rss="$kb"; fi
  done
  echo "$best $rss $cpu"
}

echo "measuring (${#files[@]} documents, best of $runs runs; load average $(cut -d' ' -f1-3 /proc/loadavg))..." >&2
read -r ts_wall ts_rss ts_cpu < <(measure tosscan "$work/tosscan/TosScan.Cli" readability --format json --mode "$mode" "${files[@]}")
read -r js_wall js_rss js_cpu < <(measure textreadability node "$work/readability-textreadability.mjs" "${files[@]}")

ts_lines="$(wc -l <"$work/tosscan.out")"
js_lines="$(wc -l <"$work/textreadability.out")"
[[ "$ts_lines" -eq ${#files[@]} && "$js_lines" -eq ${#files[@]} ]] || { echo "expected ${#files[@]} result lines, got tosscan $ts_lines, text-readability $js_lines" >&2; exit 1; }

awk -v n="${#files[@]}" -v mode="$mode" -v tw="$ts_wall" -v tr="$ts_rss" -v tc="$ts_cpu" -v jw="$js_wall" -v jr="$js_rss" -v jc="$js_cpu" 'BEGIN {
  printf "documents: %d (mode %s)\n", n, mode
  printf "tosscan readability:    %7.2f s wall, %7.2f s CPU, %7.1f MB peak RSS\n", tw, tc, tr / 1024
  printf "text-readability 1.1.1: %7.2f s wall, %7.2f s CPU, %7.1f MB peak RSS\n", jw, jc, jr / 1024
  printf "speed-up: %.1fx wall (goal >= 20x), %.1fx CPU; tosscan memory: %.1f MB (goal < 300 MB)\n", jw / tw, jc / tc, tr / 1024
  exit !((jw / tw) >= 20 && (tr / 1024) < 300)
}'
