#!/usr/bin/env python3
"""Top-1 accuracy of warta's topic scorer on the devset gold topics.

    cargo build --release --example topics
    python3 tools/topic_eval.py /work/shared/devset [--show]

The topics example runs the full extractor (real tokenizer), so this measures what the
JSON output carries.

top-1 = the best predicted label is the first (most central) gold label;
top-1 in gold = the best predicted label is any of the document's gold labels.
This script only measures: devset texts never go into the lexicon.
"""
import argparse
import glob
import json
import os
import subprocess


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("devset")
    ap.add_argument("--bin", default="target/release/examples/topics")
    ap.add_argument("--show", action="store_true", help="print every document")
    args = ap.parse_args()
    golds = sorted(glob.glob(os.path.join(args.devset, "gold", "*.json")))
    raws = [os.path.join(args.devset, "raw", os.path.basename(g)[:-5] + ".txt") for g in golds]
    out = subprocess.run([args.bin] + raws, capture_output=True, text=True, check=True).stdout
    n = top1 = in_gold = 0
    for g, line in zip(golds, out.splitlines()):
        gold = json.load(open(g, encoding="utf-8")).get("topics") or []
        _, labels, terms = (line.split("\t") + ["", ""])[:3]
        pred = [l.split(":")[0] for l in labels.split(",") if l]
        best = pred[0] if pred else None
        n += 1
        top1 += bool(gold) and best == gold[0]
        in_gold += best in gold
        if args.show:
            mark = "OK " if gold and best == gold[0] else ("ok " if best in gold else "-- ")
            print(f"{mark}{os.path.basename(g)[:-5]:12} gold={','.join(gold):40} pred={labels}  [{terms[:80]}]")
    print(f"top-1 {top1}/{n} = {top1 / n:.3f}; top-1 in gold {in_gold}/{n} = {in_gold / n:.3f}")


if __name__ == "__main__":
    main()
