//! Resolution: turns the recognisers' entities into the document's entities — one entity per
//! surface form for places, organisations and acronyms (grouped as their recognisers build
//! them, by [`one_per_form`]), one per person for officials and persons (the recognisers group
//! those), one per mention for dates — sorted by first mention, with officials' jurisdictions
//! linked to the place or organisation entity they name.

mod forms;
mod names;

use std::cell::Cell;
use std::cmp::Reverse;
use std::ops::Range;

pub(crate) use forms::one_per_form;
pub(crate) use names::{
    cut_places_at_names, drop_places_inside_dates, drop_places_inside_names, name_spans,
};

use crate::document::{Acronym, Entity, EntityData, EntityKind, ExpansionSource, Mention};
use crate::text::hash::FoldHashMap;
use crate::text::Span;

/// Appends to `out` the form two mentions must share to be the same surface form:
/// case-folded, whitespace-collapsed (no leading or trailing space), apostrophes unified.
/// ASCII text, most of what news mentions are, is mapped byte for byte through [`ASCII_FOLD`],
/// and only rewritten again when its whitespace needs collapsing.
fn normalise_append(s: &str, out: &mut Vec<u8>) {
    let start = out.len();
    if fold_tidy_ascii(s.as_bytes(), out) {
        return;
    }
    out.truncate(start);
    if s.is_ascii() {
        // A space first, last or after a space: the mapped bytes need collapsing.
        let mut after_space = true;
        let mut untidy = false;
        out.extend(s.bytes().map(|b| {
            let f = ASCII_FOLD[usize::from(b & 0x7f)];
            let space = f == b' ';
            untidy |= space & after_space;
            after_space = space;
            f
        }));
        if untidy || after_space {
            collapse_spaces(out, start);
        }
        return;
    }
    let mut space = false;
    let mut utf8 = [0; 4];
    for c in s.chars() {
        if c.is_whitespace() {
            space = out.len() > start;
            continue;
        }
        if space {
            out.push(b' ');
            space = false;
        }
        match c {
            '\u{2019}' | '\u{2018}' | '`' => out.push(b'\''),
            c => {
                for l in c.to_lowercase() {
                    out.extend_from_slice(l.encode_utf8(&mut utf8).as_bytes());
                }
            }
        }
    }
}

/// [`normalise_append`] for the common case, eight bytes at a time: appends `bytes` lower-cased
/// to `out` and returns true when they are ASCII without control characters or backticks and
/// with no space first, last or after a space (nothing to map but capitals, nothing to
/// collapse); else returns false, having appended some bytes.
fn fold_tidy_ascii(bytes: &[u8], out: &mut Vec<u8>) -> bool {
    let start = out.len();
    out.reserve(bytes.len() + 8);
    // A space before the first byte would make a leading space untidy.
    let mut after_space = true;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        match fold_word(x, &mut after_space) {
            Some(w) => out.extend_from_slice(&w.to_le_bytes()),
            None => return false,
        }
    }
    let tail = chunks.remainder();
    if !tail.is_empty() {
        // Padded with `a`s, which no test of `fold_word` catches.
        let mut x = u64::from_le_bytes(*b"aaaaaaaa");
        for (i, &b) in tail.iter().enumerate() {
            x ^= u64::from(b ^ b'a') << (8 * i);
        }
        match fold_word(x, &mut after_space) {
            Some(w) => out.extend_from_slice(&w.to_le_bytes()),
            None => return false,
        }
        out.truncate(start + bytes.len());
    }
    bytes.last() != Some(&b' ')
}

