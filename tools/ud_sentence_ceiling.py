#!/usr/bin/env python3
"""The best sentence F1 a splitter of real sentences can reach on a UD file.

UD Indonesian sentences are the lines of their source, and some lines hold two or more real
sentences. A splitter that ends every real sentence splits those lines and loses each of them
(and produces one wrong span per piece). This tool finds the gold "sentences" that contain an
internal sentence boundary by one objective rule and scores the oracle that splits exactly at
the gold boundaries and at those internal ones.

The rule: inside the `# text` of a gold sentence, `.`, `?` or `!` (with any closing quotes or
brackets glued to it), then whitespace, then an optional opening quote (not a bracket), then a word
that starts with an upper-case letter and is not itself a listed abbreviation or an initial
(`Co. Ltd.`, `Ph. D.`), outside brackets opened before it in the same gold text -- unless the
period ends
  * an abbreviation listed in lexicons/abbreviations.tsv as never ending a sentence
    (sentence_final = no: `Dr.`, `No.`, `Jl.`, `H.`), in its listed, Capitalised or ALL-CAPS
    spelling (an ALL-CAPS spelling of three letters or more without inner periods counts as an
    acronym that may end a sentence, as in the tokenizer);
  * an initial: a single letter (`A.`, `M.`), or a dotted initialism whose pieces are one or two
    letters (`B.J.`, `A.S.`), unless the lexicon lists it as sentence-final (`Ph.D.`, `S.H.`).
An ellipsis is not counted (the writer may go on), nor a dash or a digit after the punctuation.

Usage
    python3 tools/ud_sentence_ceiling.py GOLD.conllu [--list] [--system SYSTEM.jsonl]
        [--join space|newline] [--scorer PATH] [--abbreviations PATH]

Prints the number of gold sentences, how many contain internal boundaries and how many, and the
oracle's precision, recall and F1 under the scorer's rules. `--list` prints every such
boundary. `--system` classifies a splitter's output (JSON Lines of the scorer's system format):
its boundaries at gold ends, at internal (ceiling) boundaries and elsewhere, the gold ends it
misses, and its F1 against the oracle's segmentation ("real sentences"), listing the
non-ceiling errors. The gold file is read at run time; the scorer (default
/work/shared/tools/ud_score.py) builds the raw text and spans exactly as when scoring.

Only the Python standard library is used.
"""
import argparse
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SCORER = "/work/shared/tools/ud_score.py"
DEFAULT_ABBREVIATIONS = os.path.join(HERE, "..", "lexicons", "abbreviations.tsv")

