//! Villages (desa, kelurahan) from the village lexicon, read after the other places.
//!
//! The lexicon is a compact [`VillageTable`], looked up by the [`NameKey`] of a run of
//! capitalised tokens that no other place reading took, so that its 83,762 names need no
//! automaton. Two kinds of mention are read:
//!
//! * A name a village word introduced (`Desa Sukamaju`, and its repetitions), or a name no
//!   other lexicon has in an address (`Jalan Mawar 3, Sukamaju, Tabanan`, when the place
//!   after it holds a village of that name): the open candidate gets the code of the
//!   namesake the document supports best, unless the document's places all lie elsewhere.
//! * A bare name. Village names repeat all over the country and many are ordinary words or
//!   given names, so a bare name needs evidence: the document names the village's district
//!   (the strongest support) or its regency or city, or the name is followed by one of them
//!   as an address (`…, Sukamaju, Tabanan`). At the start of a sentence it needs its
//!   district or the address; after another capitalised word, a temple, beach or programme
//!   word (`Stadion Sukamaju`, `Pura Sukamaju`) or a slash, only the address shows it is
//!   the village, or its district when the longer name is a venue after a locative word
//!   (`di Lapangan Sukamaju`). A name flagged as an ordinary word or phrase needs a locative word, a list
//!   of places or the address besides (`di Sukamaju`, `ke Weda dan Sukamaju`); one flagged
//!   as a personal name, demonym, initial or abbreviation, or whose first word is a given
//!   name or a stopword, is never read bare. A name that is no ordinary word, unique in the
//!   country and after a locative word counts when the document names no place, or one of
//!   its province. A name followed by a comma and a place that holds none of its namesakes
//!   (`Johor, Malaysia`) never counts.
//!
//! A district read with no prefix or title and no ancestor of it named is the village of
//! its name when the document names that village's district (`dari Dendang` in a text about
//! Kecamatan Kelapa); a bare village named with a region's name after its first word
//! (`Tongute Ternate`) takes that region's mention into it when its district is named.
//!
//! Of several namesakes, the ones the document supports best are kept: one gives its code,
//! several are listed as candidates.

use std::ops::Range;

use crate::document::PlaceLevel;
use crate::lexicon::places::{Ambiguity, NameKey, VillageTable, WordClass as AmbiguityClass};
use crate::recognize::gazetteer::{Scan, WordClass};
use crate::text::{facts, Span, Token, TokenKind};

use super::candidates::CAPITALISED_WORD;
use super::context::{is_all_caps_token, is_capitalised, Layout, Role};
use super::reading::{Decision, Mentioned};
use super::Doc;

/// Most tokens of a village name in a text (`Tanjung Batu Kundur`, with punctuation).
const MAX_NAME_TOKENS: usize = 10;
/// Most words of a village name.
const MAX_NAME_WORDS: usize = 6;
/// Most capitalised words of a venue's name before the village name in it (`Pasar Malam`).
const MAX_VENUE_WORDS: usize = 3;

/// Flags that keep a name from being read bare.
const NEVER_BARE: Ambiguity = Ambiguity::PERSONAL_NAME
    .union(Ambiguity::DEMONYM)
    .union(Ambiguity::INITIAL)
    .union(Ambiguity::ABBREVIATION);
/// Flags of names that are ordinary words: read bare only after a locative word.
const WORDISH: Ambiguity = Ambiguity::COMMON_WORD
    .union(Ambiguity::COMMON_PHRASE)
    .union(Ambiguity::DICTIONARY_WORD);

/// A bare village name a run of capitalised words makes.
struct BareName {
    /// Its tokens.
    tokens: Range<usize>,
    /// Its key in the village table.
    key: u64,
    /// True when it runs through a region's mention (`Tongute Ternate`).
    swallows: bool,
}

