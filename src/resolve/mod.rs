//! Resolution: turns the recognisers' mentions into the document's entities — one entity per
//! surface form for places, organisations and acronyms, one per person for officials and
//! persons (the recognisers group those), one per mention for dates — sorted by first mention,
//! with officials' jurisdictions linked to the place or organisation entity they name.

use std::cmp::Reverse;
use std::ops::Range;

use crate::document::{Entity, EntityData, EntityKind};
use crate::text::hash::{FastState, FoldHashMap};

/// Appends to `keys` the key under which mentions of `e`'s kind are merged into one entity
/// and returns where it is, or `None` when the entity is never merged with another.
fn merge_key(e: &Entity, keys: &mut Vec<u8>) -> Option<Range<usize>> {
    let start = keys.len();
    match &e.data {
        // Two places written alike but read differently (Kota and Kabupaten Bogor) stay apart.
        EntityData::Place(p) => {
            normalise_append(&e.text, keys);
            keys.push(0x1f);
            keys.extend_from_slice(p.code.as_deref().unwrap_or("").as_bytes());
        }
        EntityData::Organization(_) | EntityData::Acronym(_) => normalise_append(&e.text, keys),
        _ => return None,
    }
    Some(start..keys.len())
}

/// Appends to `out` the form two mentions must share to be the same surface form:
/// case-folded, whitespace-collapsed (no leading or trailing space), apostrophes unified.
/// ASCII text, most of what news mentions are, is mapped byte for byte through [`ASCII_FOLD`],
/// and only rewritten again when its whitespace needs collapsing.
fn normalise_append(s: &str, out: &mut Vec<u8>) {
    let start = out.len();
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

/// Merges mentions of the same surface form, sorts entities by first mention (ties: longer
/// first, then kind), and links jurisdictions.
pub(crate) fn assemble(mut found: Vec<Entity>) -> Vec<Entity> {
    let kept = merge(&mut found);
    for e in &mut found {
        if e.mentions.len() > 1 {
            e.mentions.sort_by_key(|m| (m.span.start, m.span.end));
            e.mentions.dedup();
        }
    }
    sort_by_first_mention(&mut found, &kept);
    link_jurisdictions(&mut found);
    found
}

/// Merges every entity into the first one with the same merge key, where it stands: its
/// mentions join the first one's (in one allocation), and its text and span replace the
/// first one's when they come earlier in the text. Returns whether each entity is kept (the
/// first with its key, or one never merged); the others are left without mentions.
fn merge(found: &mut [Entity]) -> Vec<bool> {
    let mut kept = vec![true; found.len()];
    let mut keys = Vec::with_capacity(found.iter().map(|e| e.text.len() + 8).sum());
    let ranges: Vec<Option<Range<usize>>> = found.iter().map(|e| merge_key(e, &mut keys)).collect();
    if ranges.iter().flatten().nth(1).is_none() {
        return kept;
    }
    // For each entity the one it merges into (itself when first), and per first entity the
    // mention count of the merged whole.
    let mut index: FoldHashMap<(EntityKind, &[u8]), usize> =
        FoldHashMap::with_capacity_and_hasher(found.len(), FastState::default());
    let mut target = Vec::with_capacity(found.len());
    let mut mentions = vec![0; found.len()];
    for (i, (e, range)) in found.iter().zip(&ranges).enumerate() {
        let t = match range {
            Some(r) => *index.entry((e.kind(), &keys[r.clone()])).or_insert(i),
            None => i,
        };
        mentions[t] += e.mentions.len();
        target.push(t);
    }
    for (i, &t) in target.iter().enumerate() {
        if t == i {
            let first = &mut found[i].mentions;
            first.reserve_exact(mentions[i] - first.len());
        } else {
            kept[i] = false;
            let (done, rest) = found.split_at_mut(i);
            let (into, e) = (&mut done[t], &mut rest[0]);
            into.mentions.append(&mut e.mentions);
            if e.span.start < into.span.start {
                into.span = e.span;
                into.text = std::mem::take(&mut e.text);
            }
        }
    }
    kept
}

/// Keeps the entities marked in `kept`, sorted by first mention, longer first on the same
/// start, then by kind, full ties in their given order. The keys are sorted, then each
/// entity moved at most once.
fn sort_by_first_mention(entities: &mut Vec<Entity>, kept: &[bool]) {
    let mut order: Vec<(usize, Reverse<usize>, EntityKind, usize)> =
        Vec::with_capacity(entities.len());
    for (i, (e, _)) in entities
        .iter()
        .zip(kept)
        .enumerate()
        .filter(|(_, (_, &k))| k)
    {
        order.push((e.span.start, Reverse(e.span.end), e.kind(), i));
    }
    if order.len() == entities.len() && order.windows(2).all(|w| w[0] <= w[1]) {
        return;
    }
    order.sort_unstable();
    // `at[i]`: where the entity first at `i` is now; `holds[p]`: which entity `p` holds.
    let mut at: Vec<usize> = (0..entities.len()).collect();
    let mut holds = at.clone();
    for (p, &(.., i)) in order.iter().enumerate() {
        let from = at[i];
        if from != p {
            entities.swap(p, from);
            let displaced = holds[p];
            at[displaced] = from;
            holds[from] = displaced;
            at[i] = p;
            holds[p] = i;
        }
    }
    entities.truncate(order.len());
}

/// Points each official's `jurisdiction_entity` at the first place or organisation entity
/// with a mention written like its jurisdiction. Only documents whose officials name a
/// jurisdiction look at the places' and organisations' mentions.
fn link_jurisdictions(entities: &mut [Entity]) {
    let mut keys = Vec::new();
    let mut wanted: Vec<(usize, Range<usize>)> = Vec::new();
    for (i, e) in entities.iter_mut().enumerate() {
        if let EntityData::Official(o) = &mut e.data {
            o.jurisdiction_entity = None;
            if let Some(j) = &o.jurisdiction {
                let start = keys.len();
                normalise_append(j, &mut keys);
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
    let mut key = Vec::new();
    'entities: for (i, e) in entities.iter().enumerate() {
        if !matches!(e.kind(), EntityKind::Place | EntityKind::Organization) {
            continue;
        }
        for m in &e.mentions {
            key.clear();
            normalise_append(&m.text, &mut key);
            if let Some(slot @ None) = named.get_mut(key.as_slice()) {
                *slot = Some(i);
                unresolved -= 1;
                if unresolved == 0 {
                    break 'entities;
                }
            }
        }
    }
    for (i, r) in wanted {
        if let EntityData::Official(o) = &mut entities[i].data {
            o.jurisdiction_entity = named.get(&keys[r]).copied().flatten();
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
        Span {
            start,
            end,
            char_start: start,
            char_end: end,
        }
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
        let out = assemble(vec![
            place("Kaltim", 40),
            place("KALTIM", 10),
            place("Kalimantan Timur", 0),
        ]);
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].text, "Kalimantan Timur");
        assert_eq!(out[1].text, "KALTIM");
        assert_eq!(out[1].span.start, 10);
        assert_eq!(out[1].mentions.len(), 2);
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
        let out = assemble(vec![off, place("Kaltim", 9)]);
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

    fn random_entity(rng: &mut Rng) -> Entity {
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
        let text = TEXTS[rng.below(TEXTS.len())];
        let data = match rng.below(6) {
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
                name: "Tempat".into(),
                code: [None, Some("64".to_string()), Some("32.01".to_string())][rng.below(3)]
                    .clone(),
                level: None,
                candidates: vec![],
            }),
            3 => EntityData::Organization(Organization::default()),
            4 => EntityData::Acronym(Acronym {
                expansion: None,
                source: ExpansionSource::Unknown,
            }),
            _ => EntityData::Date(DateValue {
                value: None,
                grain: DateGrain::Day,
                relative: false,
                part_of_day: None,
                weekday_mismatch: false,
            }),
        };
        let mut e = entity(data, text, rng.below(12));
        e.span.end = e.span.start + rng.below(3);
        for _ in 0..rng.below(3) {
            let start = rng.below(12);
            e.mentions.push(Mention {
                text: TEXTS[rng.below(TEXTS.len())].to_string(),
                span: span(start, start + rng.below(2)),
            });
        }
        e
    }

    #[test]
    fn assemble_agrees_with_the_straightforward_definition() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for _ in 0..3000 {
            let found: Vec<Entity> = (0..rng.below(14))
                .map(|_| random_entity(&mut rng))
                .collect();
            assert_eq!(
                assemble(found.clone()),
                assemble_reference(found.clone()),
                "{found:#?}"
            );
        }
    }

    #[test]
    fn normalise_folds_case_space_and_quotes() {
        assert_eq!(normalise("  Mas’ud   BIN\tX "), "mas'ud bin x");
    }
}