/// Eight bytes of [`fold_tidy_ascii`]: their capitals lower-cased, or `None` when a byte is
/// not ASCII, a control character or a backtick, or a space after a space (`after_space`
/// says whether the byte before the first was one; it is left saying whether the last is).
#[inline(always)]
fn fold_word(x: u64, after_space: &mut bool) -> Option<u64> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = 0x80 * ONES;
    const LOW: u64 = 0x7f * ONES;
    // The high bit of each byte of `x` (bytes below 0x80) that equals `c`.
    let equal = |c: u8| {
        let y = x ^ (u64::from(c) * ONES);
        !(((y & LOW) + LOW) | y) & HIGH
    };
    // Not ASCII, or a control character (below 0x20), or a backtick.
    let control = !x.wrapping_add(0x60 * ONES) & HIGH;
    let spaces = equal(b' ');
    // Two spaces in a row, within the word or across words.
    let doubled = spaces & ((spaces << 8) | u64::from(*after_space) << 7);
    if (x & HIGH) | control | equal(b'`') | doubled != 0 {
        return None;
    }
    *after_space = spaces >> 63 != 0;
    // Capitals: at least `A` and at most `Z`; their 0x20 bit set.
    let capitals = (x + (0x80 - u64::from(b'A')) * ONES) & !(x + (0x7f - u64::from(b'Z')) * ONES);
    Some(x | ((capitals & HIGH) >> 2))
}

/// What [`normalise_append`] maps each ASCII byte to before collapsing spaces: whitespace
/// (with vertical tab, which `char::is_whitespace` counts) to a space, the backtick to an
/// apostrophe, capitals to lower case.
const ASCII_FOLD: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = match c {
            b'`' => b'\'',
            b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ' => b' ',
            c => c.to_ascii_lowercase(),
        };
        b += 1;
    }
    t
};

/// Collapses the runs of spaces in `out[start..]` to one space and drops leading and
/// trailing ones.
fn collapse_spaces(out: &mut Vec<u8>, start: usize) {
    let mut write = start;
    let mut space = false;
    for read in start..out.len() {
        let b = out[read];
        if b == b' ' {
            space = write > start;
            continue;
        }
        if space {
            out[write] = b' ';
            write += 1;
            space = false;
        }
        out[write] = b;
        write += 1;
    }
    out.truncate(write);
}

/// The document's entities: `people` (the officials and persons) then `rest` (places,
/// organisations, acronyms and dates), each entity's mentions sorted (repeats dropped), the
/// entities sorted by first mention (ties: longer first, then kind, then the given order),
/// and jurisdictions linked. Places, organisations and acronyms come one entity per surface
/// form already ([`one_per_form`]).
///
/// The entities are moved once each, in sorted order, into a list made at its final size;
/// `rest` is left empty, its memory kept.
pub(crate) fn assemble(mut people: Vec<Entity>, rest: &mut Vec<Entity>) -> Vec<Entity> {
    for e in people.iter_mut().chain(rest.iter_mut()) {
        sort_mentions(e);
    }
    let mut scratch = SCRATCH.take();
    let order = &mut scratch.order;
    order.clear();
    let all = people.iter().chain(rest.iter());
    order.extend(all.enumerate().map(|(i, e)| SortKey {
        start: e.span.start,
        end: Reverse(e.span.end),
        kind: e.kind(),
        index: i,
    }));
    if order.windows(2).any(|w| w[0] > w[1]) {
        order.sort_unstable();
    }
    let mut found = Vec::with_capacity(order.len());
    let split = people.len();
    for k in order.iter() {
        let slot = match k.index.checked_sub(split) {
            None => &mut people[k.index],
            Some(i) => &mut rest[i],
        };
        found.push(std::mem::replace(slot, placeholder()));
    }
    rest.clear();
    link_jurisdictions(&mut found, &mut scratch);
    // Buffers a long text grew are let go.
    if scratch.order.capacity() <= KEEP_ENTITIES && scratch.keys.capacity() <= KEEP_BYTES {
        SCRATCH.set(scratch);
    }
    found
}

/// Sorts the mentions of `e` by span and drops repeats (a sorted list, most are, is only
/// read).
fn sort_mentions(e: &mut Entity) {
    let m = &mut e.mentions;
    let key = |m: &Mention| (m.span.start, m.span.end);
    if m.windows(2).any(|w| key(&w[0]) > key(&w[1])) {
        m.sort_by_key(key);
    }
    if m.windows(2).any(|w| w[0] == w[1]) {
        m.dedup();
    }
}

