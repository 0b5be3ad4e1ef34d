#!/usr/bin/env python3
"""Measure warta's Indonesian stemmer (and optionally Sastrawi) against the LEMMA column of a
UD Indonesian treebank.

    cargo build --release --example stem
    python3 tools/stem_eval.py /work/shared/data/ud/id_gsd-ud-dev.conllu \
        --warta target/release/examples/stem --sastrawi

Conventions (so that like is compared with like):
  * Comparison is case-insensitive: GSD lemmas are lowercase, warta's stems are lowercase,
    and the form is lowercased before stemming (Sastrawi lowercases too).
  * Gold lemmas that are annotation artefacts are left out and counted separately: `_`
    and lemmas with characters a lemma cannot have (`salah_NSD$DASH^guna`).
  * Tokens with no letter (punctuation, numbers) are passed through unchanged for both
    stemmers: neither is meant to touch them; they count in "all words" and are excluded
    from "alphabetic words".
  * Two views of the same file:
      - words: the UD syntactic words (what UD lemma scores use). GSD splits clitics
        (`membelinya` -> `membeli` + `nya`), so each stemmer sees `membeli` and `nya`.
      - tokens: the surface tokens a tokenizer emits. A multiword token (`membelinya`) is
        stemmed whole and compared with the lemma of its host word (`beli`); the clitic
        words (`nya`, `ku`, `mu`, `kah`, `lah`, `pun`, `tah`, `kau`) are not scored apart.
  * "changed" = words whose gold lemma differs from the lowercased form.

Nothing here feeds back into the lexicons: this script only measures.
"""
import argparse
import collections
import re
import subprocess
import sys

CLITICS = {"nya", "ku", "mu", "kah", "lah", "pun", "tah", "kau"}
ARTEFACT = re.compile(r"[_$^]")


def read_conllu(path):
    """Yields (words, tokens): lists of (form, lemma, upos) per sentence."""
    words, tokens = [], []
    mwt = None  # (end_id, form, parts)
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line:
            yield words, tokens
            words, tokens, mwt = [], [], None
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        tid = cols[0]
        if "." in tid:
            continue
        if "-" in tid:
            start, end = tid.split("-")
            mwt = (int(end), cols[1], [])
            continue
        form, lemma, upos = cols[1], cols[2], cols[3]
        words.append((form, lemma, upos))
        if mwt is not None:
            mwt[2].append((form, lemma, upos))
            if int(tid) == mwt[0]:
                parts = mwt[2]
                host = next((p for p in parts if p[0].lower() not in CLITICS), parts[0])
                tokens.append((mwt[1], host[1], host[2]))
                mwt = None
        else:
            tokens.append((form, lemma, upos))
    if words:
        yield words, tokens


def has_letter(s):
    return any(c.isalpha() for c in s)


def run_warta(binary, forms):
    inp = "\n".join(f.lower() for f in forms) + "\n"
    out = subprocess.run([binary], input=inp, capture_output=True, text=True, check=True).stdout
    stems = out.split("\n")[: len(forms)]
    return dict(zip(forms, stems))


def run_sastrawi(forms):
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    stemmer = StemmerFactory().create_stemmer()
    return {f: stemmer.stem(f.lower()) for f in forms}


def score(items, stems, skip_upos=()):
    """items: (form, gold, upos). Returns counters."""
    c = collections.Counter()
    errors = collections.Counter()
    for form, gold, upos in items:
        if upos in skip_upos:
            c["skipped"] += 1
            continue
        if gold == "_" or ARTEFACT.search(gold):
            c["artefact"] += 1
            continue
        gold = gold.lower()
        low = form.lower()
        pred = stems.get(form, low) if has_letter(form) else low
        ok = pred == gold
        c["all"] += 1
        c["all_ok"] += ok
        if has_letter(form):
            c["alpha"] += 1
            c["alpha_ok"] += ok
        if low != gold:
            c["changed"] += 1
            c["changed_ok"] += ok
        else:
            c["same"] += 1
            c["same_ok"] += ok
        if not ok:
            errors[(low, pred, gold, upos)] += 1
    return c, errors


def pct(ok, n):
    return f"{100.0 * ok / n:6.2f}% ({ok}/{n})" if n else "n/a"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("conllu")
    ap.add_argument("--warta", default="target/release/examples/stem", help="stem binary")
    ap.add_argument("--sastrawi", action="store_true", help="also score Sastrawi (pip install sastrawi)")
    ap.add_argument("--errors", type=int, default=0, help="print the N most frequent warta errors")
    ap.add_argument("--view", choices=["words", "tokens", "both"], default="both")
    ap.add_argument("--skip-upos", default="", help="comma-separated UPOS tags to leave out (PRON: "
                    "the pronoun lemmas ia/nya -> dia are a lemma convention, not stemming)")
    args = ap.parse_args()

    words, tokens = [], []
    for w, t in read_conllu(args.conllu):
        words += w
        tokens += t
    views = {"words": words, "tokens": tokens}
    if args.view != "both":
        views = {args.view: views[args.view]}
    forms = sorted({f for items in views.values() for f, _, _ in items if has_letter(f)})
    systems = {"warta": run_warta(args.warta, forms)}
    if args.sastrawi:
        systems["sastrawi"] = run_sastrawi(forms)

    for view, items in views.items():
        print(f"== {view} ({len(items)} items) of {args.conllu}")
        for name, stems in systems.items():
            c, errors = score(items, stems, set(filter(None, args.skip_upos.split(","))))
            print(f"  {name:9} all words {pct(c['all_ok'], c['all'])}")
            print(f"  {'':9} alphabetic {pct(c['alpha_ok'], c['alpha'])}")
            print(f"  {'':9} changed-lemma {pct(c['changed_ok'], c['changed'])}")
            print(f"  {'':9} unchanged-lemma {pct(c['same_ok'], c['same'])}")
            print(f"  {'':9} (artefact gold lemmas left out: {c['artefact']}; skipped by UPOS: {c['skipped']})")
            if name == "warta" and args.errors:
                for (low, pred, gold, upos), n in errors.most_common(args.errors):
                    print(f"    {n:3} {low} -> {pred} (gold {gold}, {upos})")


if __name__ == "__main__":
    sys.exit(main())
