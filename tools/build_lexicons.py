#!/usr/bin/env python3
"""Generate warta's large place lexicons from the official region list.

Writes, into lexicons/:

  regions.tsv         every province (38), regency and city (514) and district (7,285) with its
                      Kemendagri code, parent code, homonym count and ambiguity flags
  villages.tsv        every village (desa/kelurahan, 83,762): a separate lexicon, off by default
  region_aliases.tsv  news names of regions: the reviewed hand-made alias list that ships with
                      the region data, former decree spellings (name history), and "Kepulauan X" /
                      "Pulau X" short forms

Sources (read at run time, never copied into the repository):

  --wilayah DIR   folder with provinces.tsv, regencies.tsv, districts.tsv, villages.tsv,
                  aliases.tsv, name_history.tsv (see DIR/PROVENANCE.md: codes and names of
                  Kepmendagri No. 300.2.2-2138 Tahun 2025 as amended by 300.2.2-2430 Tahun 2025,
                  via cahyadsn/wilayah, MIT)
  --hunspell FILE the Indonesian hunspell dictionary (Debian package hunspell-id,
                  /usr/share/hunspell/id_ID.dic): lower-case entries are dictionary words
  --ud FILE...    Universal Dependencies Indonesian .conllu files: how often a word is written
                  in lower case in running text (a frequency proxy for "common word")
  lexicons/place_ambiguity.tsv   hand-curated word classes (common_word, personal_name,
                  abbreviation, not_ambiguous)
  lexicons/region_aliases_curated.tsv   hand-curated aliases: spellings generated here that
                  it already lists are left out

Usage (from the repository root; standard library only):

  apt-get install hunspell-id     # once
  python3 tools/build_lexicons.py --wilayah /work/shared/data/wilayah \\
      --ud /work/shared/data/ud/id_gsd-ud-dev.conllu /work/shared/data/ud/id_csui-ud-train.conllu

The output is deterministic: the same inputs give byte-identical files (no timestamps).
"""

import argparse
import collections
import hashlib
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEX = os.path.join(ROOT, "lexicons")

COMMAND = (
    "python3 tools/build_lexicons.py --wilayah /work/shared/data/wilayah --ud "
    "/work/shared/data/ud/id_gsd-ud-dev.conllu /work/shared/data/ud/id_csui-ud-train.conllu"
)

# Ambiguity flags, in the order they are written.
FLAGS = ["common_word", "common_phrase", "dictionary_word", "personal_name", "abbreviation"]

# Alias kinds from the wilayah alias list that are dropped: IKN is not a Kemendagri region
# (it is in geo_names.tsv instead).
DROPPED_ALIAS_KINDS = {"related_not_admin"}

# Head words of place names that news writes joined to the rest of the name or apart from it.
SPELLING_HEADS = [
    "Air", "Batu", "Bukit", "Gunung", "Karang", "Kuala", "Lubuk", "Muara", "Padang", "Pangkal",
    "Pasir", "Pulo", "Rawa", "Sungai", "Talang", "Tanah", "Tanjung", "Tebing", "Teluk",
]


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n").rstrip("\r") for l in f]
    rows = [l.split("\t") for l in lines if l and not l.startswith("#")]
    header, body = rows[0], rows[1:]
    for r in body:
        if len(r) != len(header):
            sys.exit(f"{path}: row {r!r} has {len(r)} fields, header has {len(header)}")
    return [dict(zip(header, r)) for r in body]


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def fold(name):
    """The key under which two names count as the same name."""
    return re.sub(r"\s+", " ", name.lower().replace("-", " ")).strip()


def hunspell_version():
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", "hunspell-id"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        return f"Debian package hunspell-id {out}" if out else "hunspell-id (version unknown)"
    except (OSError, subprocess.CalledProcessError):
        return "hunspell-id (version unknown)"