/// What an entity moved out of its list leaves behind: nothing on the heap, so dropping it
/// costs nothing.
fn placeholder() -> Entity {
    Entity {
        data: EntityData::Acronym(Acronym {
            expansion: None,
            source: ExpansionSource::Unknown,
        }),
        text: String::new(),
        span: Span::default(),
        mentions: Vec::new(),
    }
}

/// Most entities the sorting buffer keeps from one text to the next.
const KEEP_ENTITIES: usize = 1 << 10;
/// Most bytes the key buffer keeps from one text to the next.
const KEEP_BYTES: usize = 1 << 12;

thread_local! {
    /// This thread's buffers, reused from one text to the next.
    static SCRATCH: Cell<Scratch> = const { Cell::new(Scratch::new()) };
}

/// The lists [`assemble`] makes for one text, kept with their memory from one text to the
/// next.
struct Scratch {
    /// The sort keys (see [`SortKey`]).
    order: Vec<SortKey>,
    /// The officials' jurisdictions, normalised one after the other, and where each is.
    keys: Vec<u8>,
    wanted: Vec<(usize, Range<usize>)>,
    /// A mention, normalised.
    key: Vec<u8>,
}

impl Scratch {
    const fn new() -> Scratch {
        Scratch {
            order: Vec::new(),
            keys: Vec::new(),
            wanted: Vec::new(),
            key: Vec::new(),
        }
    }
}

impl Default for Scratch {
    fn default() -> Scratch {
        Scratch::new()
    }
}

/// An entity's place in the sorted order: first mention start, longer first, kind, then its
/// index among all the entities given (a stable order).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct SortKey {
    start: usize,
    end: Reverse<usize>,
    kind: EntityKind,
    index: usize,
}

