//! The baseline of issue #3, shared by the extraction bench and the profiling workload: a
//! plain Aho–Corasick scan (leftmost-longest, ASCII case-insensitive) with the names of the
//! built-in place lexicons.

use aho_corasick::{AhoCorasick, MatchKind};

/// The place names of the built-in place lexicons (the same names the place recogniser
/// registers): column `column` of each TSV, after its `#` header and column line.
pub fn place_names() -> Vec<String> {
    let files: [(&str, &str); 5] = [
        (include_str!("../../lexicons/regions.tsv"), "name"),
        (include_str!("../../lexicons/region_aliases.tsv"), "alias"),
        (
            include_str!("../../lexicons/region_aliases_curated.tsv"),
            "alias",
        ),
        (include_str!("../../lexicons/countries.tsv"), "name"),
        (include_str!("../../lexicons/geo_names.tsv"), "name"),
    ];
    let mut names = Vec::new();
    for (text, column) in files {
        let mut lines = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
        let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
        let col = header.iter().position(|h| *h == column).unwrap();
        names.extend(lines.map(|l| l.split('\t').nth(col).unwrap().to_string()));
    }
    names
}

/// The baseline automaton over [`place_names`].
pub fn baseline() -> AhoCorasick {
    let names = place_names();
    assert!(names.len() > 8000);
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .build(&names)
        .unwrap()
}
