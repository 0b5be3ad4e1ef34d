//! The news outlet named in a dateline: `PRINGSEWU, LAMPUNG POST – …`, `BATAM, BATAMPOS –`,
//! `BANDA ACEH, SERAMBINEWS.COM –`.
//!
//! Regional news opens with the place in capitals, a comma, the outlet's name in capitals and
//! a dash. The outlet's name is a brand: the words in it (`LOMBOK` of `LOMBOK POST`) are not
//! places of the story, and its capitals (`POST`, `BATAMPOS`) are no acronyms. The
//! recognisers read [`outlet`] to tell that segment apart from the place before it.

use std::ops::Range;

use crate::text::case::is_capitalised;
use crate::text::{Token, TokenKind};

/// How many lines from the top a dateline may start on (headlines and credits come first).
pub(crate) const DATELINE_LINES: usize = 6;
/// Most words of the place before the comma (`KOTA TANJUNG SELOR`).
const PLACE_WORDS: usize = 3;
/// Most tokens of the outlet's name (`RADAR BANYUWANGI`, `WASPADA ONLINE`).
const OUTLET_TOKENS: usize = 3;

/// The outlet's name in the document's dateline: that of the first of the first
/// [`DATELINE_LINES`] `lines` (token ranges, in text order) that opens with one ([`outlet`]),
/// or an empty range. The place and acronym recognisers both read it so.
pub(crate) fn first_outlet(
    text: &str,
    tokens: &[Token],
    lines: impl IntoIterator<Item = Range<usize>>,
) -> Range<usize> {
    lines
        .into_iter()
        .take(DATELINE_LINES)
        .find_map(|line| outlet(text, tokens, line))
        .unwrap_or(0..0)
}

/// The dash that ends a dateline (`SAMARINDA –`, `PALU - …`).
pub(crate) fn is_dateline_dash(t: &str) -> bool {
    matches!(t, "-" | "–" | "—" | "--")
}

/// The tokens of the outlet's name in the dateline that opens `line` (token indices), if the
/// line opens with one: one to three capitalised words, a comma, one to three words in
/// capitals or web addresses (`SERAMBINEWS.COM`), a dash, and a capitalised word or a
/// quotation mark after it. A date after the comma (`Samarinda, 12 Maret 2025 –`,
/// `SAMARINDA, Kamis (17/6) –`) is no outlet.
pub(crate) fn outlet(text: &str, tokens: &[Token], line: Range<usize>) -> Option<Range<usize>> {
    let line = line.start..line.end.min(tokens.len());
    let tok = |i: usize| tokens[i].text(text);
    let word = |i: usize| matches!(tokens[i].kind, TokenKind::Word | TokenKind::Abbreviation);
    let mut i = line.start;
    while i < line.end && i - line.start < PLACE_WORDS && word(i) && is_capitalised(tok(i)) {
        i += 1;
    }
    if i == line.start || i >= line.end || tok(i) != "," {
        return None;
    }
    let start = i + 1;
    let mut j = start;
    while j < line.end
        && j - start < OUTLET_TOKENS
        && ((word(j) && in_capitals(tok(j))) || tokens[j].kind == TokenKind::Url)
    {
        j += 1;
    }
    if j == start || j + 1 >= line.end || !is_dateline_dash(tok(j)) {
        return None;
    }
    let next = tok(j + 1);
    (is_capitalised(next) || next.starts_with(['"', '“', '\''])).then_some(start..j)
}

/// Two letters or more, none of them lowercase.
fn in_capitals(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !s.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Tokenizer;

    /// The outlet in the first line of `text`, as text.
    fn outlet_of(text: &str) -> Option<String> {
        let a = Tokenizer::builtin().analyze(text);
        let line_end = a
            .tokens
            .iter()
            .position(|t| text[t.span.end..].starts_with('\n'))
            .map_or(a.tokens.len(), |k| k + 1);
        let r = outlet(text, &a.tokens, 0..line_end)?;
        Some(text[a.tokens[r.start].span.start..a.tokens[r.end - 1].span.end].to_string())
    }

    #[test]
    fn outlets_after_the_place() {
        assert_eq!(
            outlet_of("MATARAM, SUARA NTB – Pemerintah provinsi menggelar rapat.").as_deref(),
            Some("SUARA NTB")
        );
        assert_eq!(
            outlet_of("KUPANG, TIMORPOS - Dinas Kesehatan mencatat kasus baru.").as_deref(),
            Some("TIMORPOS")
        );
        assert_eq!(
            outlet_of("TANJUNG SELOR, BENUANTA.CO.ID – \"Kami siap,\" kata dia.").as_deref(),
            Some("BENUANTA.CO.ID")
        );
    }

    #[test]
    fn the_documents_outlet_is_on_one_of_its_first_lines() {
        let text = "Judul Berita\n\nLAMPUNG POST\nPRINGSEWU, RADAR LAMPUNG – Warga hadir.\n\
                    METRO, SUARA METRO – Warga hadir.";
        let tokens = Tokenizer::builtin().analyze(text).tokens;
        // The lines as token ranges: a line ends at the token a line break follows.
        let mut lines = Vec::new();
        let mut start = 0;
        for (k, t) in tokens.iter().enumerate() {
            if k + 1 == tokens.len() || text[t.span.end..tokens[k + 1].span.start].contains('\n') {
                lines.push(start..k + 1);
                start = k + 1;
            }
        }
        let first = first_outlet(text, &tokens, lines.iter().cloned());
        let written = &text[tokens[first.start].span.start..tokens[first.end - 1].span.end];
        assert_eq!(written, "RADAR LAMPUNG");
        // Past the first lines, a line of that shape names no outlet of the document.
        let late = lines[..1]
            .iter()
            .cloned()
            .cycle()
            .take(DATELINE_LINES)
            .chain(lines[2..].iter().cloned());
        assert_eq!(first_outlet(text, &tokens, late), 0..0);
    }

    #[test]
    fn no_outlet() {
        // A date, a weekday or an agency in brackets after the place.
        for text in [
            "Samarinda, 12 Maret 2025 – Pemerintah provinsi menggelar rapat.",
            "SAMARINDA, Kamis (17/6/2021) – Pemerintah provinsi menggelar rapat.",
            "Mataram (ANTARA) - Pemerintah provinsi menggelar rapat.",
            "SAMARINDA – Pemerintah provinsi menggelar rapat.",
            // No dash, or the dash is a range in running text.
            "Kupang, NTT menggelar rapat hari ini.",
            "Budi, Ani dan Rudi hadir pada rapat itu.",
            "",
        ] {
            assert_eq!(outlet_of(text), None, "{text}");
        }
    }
}
