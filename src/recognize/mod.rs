//! Recognisers: each reads the tokens of a text (and the shared dictionary matches) and finds
//! the entities of one kind.

pub(crate) mod acronym;
pub mod date;
pub(crate) mod gazetteer;
pub(crate) mod organization;
pub(crate) mod people;
pub(crate) mod place;

use crate::text::{Span, Token};

/// The longest document (in tokens) whose per-document buffers a recogniser keeps for the
/// next document of its thread; a longer one's are freed, so that one huge input does not
/// leave a thread holding its memory.
pub(crate) const KEPT_BUFFER_TOKENS: usize = 1 << 16;

/// For each token, whether it overlaps one of `spans` (sorted by start, not overlapping each
/// other: the spans another recogniser owns, such as dates), written into `inside` (cleared
/// first, so that its buffer serves document after document). One merge pass.
pub(crate) fn tokens_in_spans_into(tokens: &[Token], spans: &[Span], inside: &mut Vec<bool>) {
    inside.clear();
    inside.resize(tokens.len(), false);
    if spans.is_empty() {
        return;
    }
    let mut j = 0;
    for (flag, t) in inside.iter_mut().zip(tokens) {
        while j < spans.len() && spans[j].end <= t.span.start {
            j += 1;
        }
        if j < spans.len() && spans[j].start < t.span.end {
            *flag = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_in_spans_into_marks_every_overlapping_token() {
        let text = "Kamis 17 Juni 2021 di Samarinda";
        let tokens = crate::text::Tokenizer::builtin().tokenize(text);
        let span = |s: usize, e: usize| Span {
            start: s,
            end: e,
            char_start: s,
            char_end: e,
        };
        let flags = |spans: &[Span]| {
            let mut inside = vec![true; 2];
            tokens_in_spans_into(&tokens, spans, &mut inside);
            inside
        };
        assert_eq!(flags(&[]), vec![false; 6]);
        // "17 Juni 2021", and a span cutting into "Samarinda".
        assert_eq!(
            flags(&[span(6, 18), span(25, 27)]),
            [false, true, true, true, false, true]
        );
    }
}