CLOSERS = "\"'”’»)]"
OPENERS = "\"'“‘«(["
QUOTES = "\"'“‘«"
BOUNDARY = re.compile(
    r"(?P<term>[.?!])[%s]*(?=\s+[%s]?(?P<next>[^\s]+))" % (re.escape(CLOSERS), re.escape(QUOTES))
)


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("ud_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_abbreviations(path):
    """Map each spelling (listed, Capitalised, ALL CAPS) without its final period to whether
    the abbreviation may end a sentence."""
    header = None
    listed, variants = {}, {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            rec = dict(zip(header, cols))
            form, cls = rec.get("form", ""), rec.get("class", "")
            if cls in ("domain", "currency") or not form.endswith("."):
                continue
            key = form[:-1]
            final = rec.get("sentence_final") == "yes"
            listed[key] = final
            acronym_like = "." not in key and len(key) >= 3
            variants.setdefault(key[:1].upper() + key[1:], final)
            variants.setdefault(key.upper(), final or acronym_like)
    for k, v in variants.items():
        listed.setdefault(k, v)
    return listed


def word_before(text, i):
    """The whitespace-delimited word ending at index i (exclusive), without leading brackets
    and quotes."""
    j = i
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    return text[j:i].lstrip(OPENERS)


def is_initial(key):
    pieces = key.split(".")
    return (
        all(p.isalpha() and 1 <= len(p) <= 2 for p in pieces)
        and (len(pieces) > 1 or len(key) == 1)
    )


def open_bracket_before(text, i):
    """A bracket opened before index i of the text is still open there."""
    depth = 0
    for ch in text[:i]:
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
    return depth > 0


def internal_boundaries(text, abbrev):
    """Offsets (after the closing run) of the internal sentence boundaries of one gold text."""
    out = []
    for m in BOUNDARY.finditer(text):
        nxt = m.group("next")
        if not nxt[0].isupper():
            continue
        if nxt.endswith(".") and (nxt[:-1] in abbrev or is_initial(nxt[:-1])):
            continue  # `Co. Ltd.`, `Ph. D.`: the next word is an abbreviation or an initial
        if open_bracket_before(text, m.start("term")):
            continue  # `(SSK. II)`: inside brackets
        if m.group("term") == ".":
            start = m.start("term")
            if start >= 1 and text[start - 1] == ".":
                continue  # an ellipsis `...`
            key = word_before(text, start)
            if key in abbrev:
                if not abbrev[key]:
                    continue
            elif is_initial(key):
                continue
        out.append(m.end())
    return out


def char_offsets(raw, unit):
    if unit != "byte":
        return None
    b2c, b = {}, 0
    for c, ch in enumerate(raw):
        b2c[b] = c
        b += len(ch.encode("utf-8"))
    b2c[b] = len(raw)
    return b2c


def prf(correct, gold, system):
    p = 100.0 * correct / system if system else 0.0
    r = 100.0 * correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("--system", help="system JSONL to classify against the ceiling")
    ap.add_argument("--join", choices=["space", "newline"], default="space")
    ap.add_argument("--list", action="store_true", help="print every internal boundary")
    ap.add_argument("--scorer", default=DEFAULT_SCORER)
    ap.add_argument("--abbreviations", default=DEFAULT_ABBREVIATIONS)
    a = ap.parse_args()

    scorer = load_scorer(a.scorer)
    abbrev = load_abbreviations(a.abbreviations)
    raw, _, gsent, _, _ = scorer.build_gold(a.gold, a.join)

    # Whitespace-free key of a char offset, as in the scorer: boundaries compare on it.
    nonspace_before = [0] * (len(raw) + 1)
    for i, ch in enumerate(raw):
        nonspace_before[i + 1] = nonspace_before[i] + (0 if ch.isspace() else 1)
    key = lambda off: nonspace_before[off]  # noqa: E731

    internal = []  # (gold sentence index, raw char offset)
    for si, (s, e) in enumerate(gsent):
        for off in internal_boundaries(raw[s:e], abbrev):
            internal.append((si, s + off))
    split_lines = sorted({si for si, _ in internal})
    g = len(gsent)
    c, b = len(split_lines), len(internal)
    correct = g - c
    system = g + b
    p, r, f = prf(correct, g, system)
    print(f"{os.path.basename(a.gold)} (join {a.join})")
    print(f"  gold sentences: {g}")
    print(f"  gold sentences with an internal boundary: {c} ({b} internal boundaries)")
    print(f"  oracle splitting every real sentence: P {p:.2f}  R {r:.2f}  F1 {f:.2f}"
          f"  (correct {correct}, system {system})")
    if a.list:
        for si, off in internal:
            s, e = gsent[si]
            print(f"    [{si + 1}] …{raw[max(s, off - 50):off]} || {raw[off:min(e, off + 40)]}…")

    if not a.system:
        return
    with open(a.system, encoding="utf-8") as fsys:
        sys_sents = []
        for line in fsys:
            if not line.strip():
                continue
            obj = json.loads(line)
            b2c = char_offsets(raw, obj.get("unit", "char"))
            for s0, e0 in obj.get("sentences", []):
                if b2c is not None:
                    s0, e0 = b2c[s0], b2c[e0]
                sys_sents.append((s0, e0))
    end_of_text = key(len(raw))
    sys_ends = {key(e) for _, e in sys_sents} - {end_of_text}
    gold_ends = {key(e) for _, e in gsent} - {end_of_text}
    int_ends = {key(off) for _, off in internal}
    at_gold = sys_ends & gold_ends
    at_internal = sys_ends & int_ends
    elsewhere = sys_ends - gold_ends - int_ends
    missed_gold = gold_ends - sys_ends
    missed_internal = int_ends - sys_ends
    print(f"  system boundaries: {len(sys_ends)}: at gold ends {len(at_gold)}, at internal "
          f"(ceiling) boundaries {len(at_internal)}, elsewhere {len(elsewhere)}")
    print(f"  missed: gold ends {len(missed_gold)}, internal boundaries {len(missed_internal)}")

    # F1 against the oracle's segmentation: the real sentences.
    oracle = sorted({key(s) for s, _ in gsent} | {key(off) for _, off in internal})
    oracle_ends = sorted(gold_ends | int_ends | {end_of_text})
    real = set(zip(oracle, oracle_ends))
    mine = [(key(s), key(e)) for s, e in sys_sents]
    ok = sum(1 for x in mine if x in real)
    p, r, f = prf(ok, len(real), len(mine))
    print(f"  system against the real sentences: P {p:.2f}  R {r:.2f}  F1 {f:.2f}"
          f"  (correct {ok}, real {len(real)}, system {len(mine)})")

    # Non-ceiling errors, with context.
    pos_of = {}
    for i in range(len(raw) + 1):
        pos_of.setdefault(nonspace_before[i], i)
    def show(label, ends):
        if not ends:
            return
        print(f"  {label}:")
        for k in sorted(ends):
            off = pos_of[k]
            while off < len(raw) and raw[off].isspace():
                off += 1
            print(f"    …{raw[max(0, off - 60):off]} || {raw[off:off + 40]}…")
    show("non-ceiling false splits", elsewhere)
    show("missed gold ends", missed_gold)
    show("missed internal boundaries", missed_internal)


if __name__ == "__main__":
    sys.exit(main())
