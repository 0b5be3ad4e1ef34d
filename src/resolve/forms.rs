//! One entity per surface form: the grouping of places', organisations' and acronyms'
//! mentions, done while their recogniser builds its entities, so that a form's data (a
//! canonical name, a code, an expansion) and its entity's text are made once per form rather
//! than once per mention and then dropped.

use std::cell::Cell;
use std::hash::BuildHasher;

use crate::document::{Entity, EntityData, Mention};
use crate::text::hash::FastState;
use crate::text::Span;

use super::normalise_append;

/// Appends to `out` the entities of one kind made of its mentions `found` (in the
/// recogniser's order), one entity per surface form: mentions whose text is written alike (see
/// [`normalise_append`]) and whose `form` gives the same qualifier (a place's code; empty for
/// kinds without one) are one entity. The entities are in the order of their forms' first
/// mentions; each has the data `data` makes of its first mention, the text and span of its
/// earliest mention in the text (the first of those on a tie), and every mention, in
/// `found` order.
///
/// `form` gives a mention's span in `text` and its qualifier; `data` is called once per
/// entity, with the first mention of its form. `found` is left empty, its memory kept.
pub(crate) fn one_per_form<'q, T>(
    text: &str,
    found: &mut Vec<T>,
    form: impl Fn(&T) -> (Span, &'q str),
    mut data: impl FnMut(T) -> EntityData,
    out: &mut Vec<Entity>,
) {
    if found.is_empty() {
        return;
    }
    let mut g = SCRATCH.take();
    g.clear(found.len());
    for t in found.iter() {
        let (span, qualifier) = form(t);
        g.add(&text[span.range()], qualifier, span);
    }
    let base = out.len();
    out.reserve(g.forms.len());
    for (i, t) in found.drain(..).enumerate() {
        let (span, f) = (g.spans[i], g.form_of[i] as usize);
        let mention = Mention {
            text: text[span.range()].to_string(),
            span,
        };
        let form = &g.forms[f];
        if base + f == out.len() {
            out.push(Entity {
                data: data(t),
                text: String::new(),
                span: g.spans[form.earliest as usize],
                mentions: Vec::with_capacity(form.mentions as usize),
            });
        }
        let e = &mut out[base + f];
        if i == form.earliest as usize {
            e.text = mention.text.clone();
        }
        e.mentions.push(mention);
    }
    // Buffers a long text grew are let go.
    if g.keys.capacity() <= KEEP_BYTES && g.spans.capacity() <= KEEP_MENTIONS {
        SCRATCH.set(g);
    }
}

/// Most key bytes the grouping buffers keep from one text to the next.
const KEEP_BYTES: usize = 1 << 14;
/// Most mentions the grouping buffers keep from one text to the next.
const KEEP_MENTIONS: usize = 1 << 11;

thread_local! {
    /// This thread's grouping buffers, taken while a recogniser builds its entities.
    static SCRATCH: Cell<Groups> = Cell::new(Groups::default());
}

/// One surface form of the mentions grouped so far.
#[derive(Clone, Copy, Debug)]
struct Form {
    /// Where its key ends in [`Groups::keys`] (it starts where the previous form's ends).
    key_end: u32,
    /// Its mentions so far.
    mentions: u32,
    /// Its mention with the earliest start, the first of those on a tie.
    earliest: u32,
    /// The hash of its key (by [`Groups::state`]).
    hash: u64,
}

/// The mentions of one kind grouped by surface form; its buffers are reused from one call of
/// [`one_per_form`] to the next.
#[derive(Default)]
struct Groups {
    /// The forms' keys, one after the other: the normalised text, a unit separator, the
    /// qualifier.
    keys: Vec<u8>,
    forms: Vec<Form>,
    /// Per mention, its span and its form.
    spans: Vec<Span>,
    form_of: Vec<u32>,
    /// The forms by key hash, an open-addressing table (linear probing, a power of two long,
    /// at most half full): each slot 0 or a form's index plus one.
    table: Vec<u32>,
    /// The keys' hasher: seeded, as every hash of the crate's is (see [`crate::text::hash`]),
    /// since the keys are the input's text.
    state: FastState,
}

impl Groups {
    /// Empties the groups, with room in the table for `mentions` forms.
    fn clear(&mut self, mentions: usize) {
        self.keys.clear();
        self.forms.clear();
        self.spans.clear();
        self.form_of.clear();
        self.table.clear();
        self.table
            .resize((2 * mentions).next_power_of_two().max(8), 0);
    }

    /// The key of form `f`.
    #[cfg(test)]
    fn key(&self, f: usize) -> &[u8] {
        key_of(&self.keys, &self.forms, f)
    }

    /// Adds the mention `written` at `span` with `qualifier` to its form.
    fn add(&mut self, written: &str, qualifier: &str, span: Span) {
        let start = self.keys.len();
        normalise_append(written, &mut self.keys);
        self.keys.push(0x1f);
        self.keys.extend_from_slice(qualifier.as_bytes());
        let hash = self.state.hash_one(&self.keys[start..]);
        self.add_key(start, hash, span);
    }

