//! Readings: which lexicon sense each kept candidate is, with the help of the document's
//! other places, and the entities that come out.

use crate::document::{Entity, EntityData, Place, PlaceCandidate, PlaceLevel};
use crate::text::hash::FoldHashMap;
use crate::text::Span;

use crate::recognize::gazetteer::Scan;

use super::senses::{self, SenseKind};
use super::{Candidate, Choice, Doc, Output, MAX_CANDIDATES, NO_KEY};

impl Doc<'_> {
    /// Appends to `out` the entities of the kept candidates, their readings chosen with the
    /// document's help.
    pub(super) fn entities(&mut self, kept: &[usize], scan: &Scan, out: &mut Vec<Entity>) {
        let senses = &self.rec.senses;
        // Regions named unambiguously: the anchors that support other readings.
        let mut mentioned = std::mem::take(&mut self.scratch.mentioned);
        mentioned.clear();
        for &i in kept {
            let c = &self.cands[i];
            if c.needs_support > 0 || c.output != Output::Place {
                continue;
            }
            let mut regions = self.pool[c.choices.clone()]
                .iter()
                .filter_map(|ch| match ch {
                    Choice::Sense(id) => senses.get(*id).region,
                    Choice::Open(_) => None,
                });
            if let (Some(region), None) = (regions.next(), regions.next()) {
                let m = Mentioned { region, key: c.key };
                if !mentioned.contains(&m) {
                    mentioned.push(m);
                }
            }
        }
        // Surface forms written in the right case, and the readings prefixed mentions settle.
        let mut well_written = std::mem::take(&mut self.scratch.well_written);
        well_written.clear();
        let mut settled = std::mem::take(&mut self.scratch.settled);
        settled.clear();
        for &i in kept {
            let c = &self.cands[i];
            if c.key == NO_KEY || c.output != Output::Place {
                continue;
            }
            well_written.insert(c.key);
            if let (true, [Choice::Sense(id)]) = (c.narrowed, &self.pool[c.choices.clone()]) {
                settled
                    .entry(c.key)
                    .and_modify(|s| {
                        if *s != Some(*id) {
                            *s = None;
                        }
                    })
                    .or_insert(Some(*id));
            }
        }
        // A first reading of the other names adds the regions it settles (`Tulungagung` is
        // also one of its own districts, but the regency is the reading).
        let anchors = mentioned.len();
        for &i in kept {
            let c = &self.cands[i];
            if c.needs_support > 0 || c.output != Output::Place {
                continue;
            }
            if let Decision::One(id) = self.choose(c, &settled, &mentioned[..anchors]) {
                if let Some(region) = senses.get(id).region {
                    let m = Mentioned { region, key: c.key };
                    if !mentioned.contains(&m) {
                        mentioned.push(m);
                    }
                }
            }
        }
        let mut found = std::mem::take(&mut self.scratch.found);
        found.clear();
        let mut found_at = std::mem::take(&mut self.scratch.found_at);
        found_at.clear();
        for &i in kept {
            let c = &self.cands[i];
            match c.output {
                Output::Place => {}
                Output::Blocker => continue,
                Output::Sloppy => {
                    if !well_written.contains(&c.key) {
                        continue;
                    }
                }
            }
            let choices = &self.pool[c.choices.clone()];
            if c.needs_support > 0
                && !choices.iter().any(|ch| match ch {
                    Choice::Sense(id) => {
                        self.support(*id, c.key, &mentioned).best >= c.needs_support
                    }
                    Choice::Open(_) => false,
                })
            {
                continue;
            }
            let decision = self.choose(c, &settled, &mentioned);
            let region = match decision {
                Decision::One(id) => senses.get(id).region,
                _ => None,
            };
            found.push((self.span_of(c), decision));
            found_at.push((c.tokens.clone(), region));
        }
        self.villages(scan, kept, &mentioned, &mut found, &mut found_at);
        let villages = self.rec.villages.as_ref();
        // Mentions written alike and read alike are one entity.
        crate::resolve::one_per_form(
            self.text,
            &mut found,
            |(span, decision)| {
                let code = match decision {
                    Decision::One(id) => senses.code(senses.get(*id)),
                    Decision::Village(v) => villages.map(|t| t.code(*v)),
                    Decision::Open(_) | Decision::Ambiguous(_) | Decision::Villages(_) => None,
                };
                (*span, code.unwrap_or(""))
            },
            |(span, decision)| EntityData::Place(self.place(&self.text[span.range()], decision)),
            out,
        );
        self.scratch.mentioned = mentioned;
        self.scratch.well_written = well_written;
        self.scratch.settled = settled;
        self.scratch.found = found;
        self.scratch.found_at = found_at;
    }

    /// How strongly the regions in `mentioned` (except those the surface form `key` named
    /// itself) support sense `id`. Each named region counts
    /// 3 when it is the sense's parent, 2 when it is another ancestor or a descendant, 1 when
    /// it lies in the same province.
    fn support(&self, id: u32, key: usize, mentioned: &[Mentioned]) -> Support {
        let senses = &self.rec.senses;
        let s = senses.get(id);
        let relation = |r: u32, m: u32| -> u8 {
            if senses.region(r).parent == Some(m) {
                3
            } else if m != r && (senses.contains(m, r) || senses.contains(r, m)) {
                2
            } else if m != r && senses.province(m) == senses.province(r) {
                1
            } else {
                0
            }
        };
        let of = |r: u32, cap: u8| {
            mentioned
                .iter()
                .filter(|m| m.key != key || key == NO_KEY)
                .fold(Support::default(), |acc, &Mentioned { region: m, .. }| {
                    let w = relation(r, m).min(cap);
                    Support {
                        best: acc.best.max(w),
                        total: acc.total.saturating_add(u16::from(w)),
                    }
                })
        };
        match (s.kind, s.region) {
            (_, Some(r)) => of(r, 3),
            // a feature or area lies in its regions: naming one of them supports it as much as
            // naming another ancestor (`Puncak` … `Kabupaten Bogor`)
            (SenseKind::Geo, None) => s
                .within
                .iter()
                .map(|&r| {
                    let own = mentioned
                        .iter()
                        .any(|m| m.region == r && (m.key != key || key == NO_KEY));
                    let mut sup = of(r, 2);
                    if own {
                        sup.best = 2;
                        sup.total = sup.total.saturating_add(2);
                    }
                    sup
                })
                .max()
                .unwrap_or_default(),
            _ => Support::default(),
        }
    }

    /// Picks the reading of candidate `c`.
    fn choose(
        &self,
        c: &Candidate,
        settled: &FoldHashMap<usize, Option<u32>>,
        mentioned: &[Mentioned],
    ) -> Decision {
        let senses = &self.rec.senses;
        let choices = &self.pool[c.choices.clone()];
        // Most candidates have one reading left: no list needed.
        let mut senses_of = choices.iter().filter_map(|ch| match ch {
            Choice::Sense(id) => Some(*id),
            Choice::Open(_) => None,
        });
        if let (Some(id), None) = (senses_of.next(), senses_of.next()) {
            return Decision::One(id);
        }
        let ids: Vec<u32> = choices
            .iter()
            .filter_map(|ch| match ch {
                Choice::Sense(id) => Some(*id),
                Choice::Open(_) => None,
            })
            .collect();
        if ids.is_empty() {
            let level = match choices.first() {
                Some(Choice::Open(l)) => *l,
                _ => None,
            };
            return Decision::Open(level);
        }
        if ids.len() == 1 {
            return Decision::One(ids[0]);
        }
        // A prefixed mention of the same surface form elsewhere settled it.
        if let Some(Some(id)) = settled.get(&c.key) {
            if !c.narrowed && ids.contains(id) {
                return Decision::One(*id);
            }
        }
        // A region of its own (province, regency, city, town) over an island or country of
        // the same name (`Maluku`, `Bintan`), unless the document places the name in the
        // feature's or area's regions and nowhere near the region's (`Puncak` with Kabupaten
        // Bogor named is the Bogor highland, not Kabupaten Puncak in Papua Tengah).
        let mut ids = ids;
        if ids.iter().any(|&id| rank(senses.get(id)) >= REGION_RANK) {
            let best = |id: u32| self.support(id, c.key, mentioned).best;
            let placed_geo = |id: u32| {
                let s = senses.get(id);
                s.kind == SenseKind::Geo && !s.within.is_empty()
            };
            // (support is only asked for when there is a geographic name to place)
            let geo_placed = ids.iter().any(|&id| placed_geo(id) && best(id) >= 2);
            let region_unplaced = geo_placed
                && ids
                    .iter()
                    .filter(|&&id| rank(senses.get(id)) >= REGION_RANK)
                    .all(|&id| best(id) == 0);
            if region_unplaced {
                ids.retain(|&id| senses.get(id).kind == SenseKind::Geo);
            } else {
                ids.retain(|&id| {
                    !matches!(senses.get(id).kind, SenseKind::Geo | SenseKind::Country)
                });
            }
        }
        // The strongest support by the document's other places, then the highest rank
        // (regions over countries over geographic names over districts), then
        // the most support. A district or village beats a region of the same name only when
        // the document names its parent (`Institut Teknologi Bandung` in a text about Jawa
        // Timur is not the district Bandung of Tulungagung).
        let mut keyed: Vec<(u32, (u8, u8, u16))> = ids
            .iter()
            .map(|&id| {
                let s = self.support(id, c.key, mentioned);
                (id, (s.best, rank(senses.get(id)), s.total))
            })
            .collect();
        let regions = keyed.iter().any(|(_, k)| k.1 >= REGION_RANK);
        let local_parent = keyed.iter().any(|(_, k)| k.1 < REGION_RANK && k.0 >= 3);
        if regions && !local_parent {
            keyed.retain(|(_, k)| k.1 >= REGION_RANK);
        }
        let top = keyed.iter().map(|(_, k)| *k).max().unwrap_or_default();
        let mut best: Vec<u32> = keyed
            .into_iter()
            .filter(|(_, k)| *k == top)
            .map(|(id, _)| id)
            .collect();
        // Two names of one region (an alias and the decree name) are one reading; two regions
        // stay ambiguous (Kota and Kabupaten Bogor; the province and the city of Jambi).
        best.sort_by_key(|id| senses.get(*id).region.map_or(u32::MAX - *id, |r| r));
        best.dedup_by_key(|id| senses.get(*id).region.map_or(u32::MAX - *id, |r| r));
        // A current name before a former one of the same spelling (`Cibinong`: the Bogor
        // district, not the Cianjur one once called so).
        if best.len() > 1 && best.iter().any(|&id| !senses.get(id).former) {
            best.retain(|&id| !senses.get(id).former);
        }
        if best.len() == 1 {
            Decision::One(best[0])
        } else {
            Decision::Ambiguous(best)
        }
    }

    /// The span of candidate `c`'s name as written, without a `se-` before it.
    fn span_of(&self, c: &Candidate) -> Span {
        let mut span = self.tokens[c.tokens.start]
            .span
            .cover(&self.tokens[c.tokens.end - 1].span);
        // `se-` is ASCII: as many chars as bytes.
        span.start += c.skip;
        span.char_start += c.skip;
        span
    }

    /// The place a name `written` read as `decision` is.
    fn place(&self, written: &str, decision: Decision) -> Place {
        let senses = &self.rec.senses;
        match decision {
            Decision::One(id) => {
                let s = senses.get(id);
                Place {
                    // `String::from(&str)`: `to_string` on a `Box<str>` formats.
                    name: String::from(&*s.name),
                    code: senses.code(s).map(str::to_string),
                    level: s.level,
                    candidates: Vec::new(),
                }
            }
            Decision::Open(level) => Place {
                name: collapse_spaces(written),
                code: None,
                level,
                candidates: Vec::new(),
            },
            Decision::Village(v) => {
                let table = self.rec.villages.as_ref();
                Place {
                    name: table.map_or_else(|| collapse_spaces(written), |t| t.name(v).to_string()),
                    code: table.map(|t| t.code(v).to_string()),
                    level: Some(PlaceLevel::Village),
                    candidates: Vec::new(),
                }
            }
            Decision::Villages(ids) => {
                let Some(table) = self.rec.villages.as_ref() else {
                    return Place {
                        name: collapse_spaces(written),
                        code: None,
                        level: Some(PlaceLevel::Village),
                        candidates: Vec::new(),
                    };
                };
                let mut candidates: Vec<PlaceCandidate> = ids
                    .iter()
                    .map(|&v| PlaceCandidate {
                        name: table.name(v).to_string(),
                        code: table.code(v).to_string(),
                        level: PlaceLevel::Village,
                    })
                    .collect();
                if candidates.len() > MAX_CANDIDATES {
                    candidates.clear();
                }
                candidates.sort_by(|a, b| a.code.cmp(&b.code));
                Place {
                    name: table.name(ids[0]).to_string(),
                    code: None,
                    level: Some(PlaceLevel::Village),
                    candidates,
                }
            }
            Decision::Ambiguous(ids) => {
                let mut candidates: Vec<PlaceCandidate> = ids
                    .iter()
                    .filter_map(|&id| {
                        let s = senses.get(id);
                        let r = senses.region(s.region?);
                        Some(PlaceCandidate {
                            name: r.name.to_string(),
                            code: senses.code(s)?.to_string(),
                            level: s.level.unwrap_or(r.level),
                        })
                    })
                    .collect();
                if candidates.len() > MAX_CANDIDATES {
                    candidates.clear();
                }
                candidates.sort_by(|a, b| a.code.cmp(&b.code));
                candidates.dedup_by(|a, b| a.code == b.code);
                let first = senses.get(ids[0]);
                let same_name = ids.iter().all(|&id| senses.get(id).name == first.name);
                let same_level = ids.iter().all(|&id| senses.get(id).level == first.level);
                Place {
                    name: if same_name {
                        String::from(&*first.name)
                    } else {
                        collapse_spaces(written)
                    },
                    code: None,
                    level: if same_level { first.level } else { None },
                    candidates,
                }
            }
        }
    }
}

