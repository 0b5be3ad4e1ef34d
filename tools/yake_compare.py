#!/usr/bin/env python3
"""Side by side: warta's key phrases and YAKE's (the `yake` PyPI package, language "id").

    pip install yake
    cargo build --release --example warta
    python3 tools/yake_compare.py /work/shared/devset [--docs 4] [--bin target/release/examples/warta]

Reads the raw texts of the given devset folder (its raw/ subfolder, or the folder itself)
at run time and prints, for each of the first --docs texts, both top-10 lists with their
scores (warta: higher is better, in [0, 1]; YAKE: lower is better). Nothing is written to
the repository: devset texts stay where they are.
"""
import argparse
import glob
import json
import os
import subprocess
import sys


def warta_phrases(binary, path):
    out = subprocess.run([binary, path], capture_output=True, text=True, check=True).stdout
    doc = json.loads(out)
    return [(k["text"], k["score"]) for k in doc.get("keyphrases", [])]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("devset", help="a folder of .txt files, or one with a raw/ subfolder")
    ap.add_argument("--docs", type=int, default=4, help="how many texts (default 4)")
    ap.add_argument("--bin", default="target/release/examples/warta")
    ap.add_argument("--width", type=int, default=44, help="column width")
    args = ap.parse_args()
    try:
        import yake
    except ImportError:
        sys.exit("the yake package is missing: pip install yake")
    folder = os.path.join(args.devset, "raw")
    if not os.path.isdir(folder):
        folder = args.devset
    paths = sorted(glob.glob(os.path.join(folder, "*.txt")))[: args.docs]
    if not paths:
        sys.exit(f"no .txt files in {folder}")
    extractor = yake.KeywordExtractor(lan="id", n=4, top=10)
    w = args.width
    for path in paths:
        text = open(path, encoding="utf-8").read()
        ours = warta_phrases(args.bin, path)
        theirs = extractor.extract_keywords(text)
        print(f"== {os.path.basename(path)}")
        print(f"{'warta (score, higher better)':<{w}}  yake (score, lower better)")
        for i in range(max(len(ours), len(theirs))):
            left = f"{ours[i][0]} ({ours[i][1]:.2f})" if i < len(ours) else ""
            right = f"{theirs[i][0]} ({float(theirs[i][1]):.4f})" if i < len(theirs) else ""
            print(f"{left[:w]:<{w}}  {right}")
        print()


if __name__ == "__main__":
    main()
