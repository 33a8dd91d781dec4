#!/usr/bin/env bash
# Runs every test from a clean checkout. Installs what the tests need beyond the .NET SDK:
# Debian's chromium for the browser tests (the crawler's script-rendered pages, the review page).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "test.sh: installing Debian's chromium for the browser tests (about 2 minutes)" >&2
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
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
trap 'rm -f "$log"' EXIT
set +e
dotnet test TosScan.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line in the plain form CI reads: "N passed, N failed".
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
if [ -n "$shared" ] && grep -q "needs the shared data" "$log"; then
  echo "test.sh: the shared data is at $shared but tests were skipped for lack of it" >&2
  exit 1
fi
exit "$status"