class WordStats:
    """Dictionary membership and running-text case statistics for ambiguity flags."""

    def __init__(self, hunspell_path, ud_paths, curated_path):
        self.dictionary = set()
        with open(hunspell_path, encoding="utf-8") as f:
            next(f)  # first line: entry count
            for line in f:
                w = line.split("/")[0].strip()
                if w and w == w.lower():
                    self.dictionary.add(w)
        self.lower = collections.Counter()
        self.capital = collections.Counter()
        self.lower_bigrams = collections.Counter()
        for p in ud_paths:
            prev = None
            with open(p, encoding="utf-8") as f:
                for line in f:
                    if line.startswith("#") or not line.strip():
                        prev = None
                        continue
                    cols = line.split("\t")
                    if "-" in cols[0] or "." in cols[0]:
                        continue
                    form = cols[1]
                    if form.islower():
                        self.lower[form] += 1
                        if prev is not None:
                            self.lower_bigrams[prev + " " + form] += 1
                        prev = form
                    else:
                        if form[:1].isupper():
                            self.capital[form.lower()] += 1
                        prev = None
        self.curated = {}
        for r in read_tsv(curated_path):
            self.curated[r["word"].lower()] = r["class"]

    def is_common(self, w):
        """A frequent ordinary word: in the dictionary and seen in lower case in running text,
        or seen in lower case at least 3 times and at least as often as capitalised."""
        if self.curated.get(w) == "common_word":
            return True
        if self.curated.get(w) == "not_ambiguous":
            return False
        n = self.lower[w]
        return (w in self.dictionary and n >= 1) or (n >= 3 and n >= self.capital[w])

    def flags(self, name):
        key = name.lower()
        cls = self.curated.get(key)
        out = set()
        if cls in ("common_word", "personal_name", "abbreviation"):
            out.add(cls)
        if cls != "not_ambiguous":
            words = key.replace("-", " ").split()
            if len(words) == 1 and "-" not in key:
                if self.is_common(key):
                    out.add("common_word")
                elif key in self.dictionary:
                    out.add("dictionary_word")
            elif len(words) > 1:
                if self.lower_bigrams[key] > 0 or all(self.is_common(w) for w in words):
                    out.add("common_phrase")
                # Reduplicated dictionary words ("Biru-Biru") are dictionary words too.
                if key in self.dictionary:
                    out.add("dictionary_word")
        return ",".join(f for f in FLAGS if f in out)


def reduplication_variant(name):
    """The other spelling of a name with a reduplicated word: 'Tojo Una Una' -> 'Tojo Una-Una',
    'Lawe Sigala-Gala' -> 'Lawe Sigala Gala', 'Grong-grong' -> 'Grong Grong' (a word apart is
    capitalised as the first is); None without one."""
    words = name.split(" ")
    for i in range(len(words) - 1):
        if words[i].lower() == words[i + 1].lower():
            return " ".join(words[:i] + [words[i] + "-" + words[i + 1]] + words[i + 2:])
    for i, w in enumerate(words):
        a, dash, b = w.partition("-")
        if dash and a and a.lower() == b.lower():
            return " ".join(words[:i] + [a, a] + words[i + 1:])
    return None


def title_case_decree(name):
    """'KAB. PANGKAJENE KEPULAUAN' -> 'Pangkajene Kepulauan' (former regency names are upper-case)."""
    name = re.sub(r"^(KAB\.|KOTA|KABUPATEN)\s+", "", name.strip())
    if not name.isupper():
        return name
    small = {"DAN": "dan"}
    return " ".join(small.get(w, w.capitalize()) for w in name.split())


def usable_former_name(former, current):
    """Former decree names that news could use: drop dump artefacts such as trailing village
    counts ('Ma'u 11'), spaced letters ('S a d u'), dotted abbreviations ('T. Jambo Aye') and
    lower-case fragments ('x Kayu Tanam 4')."""
    if re.search(r"\d", former) and not re.search(r"\d", current):
        return False
    if re.search(r"(?:\b\w ){2,}\w\b", former) or "." in former or "/" in former or "\\" in former:
        return False
    return former[:1].isupper() or former[:1].isdigit()


def header_lines(title, sources, columns_doc, extra=()):
    out = [f"# {title}"]
    out.append("# GENERATED by tools/build_lexicons.py: do not edit by hand; change the script or its")
    out.append("# inputs and regenerate. Command:")
    out.append(f"#   {COMMAND}")
    out.append("# Region codes and names: Kemendagri, Kepmendagri No. 300.2.2-2138 Tahun 2025 as amended")
    out.append("# by No. 300.2.2-2430 Tahun 2025, as published in the cahyadsn/wilayah dataset (snapshot")
    out.append("# b7ad440a1322e7be3189a16a8cac35f7d4c3d7f7, db/wilayah.sql; MIT licence, (c) 2017-2025 Cahya DSN),")
    out.append("# normalised by the team's build_wilayah.py (see PROVENANCE.md beside the source files).")
    out.append("# Source files (name, sha256):")
    for name, digest in sources:
        out.append(f"#   {name}  {digest}")
    out.extend(f"# {l}" if l else "#" for l in extra)
    out.append("# Columns:")
    out.extend(f"#   {l}" for l in columns_doc)
    return out