/// How a document supports one village named `key`: 3 it names its district (or follows the
/// name with its district or regency as an address), 2 it names its regency or city, 1 it
/// names a place of its province, 0 none of these. A region of the village's own name
/// supports nothing (`Kepala Desa Sidomulyo` read as the district Sidomulyo does not place
/// the village Sidomulyo there).
fn support(
    table: &VillageTable,
    doc: &Doc<'_>,
    v: u32,
    key: u64,
    named: &[Mentioned],
    address: Option<u32>,
) -> u8 {
    let senses = &doc.rec.senses;
    let district = table.get(v).district;
    let regency = senses.region(district).parent;
    let own_name = |r: u32| NameKey::of(&senses.region(r).name) == Some(key);
    let named_is = |r: u32| named.iter().any(|m| m.region == r) && !own_name(r);
    if named_is(district) || address.is_some_and(|a| a == district || Some(a) == regency) {
        3
    } else if regency.is_some_and(named_is) {
        2
    } else {
        let province = senses.province(district);
        u8::from(
            named
                .iter()
                .any(|m| senses.province(m.region) == province && !own_name(m.region)),
        )
    }
}

/// The key of the text of `tokens`, as the table keys names.
fn key_of(text: &str, tokens: &[Token]) -> Option<u64> {
    let mut key = NameKey::new();
    let mut prev_end = None;
    for t in tokens {
        if prev_end.is_some_and(|e| e < t.span.start) {
            key.gap();
        }
        key.push(t.text(text));
        prev_end = Some(t.span.end);
    }
    key.finish()
}

/// How many capitalised words after a name may make it a longer village's name.
const MORE_WORDS: usize = 2;

/// The end of the longest village name of `table` that the name at tokens `name` opens with
/// the capitalised words after it (one or two, on its line, before token `limit`): `Prafi`
/// of `Prafi Mulya`, `Loa Kulu` of `Loa Kulu Kota`.
fn longer_village_end(
    table: &VillageTable,
    text: &str,
    tokens: &[Token],
    layout: &Layout,
    name: Range<usize>,
    limit: usize,
) -> Option<usize> {
    let limit = limit.min(tokens.len()).min(name.end + MORE_WORDS);
    let mut longest = None;
    for end in name.end + 1..=limit {
        let t = &tokens[end - 1];
        if t.kind != TokenKind::Word
            || !is_capitalised(t.text(text))
            || !layout.same_line(name.start, end - 1)
            || layout.starts_sentence(end - 1)
        {
            break;
        }
        if key_of(text, &tokens[name.start..end]).is_some_and(|key| table.has(key)) {
            longest = Some(end);
        }
    }
    longest
}

/// For a run of capitalised words after a village word that names no village of `table`
/// (`Desa Pringgasela Selatan Lalu Muhammad`: the village, then a Sasak noble's name), the
/// end of the longest run of its first words that does (`Pringgasela Selatan`); `None` when
/// the whole run is a village's name or no part of it is.
pub(super) fn village_head_end(
    table: Option<&VillageTable>,
    text: &str,
    tokens: &[Token],
    name: Range<usize>,
) -> Option<usize> {
    let table = table?;
    let is_village =
        |end: usize| key_of(text, &tokens[name.start..end]).is_some_and(|k| table.has(k));
    if name.len() < 2 || is_village(name.end) {
        return None;
    }
    (name.start + 1..name.end)
        .rev()
        .find(|&end| is_village(end))
}

/// True when the name at tokens `name` and the capitalised words after it (one or two, on
/// its line) make the name of a village of `table` (`Prafi` of `Prafi Mulya`).
pub(super) fn heads_village(
    table: Option<&VillageTable>,
    text: &str,
    tokens: &[Token],
    layout: &Layout,
    name: Range<usize>,
) -> bool {
    table.is_some_and(|table| {
        longer_village_end(table, text, tokens, layout, name, tokens.len()).is_some()
    })
}

