//! The few tokens the acronym recogniser's passes start from — words in capitals, opening
//! brackets, capitalised words right after `atau` — found in one pass over the tokens, so that
//! each pass (definitions, initials, runs of capitals) walks its short list instead of every
//! token of the text.

use super::view::DocView;
use crate::text::TokenKind;

/// The tokens of one document where the acronym recogniser's passes start, each list in text
/// order. Its buffers are reused from one document to the next ([`Landmarks::find`]).
#[derive(Clone, Debug, Default)]
pub(crate) struct Landmarks {
    /// Words in capitals ([`DocView::is_caps_word`]).
    pub caps: Vec<usize>,
    /// Opening brackets: tokens written `(`.
    pub opens: Vec<usize>,
    /// Words of two bytes or more, from the third token on, in capitals or starting with a
    /// capital, right after a token written `atau` (`… kronis atau KEK`).
    pub after_atau: Vec<usize>,
}

impl Landmarks {
    /// Fills the lists with the landmarks of `v`, replacing what they held.
    ///
    /// Only a token's kind and first byte are read for most tokens: a word opening with an
    /// ASCII lower-case letter is none of them (a word in capitals has no lower-case letter,
    /// a capitalised word opens with a capital), and no other token but a bracket is one.
    pub fn find(&mut self, v: &DocView<'_>) {
        self.caps.clear();
        self.opens.clear();
        self.after_atau.clear();
        let bytes = v.text.as_bytes();
        for (i, t) in v.tokens.iter().enumerate() {
            let Some(&b) = bytes.get(t.span.start) else {
                continue;
            };
            if b.is_ascii_lowercase() {
                continue;
            }
            if b == b'(' && v.tok(i) == "(" {
                self.opens.push(i);
                continue;
            }
            if !matches!(t.kind, TokenKind::Word) {
                continue;
            }
            let caps = v.is_caps_word(i);
            if caps {
                self.caps.push(i);
            }
            // The word before first: it is seldom `atau`.
            if i >= 2
                && v.tok(i - 1) == "atau"
                && (caps || v.is_capitalised(i))
                && v.tok(i).len() >= 2
            {
                self.after_atau.push(i);
            }
        }
        // Debug builds (the tests) check every document's lists against the view's own
        // readings of them.
        debug_assert!(self.caps.iter().copied().eq(v.caps_words()));
        debug_assert!(self.opens.iter().copied().eq(v.positions_of("(")));
    }
}

#[cfg(test)]
mod tests {
    use super::super::view::testing::with_view;
    use super::*;

    /// The landmarks agree with a direct reading of every token.
    #[test]
    fn landmarks_agree_with_every_token() {
        let texts = [
            "Kekurangan energi kronis atau KEK dan Gerakan Makan Ikan atau Gemarikan (GMI) di \
             BPBD Kota Solok, (hms) AL (27) atau Éclair atau É atau 3M atau x.",
            "",
            "( ( atau",
            "PEMBAHASAN APBD DAN BANTUAN UMKM DIKEBUT\nBudi (34) atau BUDI.",
        ];
        for text in texts {
            with_view(text, |v, _| {
                let n = v.tokens.len();
                let mut l = Landmarks::default();
                // Stale entries are dropped.
                l.caps.push(99);
                l.find(v);
                let caps: Vec<usize> = (0..n).filter(|&i| v.is_caps_word(i)).collect();
                let opens: Vec<usize> = (0..n).filter(|&i| v.tok(i) == "(").collect();
                let after: Vec<usize> = (2..n)
                    .filter(|&i| {
                        v.tok(i - 1) == "atau"
                            && v.is_word(i)
                            && v.tok(i).len() >= 2
                            && (v.is_caps_word(i) || v.is_capitalised(i))
                    })
                    .collect();
                assert_eq!(l.caps, caps, "{text}");
                assert_eq!(l.opens, opens, "{text}");
                assert_eq!(l.after_atau, after, "{text}");
            });
        }
        // The fixtures have each kind.
        with_view(texts[0], |v, _| {
            let mut l = Landmarks::default();
            l.find(v);
            assert!(l.caps.len() >= 3 && l.opens.len() >= 3 && l.after_atau.len() >= 3);
        });
    }
}
