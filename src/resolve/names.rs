//! Places and people's names: the place recogniser reads before the people recogniser, which
//! knows where a name runs, so the two meet here. A village or district name no lexicon has is
//! read as the run of capitalised words after its prefix, which after a title takes the
//! holder's name with it (`Kepala Desa Geliting Agustinus Moa`): the place ends before the
//! name. A district's name inside a person's name (a surname) is the name's.

use crate::document::{Entity, EntityData, Mention, PlaceLevel};
use crate::text::Span;

/// Cuts each mention of a place with no region code (a name the text alone announced) that
/// runs into the name of an official or person in `names` (see [`name_spans`]) before that name, drops the
/// mentions a name starts at or covers (and the places left with none), and merges the
/// places that become one form.
pub(crate) fn cut_places_at_names(text: &str, places: &mut Vec<Entity>, names: &[Span]) {
    if names.is_empty() {
        return;
    }
    let mut changed = false;
    for e in places.iter_mut() {
        let EntityData::Place(p) = &mut e.data else {
            continue;
        };
        if p.code.is_some() {
            continue;
        }
        let before = e.mentions.len();
        // A mention that a name starts at or covers is the name's (`Sekretaris Desa Nurlela`).
        e.mentions.retain(|m| {
            !names
                .iter()
                .any(|s| s.start <= m.span.start && m.span.start < s.end)
        });
        let mut cut = e.mentions.len() < before;
        for m in &mut e.mentions {
            let inside = names
                .iter()
                .find(|s| m.span.start < s.start && s.start < m.span.end);
            if let Some(name) = inside {
                let kept = text[m.span.start..name.start].trim_end();
                if !kept.is_empty() {
                    *m = Mention {
                        text: kept.to_string(),
                        span: Span {
                            start: m.span.start,
                            end: m.span.start + kept.len(),
                            char_start: m.span.char_start,
                            char_end: m.span.char_start + kept.chars().count(),
                        },
                    };
                    cut = true;
                }
            }
        }
        if cut {
            changed = true;
            if let Some(first) = e.mentions.first() {
                if same_form(&p.name, &e.text) {
                    p.name.clone_from(&first.text);
                }
                e.text.clone_from(&first.text);
                e.span = first.span;
            }
        }
    }
    if changed {
        places.retain(|e| !e.mentions.is_empty());
        merge_same_forms(places);
    }
}

/// Puts into `names` the spans of every mention of the officials and persons in `people`,
/// sorted by start (names do not overlap).
pub(crate) fn name_spans(people: &[Entity], names: &mut Vec<Span>) {
    names.clear();
    names.extend(
        people
            .iter()
            .filter(|e| matches!(e.data, EntityData::Official(_) | EntityData::Person(_)))
            .flat_map(|e| e.mentions.iter().map(|m| m.span)),
    );
    names.sort_unstable_by_key(|s| s.start);
}

/// Drops the mentions of districts and villages that lie inside the name of an official or
/// person in `names` (see [`name_spans`]) (`Sukawati`, a district of Gianyar, ending the name `Cokorda Gde Raka
/// Sukawati`): the place recogniser reads before the people recogniser, which knows where a
/// name runs, and a surname that is also a small place's name is the name's. A place left
/// with no mention is dropped. Provinces, regencies and cities are kept: a name that runs
/// over one is more likely the name's error than the place's.
pub(crate) fn drop_places_inside_names(places: &mut Vec<Entity>, names: &[Span]) {
    drop_place_mentions_inside(
        places,
        names,
        |_| false,
        |level| {
            matches!(
                level,
                Some(PlaceLevel::District | PlaceLevel::Village) | None
            )
        },
    );
}

/// Drops the mentions of places of any level that lie inside a longer date in `dates` (spans
/// in text order, not overlapping): `Kuningan` of `Hari Raya Kuningan`, a Balinese holy day, is
/// no regency of Jawa Barat there. A date that is the place's word alone (`Natal` in `Camat
/// Natal`) leaves the place: the place recogniser has read its context; unless the date was
/// read from its own context (`in_context(k)` for the `k`-th date), which then takes a place
/// of the same words too (`Kuningan` in `Galungan dan Kuningan`). A place left with no mention
/// is dropped.
pub(crate) fn drop_places_inside_dates(
    places: &mut Vec<Entity>,
    dates: &[Span],
    in_context: impl Fn(usize) -> bool,
) {
    drop_place_mentions_inside(places, dates, |k| !in_context(k), |_| true);
}

/// Drops the mentions of the places whose level `level_applies` to that lie inside one of
/// `spans` (in text order, not overlapping), and, when `strictly(k)` for the `k`-th span, are
/// shorter than it; a place left with no mention is dropped, and one that lost its first
/// mention takes its next as its text.
fn drop_place_mentions_inside(
    places: &mut Vec<Entity>,
    spans: &[Span],
    strictly: impl Fn(usize) -> bool,
    level_applies: impl Fn(Option<PlaceLevel>) -> bool,
) {
    if spans.is_empty() {
        return;
    }
    let inside = |m: &Span| {
        // The last span starting at or before the mention is the only one that may hold it
        // (the spans do not overlap).
        let at = spans.partition_point(|s| s.start <= m.start);
        at > 0
            && m.end <= spans[at - 1].end
            && !(strictly(at - 1) && spans[at - 1].len() == m.len())
    };
    places.retain_mut(|e| {
        let EntityData::Place(p) = &e.data else {
            return true;
        };
        if !level_applies(p.level) {
            return true;
        }
        let before = e.mentions.len();
        e.mentions.retain(|m| !inside(&m.span));
        if e.mentions.len() == before {
            return true;
        }
        let Some(first) = e.mentions.first() else {
            return false;
        };
        e.span = first.span;
        e.text.clone_from(&first.text);
        true
    });
}

/// Whether two forms are the same up to case and spacing.
fn same_form(a: &str, b: &str) -> bool {
    let mut a = a.split_whitespace();
    let mut b = b.split_whitespace();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x.to_lowercase() == y.to_lowercase() => {}
            _ => return false,
        }
    }
}

/// Merges the places that have one form, one of them or both without a code (the first keeps
/// the mentions of the later ones, and the reading with a code), as the place recogniser
/// gives one entity per form.
fn merge_same_forms(places: &mut Vec<Entity>) {
    let mut i = 0;
    while i < places.len() {
        let mut j = i + 1;
        while j < places.len() {
            let same = match (&places[i].data, &places[j].data) {
                (EntityData::Place(a), EntityData::Place(b)) => {
                    (a.code == b.code || a.code.is_none() || b.code.is_none())
                        && same_form(&a.name, &b.name)
                }
                _ => false,
            };
            if same {
                let mut later = places.remove(j);
                // The reading with a region code is kept.
                if matches!(&later.data, EntityData::Place(b) if b.code.is_some()) {
                    std::mem::swap(&mut places[i].data, &mut later.data);
                }
                places[i].mentions.extend(later.mentions);
                places[i].mentions.sort_by_key(|m| m.span.start);
                let first = places[i].mentions[0].clone();
                places[i].span = first.span;
                places[i].text = first.text;
            } else {
                j += 1;
            }
        }
        i += 1;
    }
}
