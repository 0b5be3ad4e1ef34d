#!/usr/bin/env python3
"""Measure how much of a gold-annotated dataset the lexicons in lexicons/ cover.

Reads the gold files (tools/SCHEMA.md format: gold/*.json) of a dataset at run time and reports,
per entity kind, the share of gold items the lexicons contain. This measures lexicon coverage
only (would a lookup find the item?), not recogniser quality. Standard library only.

Usage (from the repository root):

    python3 tools/lexicon_coverage.py /work/shared/devset [--show]
    python3 tools/lexicon_coverage.py --caps FILE.conllu...

--show lists the gold items no lexicon covers. --caps measures, on running text that has no
entity gold (UD .conllu files), the share of all-capital tokens (two or more capitals) that some
lexicon knows: an acronym source, the stoplist, or a place name.
"""

import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEX = os.path.join(ROOT, "lexicons")

PLACE_PREFIX = re.compile(
    r"^(provinsi|prov\.?|kabupaten|kab\.?|kota|kecamatan|kec\.?|desa|kelurahan|kel\.?|"
    r"pulau|sungai|kampung|distrik|gampong|nagari)\s+",
    re.I,
)


def rows(name):
    """The records of a lexicon as dicts (header row names the keys)."""
    out, header = [], None
    with open(os.path.join(LEX, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                continue
            out.append(dict(zip(header, fields)))
    return out


def fold(s):
    """Same as the loaders' fold_name: lower case, hyphen = space, spaces collapsed."""
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    return re.sub(r"\s+", " ", s.lower().replace("-", " ")).strip()


def abbr_key(s):
    """Same as people::abbreviation_key (case-insensitive)."""
    return re.sub(r"[.\s()\-]", "", s).lower()


def norm_expansion(s):
    return fold(s.replace(",", ""))


class Lexicons:
    def __init__(self, with_villages):
        self.places = {}
        for r in rows("regions.tsv"):
            self.places.setdefault(fold(r["name"]), set()).add("region")
            if r["official_name"]:
                self.places.setdefault(fold(r["official_name"]), set()).add("region")
        for name in ("region_aliases.tsv", "region_aliases_curated.tsv"):
            for r in rows(name):
                self.places.setdefault(fold(r["alias"]), set()).add("alias")
        for r in rows("countries.tsv"):
            self.places.setdefault(fold(r["name"]), set()).add("country")
        for r in rows("geo_names.tsv"):
            self.places.setdefault(fold(r["name"]), set()).add("geo")
        self.villages = set()
        if with_villages:
            self.villages = {fold(r["name"]) for r in rows("villages.tsv")}

        # acronym sources: form -> set of normalised expansions
        self.acronyms = {}

        def add(form, expansion, source):
            self.acronyms.setdefault(fold(form), {}).setdefault(source, set()).add(
                norm_expansion(expansion)
            )

        for r in rows("acronyms.tsv"):
            add(r["form"], r["expansion"], "acronyms")
        for r in rows("titles.tsv"):
            if r["abbreviation"] == "yes":
                add(r["form"], r["canonical"], "titles")
        for r in rows("title_modifiers.tsv"):
            add(r["form"], r["canonical"], "modifiers")
        for r in rows("institutions.tsv"):
            if r["acronym"]:
                add(r["acronym"], r["name"], "institutions")
        for r in rows("regional_bodies.tsv"):
            if r["acronym"]:
                add(r["acronym"], r["name"], "regional_bodies")
        for r in rows("org_patterns.tsv"):
            if r["head"] != r["canonical"]:
                add(r["head"], r["canonical"], "org_patterns")
        # Place abbreviations (NTB, DKI, Kaltim) are acronyms too; their expansion is the
        # region's name.
        names = {r["code"]: r["name"] for r in rows("regions.tsv")}
        for name in ("region_aliases.tsv", "region_aliases_curated.tsv"):
            for r in rows(name):
                if r["kind"] == "abbr":
                    add(r["alias"], names[r["code"]], "region_aliases")

        self.titles = {fold(r["form"]) for r in rows("titles.tsv")}
        self.modifiers = {fold(r["form"]) for r in rows("title_modifiers.tsv")}
        self.honorifics = {abbr_key(r["form"]) for r in rows("honorifics.tsv")}
        self.degrees = {abbr_key(r["form"]) for r in rows("degrees.tsv")}
        self.ranks = {fold(r["form"]) for r in rows("ranks.tsv")}
        self.org_heads = {fold(r["head"]) for r in rows("org_patterns.tsv")}
        self.institution_names = {fold(r["name"]) for r in rows("institutions.tsv")}
        self.institution_names |= {fold(r["name"]) for r in rows("regional_bodies.tsv")}

    def place(self, text):
        key = fold(PLACE_PREFIX.sub("", text.strip()))
        if key in self.places:
            return True
        return key in self.villages

    def title(self, title):
        words = fold(title).split()
        # strip a leading modifier (Plt., Pj., Plh, mantan)
        if words and words[0] in self.modifiers:
            words = words[1:]
        # the longest listed prefix: titles carry portfolios and numbering after them
        for n in range(len(words), 0, -1):
            if " ".join(words[:n]) in self.titles:
                return True
        return False

    def honorific(self, h):
        """Honorifics, degrees and rank phrases (a rank phrase is covered when every word is)."""
        if abbr_key(h) in self.honorifics or abbr_key(h) in self.degrees:
            return True
        if fold(h) in self.ranks:
            return True
        words = h.split()
        return len(words) > 1 and all(
            fold(w) in self.ranks or abbr_key(w) in self.honorifics for w in words
        )

    def organization(self, org):
        key = fold(org)
        if key in self.institution_names or key in self.acronyms:
            return True
        words = key.split()
        for n in range(min(len(words), 4), 0, -1):
            if " ".join(words[:n]) in self.org_heads:
                return True
            if " ".join(words[:n]) in self.acronyms:
                return True
        return False


def share(found, total):
    return f"{found}/{total} = {found / total:.1%}" if total else "0/0"


def caps_report(paths):
    lex = Lexicons(with_villages=False)
    stop = {r["form"] for r in rows("acronym_stoplist.tsv")}
    total, known, by_source = 0, 0, {}
    unknown = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue
                tok = cols[1]
                if not re.fullmatch(r"[A-Z][A-Z0-9-]*[A-Z][A-Za-z0-9-]*", tok):
                    continue
                total += 1
                key = fold(tok)
                if key in lex.acronyms:
                    src = "acronym"
                elif tok.upper() in stop:
                    src = "stoplist"
                elif key in lex.places:
                    src = "place"
                else:
                    unknown[tok] = unknown.get(tok, 0) + 1
                    continue
                known += 1
                by_source[src] = by_source.get(src, 0) + 1
    print(f"all-capital tokens known to a lexicon: {share(known, total)} {by_source}")
    top = sorted(unknown.items(), key=lambda kv: -kv[1])[:40]
    print("most frequent unknown: " + ", ".join(f"{t} {n}" for t, n in top))


def main():
    if "--caps" in sys.argv:
        caps_report([a for a in sys.argv[1:] if not a.startswith("--")])
        return
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args:
        print(__doc__)
        sys.exit(2)
    show = "--show" in sys.argv
    golds = sorted(glob.glob(os.path.join(args[0], "gold", "*.json")))
    lex = Lexicons(with_villages=False)
    lexv = Lexicons(with_villages=True)

    places, acronyms, titles, honorifics, orgs = [], [], [], [], []
    for path in golds:
        g = json.load(open(path, encoding="utf-8"))
        doc = os.path.basename(path)[:-5]
        places += [(doc, p) for p in dict.fromkeys(g.get("places", []))]
        acronyms += [(doc, a["text"], a.get("expansion")) for a in g.get("acronyms", [])]
        for o in g.get("officials", []):
            titles.append((doc, o["title"]))
            honorifics += [(doc, h) for h in o.get("honorifics", [])]
        orgs += [(doc, o) for o in dict.fromkeys(g.get("organizations", []))]

    print(f"{len(golds)} gold documents in {args[0]}")
    miss = {}

    def report(label, items, covered):
        found = [x for x in items if covered(x)]
        print(f"{label:<44} {share(len(found), len(items))}")
        miss[label] = [x for x in items if not covered(x)]

    report("places (no villages)", places, lambda x: lex.place(x[1]))
    report("places (with the villages lexicon)", places, lambda x: lexv.place(x[1]))
    report("acronym forms", acronyms, lambda x: fold(x[1]) in lex.acronyms)
    with_exp = [a for a in acronyms if a[2] and fold(a[1]) in lex.acronyms]

    def exp_ok(a):
        readings = set().union(*lex.acronyms[fold(a[1])].values())
        return norm_expansion(a[2]) in readings

    report("acronym expansions (of covered forms)", with_exp, exp_ok)
    report("official titles", titles, lambda x: lex.title(x[1]))
    report("honorifics, degrees, ranks", honorifics, lambda x: lex.honorific(x[1]))
    report("organisations (name, acronym or head)", orgs, lambda x: lex.organization(x[1]))
    if show:
        for label, items in miss.items():
            if items:
                print(f"\nnot covered: {label}")
                for x in items:
                    print("  " + " | ".join(str(v) for v in x))


if __name__ == "__main__":
    main()