impl Doc<'_> {
    /// The key of the text of tokens `range`, as the table keys names.
    fn key_of(&self, range: Range<usize>) -> Option<u64> {
        key_of(self.text, &self.tokens[range])
    }

    /// Stretches the name a village word introduced (mention `k`) over the capitalised words
    /// after it when the longer name is a village's: the run of name words stops at `Kota`,
    /// which opens a city's name elsewhere, but `Desa Loa Kulu Kota` is one village. The
    /// longer name may not reach into the next mention.
    fn longer_village(
        &self,
        table: &VillageTable,
        k: usize,
        found: &mut [(Span, Decision)],
        at: &mut [(Range<usize>, Option<u32>)],
    ) {
        let range = at[k].0.clone();
        let limit = at.get(k + 1).map_or(self.tokens.len(), |(r, _)| r.start);
        let longest = longer_village_end(
            table,
            self.text,
            self.tokens,
            self.layout,
            range.clone(),
            limit,
        );
        if let Some(end) = longest {
            let tokens = self.tokens;
            found[k].0 = tokens[range.start].span.cover(&tokens[end - 1].span);
            at[k].0 = range.start..end;
        }
    }

    /// The mention right after a comma at token `end`, on the same line.
    fn after_comma<'m>(
        &self,
        end: usize,
        at: &'m [(Range<usize>, Option<u32>)],
    ) -> Option<&'m (Range<usize>, Option<u32>)> {
        let (text, tokens) = (self.text, self.tokens);
        if end + 1 < tokens.len()
            && end > 0
            && tokens[end].text(text) == ","
            && self.layout.same_line(end - 1, end + 1)
        {
            at.iter().find(|(r, _)| r.start == end + 1)
        } else {
            None
        }
    }

    /// Whether a village named `key` lies in region `address` (its district, regency or
    /// province).
    fn placed_by(&self, table: &VillageTable, key: u64, address: Option<u32>) -> bool {
        let Some(a) = address else { return false };
        let senses = &self.rec.senses;
        table.named(key).any(|v| {
            let d = table.get(v).district;
            a == d || senses.region(d).parent == Some(a) || senses.province(d) == a
        })
    }

    /// The namesakes of `key` the document supports best, with that support, into `out`.
    fn best_namesakes(
        &self,
        table: &VillageTable,
        key: u64,
        named: &[Mentioned],
        address: Option<u32>,
        out: &mut Vec<u32>,
    ) -> u8 {
        out.clear();
        let mut best = 0;
        for v in table.named(key) {
            let s = support(table, self, v, key, named, address);
            if s > best {
                best = s;
                out.clear();
            }
            if s == best {
                out.push(v);
            }
        }
        best
    }

    /// Gives the villages' codes to the names a village word introduced among `found`, and
    /// adds the villages named bare. `at` is parallel to `found`: each mention's tokens, and
    /// the region it names when it names one; `named` are the regions the document names.
    pub(super) fn villages(
        &mut self,
        scan: &Scan,
        kept: &[usize],
        named: &[Mentioned],
        found: &mut Vec<(Span, Decision)>,
        at: &mut Vec<(Range<usize>, Option<u32>)>,
    ) {
        let Some(table) = self.rec.villages.as_ref() else {
            return;
        };
        let mut ids = Vec::new();
        // Names a village word introduced, and names no lexicon has in an address
        // (`Jalan Mawar 3, Sukamaju, Tabanan`), which are villages when the place after them
        // holds one of that name.
        for k in 0..found.len() {
            let in_address = match found[k].1 {
                Decision::Open(Some(PlaceLevel::Village)) => false,
                Decision::Open(None) => true,
                _ => continue,
            };
            if !in_address {
                self.longer_village(table, k, found, at);
            }
            let Some(key) = self.key_of(at[k].0.clone()) else {
                continue;
            };
            let best = if in_address {
                let address = self.after_comma(at[k].0.end, at).and_then(|(_, r)| *r);
                self.best_namesakes(table, key, &[], address, &mut ids)
            } else {
                self.best_namesakes(table, key, named, None, &mut ids)
            };
            // A namesake needs its regency or district named, unless the name is unique in
            // the country and the document's places, if any, include its province; with no
            // place named, the namesakes are the candidates. (`Korong Ganting di Agam` is a
            // hamlet of Agam, not the kelurahan Ganting of Padang Panjang in its province.)
            let unique = table.named(key).nth(1).is_none();
            let placed = best >= 2 || named.is_empty() || best == 1 && unique;
            if in_address && best < 3 || !placed {
                continue;
            }
            let decision = &mut found[k].1;
            match ids.as_slice() {
                [] => {}
                [one] => *decision = Decision::Village(*one),
                _ => *decision = Decision::Villages(ids.clone()),
            }
        }
        // A district read with no ancestor of it named and no prefix or title of its own
        // (`dari Dendang`), whose name is also a village's in a district the document names:
        // the village (`Dendang` of Kelapa, in a text about Kecamatan Kelapa).
        let senses = &self.rec.senses;
        for k in 0..found.len() {
            let Decision::One(id) = found[k].1 else {
                continue;
            };
            let sense = senses.get(id);
            let Some(r) = sense.region else { continue };
            if sense.level != Some(PlaceLevel::District)
                || named
                    .iter()
                    .any(|m| m.region != r && senses.contains(m.region, r))
            {
                continue;
            }
            let start = at[k].0.start;
            let own = start > 0
                && matches!(
                    self.layout
                        .word(start - 1)
                        .map(|w| self.rec.words.get(w).role),
                    Some(Role::Prefix | Role::Title)
                );
            let Some(key) = self.key_of(at[k].0.clone()).filter(|_| !own) else {
                continue;
            };
            // (the district read here supports no village of its own: `Pulo Gadung`)
            if self.best_namesakes(table, key, named, None, &mut ids) >= 3
                && ids.iter().all(|&v| table.get(v).district != r)
            {
                found[k].1 = match ids.as_slice() {
                    [one] => Decision::Village(*one),
                    _ => Decision::Villages(ids.clone()),
                };
            }
        }
        // Bare names, in the tokens no mention covers.
        let tokens = self.tokens;
        let n = tokens.len();
        let mut taken = std::mem::take(&mut self.scratch.taken);
        taken.clear();
        taken.resize(n, false);
        for (r, _) in at.iter() {
            taken[r.clone()].iter_mut().for_each(|t| *t = true);
        }
        for &i in kept {
            let c = &self.cands[i];
            if c.output == super::Output::Blocker {
                taken[c.tokens.clone()].iter_mut().for_each(|t| *t = true);
            }
        }
        // A bare name starts on a capitalised word: the tokens' facts lead from one to the
        // next, eight tokens at a time.
        let mut i = 0;
        while i < n {
            i = facts::find(self.facts, i, CAPITALISED_WORD);
            if i >= n {
                break;
            }
            let Some(name) = self.bare_name(table, scan, &taken, at, found, i) else {
                i += 1;
                continue;
            };
            let end = name.tokens.end;
            if let Some(decision) = self.bare_reading(table, &name, named, at, &mut ids) {
                if name.swallows {
                    // The region mentions inside the village's name are part of it.
                    let mut k = 0;
                    while k < at.len() {
                        if at[k].0.start >= i && at[k].0.end <= end {
                            at.remove(k);
                            found.remove(k);
                        } else {
                            k += 1;
                        }
                    }
                }
                let span = tokens[i].span.cover(&tokens[end - 1].span);
                let p = found.partition_point(|(s, _)| s.start <= span.start);
                found.insert(p, (span, decision));
                at.insert(p, (i..end, None));
                taken[i..end].iter_mut().for_each(|t| *t = true);
                i = end;
            } else {
                i += 1;
            }
        }
        self.scratch.taken = taken;
    }

    /// The longest village name starting at token `i` (its end and key, and whether it
    /// swallows a region mention), when token `i` may start a bare one: a capitalised word,
    /// not in capitals, not a place context word, a given name or a stopword, and no token
    /// of the name taken, except by whole mentions of one region after its first word
    /// (`Tongute Ternate`, a village named with the city's name).
    fn bare_name(
        &self,
        table: &VillageTable,
        scan: &Scan,
        taken: &[bool],
        at: &[(Range<usize>, Option<u32>)],
        found: &[(Span, Decision)],
        i: usize,
    ) -> Option<BareName> {
        let (text, tokens, layout) = (self.text, self.tokens, &self.layout);
        let t = &tokens[i];
        let first = t.text(text);
        // The cheap tests first (the token's facts tell its kind and case), the hash of the
        // first word last.
        let f = self.facts[i];
        if taken[i]
            || !self.capitalised_word(i)
            || first.len() < 3
            || layout.word(i).is_some()
            || layout.in_headline(i)
            || scan.is(i, WordClass::GivenName) == Some(true)
            || scan.is(i, WordClass::Stopword) == Some(true)
            || f & facts::ASCII == 0 && first.chars().count() < 3
            || is_all_caps_token(f, first)
            || !NameKey::head(first).is_some_and(|h| table.may_start(h))
        {
            return None;
        }
        let mut key = NameKey::new();
        let mut best = None;
        let mut words = 0;
        // The end of the region mention the name runs through, if any.
        let mut swallowed = 0;
        for j in i..(i + MAX_NAME_TOKENS).min(tokens.len()) {
            let t = &tokens[j];
            let attached = j > i && tokens[j - 1].span.end == t.span.start;
            if j > i && (!layout.same_line(i, j) || layout.starts_sentence(j)) {
                break;
            }
            if j > i && taken[j] && j >= swallowed {
                let region = (at.iter().zip(found))
                    .find(|((r, _), _)| r.start == j)
                    .filter(|((_, _), (_, d))| matches!(d, Decision::One(_)));
                match region {
                    Some(((r, _), _)) if swallowed == 0 => swallowed = r.end,
                    _ => break,
                }
            }
            let word = t.text(text);
            if t.kind == TokenKind::Word {
                let capital =
                    is_capitalised(word) || word.starts_with(|c: char| c.is_ascii_digit());
                if !capital && !attached {
                    break;
                }
                words += 1;
                if words > MAX_NAME_WORDS {
                    break;
                }
            }
            if j > i && !attached {
                key.gap();
            }
            key.push(word);
            if t.kind == TokenKind::Word && j + 1 >= swallowed {
                if let Some(k) = key.finish().filter(|&k| table.has(k)) {
                    best = Some(BareName {
                        tokens: i..j + 1,
                        key: k,
                        swallows: swallowed > 0,
                    });
                }
            }
        }
        best
    }

    /// The reading of the bare village name of key `key` at tokens `name`, if the document
    /// gives the evidence it needs (see the module docs).
    fn bare_reading(
        &self,
        table: &VillageTable,
        name: &BareName,
        named: &[Mentioned],
        at: &[(Range<usize>, Option<u32>)],
        ids: &mut Vec<u32>,
    ) -> Option<Decision> {
        let BareName {
            tokens: ref name,
            key,
            swallows,
        } = *name;
        let (text, tokens, layout) = (self.text, self.tokens, &self.layout);
        let (start, end) = (name.start, name.end);
        // Not the head of a longer name (`Sukamaju Raya`).
        if end < tokens.len() && layout.same_line(start, end) && self.capitalised_word(end) {
            return None;
        }
        let ctx = self.context(name.clone());
        if ctx.blocked || ctx.prefix.is_some() || ctx.title.is_some() || ctx.dateline {
            return None;
        }
        let mut flags = Ambiguity::NONE;
        for v in table.named(key) {
            flags = flags.union(table.get(v).ambiguity);
        }
        let written = &text[tokens[start].span.start..tokens[end - 1].span.end];
        let words = &self.rec.ambiguous;
        match words.class(written) {
            Some(AmbiguityClass::NotAmbiguous) => flags = flags.difference(WORDISH),
            Some(_) => flags = flags.union(words.flags(written)),
            None => {}
        }
        if flags.intersects(NEVER_BARE) {
            return None;
        }
        // `…, Sukamaju, Tabanan`: the place after the comma.
        let after_comma = self.after_comma(end, at);
        let address = after_comma.and_then(|(_, r)| *r);
        if after_comma.is_some() && !self.placed_by(table, key, address) {
            // `Johor, Malaysia`: the place after the comma is not where any namesake lies.
            return None;
        }
        // `ke Weda dan Sukamaju`: an item of a list of places.
        let listed = start >= 2
            && self.rec.words.is_coordination(tokens[start - 1].text(text))
            && at.iter().any(|(r, _)| r.end == start - 1);
        let locative = ctx.locative || listed;
        // After another name word, or after a word that makes names of temples, beaches,
        // programmes (`Pura`, `Pantai`, `Wisata`), or written onto a slash, the name is likely
        // part of a longer one
        // (`Stadion Sukamaju`): only an address tells it is the village.
        let in_name = ctx.after_name
            // `Kodam VI/Sukamaju`: written onto a slash or a word (not onto the dash of a
            // route, `Weda–Sukamaju`)
            || start > 0
                && tokens[start - 1].span.end == tokens[start].span.start
                && (tokens[start - 1].kind == TokenKind::Word
                    || tokens[start - 1].text(text) == "/")
            || start > 0
                && self.capitalised_word(start - 1)
                && matches!(
                    layout.word(start - 1).map(|w| self.rec.words.get(w).role),
                    Some(Role::Generic | Role::Building | Role::Feature)
                );
        // Written as a venue (`di Lapangan Sukamaju`, `di Pasar Malam Sukamaju`), a facility
        // named after its village: the district the document names shows it, as for a bare
        // name; otherwise (`pembangunan Stadion Sukamaju`) only an address does.
        let venue = in_name && {
            let mut k = start;
            while k > 0
                && start - k < MAX_VENUE_WORDS
                && layout.same_line(k - 1, start)
                && self.capitalised_word(k - 1)
            {
                k -= 1;
            }
            k < start
                && k > 0
                && layout.word(k - 1).map(|w| self.rec.words.get(w).role) == Some(Role::Locative)
        };
        let best = if in_name && !venue {
            self.best_namesakes(table, key, &[], address, ids)
        } else {
            self.best_namesakes(table, key, named, address, ids)
        };
        // At the start of a sentence any word is capitalised: the district is needed.
        let need = if in_name || layout.starts_sentence(start) {
            3
        } else {
            2
        };
        let wordish = flags.intersects(WORDISH);
        let accepted = if swallows {
            // a village named with a region's name (`Tongute Ternate`) needs its district
            best >= 3 && (!wordish || locative || address.is_some())
        } else if best >= need {
            !wordish || locative || address.is_some()
        } else {
            // unique in the country, after a locative word, and not in a text whose places
            // all lie in other provinces
            (best == 1 || named.is_empty())
                && !wordish
                && need == 2
                && ctx.locative
                && ids.len() == 1
        };
        if !accepted {
            return None;
        }
        match ids.as_slice() {
            [] => None,
            [one] => Some(Decision::Village(*one)),
            _ => Some(Decision::Villages(ids.clone())),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::document::{EntityData, PlaceLevel};
    use crate::Extractor;

    /// The places of `text` with villages on: (text, code, level).
    fn places(text: &str) -> Vec<(String, Option<String>, Option<PlaceLevel>)> {
        let ex = Extractor::builder().villages(true).build().unwrap();
        ex.extract(text)
            .entities
            .into_iter()
            .filter_map(|e| match e.data {
                EntityData::Place(p) => Some((e.text, p.code, p.level)),
                _ => None,
            })
            .collect()
    }

    fn has(found: &[(String, Option<String>, Option<PlaceLevel>)], name: &str) -> bool {
        found.iter().any(|(t, _, _)| t == name)
    }

    #[test]
    fn a_bare_village_counts_when_its_regency_is_named() {
        let found = places(
            "Petani di Kabupaten Tabanan menanam padi lokal. Rombongan lalu meninjau \
             sawah di Jatiluwih pada Sabtu pagi.",
        );
        let v = found
            .iter()
            .find(|(t, _, _)| t == "Jatiluwih")
            .expect("Jatiluwih");
        assert_eq!(v.2, Some(PlaceLevel::Village));
        assert!(
            v.1.as_deref().is_some_and(|c| c.starts_with("51.02.")),
            "{v:?}"
        );
    }

    #[test]
    fn a_bare_village_in_an_address_takes_the_namesake_of_the_place_after_it() {
        let found =
            places("Pameran kerajinan dibuka di gedung serbaguna, Renon, Denpasar, pada Minggu.");
        let v = found.iter().find(|(t, _, _)| t == "Renon").expect("Renon");
        assert!(
            v.1.as_deref().is_some_and(|c| c.starts_with("51.71.")),
            "{v:?}"
        );
    }

    #[test]
    fn a_village_word_takes_the_village_not_the_name_after_it() {
        // A Sasak noble's name (`Lalu`) right after the village's name.
        let found = places(
            "Kepala Desa Pringgasela Selatan Lalu Ahmad Fauzi hadir di Kabupaten Lombok Timur.",
        );
        assert!(found.contains(&(
            "Pringgasela Selatan".to_string(),
            Some("52.03.12.2007".to_string()),
            Some(PlaceLevel::Village)
        )));
        assert!(!found.iter().any(|(t, _, _)| t.contains("Lalu")));
        // A name no village has is kept whole.
        assert!(has(
            &places("Warga Desa Tasik Contoh Lama berkumpul."),
            "Tasik Contoh Lama"
        ));
    }

    #[test]
    fn one_more_word_after_a_known_village_is_part_of_its_name() {
        // The village's longer name, which the lexicon spells otherwise (`Merak Belatung`)
        // or not at all; at a sentence's start too.
        let found = places(
            "Warga Desa Merak Belantung berkumpul. Posyandu di Desa Tenganan Pegringsingan \
             dibuka kembali.",
        );
        assert!(has(&found, "Merak Belantung"), "{found:?}");
        assert!(has(&found, "Tenganan Pegringsingan"), "{found:?}");
        assert!(
            !has(&found, "Merak") && !has(&found, "Tenganan"),
            "{found:?}"
        );
        // A given name after it opens a person's name.
        let found = places("Bantuan diterima warga Desa Tenganan Budi di Kabupaten Karangasem.");
        assert!(has(&found, "Tenganan"), "{found:?}");
        assert!(
            !found.iter().any(|(t, _, _)| t.contains("Budi")),
            "{found:?}"
        );
    }

    #[test]
    fn negeri_opens_a_village_only_after_no_capitalised_word() {
        let found = places(
            "Banjir merendam Negeri Lumasalu dan Negeri Waitonang di Kabupaten Seram Bagian \
             Barat. Pengadilan Negeri Baru menunda sidang, dan ia kuliah di luar negeri.",
        );
        assert!(has(&found, "Lumasalu"), "{found:?}");
        assert!(has(&found, "Waitonang"), "{found:?}");
        assert!(!has(&found, "Baru"), "{found:?}");
    }

    #[test]
    fn a_village_word_inside_a_cooperatives_name_opens_no_village() {
        let found = places(
            "Sebanyak 20 Koperasi Desa Merah Putih dan Kopdes Merah Putih Sukamaju di \
             Kabupaten Kendal mulai beroperasi.",
        );
        assert!(
            !found.iter().any(|(t, _, _)| t.contains("Merah")),
            "{found:?}"
        );
        assert!(has(&found, "Kendal"), "{found:?}");
    }

    #[test]
    fn a_village_word_takes_the_longer_village_name() {
        // `Kota` opens a city's name elsewhere; here it ends the village's own.
        let found = places(
            "Jalan itu menghubungkan Desa Loa Kulu Kota dengan pusat Kecamatan Loa Kulu di \
             Kabupaten Kutai Kartanegara.",
        );
        assert!(found.contains(&(
            "Loa Kulu Kota".to_string(),
            Some("64.02.02.2004".to_string()),
            Some(PlaceLevel::Village)
        )));
        assert!(has(&found, "Loa Kulu"));
        // No village is called `Sukamaju Kota`: the city after the village stays the city.
        let found = places("Warga Desa Sukamaju Kota Bogor berkumpul.");
        assert!(has(&found, "Bogor"));
        assert!(!has(&found, "Sukamaju Kota"));
    }

    #[test]
    fn a_bare_village_needs_support() {
        // The regency of Jatiluwih is not named, and the name is unique but follows no
        // locative word.
        assert!(!has(
            &places("Jatiluwih menjadi contoh tata kelola air."),
            "Jatiluwih"
        ));
        assert!(!has(
            &places("Paket wisata Jatiluwih laris selama musim libur."),
            "Jatiluwih"
        ));
    }

    #[test]
    fn a_common_word_village_needs_a_locative_besides_its_regency() {
        // `Kedai` (a shop) is a village of Aceh Barat Daya, whose name is an ordinary word.
        let bare = places(
            "Pemerintah Kabupaten Aceh Barat Daya membuka Kedai baru bagi pelaku usaha kecil.",
        );
        assert!(!has(&bare, "Kedai"), "{bare:?}");
        let located = places(
            "Pemerintah Kabupaten Aceh Barat Daya menyalurkan bibit kepada petani di Kedai.",
        );
        let v = located
            .iter()
            .find(|(t, _, _)| t == "Kedai")
            .expect("Kedai");
        assert_eq!(v.1.as_deref(), Some("11.12.03.2001"));
    }

    #[test]
    fn a_village_after_another_name_word_needs_an_address() {
        // Written onto another name, it is part of that name.
        let found = places("Prajurit Kodam VI/Jatiluwih berlatih di Kabupaten Tabanan.");
        assert!(!has(&found, "Jatiluwih"), "{found:?}");
        // `Stadion Renon` names a stadium; with the city after a comma it is an address.
        let found = places("Lomba lari digelar di Stadion Renon pada Minggu pagi di Denpasar.");
        assert!(!has(&found, "Renon"), "{found:?}");
        let found = places("Lomba lari digelar di Stadion Renon, Denpasar, pada Minggu pagi.");
        assert!(has(&found, "Renon"), "{found:?}");
    }

    #[test]
    fn a_district_named_before_heads_no_village_of_a_longer_name() {
        // Kopang Rembiga is a village of the district Kopang.
        let found = places(
            "Camat Kopang meninjau sawah. Petani di Kopang, terutama di Kopang Rembiga, \
             memulai panen raya.",
        );
        assert!(
            found.contains(&(
                "Kopang Rembiga".to_string(),
                Some("52.02.09.2005".to_string()),
                Some(PlaceLevel::Village)
            )),
            "{found:?}"
        );
        assert!(has(&found, "Kopang"));
    }

    #[test]
    fn a_village_named_with_a_city_s_name_counts_with_its_district() {
        // Suak Palembang is a village of Darul Makmur (Nagan Raya), not the city Palembang.
        let found = places("Camat Darul Makmur meninjau banjir di Suak Palembang dan sekitarnya.");
        assert!(
            found.contains(&(
                "Suak Palembang".to_string(),
                Some("11.15.05.2023".to_string()),
                Some(PlaceLevel::Village)
            )),
            "{found:?}"
        );
        assert!(!has(&found, "Palembang"), "{found:?}");
        // Without its district named, the city stays.
        let found = places("Tim meninjau banjir di Suak Palembang dan sekitarnya.");
        assert!(has(&found, "Palembang"), "{found:?}");
    }

    #[test]
    fn a_district_with_no_ancestor_named_yields_to_a_village_of_a_named_district() {
        // Dendang is a district of Belitung Timur and a village of Kelapa (Bangka Barat).
        let text = "Camat Kelapa membuka pasar murah. Pembeli datang dari Dendang sejak pagi.";
        let found = places(text);
        assert!(
            found.contains(&(
                "Dendang".to_string(),
                Some("19.05.04.2005".to_string()),
                Some(PlaceLevel::Village)
            )),
            "{found:?}"
        );
        let found = places("Pembeli datang dari Dendang ke pusat Kabupaten Belitung Timur.");
        assert!(
            found
                .iter()
                .any(|(t, c, _)| t == "Dendang" && c.as_deref() == Some("19.06.03")),
            "{found:?}"
        );
    }

    #[test]
    fn a_village_naming_a_venue_counts_with_its_district() {
        // Wajageseng is a village of Kopang.
        let found = places("Warga Kecamatan Kopang berkumpul di Lapangan Wajageseng untuk apel.");
        assert!(has(&found, "Wajageseng"), "{found:?}");
        // Not a venue: a stadium's name.
        let found = places("Pembangunan Stadion Wajageseng di Kecamatan Kopang dimulai.");
        assert!(!has(&found, "Wajageseng"), "{found:?}");
    }

    #[test]
    fn a_place_after_the_comma_that_holds_no_namesake_rules_the_village_out() {
        // `Johor` is also a village of Maluku Utara.
        let found = places("Kapal itu berlayar menuju Johor, Malaysia, pada pekan lalu.");
        assert!(!has(&found, "Johor"), "{found:?}");
    }

    #[test]
    fn a_village_word_gives_the_code_of_the_supported_namesake() {
        let found = places(
            "Warga Desa Jatiluwih, Kecamatan Penebel, Kabupaten Tabanan, menggelar upacara.",
        );
        let v = found
            .iter()
            .find(|(t, _, _)| t == "Jatiluwih")
            .expect("Jatiluwih");
        assert!(
            v.1.as_deref().is_some_and(|c| c.starts_with("51.02.")),
            "{v:?}"
        );
    }
}