/// Points each official's `jurisdiction_entity` at the first place or organisation entity
/// with a mention written like its jurisdiction. Only documents whose officials name a
/// jurisdiction look at the places' and organisations' mentions. `scratch` lends its buffers.
fn link_jurisdictions(entities: &mut [Entity], scratch: &mut Scratch) {
    let Scratch {
        keys, wanted, key, ..
    } = scratch;
    keys.clear();
    wanted.clear();
    for (i, e) in entities.iter_mut().enumerate() {
        if let EntityData::Official(o) = &mut e.data {
            o.jurisdiction_entity = None;
            if let Some(j) = &o.jurisdiction {
                let start = keys.len();
                normalise_append(j, keys);
                wanted.push((i, start..keys.len()));
            }
        }
    }
    if wanted.is_empty() {
        return;
    }
    let mut named: FoldHashMap<&[u8], Option<usize>> = wanted
        .iter()
        .map(|(_, r)| (&keys[r.clone()], None))
        .collect();
    let mut unresolved = named.len();
    'entities: for (i, e) in entities.iter().enumerate() {
        if !matches!(e.kind(), EntityKind::Place | EntityKind::Organization) {
            continue;
        }
        for m in &e.mentions {
            key.clear();
            normalise_append(&m.text, key);
            if let Some(slot @ None) = named.get_mut(key.as_slice()) {
                *slot = Some(i);
                unresolved -= 1;
                if unresolved == 0 {
                    break 'entities;
                }
            }
        }
    }
    for (i, r) in wanted.iter() {
        if let EntityData::Official(o) = &mut entities[*i].data {
            o.jurisdiction_entity = named.get(&keys[r.clone()]).copied().flatten();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{
        Acronym, DateGrain, DateValue, ExpansionSource, Mention, Official, Organization, Person,
        Place,
    };
    use crate::text::Span;

    /// The plain char-by-char definition `normalise_into`'s ASCII loop must agree with.
    fn normalise_reference(s: &str) -> String {
        let mut out = String::new();
        let mut space = false;
        for c in s.chars() {
            if c.is_whitespace() {
                space = !out.is_empty();
                continue;
            }
            if space {
                out.push(' ');
                space = false;
            }
            match c {
                '\u{2019}' | '\u{2018}' | '`' => out.push('\''),
                c => out.extend(c.to_lowercase()),
            }
        }
        out
    }

    fn normalise(s: &str) -> String {
        let mut out = Vec::new();
        normalise_append(s, &mut out);
        String::from_utf8(out).expect("normalised text is UTF-8")
    }

    #[test]
    fn normalise_appends_after_what_is_there() {
        let mut out = b"x\x1f".to_vec();
        normalise_append("  Kota \t Bogor ", &mut out);
        assert_eq!(out, b"x\x1fkota bogor");
        normalise_append(" \u{a0}Sa\u{2019}BANI ", &mut out);
        assert_eq!(out, "x\x1fkota bogorsa'bani".as_bytes());
    }

    #[test]
    fn word_at_a_time_path_agrees_with_the_char_definition() {
        // Every ASCII character, and some others, at every place of texts of up to 19
        // characters that mix capitals, small letters and single spaces.
        let base: Vec<char> = "Kota Bogor DPRD Sa x".chars().collect();
        let others = ['\u{2019}', '\u{a0}', 'É', '\u{7f}'];
        for len in 0..base.len() {
            for at in 0..len {
                for c in (0..128u8).map(char::from).chain(others) {
                    // `base` is ASCII: a char's index is its byte offset.
                    let mut s: String = base[..len].iter().collect();
                    s.replace_range(at..=at, c.encode_utf8(&mut [0; 4]));
                    assert_eq!(normalise(&s), normalise_reference(&s), "{s:?}");
                    let mut out = b"ab".to_vec();
                    let tidy = fold_tidy_ascii(s.as_bytes(), &mut out);
                    if tidy {
                        assert_eq!(out[2..], *normalise_reference(&s).as_bytes(), "{s:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn ascii_fast_path_agrees_with_the_char_definition() {
        for s in [
            "",
            "  Kota\tBalikpapan \n",
            "Mas`ud\x0b\x0cX",
            "DPRD  Kaltim",
            "Sa\u{2019}bani  Ibu",
            "\u{a0}Jakarta\u{a0}",
            "ÉCOLE  x",
            " ",
            "\t\n",
            "a  b   c",
            " a b ",
            "A\x0b",
        ] {
            assert_eq!(normalise(s), normalise_reference(s), "{s:?}");
        }
        for b in 0..128u8 {
            let c = char::from(b);
            for s in [format!("x{c}Y{c}{c}z"), format!("{c}A {c}")] {
                assert_eq!(normalise(&s), normalise_reference(&s), "{s:?}");
            }
        }
    }

    fn span(start: usize, end: usize) -> Span {
        Span::ascii(start, end)
    }

    fn entity(data: EntityData, text: &str, start: usize) -> Entity {
        let sp = span(start, start + text.len());
        Entity {
            data,
            text: text.to_string(),
            span: sp,
            mentions: vec![Mention {
                text: text.to_string(),
                span: sp,
            }],
        }
    }

    fn place(text: &str, start: usize) -> Entity {
        entity(
            EntityData::Place(Place {
                name: "Kalimantan Timur".into(),
                code: Some("64".into()),
                level: None,
                candidates: vec![],
            }),
            text,
            start,
        )
    }

    #[test]
    fn same_surface_form_merges_case_insensitively() {
        let text = "Kalimantan Timur KALTIM   Kaltim lagi Kaltim";
        let mut found = vec![span(26, 32), span(17, 23), span(0, 16), span(38, 44)];
        let mut places = Vec::new();
        one_per_form(
            text,
            &mut found,
            |&s| (s, "64"),
            |_| match place("", 0).data {
                d @ EntityData::Place(_) => d,
                _ => unreachable!("a place"),
            },
            &mut places,
        );
        let out = assemble(places, &mut Vec::new());
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].text, "Kalimantan Timur");
        assert_eq!(out[1].text, "KALTIM");
        assert_eq!(out[1].span.start, 17);
        let starts: Vec<usize> = out[1].mentions.iter().map(|m| m.span.start).collect();
        assert_eq!(starts, [17, 26, 38]);
    }

    #[test]
    fn jurisdiction_links_to_the_named_entity() {
        let off = entity(
            EntityData::Official(Official {
                name: "Isran Noor".into(),
                title: "Gubernur".into(),
                jurisdiction: Some("Kaltim".into()),
                ..Default::default()
            }),
            "Isran Noor",
            20,
        );
        let out = assemble(vec![off], &mut vec![place("Kaltim", 9)]);
        let EntityData::Official(o) = &out[1].data else {
            panic!("official second")
        };
        assert_eq!(o.jurisdiction_entity, Some(0));
    }

    /// The straightforward assembly (one key `String` per entity, a stable sort of the
    /// entities themselves, a map of every place and organisation mention) that `assemble`
    /// must agree with.
    fn assemble_reference(found: Vec<Entity>) -> Vec<Entity> {
        let mut out: Vec<Entity> = Vec::new();
        let mut index: FoldHashMap<(EntityKind, String), usize> = FoldHashMap::default();
        for e in found {
            let key = match &e.data {
                EntityData::Place(p) => Some(format!(
                    "{}\u{1f}{}",
                    normalise(&e.text),
                    p.code.as_deref().unwrap_or("")
                )),
                EntityData::Organization(_) | EntityData::Acronym(_) => Some(normalise(&e.text)),
                _ => None,
            };
            match key.and_then(|k| {
                let next = out.len();
                let i = *index.entry((e.kind(), k)).or_insert(next);
                (i != next).then_some(i)
            }) {
                Some(i) => {
                    let target = &mut out[i];
                    target.mentions.extend(e.mentions);
                    if e.span.start < target.span.start {
                        target.span = e.span;
                        target.text = e.text;
                    }
                }
                None => out.push(e),
            }
        }
        for e in &mut out {
            e.mentions.sort_by_key(|m| (m.span.start, m.span.end));
            e.mentions.dedup();
        }
        out.sort_by(|a, b| {
            a.span
                .start
                .cmp(&b.span.start)
                .then(b.span.end.cmp(&a.span.end))
                .then(a.kind().cmp(&b.kind()))
        });
        let mut by_text: FoldHashMap<String, usize> = FoldHashMap::default();
        for (i, e) in out.iter().enumerate() {
            if matches!(e.kind(), EntityKind::Place | EntityKind::Organization) {
                for m in &e.mentions {
                    by_text.entry(normalise(&m.text)).or_insert(i);
                }
            }
        }
        for e in &mut out {
            if let EntityData::Official(o) = &mut e.data {
                o.jurisdiction_entity =
                    (o.jurisdiction.as_deref()).and_then(|j| by_text.get(&normalise(j)).copied());
            }
        }
        out
    }

    /// A small deterministic generator (xorshift), so the comparison covers many documents
    /// with colliding spans, texts and kinds.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
    }

    const TEXTS: [&str; 8] = [
        "Kaltim",
        "KALTIM",
        " kaltim\n",
        "Kota  Bogor",
        "kota bogor",
        "Sa\u{2019}bani",
        "SA'BANI",
        "DPRD",
    ];

    /// A text of `TEXTS` in random order, and the spans of its pieces.
    fn random_text(rng: &mut Rng) -> (String, Vec<Span>) {
        let mut text = String::new();
        let mut spans = Vec::new();
        for _ in 0..10 {
            let t = TEXTS[rng.below(TEXTS.len())];
            let start = text.len();
            text.push_str(t);
            spans.push(span(start, text.len()));
            text.push('|');
        }
        (text, spans)
    }

    fn random_data(kind: usize, rng: &mut Rng) -> EntityData {
        match kind {
            0 => EntityData::Official(Official {
                name: "Nama".into(),
                title: "Gubernur".into(),
                jurisdiction: [None, Some(TEXTS[rng.below(TEXTS.len())].to_string())][rng.below(2)]
                    .clone(),
                jurisdiction_entity: [None, Some(7)][rng.below(2)],
                ..Default::default()
            }),
            1 => EntityData::Person(Person::default()),
            2 => EntityData::Place(Place {
                name: ["Tempat", "Lain"][rng.below(2)].into(),
                code: [None, Some("64".to_string()), Some("32.01".to_string())][rng.below(3)]
                    .clone(),
                level: None,
                candidates: vec![],
            }),
            3 => EntityData::Organization(Organization {
                name: ["A", "B"][rng.below(2)].into(),
                acronym: None,
            }),
            4 => EntityData::Acronym(Acronym {
                expansion: [None, Some("X".to_string())][rng.below(2)].clone(),
                source: ExpansionSource::Unknown,
            }),
            _ => EntityData::Date(DateValue {
                value: None,
                grain: DateGrain::Day,
                relative: false,
                part_of_day: None,
                weekday_mismatch: false,
            }),
        }
    }

    /// One entity per mention, as the recognisers found them before grouping, in the order
    /// the extractor gathers them: people, places, organisations, acronyms, dates.
    fn random_mentions(rng: &mut Rng, text: &str, pieces: &[Span]) -> Vec<Entity> {
        let mut found: Vec<Entity> = Vec::new();
        for kind in [0, 1, 2, 3, 4, 5] {
            for _ in 0..rng.below(6) {
                let sp = pieces[rng.below(pieces.len())];
                let mut e = entity(random_data(kind, rng), &text[sp.range()], sp.start);
                if kind < 2 {
                    // People: several mentions, any span.
                    e.span.end = e.span.start + rng.below(3);
                    for _ in 0..rng.below(3) {
                        let m = pieces[rng.below(pieces.len())];
                        e.mentions.push(Mention {
                            text: text[m.range()].to_string(),
                            span: m,
                        });
                    }
                }
                found.push(e);
            }
        }
        found
    }

    #[test]
    fn grouping_and_assembly_agree_with_the_straightforward_definition() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for _ in 0..3000 {
            let (text, pieces) = random_text(&mut rng);
            let found = random_mentions(&mut rng, &text, &pieces);
            // What the recognisers give: places, organisations and acronyms grouped.
            let mut grouped: Vec<Entity> = Vec::new();
            let mut by_kind: Vec<Vec<Entity>> = vec![Vec::new(); 6];
            for e in found.clone() {
                let k = match e.kind() {
                    EntityKind::Place => 2,
                    EntityKind::Organization => 3,
                    EntityKind::Acronym => 4,
                    EntityKind::Date => 5,
                    _ => 0,
                };
                by_kind[k].push(e);
            }
            for (k, mut es) in by_kind.into_iter().enumerate() {
                if (2..=4).contains(&k) {
                    one_per_form(
                        &text,
                        &mut es,
                        |e| {
                            let code = match &e.data {
                                EntityData::Place(p) => p.code.as_deref().unwrap_or(""),
                                _ => "",
                            };
                            // `'static` codes only, as a recogniser's lexicon gives them.
                            let code: &'static str = match code {
                                "64" => "64",
                                "32.01" => "32.01",
                                _ => "",
                            };
                            (e.span, code)
                        },
                        |e| e.data,
                        &mut grouped,
                    );
                } else {
                    grouped.extend(es);
                }
            }
            // The people and the rest, as the extractor gives them (any split keeps the
            // order).
            let mut rest = grouped.split_off(rng.below(grouped.len() + 1));
            assert_eq!(
                assemble(grouped, &mut rest),
                assemble_reference(found.clone()),
                "{text:?} {found:#?}"
            );
        }
    }

    #[test]
    fn normalise_folds_case_space_and_quotes() {
        assert_eq!(normalise("  Mas’ud   BIN\tX "), "mas'ud bin x");
    }
}