FLAG_DOC = [
    "ambiguity  comma-separated flags (empty: none):",
    "  common_word      the name is a frequent Indonesian word (in hunspell-id and seen in lower",
    "                   case in the UD corpora, or listed in place_ambiguity.tsv): demand place context",
    "  common_phrase    a multi-word name made of frequent words, or seen as a lower-case phrase",
    "  dictionary_word  in the hunspell-id dictionary but not frequent in running text",
    "  personal_name    a common given name or surname (place_ambiguity.tsv)",
    "  abbreviation     also an abbreviation of something else (place_ambiguity.tsv)",
]


def build(args):
    w = args.wilayah
    stats = WordStats(args.hunspell, args.ud, os.path.join(LEX, "place_ambiguity.tsv"))
    provinces = read_tsv(os.path.join(w, "provinces.tsv"))
    regencies = read_tsv(os.path.join(w, "regencies.tsv"))
    districts = read_tsv(os.path.join(w, "districts.tsv"))
    villages = read_tsv(os.path.join(w, "villages.tsv"))
    aliases = read_tsv(os.path.join(w, "aliases.tsv"))
    history = read_tsv(os.path.join(w, "name_history.tsv"))

    # (code, level, name, parent, official_name)
    units = []
    for p in provinces:
        units.append((p["code"], "province", p["name"], "", ""))
    for r in regencies:
        level = {"kabupaten": "regency", "kota": "city"}[r["type"]]
        units.append((r["code"], level, r["name"], r["province_code"], r["official_name"]))
    for d in districts:
        units.append((d["code"], "district", d["name"], d["regency_code"], ""))
    units.sort(key=lambda u: u[0])

    by_fold = collections.defaultdict(list)
    for u in units:
        by_fold[fold(u[2])].append(u)
    unit_names = set(by_fold)

    derived = [
        (f"{args.hunspell_name}", hunspell_version()),
    ]

    ud_desc = ", ".join(os.path.basename(p) for p in args.ud)
    src = lambda names: [(n, sha256(os.path.join(w, n))) for n in names]
    common_extra = [
        "Ambiguity flags also use: " + derived[0][1] + f" ({args.hunspell}), the UD Indonesian",
        f"treebank files {ud_desc} (lower-case word and bigram counts), and the hand-curated",
        "lexicons/place_ambiguity.tsv.",
    ]

    # regions.tsv
    rows = []
    counts = collections.Counter()
    for code, level, name, parent, official in units:
        counts[level] += 1
        same = by_fold[fold(name)]
        twins = [
            t[0] for t in same if t[0] != code and t[1] != "district" and level != "district"
        ]
        rows.append(
            [code, level, name, parent, official, str(len(same)), ",".join(twins), stats.flags(name)]
        )
    head = header_lines(
        "Indonesian administrative regions: provinces, regencies, cities and districts.",
        src(["provinces.tsv", "regencies.tsv", "districts.tsv"]),
        [
            "code           Kemendagri code, dotted: 64 (province), 64.71 (regency/city), 64.71.01 (district)",
            "level          province | regency (kabupaten) | city (kota) | district (kecamatan, distrik,",
            "               kapanewon, kemantren)",
            "name           name without the Provinsi/Kabupaten/Kota/Kecamatan prefix",
            "parent         the parent's code (empty for provinces)",
            "official_name  for regencies and cities: the full decree name, which says which of a",
            "               kabupaten/kota pair is meant (Kabupaten Bogor 32.01 vs Kota Bogor 32.71)",
            "same_name      how many provinces, regencies, cities and districts share this name",
            "               (case-insensitive, hyphen = space); 1 = unique in the country",
            "twin           for provinces, regencies and cities: the codes of other provinces,",
            "               regencies and cities with the same name (Bogor 32.01 <-> 32.71, Jambi 15 <-> 15.71)",
        ]
        + FLAG_DOC,
        common_extra
        + [
            f"Counts: {counts['province']} provinces, {counts['regency']} regencies, {counts['city']} cities,",
            f"{counts['district']} districts.",
        ],
    )
    write(
        "regions.tsv",
        head,
        ["code", "level", "name", "parent", "official_name", "same_name", "twin", "ambiguity"],
        rows,
    )

    # villages.tsv
    vfold = collections.Counter(fold(v["name"]) for v in villages)
    vrows = []
    vcounts = collections.Counter()
    for v in sorted(villages, key=lambda v: v["code"]):
        vcounts[v["type"]] += 1
        vrows.append([v["code"], v["type"], v["name"], str(vfold[fold(v["name"])]), stats.flags(v["name"])])
    head = header_lines(
        "Indonesian villages (desa, kelurahan): a separate lexicon, loaded by default.",
        src(["villages.tsv"]),
        [
            "code       Kemendagri code: district code + 4 digits (1xxx kelurahan, 2xxx desa, 3xxx desa adat)",
            "type       desa | kelurahan (the 14 desa adat of Kabupaten Jayapura are typed desa)",
            "name       name without the Desa/Kelurahan prefix",
            "same_name  how many villages in the country share this name (Sidomulyo: 98)",
        ]
        + FLAG_DOC,
        common_extra
        + [
            "Village names repeat all over the country and many are ordinary words, so the extractor",
            "keeps them out of its automaton and accepts a village only after Desa/Kelurahan/Kampung/",
            "Gampong/Nagari, in an address, or where the document names its district or regency.",
            f"Counts: {vcounts['desa']} desa, {vcounts['kelurahan']} kelurahan.",
        ],
    )
    write("villages.tsv", head, ["code", "type", "name", "same_name", "ambiguity"], vrows)

    # region_aliases.tsv
    codes = {u[0]: u for u in units}
    seen = set()
    arows = []

    def add(alias, code, kind, note, checked):
        if code not in codes:
            sys.exit(f"alias {alias!r}: unknown code {code}")
        if (alias, code) in seen:
            return
        if fold(alias) == fold(codes[code][2]):
            return  # the official name itself, not an alias
        seen.add((alias, code))
        arows.append([alias, code, kind, note, stats.flags(alias), checked])

    dropped = []
    for a in aliases:
        if a["kind"] in DROPPED_ALIAS_KINDS:
            dropped.append(a["alias"])
            continue
        add(a["alias"], a["code"], a["kind"], a["note"], a["checked"])
    n_list = len(arows)
    skipped_history = []
    for h in history:
        if h["verify"] != "no":
            continue
        former = title_case_decree(h["former_name"].replace("\\'", "'"))
        if not usable_former_name(former, h["current_name"]):
            skipped_history.append(former)
            continue
        add(former, h["code"], "former_name", f"name in {h['former_name_last_seen_in']}", "data")
    n_hist = len(arows) - n_list
    for code, level, name, parent, official in units:
        if level not in ("regency", "city"):
            continue
        m = re.match(r"^(Kepulauan|Pulau) (.+)$", name)
        if not m:
            continue
        short = m.group(2)
        if fold(short) in unit_names or stats.flags(short):
            continue
        add(short, code, "short_name", f"short form of {name}", "rule")
        if m.group(1) == "Kepulauan":
            add(f"Kep. {short}", code, "short_name", f"abbreviated form of {name}", "rule")
    # Names built on a common head word are written both as one word and as two in news
    # (Pulogadung / Pulo Gadung, Bukittinggi / Bukit Tinggi, Tanah Laut / Tanahlaut): the
    # two-word spelling of every one-word name, the one-word spelling of regencies and cities.
    n_short = len(arows) - n_list - n_hist
    # (spellings the hand-curated list already has are left to it)
    curated = {(fold(r["alias"]), r["code"]) for r in read_tsv(os.path.join(LEX, "region_aliases_curated.tsv"))}
    for code, level, name, parent, official in units:
        for head in SPELLING_HEADS:
            m = re.match(rf"^{head}([a-z]{{3,}})$", name)
            if m:
                variant = f"{head} {m.group(1).capitalize()}"
                if fold(variant) not in unit_names and (fold(variant), code) not in curated:
                    add(variant, code, "spelling", f"two-word spelling of {name}", "rule")
            m = re.match(rf"^{head} ([A-Z][a-z]{{2,}})$", name)
            if m and level in ("regency", "city"):
                variant = f"{head}{m.group(1).lower()}"
                if fold(variant) not in unit_names and (fold(variant), code) not in curated:
                    add(variant, code, "spelling", f"one-word spelling of {name}", "rule")
    n_spell = len(arows) - n_list - n_hist
    # A reduplicated word is written with a hyphen or a space (Tojo Una Una / Tojo Una-Una,
    # Lawe Sigala-Gala / Lawe Sigala Gala): the other spelling of every such name. fold()
    # makes the two one name, so they are added past add()'s check for the official name.
    for code, level, name, parent, official in units:
        variant = reduplication_variant(name)
        if variant and (variant, code) not in seen and (fold(variant), code) not in curated:
            seen.add((variant, code))
            how = "joined" if "-" in variant else "apart"
            arows.append([variant, code, "spelling", f"{name} with its reduplicated word {how}",
                          stats.flags(variant), "rule"])
    n_redup = len(arows) - n_list - n_hist - n_spell
    n_rule = len(arows) - n_list - n_hist
    head = header_lines(
        "News names of Indonesian regions: abbreviations, spellings, former and short names.",
        src(["aliases.tsv", "name_history.tsv"]),
        [
            "alias    the name as news writes it",
            "code     the Kemendagri code it stands for (an alias may stand for several codes: one row each)",
            "kind     abbr | spelling | english | short_name | old_name | former_name | nickname | informal |",
            "         expansion | new_name | official_variant",
            "note     what the alias expands to, and any ambiguity",
        ]
        + FLAG_DOC
        + [
            "checked  how the row was verified: search | data | knowledge (from aliases.tsv), rule",
            "         (generated here)",
        ],
        common_extra
        + [
            f"Rows: {n_list} from aliases.tsv (reviewed; dropped kinds {sorted(DROPPED_ALIAS_KINDS)}:",
            f"{', '.join(dropped)} -- IKN is not a Kemendagri region, see geo_names.tsv),",
            f"{n_hist} former decree names from name_history.tsv (rows with verify=no; the verify=yes",
            f"rows may be reused codes and are left out; {len(skipped_history)} dump artefacts with",
            f"stray digits, dots or spaced letters skipped), {n_short} short forms of Kepulauan/Pulau",
            "regencies (skipped when the short form is another region's name or an ordinary word),",
            f"{n_spell - n_short} one- and two-word spellings of names on a common head word",
            f"({', '.join(SPELLING_HEADS[:10])},",
            f"{', '.join(SPELLING_HEADS[10:])}):",
            "the two-word spelling of every one-word name (Pulogadung: Pulo Gadung), the one-word",
            "spelling of two-word regencies and cities",
            "(Tanah Laut: Tanahlaut); skipped when the spelling is another region's name or is in",
            "region_aliases_curated.tsv;",
            f"{n_redup} spellings of names with a reduplicated word, joined by a hyphen or apart",
            "(Tojo Una Una: Tojo Una-Una; Lawe Sigala-Gala: Lawe Sigala Gala).",
            "More news aliases, curated by hand, are in region_aliases_curated.tsv.",
        ],
    )
    write("region_aliases.tsv", head, ["alias", "code", "kind", "note", "ambiguity", "checked"], arows)
    print(
        f"regions: {dict(counts)}; villages: {dict(vcounts)}; aliases: {len(arows)} "
        f"({n_list} list, {n_hist} history, {n_rule} rule)"
    )


def write(name, head, columns, rows):
    path = os.path.join(LEX, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for l in head:
            f.write(l + "\n")
        f.write("\t".join(columns) + "\n")
        for r in rows:
            for field in r:
                if "\t" in field or "\n" in field or field != field.strip():
                    sys.exit(f"{name}: bad field {field!r} in {r!r}")
            f.write("\t".join(r) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wilayah", required=True, help="folder with the wilayah TSV files")
    ap.add_argument("--hunspell", default="/usr/share/hunspell/id_ID.dic")
    ap.add_argument("--ud", nargs="+", required=True, help="UD Indonesian .conllu files")
    args = ap.parse_args()
    args.hunspell_name = os.path.basename(args.hunspell)
    if not os.path.exists(args.hunspell):
        sys.exit(f"{args.hunspell} not found: apt-get install hunspell-id")
    build(args)


if __name__ == "__main__":
    main()
