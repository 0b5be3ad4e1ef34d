//! The news outlet named in a dateline: `PRINGSEWU, LAMPUNG POST – …`, `BATAM, BATAMPOS –`,
//! `BANDA ACEH, SERAMBINEWS.COM –`.
//!
//! Regional news opens with the place in capitals, a comma, the outlet's name in capitals and
//! a dash. The outlet's name is a brand: the words in it (`LOMBOK` of `LOMBOK POST`) are not
//! places of the story, and its capitals (`POST`, `BATAMPOS`) are no acronyms. The
//! recognisers read [`outlet`] to tell that segment apart from the place before it.

use std::ops::Range;

use crate::text::{Token, TokenKind};

/// Most words of the place before the comma (`KOTA TANJUNG SELOR`).
const PLACE_WORDS: usize = 3;
/// Most tokens of the outlet's name (`RADAR BANYUWANGI`, `WASPADA ONLINE`).
const OUTLET_TOKENS: usize = 3;

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
    while i < line.end && i - line.start < PLACE_WORDS && word(i) && capitalised(tok(i)) {
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
    if j == start || j + 1 >= line.end || !matches!(tok(j), "-" | "–" | "—" | "--") {
        return None;
    }
    let next = tok(j + 1);
    (capitalised(next) || next.starts_with(['"', '“', '\''])).then_some(start..j)
}

/// Starts with an uppercase letter.
fn capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
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
