#!/usr/bin/env python3
"""Compare runs of scripts/split-experiment.sh: F1 per set and label, and the rows whose flag changed.

    python3 scripts/split-compare.py BASE_DIR NEW_DIR [--rows] [--label L]

Gold labels are read from the sets the runs classified (the held-out train groups, realdocs_dev,
corpus/validation). ToS;DR figures are over every held-out row, moderated or not. Each figure is
followed by the label's average precision over the set's scores, which no threshold moves: a change
that only shifts a threshold moves F1 and leaves it.
"""
import argparse
import json
import os

LABELS = ["content_ownership", "indefinite_retention", "third_party_marketing",
          "protects_ownership", "bounded_retention", "no_marketing_sharing"]
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def gold_file(run, name):
    if name in ("tosdr", "opp"):
        return os.path.join(run, "heldout", "tosdr_clauses.jsonl" if name == "tosdr" else "opp115_segments.jsonl")
    if name == "realdocs":
        half = open(os.path.join(run, "half")).read().strip()
        return os.path.join(os.environ.get("SPLIT_DIR", f"/tmp/tosscan-split-{half}"), "realdocs_dev.jsonl")
    return os.path.join(HERE, "corpus", "validation", f"validation-{name[4:]}.jsonl")


def load(path):
    with open(path, encoding="utf-8") as reader:
        return {row["id"]: row for row in map(json.loads, reader)}


def flags(row):
    return set(row.get("labels", [])) | set(row.get("protective", []))


def f1(gold, pred, label):
    tp = sum(label in flags(gold[i]) and label in flags(pred[i]) for i in gold)
    fp = sum(label not in flags(gold[i]) and label in flags(pred[i]) for i in gold)
    fn = sum(label in flags(gold[i]) and label not in flags(pred[i]) for i in gold)
    positives = tp + fn
    return (2 * tp / (2 * tp + fp + fn) if tp else 0.0), positives, tp, fp


def average_precision(gold, pred, label):
    ranked = sorted(gold, key=lambda i: -pred[i]["scores"][label])
    positives = sum(label in flags(gold[i]) for i in gold)
    found, total = 0, 0.0
    for rank, i in enumerate(ranked, 1):
        if label in flags(gold[i]):
            found += 1
            total += found / rank
    return total / positives if positives else 0.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("runs", nargs="+")
    parser.add_argument("--rows", action="store_true", help="list the rows whose flag differs between the first and each other run")
    parser.add_argument("--label", action="append")
    args = parser.parse_args()
    labels = args.label or LABELS
    sets = ["tosdr", "opp", "realdocs", "val-a", "val-b", "val-c", "val-d", "val-e"]
    for name in sets:
        gold = load(gold_file(args.runs[0], name))
        preds = [load(os.path.join(run, "pred", f"{name}.jsonl")) for run in args.runs]
        for label in labels:
            results = [f1(gold, pred, label) + (average_precision(gold, pred, label),) for pred in preds]
            if results[0][1] == 0:
                continue
            figures = "  ".join(f"{r[0]:.3f} ({r[2]}/{r[1]}, fp {r[3]}, AP {r[4]:.3f})" for r in results)
            mark = "" if len({round(r[0], 3) for r in results}) == 1 else "  *"
            print(f"{name:9} {label:22} {figures}{mark}")
        if args.rows:
            for pred in preds[1:]:
                for i in gold:
                    for label in labels:
                        before, after = label in flags(preds[0][i]), label in flags(pred[i])
                        if before != after:
                            truth = label in flags(gold[i])
                            verdict = "gained" if after == truth else "LOST"
                            print(f"    {verdict} {label} {i} {preds[0][i]['scores'][label]:.2f}->{pred[i]['scores'][label]:.2f} gold={truth}: {gold[i]['text'][:150]}")


if __name__ == "__main__":
    main()
