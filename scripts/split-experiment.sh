#!/usr/bin/env bash
# Train on one half of the shared sets' train groups and classify every set a change is decided on:
# the held-out train groups (ToS;DR and OPP-115), realdocs_dev and the team's validation sets.
# Never the test halves (see scripts/split-train-halves.py).
#
#   bash scripts/split-experiment.sh A|B OUT_DIR [train options...]
#
# OUT_DIR/models holds the models, OUT_DIR/pred/<set>.jsonl the predictions; compare two runs with
# `python3 scripts/split-compare.py OUT_DIR_1 OUT_DIR_2`. CLI names a built TosScan.Cli folder
# (default: the Release build of this checkout; copy it first to compare two builds).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
half="${1:?usage: split-experiment.sh A|B OUT_DIR [train options...]}"
out="${2:?usage: split-experiment.sh A|B OUT_DIR [train options...]}"
shift 2
cli="${CLI:-$here/src/TosScan.Cli/bin/Release/net10.0}"
split="${SPLIT_DIR:-/tmp/tosscan-split-$half}"
if [ ! -f "$cli/TosScan.Cli.dll" ]; then
  echo "split-experiment: no TosScan.Cli.dll in '$cli'; run 'dotnet build TosScan.sln -c Release' or set CLI." >&2
  exit 2
fi
[ -f "$split/tosdr_clauses.jsonl" ] || python3 "$here/scripts/split-train-halves.py" --half "$half" "$split" > /dev/null
mkdir -p "$out/pred"
printf '%s\n' "$half" > "$out/half"
dotnet "$cli/TosScan.Cli.dll" train --corpus "$here/corpus/clauses" --shared-eval "$split" --models "$out/models" "$@" > "$out/train.log"
classify() { dotnet "$cli/TosScan.Cli.dll" classify --input "$1" --models "$out/models" --language en > "$out/pred/$2.jsonl"; }
python3 - "$split" "$out/heldout" <<'PY'
import json, os, sys
split, dest = sys.argv[1], sys.argv[2]
os.makedirs(dest, exist_ok=True)
for name in ("tosdr_clauses.jsonl", "opp115_segments.jsonl"):
    with open(os.path.join(split, name), encoding="utf-8") as reader, open(os.path.join(dest, name), "w", encoding="utf-8") as writer:
        for line in reader:
            if json.loads(line)["split"] == "test":
                writer.write(line)
PY
classify "$out/heldout/tosdr_clauses.jsonl" tosdr
classify "$out/heldout/opp115_segments.jsonl" opp
classify "$split/realdocs_dev.jsonl" realdocs
for v in a b c d e; do classify "$here/corpus/validation/validation-$v.jsonl" "val-$v"; done
echo "split-experiment: half $half done in $out"
