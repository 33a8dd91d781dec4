#!/usr/bin/env bash
# Benchmark (issue 12): `tosscan classify`, whole process (start-up, model and encoder loading,
# every clause, output), on every clause of the 44 real documents in shared/realdocs/current.
# Runs the committed models (sparse features + sentence vectors through the cascade) and, in the
# same run on the same input, a baseline models folder (default: the sparse-only models of commit
# 64a9394, before sentence vectors), and prints clauses per second, peak RSS and the ratio.
#
#   bench/classify-throughput.sh [--baseline-commit SHA] [--runs N]
#
# Environment: SHARED_DIR (default: the nearest "shared" folder above the repository).
# Goal: at least 500 clauses/s for the committed models on this 2-core machine.
set -euo pipefail

baseline=64a9394
runs=3
while [[ $# -gt 0 ]]; do
  case "$1" in
    --baseline-commit) baseline="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) echo "usage: $0 [--baseline-commit SHA] [--runs N]" >&2; exit 2 ;;
  esac
done

source "$(dirname "${BASH_SOURCE[0]}")/realdocs-dir.sh"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build "$repo/src/TosScan.Cli" -c Release -o "$work/cli" >/dev/null
cli=("dotnet" "$work/cli/TosScan.Cli.dll")

# The clauses exactly as a scan segments them: analyze each document, keep every clause's text.
for f in "$docs"/*.md; do
  "${cli[@]}" analyze "$f" --format json 2>/dev/null
done | python3 -c '
import json, sys
decoder = json.JSONDecoder()
data = sys.stdin.read()
i = n = 0
out = open(sys.argv[1], "w")
while i < len(data):
    while i < len(data) and data[i].isspace(): i += 1
    if i >= len(data): break
    doc, i = decoder.raw_decode(data, i)
    for c in doc["clauses"]:
        out.write(json.dumps({"id": n, "text": c["text"]}) + "\n"); n += 1
print(n, "clauses", file=sys.stderr)
' "$work/clauses.jsonl"
clauses=$(wc -l < "$work/clauses.jsonl")

# The baseline runs with its own code and models: the rules are part of a model, so today's build
# refuses older models.
mkdir -p "$work/baseline"
git -C "$repo" archive "$baseline" | tar -x -C "$work/baseline"
dotnet build "$work/baseline/src/TosScan.Cli" -c Release -o "$work/baseline-cli" >/dev/null

measure() { # name cli-dll models-dir
  local best=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time" dotnet "$2" classify --models "$3" --input "$work/clauses.jsonl" --output "$work/out.jsonl" 2>/dev/null
    read -r secs kb < "$work/time"
    if [[ -z "$best" ]] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; rss=$kb; fi
  done
  echo "$1 $best $rss"
}

echo "$clauses clauses from $(ls "$docs"/*.md | wc -l) documents; best of $runs runs, whole process"
read -r _ base_s base_kb < <(measure baseline "$work/baseline-cli/TosScan.Cli.dll" "$work/baseline/models")
read -r _ now_s now_kb < <(measure committed "$work/cli/TosScan.Cli.dll" "$repo/models")
awk -v n="$clauses" -v bs="$base_s" -v bk="$base_kb" -v cs="$now_s" -v ck="$now_kb" -v b="$baseline" 'BEGIN{
  printf "| models | wall | clauses/s | peak RSS |\n| --- | --: | --: | --: |\n"
  printf "| baseline (code and models of %s) | %.1f s | %.0f | %.0f MB |\n", b, bs, n/bs, bk/1024
  printf "| committed | %.1f s | %.0f | %.0f MB |\n", cs, n/cs, ck/1024
  printf "committed / baseline throughput: %.2fx\n", bs/cs }'