/// A region the document names, and the surface form (dictionary key) that names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Mentioned {
    /// The region.
    pub(super) region: u32,
    /// The surface form.
    pub(super) key: usize,
}

/// How much the document's other places support a reading (see [`Doc::support`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
struct Support {
    /// The strongest relation: 3 parent, 2 other ancestor or descendant, 1 same province.
    best: u8,
    /// The sum of all relations.
    total: u16,
}

/// The reading chosen for a candidate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Decision {
    /// One lexicon sense.
    One(u32),
    /// A name no lexicon has.
    Open(Option<PlaceLevel>),
    /// Several senses, equally good.
    Ambiguous(Vec<u32>),
    /// A village (index into the recogniser's village table).
    Village(u32),
    /// Several villages of one name, equally supported.
    Villages(Vec<u32>),
}

/// The rank of provinces, regencies, cities and towns.
const REGION_RANK: u8 = 4;

/// How a bare name's readings rank.
fn rank(s: &senses::Sense) -> u8 {
    match (s.kind, s.level) {
        (SenseKind::Country, _) => 3,
        (SenseKind::Geo, _) => 2,
        (_, Some(PlaceLevel::District)) => 1,
        (_, Some(PlaceLevel::Village)) => 0,
        _ => REGION_RANK,
    }
}

/// `s` with each run of white space as one space.
fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_collapse() {
        assert_eq!(collapse_spaces(" Tana \n Contoh "), "Tana Contoh");
    }
}
