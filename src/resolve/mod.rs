//! Resolution: turns the recognisers' mentions into the document's entities — one entity per
//! surface form for places, organisations and acronyms, one per person for officials and
//! persons (the recognisers group those), one per mention for dates — sorted by first mention,
//! with officials' jurisdictions linked to the place or organisation entity they name.

use crate::text::hash::FoldHashMap;

use crate::document::{Entity, EntityData, EntityKind};

/// The key under which mentions of one kind are merged into one entity, or `None` when the
/// entity is never merged with another.
fn merge_key(e: &Entity) -> Option<(EntityKind, String)> {
    match &e.data {
        // Two places written alike but read differently (Kota and Kabupaten Bogor) stay apart.
        EntityData::Place(p) => {
            let mut key = normalise(&e.text);
            key.push('\u{1f}');
            key.push_str(p.code.as_deref().unwrap_or(""));
            Some((e.kind(), key))
        }
        EntityData::Organization(_) | EntityData::Acronym(_) => {
            Some((e.kind(), normalise(&e.text)))
        }
        _ => None,
    }
}

/// Case-folded, whitespace-collapsed, apostrophes unified: the form two mentions must share to
/// be the same surface form.
pub(crate) fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    normalise_into(s, &mut out);
    out
}

/// [`normalise`] into `out` (cleared first), so callers can reuse one buffer. ASCII text, most
/// of what news mentions are, takes a byte loop with no Unicode case tables.
pub(crate) fn normalise_into(s: &str, out: &mut String) {
    out.clear();
    let mut space = false;
    if s.is_ascii() {
        for &b in s.as_bytes() {
            if b.is_ascii_whitespace() || b == 0x0b {
                space = !out.is_empty();
                continue;
            }
            if space {
                out.push(' ');
                space = false;
            }
            out.push(match b {
                b'`' => '\'',
                b => b.to_ascii_lowercase() as char,
            });
        }
        return;
    }
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
}

/// Merges mentions of the same surface form, sorts entities by first mention (ties: longer
/// first, then kind), and links jurisdictions.
pub(crate) fn assemble(found: Vec<Entity>) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::with_capacity(found.len());
    let mut index: FoldHashMap<(EntityKind, String), usize> = FoldHashMap::default();
    for e in found {
        match merge_key(&e) {
            Some(key) => match index.get(&key) {
                Some(&i) => {
                    let target = &mut out[i];
                    target.mentions.extend(e.mentions);
                    if e.span.start < target.span.start {
                        target.span = e.span;
                        target.text = e.text;
                    }
                }
                None => {
                    index.insert(key, out.len());
                    out.push(e);
                }
            },
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
    link_jurisdictions(&mut out);
    out
}

/// Points each official's `jurisdiction_entity` at the place or organisation entity whose text
/// is its jurisdiction.
fn link_jurisdictions(entities: &mut [Entity]) {
    let mut by_text: FoldHashMap<String, usize> = FoldHashMap::default();
    let mut key = String::new();
    for (i, e) in entities.iter().enumerate() {
        if matches!(e.kind(), EntityKind::Place | EntityKind::Organization) {
            for m in &e.mentions {
                normalise_into(&m.text, &mut key);
                if !by_text.contains_key(key.as_str()) {
                    by_text.insert(key.clone(), i);
                }
            }
        }
    }
    for e in entities.iter_mut() {
        if let EntityData::Official(o) = &mut e.data {
            o.jurisdiction_entity = o.jurisdiction.as_deref().and_then(|j| {
                normalise_into(j, &mut key);
                by_text.get(key.as_str()).copied()
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Mention, Official, Place};
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
        ] {
            assert_eq!(normalise(s), normalise_reference(s), "{s:?}");
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

    #[test]
    fn normalise_folds_case_space_and_quotes() {
        assert_eq!(normalise("  Mas’ud   BIN\tX "), "mas'ud bin x");
    }
}
