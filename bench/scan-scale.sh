#!/usr/bin/env bash
# Scale benchmarks (issue 13), whole `tosscan scan` processes against a loopback web of fictional
# providers (127.0.0.2 ...), each figure beside its baseline in the same run:
#
#   bench/scan-scale.sh memory [--baseline REV]   peak RSS at 100 vs 1,000 providers (<= 1.25x);
#                                                 store bytes per provider vs git revision REV (<= 0.5x)
#   bench/scan-scale.sh politeness [--baseline REV]  200 providers at Crawl-delay 1 vs no delay (<= 1.25x);
#                                                 with REV, that build at Crawl-delay 1 too
#   bench/scan-scale.sh workers                   documents/s of 1 and of 2 `tosscan worker` processes on the
#                                                 same 2,000 documents (a throwaway PostgreSQL server is started)
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
if [ "$mode" = "workers" ]; then
  chmod 755 "$work"  # the server runs as a user of its own, which must reach its folder
  bash "$repo/scripts/postgres-throwaway.sh" start "$work/pg" >/dev/null
  trap 'bash "$repo/scripts/postgres-throwaway.sh" stop "$work/pg" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
  args+=(--postgres "$(cat "$work/pg/connection-string")")
fi
dotnet run -c Release --project "$repo/bench/TosScan.Benchmarks" -- scale "$mode" "${args[@]}" "$@"
