#!/usr/bin/env python3
"""Validate corpus/clauses/*.jsonl and print label counts (markdown)."""
import glob, json, os, re, sys
from collections import Counter
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RISK = {"content_ownership", "indefinite_retention", "third_party_marketing"}
PROT = {"protects_ownership", "bounded_retention", "no_marketing_sharing"}
CONS = {"opt_in", "opt_out", "none"}
errs, ids, norms = [], set(), set()
lab, prot, cons, files, src = Counter(), Counter(), Counter(), Counter(), Counter()
none_rows = Counter()
for fn in sorted(glob.glob(os.path.join(D, "*.jsonl"))):
    base = os.path.basename(fn)
    for i, line in enumerate(open(fn, encoding="utf-8"), 1):
        where = "%s:%d" % (base, i)
        try:
            r = json.loads(line)
        except Exception as e:
            errs.append("%s invalid JSON %s" % (where, e)); continue
        # "document" (optional) names the invented document a whole-document paragraph belongs to.
        if set(r) - {"document"} != {"id", "text", "labels", "protective", "consent"}:
            errs.append("%s bad keys %s" % (where, sorted(r)))
        if r["id"] in ids: errs.append("%s duplicate id %s" % (where, r["id"]))
        ids.add(r["id"])
        if not isinstance(r["text"], str) or len(r["text"].strip()) < 15: errs.append("%s short text" % where)
        n = re.sub(r"[^a-z0-9]+", " ", r["text"].lower()).strip()
        if n in norms: errs.append("%s duplicate text" % where)
        norms.add(n)
        if not set(r["labels"]) <= RISK: errs.append("%s bad label %s" % (where, r["labels"]))
        if not set(r["protective"]) <= PROT: errs.append("%s bad protective %s" % (where, r["protective"]))
        tm = "third_party_marketing" in r["labels"]
        if tm and r["consent"] not in CONS: errs.append("%s TM without consent" % where)
        if not tm and r["consent"] is not None: errs.append("%s consent without TM" % where)
        files[base] += 1
        src["hand-written" if re.match(r"c-[a-z]+-[hn]", r["id"]) else "generated"] += 1
        lab.update(r["labels"]); prot.update(r["protective"])
        if tm: cons[r["consent"]] += 1
        if not r["labels"] and not r["protective"]:
            none_rows["ordinary.jsonl" if base == "ordinary.jsonl" else "hard negative (topic files)"] += 1
print("| count | value |\n| --- | --- |")
print("| rows | %d |" % sum(files.values()))
for k, v in sorted(files.items()): print("| file %s | %d |" % (k, v))
for k, v in sorted(src.items()): print("| %s | %d |" % (k, v))
for k in sorted(RISK): print("| %s | %d |" % (k, lab[k]))
for k in sorted(CONS): print("| consent %s | %d |" % (k, cons[k]))
for k in sorted(PROT): print("| %s | %d |" % (k, prot[k]))
for k, v in sorted(none_rows.items()): print("| no label: %s | %d |" % (k, v))
if errs:
    print("\nERRORS (%d):" % len(errs), *errs[:50], sep="\n"); sys.exit(1)
print("\nOK: all rows valid")
