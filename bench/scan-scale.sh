#!/usr/bin/env bash
# Scale benchmarks (issue 13), whole `tosscan scan` processes against a loopback web of fictional
# providers (127.0.0.2 ...), each figure beside its baseline in the same run:
#
#   bench/scan-scale.sh memory [--baseline REV]   peak RSS at 100 vs 1,000 providers (<= 1.25x);
#                                                 store bytes per provider vs git revision REV (<= 0.5x)
#   bench/scan-scale.sh politeness                200 providers at Crawl-delay 1 vs no delay (<= 1.25x)
#
# Needs GNU time (/usr/bin/time). Prints a markdown table; exit 1 when a limit is not met.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
mode="${1:-memory}"; shift || true
baseline=""
if [ "${1:-}" = "--baseline" ]; then baseline="$2"; shift 2; fi
work="$(mktemp -d)"
trap 'rm -rf "$work"; [ -n "$baseline" ] && git -C "$repo" worktree remove --force "$work/baseline-src" >/dev/null 2>&1 || true' EXIT
dotnet build "$repo/src/TosScan.Cli" -c Release -o "$work/cli" >/dev/null
args=(--cli "$work/cli/TosScan.Cli.dll" --work "$work/runs")
if [ -n "$baseline" ]; then
  git -C "$repo" worktree add --detach "$work/baseline-src" "$baseline" >/dev/null 2>&1
  dotnet build "$work/baseline-src/src/TosScan.Cli" -c Release -o "$work/baseline-cli" >/dev/null
  args+=(--baseline-cli "$work/baseline-cli/TosScan.Cli.dll")
fi
dotnet run -c Release --project "$repo/bench/TosScan.Benchmarks" -- scale "$mode" "${args[@]}" "$@"
