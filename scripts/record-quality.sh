#!/usr/bin/env bash
# Re-record the classifier's quality figures in models/manifest.json after `tosscan train`, then
# rewrite the README table from them. Needs the shared evaluation sets in ../shared/eval (beside the
# repository); the team's validation sets are in corpus/validation. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${TOSSCAN_SHARED:-../shared}"
if [ ! -f "$shared/eval/tosdr_clauses.jsonl" ] || [ ! -f "$shared/eval/opp115_segments.jsonl" ]; then
  echo "record-quality: no evaluation sets under '$shared/eval'; set TOSSCAN_SHARED to the folder that holds eval/." >&2
  exit 2
fi
# --models models: the CLI otherwise reads (and --record writes) the copy of models/ beside its binary.
tosscan() { dotnet run --project src/TosScan.Cli -c Release --no-launch-profile -- "$@" --models models; }
# Since v2 of the shared sets the models train on their train halves, so figures are recorded on
# the test halves only (never trained on, never read for error analysis).
tosscan evaluate "$shared/eval/tosdr_clauses.jsonl" --where split=test --where moderated=true --record
tosscan evaluate "$shared/eval/opp115_segments.jsonl" --where split=test --by policy --record
tosscan evaluate "$shared/eval/realdocs_dev.jsonl" --record
tosscan evaluate corpus/validation/validation-a.jsonl corpus/validation/validation-b.jsonl --record
tosscan evaluate corpus/validation/validation-c.jsonl --by document --record
tosscan evaluate corpus/validation/validation-d.jsonl --by document --record
tosscan evaluate corpus/validation/validation-e.jsonl --by document --record
python3 scripts/readme-quality-table.py > /dev/null
echo "record-quality: figures recorded in models/manifest.json and README.md"
