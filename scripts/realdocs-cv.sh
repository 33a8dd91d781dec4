#!/usr/bin/env bash
# Leave-one-network-out figures on ../shared/eval/realdocs_dev.jsonl. `tosscan train` trains on that
# set, so the shipped models' own figures on it are in-sample; this script trains once per network
# with the other networks' sentences (everything else as `train` does by default), classifies the
# held-out network's sentences, and pools the predictions into one table: the figure for text of a
# network the models have never read. About 2 minutes per network on a 2-core machine.
#
#   scripts/realdocs-cv.sh [extra train options...]
#
# e.g. `scripts/realdocs-cv.sh --dev-weight 3`; `--no-embeddings --cv-repeats 1` checks the
# script itself in about 3 minutes (with figures of that cheaper design).
#
# Environment: TOSSCAN_SHARED (default ../shared, the folder that holds eval/).
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${TOSSCAN_SHARED:-../shared}"
dev="$shared/eval/realdocs_dev.jsonl"
if [ ! -f "$dev" ]; then
  echo "realdocs-cv: '$dev' is missing; set TOSSCAN_SHARED to the folder that holds eval/." >&2
  exit 2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build src/TosScan.Cli -c Release -o "$work/cli" >/dev/null
tosscan() { dotnet "$work/cli/TosScan.Cli.dll" "$@"; }

# One training file (the other networks) and one input file (this network) per network; a network
# is the part of a row's "doc" before " - ".
python3 - "$dev" "$work" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
net = lambda r: r["doc"].split(" - ")[0]
for n in sorted({net(r) for r in rows}):
    with open(f"{sys.argv[2]}/train-{n}.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(r) + "\n" for r in rows if net(r) != n)
    with open(f"{sys.argv[2]}/in-{n}.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in rows if net(r) == n)
PY

for input in "$work"/in-*.jsonl; do
  n="${input##*/in-}"; n="${n%.jsonl}"
  echo "realdocs-cv: $n held out" >&2
  if ! tosscan train --models "$work/models-$n" --shared-eval "$shared/eval" --dev-set "$work/train-$n.jsonl" "$@" > "$work/train-$n.log" 2>&1; then
    cat "$work/train-$n.log" >&2
    exit 1
  fi
  tosscan classify --input "$input" --models "$work/models-$n" > "$work/out-$n.jsonl"
  rm -rf "$work/models-$n"
done

python3 - "$dev" "$work" <<'PY'
import glob, json, sys
gold = {}
for l in open(sys.argv[1], encoding="utf-8"):
    if l.strip():
        r = json.loads(l); gold[r["id"]] = set(r["labels"]) | set(r.get("protective", []))
pred = {}
for f in glob.glob(f"{sys.argv[2]}/out-*.jsonl"):
    for l in open(f, encoding="utf-8"):
        o = json.loads(l); pred[o["id"]] = set(o["labels"]) | set(o["protective"])
labels = ["content_ownership", "indefinite_retention", "third_party_marketing", "protects_ownership", "bounded_retention", "no_marketing_sharing"]
print(f"realdocs_dev.jsonl, leave one network out ({len(pred)} sentences)\n")
print("| label | positives | found | false flags | precision | recall | F1 |\n| --- | --: | --: | --: | --: | --: | --: |")
f1s = []
for lab in labels:
    tp = sum(1 for i in pred if lab in pred[i] and lab in gold[i])
    fp = sum(1 for i in pred if lab in pred[i] and lab not in gold[i])
    pos = sum(1 for i in pred if lab in gold[i])
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / pos if pos else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    f1s.append(f)
    print(f"| `{lab}` | {pos} | {tp} | {fp} | {p:.2f} | {r:.2f} | {f:.2f} |")
print(f"\nmacro F1 {sum(f1s) / len(f1s):.3f}")
PY