    /// Adds the mention at `span` whose key is `keys[start..]`, hashed `hash`, to its form.
    fn add_key(&mut self, start: usize, hash: u64, span: Span) {
        if 2 * (self.forms.len() + 1) > self.table.len() {
            self.grow();
        }
        let key = &self.keys[start..];
        let mask = self.table.len() - 1;
        let mut at = hash as usize & mask;
        let i = self.spans.len() as u32;
        let f = loop {
            match self.table[at] {
                0 => {
                    // A new form.
                    let f = self.forms.len();
                    self.table[at] = f as u32 + 1;
                    self.forms.push(Form {
                        key_end: self.keys.len() as u32,
                        mentions: 1,
                        earliest: i,
                        hash,
                    });
                    break f;
                }
                slot => {
                    let f = slot as usize - 1;
                    if self.forms[f].hash == hash && key_of(&self.keys, &self.forms, f) == key {
                        self.keys.truncate(start);
                        let form = &mut self.forms[f];
                        form.mentions += 1;
                        if span.start < self.spans[form.earliest as usize].start {
                            form.earliest = i;
                        }
                        break f;
                    }
                }
            }
            at = (at + 1) & mask;
        };
        self.spans.push(span);
        self.form_of.push(f as u32);
    }

    /// Doubles the table (at least 8 slots) and puts the forms back in.
    fn grow(&mut self) {
        let len = (2 * self.table.len()).max(8);
        self.table.clear();
        self.table.resize(len, 0);
        for (f, form) in self.forms.iter().enumerate() {
            let mut at = form.hash as usize & (len - 1);
            while self.table[at] != 0 {
                at = (at + 1) & (len - 1);
            }
            self.table[at] = f as u32 + 1;
        }
    }
}

/// The key of form `f` of `forms`, whose keys are `keys`.
fn key_of<'k>(keys: &'k [u8], forms: &[Form], f: usize) -> &'k [u8] {
    let start = f.checked_sub(1).map_or(0, |p| forms[p].key_end as usize);
    &keys[start..forms[f].key_end as usize]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Organization, Place};

    fn span(start: usize, end: usize) -> Span {
        Span::ascii(start, end)
    }

    #[test]
    fn mentions_written_alike_with_one_qualifier_are_one_entity() {
        let text = "Bogor, BOGOR dan bogor lagi Bogor";
        let mut found = vec![
            (span(7, 12), "32.01"),
            (span(0, 5), "32.01"),
            (span(17, 22), "32.71"),
            (span(28, 33), "32.01"),
        ];
        let mut made = 0;
        let mut out = Vec::new();
        one_per_form(
            text,
            &mut found,
            |&(s, code)| (s, code),
            |(_, code)| {
                made += 1;
                EntityData::Place(Place {
                    name: "Bogor".into(),
                    code: Some(code.into()),
                    level: None,
                    candidates: vec![],
                })
            },
            &mut out,
        );
        assert_eq!(made, 2);
        assert_eq!(out.len(), 2);
        // The text and span of the earliest mention; the mentions in the given order.
        assert_eq!((out[0].text.as_str(), out[0].span), ("Bogor", span(0, 5)));
        let spans: Vec<Span> = out[0].mentions.iter().map(|m| m.span).collect();
        assert_eq!(spans, [span(7, 12), span(0, 5), span(28, 33)]);
        assert_eq!(out[0].mentions[0].text, "BOGOR");
        assert_eq!(out[0].mentions.capacity(), 3);
        assert_eq!((out[1].text.as_str(), out[1].mentions.len()), ("bogor", 1));
    }

    #[test]
    fn a_hash_taken_by_another_key_is_told_apart() {
        let mut g = Groups::default();
        // Every key hashed alike, so that each form is found past the others in the table.
        let add = |g: &mut Groups, written: &str, start: usize| {
            let at = g.keys.len();
            normalise_append(written, &mut g.keys);
            g.keys.push(0x1f);
            g.add_key(at, 7, span(start, start + written.len()));
        };
        add(&mut g, "DPRD", 0);
        add(&mut g, "Dinas", 5);
        add(&mut g, "DINAS", 11);
        add(&mut g, "dprd", 17);
        for (i, w) in ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
            .iter()
            .enumerate()
        {
            add(&mut g, w, 22 + 2 * i);
        }
        add(&mut g, "Dinas", 40);
        assert_eq!(g.form_of[..4], [0, 1, 1, 0]);
        assert_eq!(g.form_of[13], 1);
        assert_eq!(g.forms.len(), 11);
        assert_eq!(g.key(1), b"dinas\x1f");
        assert_eq!(g.forms[1].mentions, 3);
        assert!(g.table.len() >= 2 * g.forms.len());
    }

    #[test]
    fn entities_are_appended() {
        let org = |_| EntityData::Organization(Organization::default());
        let mut out = Vec::new();
        one_per_form("", &mut Vec::<Span>::new(), |&s| (s, ""), org, &mut out);
        assert!(out.is_empty());
        let text = "DPRD dan dprd, BPS";
        let mut found = vec![span(0, 4), span(9, 13)];
        one_per_form(text, &mut found, |&s| (s, ""), org, &mut out);
        let mut found = vec![span(15, 18), span(0, 4)];
        one_per_form(text, &mut found, |&s| (s, ""), org, &mut out);
        let texts: Vec<(&str, usize)> = out
            .iter()
            .map(|e| (e.text.as_str(), e.mentions.len()))
            .collect();
        assert_eq!(texts, [("DPRD", 2), ("BPS", 1), ("DPRD", 1)]);
        assert!(found.is_empty());
    }
}
