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
/// first, so that its buffer serves document after document). A search per span: spans are
/// few, tokens many.
pub(crate) fn tokens_in_spans_into(tokens: &[Token], spans: &[Span], inside: &mut Vec<bool>) {
    inside.clear();
    inside.resize(tokens.len(), false);
    for s in spans {
        mark_overlapping(tokens, *s, inside);
    }
}

/// Sets the flags (one per token) of the tokens overlapping `span`, found by a binary search
/// (tokens are in text order and do not overlap: their ends are in order too).
pub(crate) fn mark_overlapping(tokens: &[Token], span: Span, flags: &mut [bool]) {
    let first = first_ending_after(tokens, span.start);
    let (flags, tokens) = (
        flags.get_mut(first..).unwrap_or_default(),
        tokens.get(first..).unwrap_or_default(),
    );
    for (flag, t) in flags.iter_mut().zip(tokens) {
        if t.span.start >= span.end {
            break;
        }
        *flag = true;
    }
}

/// The first token ending after byte `at` (the number of tokens when none does).
pub(crate) fn first_ending_after(tokens: &[Token], at: usize) -> usize {
    tokens.partition_point(|t| t.span.end <= at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_the_tokens_a_span_overlaps() {
        let text = "Bupati Budi Santoso hadir di Samarinda";
        let tokens = crate::text::Tokenizer::builtin().tokenize(text);
        let marked = |spans: &[(usize, usize)]| {
            let mut flags = vec![false; tokens.len()];
            for &(s, e) in spans {
                mark_overlapping(&tokens, Span::ascii(s, e), &mut flags);
            }
            flags
        };
        // Overlapping spans, one cutting into a token, one empty inside a token, one past
        // the end.
        assert_eq!(
            marked(&[(7, 19), (12, 15), (30, 30), (40, 45)]),
            [false, true, true, false, false, true]
        );
        assert_eq!(marked(&[(0, 6)]), [true, false, false, false, false, false]);
        assert_eq!(first_ending_after(&tokens, 6), 1);
        assert_eq!(first_ending_after(&tokens, 38), tokens.len());
    }

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
