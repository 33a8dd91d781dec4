#!/usr/bin/env python3
"""Make an evaluation folder that splits the shared sets' TRAIN halves in two, for deciding changes.

Since v2 the test halves of ../shared/eval are for recording figures only: reading their rows for
error analysis would spoil them. Changes to the classifier are therefore decided on a split of the
train halves: models are trained on one half of the train groups (plus the corpus) and judged on
the other. This script writes such a folder:

    python3 scripts/split-train-halves.py --half A OUT_DIR   [--shared ../shared/eval]

- Only rows with "split": "train" are written; the test halves are left out entirely, so nothing
  trained or evaluated from OUT_DIR can touch them.
- A train group (ToS;DR "group", OPP-115 "policy") is held out when the SHA-256 of its name is odd
  (half A, the split used since the eighth round) or even (half B, the same split swapped). Held-out
  rows are re-marked "split": "test" so that `tosscan train --shared-eval OUT_DIR` leaves them out
  and `tosscan evaluate OUT_DIR/... --where split=test` reads exactly them.
- realdocs_dev.jsonl and LABELS.md are copied beside them unchanged (never into the repository).

OUT_DIR must be outside the repository: the shared sets may not be copied into the project.
"""
import argparse
import hashlib
import json
import os
import shutil
import sys

SETS = {"tosdr_clauses.jsonl": "group", "opp115_segments.jsonl": "policy"}
COPIED = ["realdocs_dev.jsonl", "LABELS.md"]


def held_out(group: str, half: str) -> bool:
    odd = int(hashlib.sha256(group.encode("utf-8")).hexdigest(), 16) % 2 == 1
    return odd if half == "A" else not odd


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out_dir")
    parser.add_argument("--half", choices=["A", "B"], required=True)
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
    args = parser.parse_args()

    repo = os.path.realpath(os.path.join(os.path.dirname(__file__), ".."))
    out = os.path.realpath(args.out_dir)
    if out == repo or out.startswith(repo + os.sep):
        print(f"split-train-halves: '{args.out_dir}' is inside the repository; the shared sets may not be copied into it. Give a folder elsewhere (e.g. /tmp/split-A).", file=sys.stderr)
        return 2
    os.makedirs(out, exist_ok=True)
    for name, group_field in SETS.items():
        source = os.path.join(args.shared, name)
        if not os.path.isfile(source):
            print(f"split-train-halves: '{source}' not found; pass --shared with the folder that holds {name}.", file=sys.stderr)
            return 2
        kept = held = 0
        with open(source, encoding="utf-8") as reader, open(os.path.join(out, name), "w", encoding="utf-8") as writer:
            for number, line in enumerate(reader, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as error:
                    print(f"split-train-halves: {source}:{number}: not JSON ({error.msg}).", file=sys.stderr)
                    return 2
                if row.get("split") != "train":
                    continue
                if held_out(str(row[group_field]), args.half):
                    row["split"] = "test"
                    held += 1
                else:
                    kept += 1
                writer.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{name}: {kept} rows to train on, {held} held out (half {args.half})")
    for name in COPIED:
        shutil.copyfile(os.path.join(args.shared, name), os.path.join(out, name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
