#!/usr/bin/env bash
# Runs every test from a clean checkout. Installs what the tests need beyond the .NET SDK:
# Debian's chromium for the browser tests (the crawler's script-rendered pages, the review page),
# the hyphen-* dictionaries for readability in other languages, and Debian's postgresql, whose
# programs start a throwaway server for the PostgreSQL store tests (scripts/postgres-throwaway.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

# LibreOffice's hyphenation dictionaries (the ones Pyphen ships) for the syllables of the
# non-English readability formulas and textstat mode's fallback; read from /usr/share/hyphen.
missing=()
if [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then missing+=(postgresql); fi
for pkg in de:hyphen-de fr:hyphen-fr es_ES:hyphen-es it_IT:hyphen-it nl_NL:hyphen-nl pt_PT:hyphen-pt-pt en_US:hyphen-en-us; do
  if [ ! -e "/usr/share/hyphen/hyph_${pkg%%:*}.dic" ]; then missing+=("${pkg#*:}"); fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "test.sh: installing Debian's ${missing[*]} for the browser, readability and PostgreSQL store tests (chromium takes about 2 minutes)" >&2
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The shared evaluation data (real documents, labelled sets) is not in the repository; the tests
# that need it are skipped with one line when it is absent. When it is here, they must run: the
# variable makes them fail rather than skip, so a broken lookup cannot pass silently.
shared=""
if [ -n "${TOSSCAN_SHARED_DATA:-}" ] && [ -d "${TOSSCAN_SHARED_DATA}/realdocs" ]; then
  shared="$TOSSCAN_SHARED_DATA"
else
  dir="$(cd .. && pwd)"
  while [ -n "$dir" ]; do
    if [ -d "$dir/shared/realdocs" ]; then shared="$dir/shared"; break; fi
    [ "$dir" = "/" ] && break
    dir="$(dirname "$dir")"
  done
fi
if [ -n "$shared" ]; then
  echo "test.sh: shared data found at $shared; every test that needs it must run" >&2
  export TOSSCAN_REQUIRE_SHARED_DATA=1
else
  echo "test.sh: no shared data (shared/ beside the repository); the tests that need it are skipped (see README, 'Tests')" >&2
fi

log=$(mktemp)
pg_dir=""
cleanup() {
  rm -f "$log"
  if [ -n "$pg_dir" ]; then
    bash scripts/postgres-throwaway.sh stop "$pg_dir" 2>/dev/null || rm -rf "$pg_dir"
  fi
}
trap cleanup EXIT

# The PostgreSQL store tests need a server: a throwaway cluster on a free loopback port, stopped
# and deleted on exit whatever the tests did, unless TOSSCAN_TEST_POSTGRES already names one. As
# with the shared data, the tests must then run: TOSSCAN_REQUIRE_POSTGRES makes them fail, not skip.
if [ -z "${TOSSCAN_TEST_POSTGRES:-}" ]; then
  pg_dir=$(mktemp -d /tmp/tosscan-pg.XXXXXX)
  TOSSCAN_TEST_POSTGRES=$(bash scripts/postgres-throwaway.sh start "$pg_dir")
  echo "test.sh: throwaway PostgreSQL at $TOSSCAN_TEST_POSTGRES" >&2
else
  echo "test.sh: PostgreSQL store tests use TOSSCAN_TEST_POSTGRES as given" >&2
fi
export TOSSCAN_TEST_POSTGRES
export TOSSCAN_REQUIRE_POSTGRES=1
set +e
dotnet test TosScan.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line in the plain form CI reads: "N passed, N failed".
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
if grep -q "needs a PostgreSQL server" "$log"; then
  echo "test.sh: a PostgreSQL server was given but tests were skipped for lack of one" >&2
  exit 1
fi
if [ -n "$shared" ] && grep -q "needs the shared data" "$log"; then
  echo "test.sh: the shared data is at $shared but tests were skipped for lack of it" >&2
  exit 1
fi
exit "$status"
