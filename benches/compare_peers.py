#!/usr/bin/env python3
"""Throughput of warta beside its Python peers on the same generated press releases.

    pip install spacy flashtext dateparser
    python3 benches/compare_peers.py [--mb 20] [--dateparser-kb 200] [--repeat 3]

The corpus is the benchmarks' generator (benches/common/corpus.rs) written as JSON Lines by
`examples/news_corpus.rs`; every tool reads the same articles, one document at a time, on one
core:

* warta: the example binary, `--threads 1 --jsonl` (full extraction: tokens, sentences,
  officials, persons, places, dates, ..., and JSON written to /dev/null); its own summary line
  gives the time (the extractor's construction is outside it). Also reported with all cores.
* spaCy: `spacy.blank("id")` (the rule-based Indonesian tokenizer, no model) with a
  PhraseMatcher (attr LOWER) over the same place lexicon warta embeds: every `name` of
  lexicons/regions.tsv and every `alias` of lexicons/region_aliases*.tsv.
* flashtext: a case-insensitive KeywordProcessor over the same place names.
* dateparser: `search_dates(text, languages=["id"])`. It is slow, so it reads only the first
  `--dateparser-kb` kilobytes of articles; its MB/s is measured on that sample (and the time
  for the whole corpus extrapolated from it, said so in the output).

Each peer's time is the best of `--repeat` runs of its matching loop (library loading and
lexicon compilation excluded, as for warta). Peers that are not installed are skipped.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def build_binaries():
    subprocess.run(
        ["cargo", "build", "--release", "--quiet", "--example", "warta", "--example", "news_corpus"],
        cwd=ROOT,
        check=True,
    )
    return os.path.join(ROOT, "target", "release", "examples")


def read_tsv_column(path, column):
    """Values of `column` in a warta lexicon (comments, blank lines, header row)."""
    values, header = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                continue
            value = fields[header.index(column)]
            if value:
                values.append(value)
    return values


def place_names():
    lex = os.path.join(ROOT, "lexicons")
    names = read_tsv_column(os.path.join(lex, "regions.tsv"), "name")
    for f in ("region_aliases.tsv", "region_aliases_curated.tsv"):
        names += read_tsv_column(os.path.join(lex, f), "alias")
    return sorted(set(names))


def best_of(repeat, fn):
    """(best seconds, result of the last run)."""
    best, result = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t)
    return best, result


def run_warta(bin_dir, corpus, threads):
    proc = subprocess.run(
        [os.path.join(bin_dir, "warta"), "--jsonl", "--threads", str(threads), corpus],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    if proc.returncode != 0:
        sys.exit(f"warta failed ({proc.returncode}): {proc.stderr[-500:]}")
    m = re.search(r"(\d+) documents, (\d+) failed, ([\d.]+) MB in ([\d.]+) s", proc.stderr)
    if not m:
        sys.exit(f"no summary line from warta: {proc.stderr[-500:]}")
    return float(m.group(4))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=20, help="corpus size in MB (default 20)")
    ap.add_argument("--dateparser-kb", type=float, default=200, help="dateparser sample in kB (default 200)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per tool; the best counts (default 3)")
    args = ap.parse_args()

    bin_dir = build_binaries()
    work = tempfile.mkdtemp(prefix="warta-peers-")
    try:
        corpus = os.path.join(work, "corpus.jsonl")
        with open(corpus, "wb") as out:
            subprocess.run([os.path.join(bin_dir, "news_corpus"), "jsonl", str(args.mb)], stdout=out, check=True)
        with open(corpus, encoding="utf-8") as f:
            texts = [json.loads(line)["text"] for line in f]
        nbytes = sum(len(t.encode("utf-8")) for t in texts)
        mb = nbytes / 1e6
        names = place_names()
        print(f"corpus: {len(texts)} documents, {mb:.1f} MB of text (benches/common/corpus.rs); "
              f"place lexicon: {len(names)} names; best of {args.repeat} runs, one core unless said")
        rows = []  # (tool, what, seconds, MB measured, found)

        secs = min(run_warta(bin_dir, corpus, 1) for _ in range(args.repeat))
        rows.append(("warta", "full extraction + JSON, 1 thread", secs, mb, None))
        cores = os.cpu_count() or 1
        if cores > 1:
            secs = min(run_warta(bin_dir, corpus, cores) for _ in range(args.repeat))
            rows.append(("warta", f"full extraction + JSON, {cores} threads", secs, mb, None))

        try:
            import spacy
            from spacy.matcher import PhraseMatcher

            nlp = spacy.blank("id")
            matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
            matcher.add("PLACE", list(nlp.tokenizer.pipe(names)))

            def spacy_tokens():
                return sum(len(d) for d in nlp.tokenizer.pipe(texts))

            def spacy_places():
                return sum(len(matcher(d)) for d in nlp.tokenizer.pipe(texts))

            secs, n = best_of(args.repeat, spacy_tokens)
            rows.append((f"spaCy {spacy.__version__}", "blank('id') tokenizer only", secs, mb, f"{n} tokens"))
            secs, n = best_of(args.repeat, spacy_places)
            rows.append((f"spaCy {spacy.__version__}", "tokenizer + PhraseMatcher (places)", secs, mb, f"{n} places"))
        except ImportError:
            print("spaCy not installed: skipped", file=sys.stderr)

        try:
            from flashtext import KeywordProcessor

            kp = KeywordProcessor(case_sensitive=False)
            kp.add_keywords_from_list(names)

            def flash():
                return sum(len(kp.extract_keywords(t, span_info=True)) for t in texts)

            secs, n = best_of(args.repeat, flash)
            rows.append(("flashtext 2.7", "KeywordProcessor (places)", secs, mb, f"{n} places"))
        except ImportError:
            print("flashtext not installed: skipped", file=sys.stderr)

        try:
            import dateparser
            from dateparser.search import search_dates

            sample, size = [], 0
            for t in texts:
                if size >= args.dateparser_kb * 1000:
                    break
                sample.append(t)
                size += len(t.encode("utf-8"))
            search_dates(sample[0], languages=["id"])  # loads its language data

            def dates():
                return sum(len(search_dates(t, languages=["id"]) or []) for t in sample)

            secs, n = best_of(1, dates)
            rows.append((f"dateparser {dateparser.__version__}",
                         f"search_dates(id) on a {size / 1e3:.0f} kB sample", secs, size / 1e6, f"{n} dates"))
        except ImportError:
            print("dateparser not installed: skipped", file=sys.stderr)

        print()
        print("| tool | what | MB/s | time for the whole corpus | found |")
        print("|---|---|---:|---:|---|")
        for tool, what, secs, measured_mb, found in rows:
            rate = measured_mb / secs
            whole = mb / rate
            note = "" if abs(measured_mb - mb) < 1e-9 else " (extrapolated)"
            print(f"| {tool} | {what} | {rate:.2f} | {whole:.1f} s{note} | {found or ''} |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
